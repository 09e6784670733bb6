"""The evidence walk of REC004 yields every span in document order, skipping ``text``."""

from __future__ import annotations

from audit.rules.record import evidence_objects, iter_evidence

SPAN = {"start": 1, "end": 2, "quote": "x"}


def test_walk_is_in_document_order_with_escaped_pointers() -> None:
    record = {
        "a": [SPAN, {"text": SPAN}, {"x/~y": [[SPAN, 3, "s"]]}],
        "text": SPAN,
        "b": {**SPAN, "extra": 1},
        "c": {"d": SPAN, "e": [None, SPAN]},
    }
    assert [p for p, _ in iter_evidence(record)] == [
        "/a/0",
        "/a/2/x~1~0y/0/0",
        "/c/d",
        "/c/e/1",
    ]


def test_deep_nesting_does_not_recurse() -> None:
    node: object = SPAN
    for _ in range(5000):
        node = [node]
    assert [p.count("/") for p, _ in iter_evidence(node)] == [5000]


def test_unordered_walk_finds_the_same_spans() -> None:
    record = {
        "a": [SPAN, {"text": SPAN}, {"x/~y": [[{**SPAN, "end": 3}, 3, "s"]]}],
        "text": SPAN,
        "b": {**SPAN, "extra": 1},
        "c": {"d": SPAN, "e": [None, {"start": "1", "end": 2, "quote": "x"}]},
    }
    walked = sorted(id(ev) for _, ev in iter_evidence(record))
    assert sorted(id(ev) for ev in evidence_objects(record)) == walked
    assert len(walked) == 4
    node: object = SPAN
    for _ in range(5000):
        node = [node]
    assert evidence_objects(node) == [SPAN]
