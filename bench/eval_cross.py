"""Precision and recall of the XSC heuristics on labelled synthetic coverage.

The corpus of bench/bench_cross.py knows what is true of every record: its story, the
death toll it states (5% state a wrong one), and whether its quotation drifted (15%).
Measured here:

- story grouping, over pairs of records: grouped together vs same story;
- XSC001 figure conflicts, over pairs of records of one story: reported vs a true
  contradiction (different tolls, both stated exactly);
- XSC010 quote drift, over stories (a drift reported vs a quotation drifted) and, in
  stories of three or more records, over records (named as the drifted wording).

    python bench/eval_cross.py [SIZE]
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cross import findings, labelled_corpus

from audit.analyse.crosssource.digest import digest
from audit.analyse.crosssource.stories import group


def _scores(predicted: set[Any], actual: set[Any]) -> tuple[float, float]:
    hits = len(predicted & actual)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(actual) if actual else 1.0
    return precision, recall


def evaluate(size: int = 2000, seed: int = 11) -> dict[str, tuple[float, float]]:
    records, labels = labelled_corpus(size, seed)
    digests = [digest(r, r["id"]) for r in records]
    grouped = {
        tuple(sorted((digests[a].record_id, digests[b].record_id)))
        for members in group(digests)
        for a, b in combinations(members, 2)
    }
    by_story: dict[int, list[str]] = {}
    for rid, label in labels.items():
        by_story.setdefault(label["story"], []).append(rid)
    same = {tuple(sorted(p)) for ids in by_story.values() for p in combinations(ids, 2)}

    drafts = findings(records)
    conflicts = {
        tuple(sorted((str(d.record_id), r.record_id)))
        for d in drafts
        if d.path == "XSC001"
        for r in d.related
    }
    true_conflicts = {
        pair
        for pair in same
        if labels[pair[0]]["toll"][0] != labels[pair[1]]["toll"][0]
        and labels[pair[0]]["toll"][1] == labels[pair[1]]["toll"][1] == "exact"
    }
    drifted = {str(d.record_id) for d in drafts if d.path == "XSC010"}
    true_drift = {
        rid
        for rid, label in labels.items()
        if label["drift"] and any(not labels[o]["drift"] for o in by_story[label["story"]])
    }
    # with two records neither wording has more support, so only the story is judged
    large = {rid for ids in by_story.values() if len(ids) >= 3 for rid in ids}
    story_of = {rid: label["story"] for rid, label in labels.items()}
    return {
        "story grouping": _scores(grouped, same),
        "XSC001 figure conflict": _scores(conflicts, true_conflicts),
        "XSC010 drift in story": _scores(
            {story_of[r] for r in drifted}, {story_of[r] for r in true_drift}
        ),
        "XSC010 drifted record": _scores(drifted & large, true_drift & large),
    }


def main(argv: list[str]) -> int:
    size = int(argv[0]) if argv else 2000
    print(f"{'heuristic':<24} {'precision':>9} {'recall':>7}   ({size} synthetic records)")
    for name, (precision, recall) in evaluate(size).items():
        print(f"{name:<24} {precision:>9.3f} {recall:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
