"""Score title, author and date extraction on the trafilatura evaluation corpus.

Usage::

    python bench/eval_metadata.py [CORPUS_DIR] [--limit N] [--show title|author|date]

CORPUS_DIR defaults to ``shared/corpus/trafilatura-eval`` found beside the repository or one
of its parent folders (``html/`` + ``expectations.json``).
Each page goes through ``audit.ingest`` and ``audit.analyse`` exactly as ``provaudit ingest``
would; trafilatura's own metadata (kept by ingest in ``Article.html``) is scored beside ours.

Exact match after light normalisation (the same for both extractors):

- every field: Unicode NFKC, HTML entities decoded, case folded, typographic quotes and
  guillemets removed, dashes unified to "-", white space collapsed, outer punctuation trimmed;
- author: the value is split into names at ``;`` ``,`` ``/`` ``&`` ``|`` and the words
  and/und/et/y, and the *sets* of names are compared (gold joins names in many ways);
- date: ``YYYY-MM-DD`` compared exactly.

Only pages whose gold value is non-empty count for a field.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audit.analyse import analyse
from audit.analyse.registry import lookup_in_context
from audit.errors import InputError
from audit.ingest import from_bytes


def default_corpus() -> Path:
    """``shared/corpus/trafilatura-eval`` next to the repository or one of its ancestors."""
    for folder in Path(__file__).resolve().parents[1:]:
        candidate = folder / "shared" / "corpus" / "trafilatura-eval"
        if candidate.is_dir():
            return candidate
    return Path("../shared/corpus/trafilatura-eval")


FIELDS = ("title", "author", "date")
_QUOTES = re.compile(r"[\"'“”„‟«»‹›‘’‚‛`´]")
_DASHES = re.compile(r"[‐‑‒–—―−]")
_NAME_SPLIT = re.compile(r"\s*(?:[;,/&|]|\band\b|\bund\b|\bet\b|\by\b)\s*")


def normalise(value: Any) -> str:
    """The light normalisation applied to every field before exact comparison."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = unicodedata.normalize("NFKC", html.unescape(str(value or "")))
    text = _DASHES.sub("-", _QUOTES.sub("", text)).casefold()
    return " ".join(text.split()).strip(" .,:;-|")


def names(value: Any) -> frozenset[str]:
    """An author value as a set of normalised names."""
    text = normalise(value)
    return frozenset(n.strip(" .") for n in _NAME_SPLIT.split(text) if n.strip(" ."))


def same(field_name: str, ours: Any, gold: Any) -> bool:
    if field_name == "author":
        return bool(names(ours)) and names(ours) == names(gold)
    return bool(normalise(ours)) and normalise(ours) == normalise(gold)


@dataclass
class Score:
    total: int = 0
    ours: int = 0
    baseline: int = 0
    misses: list[tuple[str, Any, Any]] = field(default_factory=list)

    def rate(self, hits: int) -> float:
        return hits / self.total if self.total else 0.0


def predictions(record: dict[str, Any]) -> dict[str, Any]:
    """Our title, author (names joined by "; ") and date from the analysed fields."""
    return {
        "title": record["title"]["value"],
        "author": "; ".join(b["name"] for b in record["byline"]),
        "date": record["published"]["date"],
    }


def wire_label(gold: dict[str, Any]) -> str | None:
    """The wire agency a gold author names ("dpa/lno", "AFP/The Local"): a weak label that
    the page is that agency's copy. None when the gold author names no registered wire."""
    author = gold.get("author")
    if not author:
        return None
    text = "; ".join(author) if isinstance(author, list) else str(author)
    for part in re.split(r"[/;,]|\s+mit\s+|\s+", text):
        known = lookup_in_context(part.strip()) if part.strip() else None
        if known is not None and known.kind == "wire":
            return known.name
    return None


def run(
    corpus: Path, limit: int | None = None, step: int = 1, pages: set[str] | None = None
) -> dict[str, Score]:
    """Score every ``step``-th page (sorted by name; at most ``limit``) of the corpus.

    Besides title/author/date, ``wire`` counts pages whose gold author names a wire agency
    (see :func:`wire_label`) and whether the record's ``republication`` names that agency;
    its ``baseline`` counts republications found on pages *without* such a label.
    """
    expectations = json.loads((corpus / "expectations.json").read_text(encoding="utf-8"))
    scores = {name: Score() for name in (*FIELDS, "wire")}
    chosen = [item for item in sorted(expectations.items()) if pages is None or item[0] in pages][
        ::step
    ][:limit]
    for page, entry in chosen:
        gold = entry.get("metadata") or {}
        data = (corpus / "html" / page).read_bytes()
        try:
            article = from_bytes(
                data, page, "html", "2026-01-01T00:00:00Z", is_html=True, url=entry.get("url")
            )
        except InputError:
            article = None
        fields = analyse(article) if article else None
        ours = predictions(fields) if fields else dict.fromkeys(FIELDS)
        found = (fields or {}).get("republication") or {}
        wire = wire_label(gold)
        if wire is not None:
            scores["wire"].total += 1
            if found.get("original_outlet") == wire:
                scores["wire"].ours += 1
            else:
                scores["wire"].misses.append((page, wire, found.get("original_outlet")))
        elif found:
            scores["wire"].baseline += 1
            scores["wire"].misses.append((page, None, found.get("original_outlet")))
        hints = article.html if article else None
        theirs = {
            "title": hints.title if hints else None,
            "author": hints.author if hints else None,
            "date": hints.date if hints else None,
        }
        for name in FIELDS:
            expected = gold.get(name)
            if not expected:
                continue
            score = scores[name]
            score.total += 1
            score.baseline += same(name, theirs[name], expected)
            if same(name, ours[name], expected):
                score.ours += 1
            else:
                score.misses.append((page, expected, ours[name]))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=default_corpus())
    parser.add_argument("--limit", type=int, default=None, help="score at most N pages")
    parser.add_argument("--step", type=int, default=1, help="score every STEP-th page")
    parser.add_argument(
        "--show", choices=(*FIELDS, "wire"), action="append", default=[], help="list misses"
    )
    args = parser.parse_args(argv)
    if not (args.corpus / "expectations.json").is_file():
        print(f"error: {args.corpus}: no expectations.json here", file=sys.stderr)
        return 2
    started = time.perf_counter()
    scores = run(args.corpus, args.limit, max(1, args.step))
    elapsed = time.perf_counter() - started
    print(f"{'field':<8}{'pages':>7}{'trafilatura':>13}{'provaudit':>11}")
    for name in FIELDS:
        s = scores[name]
        print(f"{name:<8}{s.total:>7}{s.rate(s.baseline):>13.3f}{s.rate(s.ours):>11.3f}")
    wire = scores["wire"]
    print(
        f"wire copies (gold author names an agency): {wire.ours}/{wire.total} recognised; "
        f"{wire.baseline} republication(s) found on other pages"
    )
    print(f"({elapsed:.1f} s)")
    for name in args.show:
        print(f"\nmisses on {name}:")
        for page, expected, got in scores[name].misses:
            print(f"  {page}: gold={expected!r} ours={got!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
