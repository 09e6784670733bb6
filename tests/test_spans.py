"""Spans answer as a scan over every span would, for overlapping and nested spans too."""

from __future__ import annotations

import random

import pytest

from audit.analyse.spans import Spans


@pytest.mark.parametrize("seed", range(20))
def test_answers_match_a_scan_over_every_span(seed: int) -> None:
    rng = random.Random(seed)
    spans = [(s, s + rng.randint(0, 15)) for s in (rng.randint(0, 100) for _ in range(12))]
    index = Spans(spans)
    for a in range(-2, 120):
        assert index.covers(a) == any(s <= a < e for s, e in spans)
        for b in range(a, a + 20):
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)
            assert index.contains(a, b) == any(s <= a and b <= e for s, e in spans)


def test_no_spans_answer_no() -> None:
    empty = Spans([])
    assert not empty.covers(0)
    assert not empty.overlaps(0, 10)
    assert not empty.contains(0, 0)
