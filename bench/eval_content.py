"""Measure the content detectors: per-category recall and precision on the seeds and on
the trafilatura evaluation corpus (boilerplate kept).

    python bench/eval_content.py [--shared ../shared] [--cache DIR] [--limit N] [--show]

Seeds: every `content_flags` item of expected.json must lie inside a flag of its kind;
no `must_not_flag_as_spam` line may overlap a spam flag. Corpus: each page is extracted
with trafilatura (comments included, recall favoured); a "without" snippet present in
that text counts as found when flags cover at least half of it, and a "with" snippet
covered the same way is a false positive.

The corpus pages are split by a hash of their file name into a development half (tune the
detectors on it) and a held-out half (judge them on it); both halves' figures are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from audit.analyse.content import Flag, detect


def find_shared() -> Path:
    """The nearest ``shared/`` folder with seeds above this file (or $PROVAUDIT_SHARED)."""
    if os.environ.get("PROVAUDIT_SHARED"):
        return Path(os.environ["PROVAUDIT_SHARED"])
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / "seeds").is_dir():
            return parent / "shared"
    return Path("../shared")


def _normalised(text: str) -> tuple[str, list[int]]:
    """Whitespace-collapsed text and, for each of its characters, the original offset."""
    out: list[str] = []
    where: list[int] = []
    space = True
    for index, char in enumerate(text):
        if char.isspace():
            if not space:
                out.append(" ")
                where.append(index)
            space = True
        else:
            out.append(char)
            where.append(index)
            space = False
    return "".join(out), where


def locate(text: str, snippet: str) -> tuple[int, int] | None:
    """Original offsets of a whitespace-normalised snippet, or None when absent."""
    flat, where = _normalised(text)
    wanted = " ".join(snippet.split())
    index = flat.find(wanted)
    if index < 0 or not wanted:
        return None
    return where[index], where[index + len(wanted) - 1] + 1


def covering(flags: Iterable[Flag], start: int, end: int) -> list[Flag]:
    """Flags that together cover at least half of [start, end)."""
    hits = [f for f in flags if f.start < end and start < f.end]
    covered = set()
    for f in hits:
        covered.update(range(max(start, f.start), min(end, f.end)))
    return hits if len(covered) * 2 >= max(1, end - start) else []


def eval_seeds(shared: Path) -> dict[str, Any]:
    expected = json.loads((shared / "seeds" / "expected.json").read_text(encoding="utf-8"))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    raised: Counter[str] = Counter()
    misses: list[str] = []
    spam_hits: list[str] = []
    for name, item in expected["articles"].items():
        text = (shared / "seeds" / name).read_text(encoding="utf-8")
        flags = detect(text)
        raised.update(f.category for f in flags)
        for want in item.get("content_flags", []):
            total[want["kind"]] += 1
            needle = want["contains"]
            starts = [i for i in range(len(text)) if text.startswith(needle, i)]
            ok = any(
                f.kind == want["kind"] and f.start <= s and s + len(needle) <= f.end
                for f in flags
                for s in starts
            )
            found[want["kind"]] += ok
            if not ok:
                misses.append(f"{name}: {want['kind']}: {want['contains'][:60]!r}")
        for line in item.get("must_not_flag_as_spam", []):
            start = text.find(line)
            end = start + len(line)
            if any(f.category == "spam" and f.start < end and start < f.end for f in flags):
                spam_hits.append(f"{name}: {line[:60]!r}")
    return {
        "recall": {k: found[k] / total[k] for k in sorted(total)},
        "found": sum(found.values()),
        "expected": sum(total.values()),
        "misses": misses,
        "spam_false_positives": spam_hits,
        "raised": dict(sorted(raised.items())),
    }


_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "tr",
        "td",
        "th",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
        "label",
        "button",
        "figure",
        "figcaption",
        "blockquote",
        "dt",
        "dd",
        "table",
        "main",
    ]
)


def visible_lines(markup: str) -> str:
    """The page's whole visible text, one line per block element (menus, footers and
    all), for the secondary measurement of `--mode full`."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template|//svg|//head"):
        bad.drop_tree()
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def extract_corpus(
    shared: Path, cache: Path | None, limit: int | None, mode: str = "trafilatura"
) -> dict[str, str]:
    """Page file -> text with boilerplate kept (cached as JSON when asked): trafilatura
    with comments and recall favoured, or (mode "full") the whole visible page."""
    import trafilatura

    corpus = shared / "corpus" / "trafilatura-eval"
    names = sorted(json.loads((corpus / "expectations.json").read_text(encoding="utf-8")))
    if limit:
        names = names[:limit]
    key = hashlib.sha256("\n".join([mode, *names]).encode()).hexdigest()[:12]
    path = cache / f"content-corpus-{key}.json" if cache else None
    if path and path.exists():
        cached: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        return cached
    texts: dict[str, str] = {}
    for name in names:
        raw = (corpus / "html" / name).read_bytes()
        try:
            markup = raw.decode("utf-8")
        except UnicodeDecodeError:
            markup = raw.decode("latin-1")
        if mode == "full":
            texts[name] = visible_lines(markup)
            continue
        extracted = trafilatura.extract(markup, include_comments=True, favor_recall=True)
        texts[name] = extracted or ""
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(texts), encoding="utf-8")
    return texts


