"""Measure the claims analysers: caveats, quotes (with speaker) and figures.

Data sets:
  * tests/data/claims_labelled.yaml - short passages labelled exhaustively, so precision
    and recall are both measured;
  * tests/data/claims_heldout.yaml - more passages, written after the analysers; their
    misses were then fixed (first score: caveats R 0.64, figures R 0.93), so they are
    no longer unseen;
  * tests/data/claims_blind.yaml - passages written last and scored once, never used
    for tuning (then its gaps were fixed);
  * tests/data/claims_blind2.yaml - written after every change, scored once (first
    score: caveats P 0.75 R 0.67, speakers 0.83, figures P 0.89), then its gaps fixed;
  * tests/data/claims_blind3.yaml - 48 passages written without reading the analysers'
    patterns, scored once (first score: caveats P 0.95 R 0.57, speakers 0.81, figures
    P 0.93 R 0.90), then fixed with general cue changes;
  * tests/data/claims_blind4.yaml - 40 passages written without reading the analysers'
    code or word lists, scored once (see its header and tests/test_claims_eval.py);
  * ../shared/seeds/expected.json - the seed articles; their lists are a floor (not
    exhaustive), so only recall is measured.

Usage: python bench/eval_claims.py [--seeds DIR] [--misses tests/data/claims_blind4.yaml]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "claims_labelled.yaml"
HELDOUT = ROOT / "tests" / "data" / "claims_heldout.yaml"
BLIND = ROOT / "tests" / "data" / "claims_blind.yaml"
BLIND2 = ROOT / "tests" / "data" / "claims_blind2.yaml"
BLIND3 = ROOT / "tests" / "data" / "claims_blind3.yaml"
BLIND4 = ROOT / "tests" / "data" / "claims_blind4.yaml"
GERMAN = ROOT / "tests" / "data" / "claims_german.yaml"
SEEDS = next(
    (
        b / "shared" / "seeds"
        for b in (ROOT.parent, ROOT.parent.parent)
        if (b / "shared" / "seeds" / "expected.json").is_file()
    ),
    ROOT.parent / "shared" / "seeds",
)


@dataclass
class Score:
    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0


def _span(text: str, contains: str) -> tuple[int, int]:
    i = text.index(contains)
    return i, i + len(contains)


def _overlaps(ev: dict[str, Any], span: tuple[int, int]) -> bool:
    return bool(ev["start"] < span[1] and span[0] < ev["end"])


def _match(preds: list[Any], golds: list[Any], same: Any, score: Score) -> list[tuple[Any, Any]]:
    pairs = []
    used: set[int] = set()
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and same(p, g):
                used.add(i)
                pairs.append((p, g))
                break
    score.pred += len(preds)
    score.tp_pred += len(used)
    score.gold += len(golds)
    score.tp_gold += len(pairs)
    return pairs


def analyse_text(text: str) -> dict[str, Any]:
    from audit.analyse.caveats import find_caveats
    from audit.analyse.credited_figures import find_credited
    from audit.analyse.figures import find_figures
    from audit.analyse.quotes import analyse_quotes
    from audit.model import Article, Source

    article = Article(text, Source("stdin", "-", "2020-01-01T00:00:00Z", "text/plain"))
    caveats, figures = find_caveats(text), find_figures(text)
    quotes = analyse_quotes(article, {})["quotes"]
    caveats += find_credited(text, figures, caveats, quotes)  # as the analysis adds them
    return {
        "caveats": sorted(caveats, key=lambda c: c["evidence"]["start"]),
        "quotes": quotes,
        "figures": figures,
    }


def evaluate_labelled(path: Path = LABELLED) -> dict[str, Score]:
    scores = {k: Score() for k in ("caveats", "quotes", "quote_speakers", "figures")}
    for passage in yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]:
        text = passage["text"]
        got = analyse_text(text)
        _match(
            got["caveats"],
            [(c["kind"], _span(text, c["contains"])) for c in passage["caveats"]],
            lambda p, g: p["kind"] == g[0] and _overlaps(p["evidence"], g[1]),
            scores["caveats"],
        )
        golds = [(q, _span(text, q["contains"])) for q in passage["quotes"]]
        _match(got["quotes"], golds, lambda p, g: _overlaps(p["evidence"], g[1]), scores["quotes"])
        _match(
            got["quotes"],
            golds,
            lambda p, g: _overlaps(p["evidence"], g[1]) and p["speaker"] == g[0]["speaker"],
            scores["quote_speakers"],
        )
        _match(
            got["figures"],
            [(f, _span(text, f["contains"])) for f in passage["figures"]],
            lambda p, g: (
                _overlaps(p["evidence"], g[1])
                and p["value"] == g[0]["value"]
                and p["qualifier"] == g[0]["qualifier"]
            ),
            scores["figures"],
        )
    return scores


def print_misses(path: Path) -> None:
    """Print, per passage, the labelled items missed and the predictions matching none."""
    for passage in yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]:
        text, got = passage["text"], analyse_text(passage["text"])
        lines = []
        for field in ("caveats", "quotes", "figures"):
            golds = [(g, _span(text, g["contains"])) for g in passage[field]]
            used: set[int] = set()
            for g, span in golds:
                hit = next(
                    (
                        i
                        for i, p in enumerate(got[field])
                        if i not in used
                        and _overlaps(p["evidence"], span)
                        and all(
                            p.get(k) == g[k]
                            for k in ("kind", "speaker", "value", "qualifier")
                            if k in g
                        )
                    ),
                    None,
                )
                if hit is None:
                    lines.append(f"  missed {field}: {g}")
                else:
                    used.add(hit)
            for i, p in enumerate(got[field]):
                if i not in used:
                    shown = {
                        k: p.get(k) for k in ("kind", "speaker", "value", "qualifier") if k in p
                    }
                    lines.append(f"  extra  {field}: {shown} {p['evidence']['quote']!r}")
        if lines:
            print(passage["id"], *lines, sep="\n")


def evaluate_seeds(seeds: Path = SEEDS) -> dict[str, Score]:
    """Recall on the seeds' expected items (ingest + full analysis)."""
    from audit import ingest
    from audit.analyse import analyse
    from audit.ingest.fetch import FetchLimits

    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))["articles"]
    scores = {k: Score() for k in ("chain", "caveats", "quotes", "figures")}
    for name, exp in expected.items():
        article = ingest.load(str(seeds / name), "2020-01-01T00:00:00Z", FetchLimits(10_000_000))
        got = analyse(article)
        names = [h["name"] for h in got["attribution"]["chain"]]
        _match(names, exp["chain_reaches"], lambda p, g: p == g, Score())
        scores["chain"].gold += len(exp["chain_reaches"])
        scores["chain"].tp_gold += sum(1 for n in exp["chain_reaches"] if n in names)
        for c in exp["caveats"]:
            scores["caveats"].gold += 1
            scores["caveats"].tp_gold += any(
                p["kind"] == c["kind"] and c["contains"] in p["evidence"]["quote"]
                for p in got["caveats"]
            )
        for q in exp["quotes"]:
            scores["quotes"].gold += 1
            scores["quotes"].tp_gold += any(
                p["speaker"] == q["speaker"] and q["contains"] in p["text"] for p in got["quotes"]
            )
        for f in exp["figures"]:
            scores["figures"].gold += 1
            scores["figures"].tp_gold += any(f in p["evidence"]["quote"] for p in got["figures"])
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--misses", type=Path, metavar="YAML", help="list one set's errors")
    args = parser.parse_args(argv)
    if args.misses:
        print_misses(args.misses)
        return 0
    for title, path in (
        ("labelled", LABELLED),
        ("held-out", HELDOUT),
        ("blind", BLIND),
        ("blind-2", BLIND2),
        ("blind-3", BLIND3),
        ("blind-4", BLIND4),
        ("german", GERMAN),
    ):
        print(f"{title} passages (precision / recall):")
        for field, s in evaluate_labelled(path).items():
            print(
                f"  {field:15} P {s.precision:.2f}  R {s.recall:.2f}"
                f"  ({s.tp_gold}/{s.gold} gold, {s.pred} predicted)"
            )
    if (args.seeds / "expected.json").is_file():
        print("seed articles (recall on expected items):")
        for field, s in evaluate_seeds(args.seeds).items():
            print(f"  {field:15} R {s.recall:.2f}  ({s.tp_gold}/{s.gold})")
    else:
        print(f"seeds not found at {args.seeds}; skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
