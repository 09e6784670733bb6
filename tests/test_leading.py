"""Patterns opening with look-arounds, searched through a twin that skips ahead: same matches."""

from __future__ import annotations

import re

import pytest

from audit.analyse import caveats, identity_memo, leading, lookbehind
from tests.test_prefilter import TEXTS

OPENING = [
    r"(?<![\d,.])(?!(?:1[5-9]|20)\d\d\b)\d(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?,\s+(?:\w+\s+){0,2}?said",
    r"\b\d+(?:\.\d+)?\s?(?:percent|per cent)\b",
    r"(?<!\w)[$€£]\s?\d+",
    r"(?<=\s)(?!0)\d{2,}",
    r"(?<![\w(])\d(\d)?\b",
    r"\b[0-9]{1,3}(?:,\d{3})+\b",
    r"(?<!\d)\d+?%",
    r"^\d+\.",
]


@pytest.mark.parametrize("source", OPENING)
def test_finditer_gives_the_matches_of_the_pattern(source: str) -> None:
    for flags in (0, re.IGNORECASE, re.MULTILINE):
        pattern = re.compile(source, flags)
        assert leading.twin(pattern) is not None
        for text in [*TEXTS, "7, officials said", "1999, experts said; 12, 3.5, they said"]:
            for pos, end in ((0, len(text)), (3, len(text) - 2)):
                expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]
                found = leading.finditer(pattern, text, pos, end)
                assert [(m.span(), m.groups()) for m in found] == expected
                assert all(m.re is pattern for m in found)


def test_the_twin_opens_with_the_character_and_finds_numbers_after_a_look_behind() -> None:
    pattern = re.compile(r"(?<![\d,.])(?!(?:1[5-9]|20)\d\d\b)\d+")
    twin = leading.twin(pattern)
    assert twin is not None
    assert [m.group() for m in leading.finditer(pattern, "in 1999 and 2,5 and 42.")] == ["2", "42"]


@pytest.mark.parametrize(
    "source, flags",
    [
        (r"\d+", 0),  # opens with its character already
        (r"\b(?:said|told)\b", 0),  # a branch, not one character
        (r"\b[a-z]+ists", re.IGNORECASE),  # letters matched without case: no skipping
        (r"(?<=a)", 0),  # nothing but the assertion
        (r"\b(\d)", 0),  # the character in a group
    ],
)
def test_no_twin_where_it_cannot_help(source: str, flags: int) -> None:
    assert leading.twin(re.compile(source, flags)) is None


def test_a_caveat_cue_opening_with_a_look_behind_has_a_twin() -> None:
    assert any(leading.twin(p) is not None for p in caveats._gate().patterns)


def test_a_gate_tries_a_pattern_opening_with_a_word_boundary_only_at_word_starts() -> None:
    from audit.analyse import prefilter

    patterns = [re.compile(r"\b(?:is|was)\s+not\b", re.I), re.compile(r"(?:is|was)\s+not", re.I)]
    gate = prefilter.Gate(patterns)
    text = "This is not it; his was not, THIS IS NOT. _is not 9is not ßis not"
    scan = gate.scan(text)
    for index, pattern in enumerate(patterns):
        assert [m.span() for m in scan.finditer(index)] == [
            m.span() for m in pattern.finditer(text)
        ]
    assert leading.opens_with_boundary(patterns[0]) and not leading.opens_with_boundary(patterns[1])
    assert len(scan._candidates[0]) < len(scan._candidates[1])


BEHIND = [
    r"(?<![\w.,$£-])(?:(?:about|over)\s+)?(?:\$\s?)?\d+(?:\s?(?:million|m))?(?!\w)",
    r"(?<!a)b+",
    r"(?<![\d,.])\d{2,}",
]


@pytest.mark.parametrize("source", BEHIND)
def test_spans_through_the_finder_are_the_spans_of_the_pattern(source: str) -> None:
    pattern = re.compile(source)
    assert lookbehind.finder(pattern) is not None
    texts = [*TEXTS, "12 over $5 million, 3m", "bab ab bbb", "$5 over 12", "1,200 and 12.5"]
    for text in texts:
        assert lookbehind.spans(pattern, text) == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "source, flags",
    [(r"(?<![a-z])\d", re.IGNORECASE), (r"(?<!ab)c", 0), (r"(?<=a)b", 0), (r"(?<!a)", 0)],
)
def test_no_finder_for_other_openings(source: str, flags: int) -> None:
    assert lookbehind.finder(re.compile(source, flags)) is None


def test_by_identity_builds_once_per_pattern_object() -> None:
    built: list[str] = []

    @identity_memo.by_identity
    def size(pattern: re.Pattern[str]) -> int:
        built.append(pattern.pattern)
        return len(pattern.pattern)

    first, equal = re.compile("ab+c"), re.compile("ab+", re.I)
    assert [size(first), size(first), size(equal), size(equal)] == [4, 4, 3, 3]
    assert built == ["ab+c", "ab+"]


def test_the_identity_memo_stays_bounded_and_right() -> None:
    built: list[str] = []

    @identity_memo.by_identity
    def source(pattern: re.Pattern[str]) -> str:
        built.append(pattern.pattern)
        return pattern.pattern

    kept = re.compile("kept")
    assert source(kept) == source(kept) == "kept" and built == ["kept"]
    for n in range(identity_memo.MEMO_LIMIT + 10):  # patterns made per call, by mistake
        assert source(re.compile(f"p{n}")) == f"p{n}"
    assert source(kept) == "kept"


def test_a_percent_pattern_written_otherwise_fails_loudly() -> None:
    from audit.analyse.figures import _unanchored

    assert _unanchored(re.compile(r"^\s*%")).match("5 %", 1) is not None
    for written in (r"(?i)^\s*%", r"\s*%", r"^(?<=\d)\s*%"):
        with pytest.raises(ValueError):
            _unanchored(re.compile(written))