def _comments(entry: dict[str, Any]) -> list[str]:
    found = (entry.get("metadata") or {}).get("comments") or []
    return [found] if isinstance(found, str) else list(found)


HALVES = ("dev", "held-out")


def half(name: str) -> str:
    """The page's half of the corpus: "dev" or "held-out", fixed by its file name's hash."""
    return HALVES[hashlib.sha256(name.encode("utf-8")).digest()[0] & 1]


def eval_corpus(shared: Path, texts: dict[str, str], show: bool = False) -> dict[str, Any]:
    """Corpus figures over every page; each half's figures are under "halves"."""
    corpus = shared / "corpus" / "trafilatura-eval"
    expectations = json.loads((corpus / "expectations.json").read_text(encoding="utf-8"))
    counts: dict[str, Counter[str]] = {"all": Counter(), **{h: Counter() for h in HALVES}}
    by_category: dict[str, Counter[str]] = {}
    for name, text in texts.items():
        flags = detect(text)
        page: Counter[str] = Counter(pages=1)
        for label in ("without", "with"):
            for snippet in expectations[name][label]:
                span = locate(text, snippet)
                if span is None:
                    continue
                page[f"{label}_present"] += 1
                hits = covering(flags, *span)
                if hits:
                    page[f"{label}_flagged"] += 1
                    for category in {f.category for f in hits}:
                        by_category.setdefault(category, Counter())[label] += 1
                if show and (bool(hits) == (label == "with")):
                    tag = "FP " + ",".join(sorted({f.code for f in hits})) if hits else "MISS"
                    print(f"{tag:12} {half(name):8} {name[:30]:30} {snippet[:70]!r}")
        for comment in _comments(expectations[name]):
            span = locate(text, comment)
            if span is not None:
                page["comments_present"] += 1
                page["comments_flagged"] += bool(covering(flags, *span))
        counts["all"].update(page)
        counts[half(name)].update(page)
    return {
        **_figures(counts["all"]),
        "halves": {h: _figures(counts[h]) for h in HALVES},
        "precision_by_category": {
            c: n["without"] / (n["without"] + n["with"]) for c, n in sorted(by_category.items())
        },
        "snippets_by_category": {c: dict(n) for c, n in sorted(by_category.items())},
    }


def _figures(counts: Counter[str]) -> dict[str, Any]:
    return {
        "pages": counts["pages"],
        "without_present": counts["without_present"],
        "without_flagged": counts["without_flagged"],
        "recall": counts["without_flagged"] / (counts["without_present"] or 1),
        "with_present": counts["with_present"],
        "with_flagged": counts["with_flagged"],
        "false_positive_rate": counts["with_flagged"] / (counts["with_present"] or 1),
        "comments_present": counts["comments_present"],
        "comments_flagged": counts["comments_flagged"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="folder to cache extractions")
    parser.add_argument("--limit", type=int, default=None, help="first N corpus pages only")
    parser.add_argument("--show", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--mode",
        choices=("trafilatura", "full"),
        default="trafilatura",
        help="corpus text: trafilatura with boilerplate kept (default) or the whole page",
    )
    args = parser.parse_args(argv)
    args.shared = args.shared or find_shared()
    seeds = eval_seeds(args.shared)
    print("seeds: content flags found", f"{seeds['found']}/{seeds['expected']}")
    for kind, value in seeds["recall"].items():
        print(f"  recall {kind:22} {value:.2f}")
    for miss in seeds["misses"]:
        print("  MISSED", miss)
    spam = seeds["raised"].get("spam", 0)
    wrong = len(seeds["spam_false_positives"])
    print(f"  legitimate lines flagged as spam: {wrong}", end="")
    print(f" (spam precision {(spam - wrong) / spam:.2f} over {spam} spam flags)" if spam else "")
    print("  flags raised by category:", seeds["raised"])
    texts = extract_corpus(args.shared, args.cache, args.limit, args.mode)
    result = eval_corpus(args.shared, texts, show=args.show)
    how = (
        "whole visible page"
        if args.mode == "full"
        else "trafilatura, comments kept, recall favoured"
    )
    print(f"corpus: {result['pages']} pages ({how})")
    print(
        f"  recall   'without' snippets flagged {result['without_flagged']}/"
        f"{result['without_present']} = {result['recall']:.3f}"
    )
    print(
        f"  false +  'with' snippets flagged    {result['with_flagged']}/"
        f"{result['with_present']} = {result['false_positive_rate']:.3f}"
    )
    print(
        f"  reader comments flagged             {result['comments_flagged']}/"
        f"{result['comments_present']} (gold comment snippets present in the text)"
    )
    for name, part in result["halves"].items():
        print(
            f"  {name:8} recall {part['without_flagged']}/{part['without_present']} ="
            f" {part['recall']:.3f}, false + {part['with_flagged']}/{part['with_present']} ="
            f" {part['false_positive_rate']:.3f} ({part['pages']} pages)"
        )
    for category, value in result["precision_by_category"].items():
        n = result["snippets_by_category"][category]
        print(f"  precision {category:12} {value:.3f}  ({n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
