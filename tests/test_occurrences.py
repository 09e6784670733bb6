"""The string-search helpers give what the per-name patterns they replace would give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.analyse.occurrences import bounded_spans, run_before, whole_word_spans

# few letters, so names recur; the characters the boundaries turn on
_ALPHABET = "aAbB é_-’'.,& \t1"
_texts = st.text(alphabet=_ALPHABET, max_size=40)
_names = st.text(alphabet=_ALPHABET, min_size=1, max_size=4)


@settings(max_examples=400, deadline=None)
@given(_texts, _names, st.integers(0, 40), st.integers(0, 40))
def test_whole_word_spans_match_lookaround_pattern(
    text: str, name: str, low: int, high: int
) -> None:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    expected = [m.span() for m in pattern.finditer(text, low, high)]
    assert list(whole_word_spans(text, name, low, high, joiners="-")) == expected


@settings(max_examples=400, deadline=None)
@given(_texts, _names)
def test_bounded_spans_match_word_boundary_pattern(text: str, name: str) -> None:
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    assert list(bounded_spans(text, name)) == [m.span() for m in pattern.finditer(text)]


_RUN = re.compile(r"\b(?:[A-Z][\w’'-]+[ \t]+){1,3}\Z")


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="AaBb’-,. \t", max_size=40), st.text(alphabet="AaB", min_size=1, max_size=3)
)
def test_run_before_matches_leftmost_search(text: str, name: str) -> None:
    pattern = re.compile(rf"\b(?:[A-Z][\w’'-]+[ \t]+){{1,3}}{re.escape(name)}\b")
    found = pattern.search(text)
    assert run_before(text, name, _RUN, 0, len(text)) == (found.span() if found else None)


def test_run_before_reads_the_words_before_a_short_name() -> None:
    text = "In a filing, Harnley Valley Water said Water was ready."
    span = run_before(text, "Water", _RUN, 0, len(text))
    assert span is not None
    assert text[span[0] : span[1]] == "Harnley Valley Water"


def test_name_inside_a_longer_word_is_no_occurrence() -> None:
    assert list(whole_word_spans("Kestrels and Kestrel-based", "Kestrel", joiners="-")) == []
    assert list(bounded_spans("the kestrel's nest", "kestrel")) == [(4, 11)]
