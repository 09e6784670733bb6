"""Date search shortcuts: month and weekday tries, and the year every date pattern needs."""

from __future__ import annotations

import re

import pytest

from tests.test_lexicons_trie import _texts
from tests.test_prefilter import TEXTS


@pytest.mark.parametrize("key", ["months", "weekdays"])
def test_date_name_tries_match_like_the_flat_alternation(key: str) -> None:
    from audit.analyse.dates import _alternation
    from audit.analyse.vocab import load_yaml

    data = load_yaml("dates.yaml")[key]
    words = [str(n) for names in data.values() for n in names] if key == "months" else data
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    flat = re.compile(rf"\b({'|'.join(map(re.escape, ordered))})\b\.?", re.IGNORECASE)
    trie = re.compile(rf"\b({_alternation(words)})\b\.?", re.IGNORECASE)
    assert trie.pattern != flat.pattern
    for text in _texts(words, 11):
        assert [m.span(1) for m in trie.finditer(text)] == [m.span(1) for m in flat.finditer(text)]


def test_every_date_pattern_holds_a_year() -> None:
    """find_dates skips a text with no year in it: each of its patterns needs one."""
    from audit.analyse import dates

    v = dates.vocabulary()
    for pattern in (
        v.day_month_year,
        v.month_day_year,
        v.month_year,
        dates._ISO,
        dates._DOTTED,
        dates._SLASHED,
        dates._YEAR_ALONE,
    ):
        for text in TEXTS[:200]:
            for m in pattern.finditer(text):
                assert dates._YEAR_WRITTEN.search(m.group(0)), (pattern.pattern[:40], m.group(0))
    assert dates.find_dates("on 5 May, 12:30") == []
    assert dates.find_dates("on 5 May 2019")[0].value == "2019-05-05"
