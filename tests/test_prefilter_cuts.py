"""Cut characters: a pattern with no leading literal is searched only in the stretches
between characters it can never match that hold its literals, with the same matches."""

from __future__ import annotations

import random
import re

import pytest

from audit.analyse import caveats, prefilter, reporting
from audit.analyse.cuts import conditional_cuts, cut_characters
from tests.test_prefilter import TEXTS

ALL = '.;:,!?\n()[]{}"“”«»|'


@pytest.mark.parametrize(
    ("pattern", "flags", "cuts"),
    [
        (r"\b[a-z]+ists\s+said\b[^.;]{0,60}?\d", re.IGNORECASE, ".;"),
        (r"\bsaid\b", 0, ALL),
        (r"\w+\s+said", 0, '.;:,!?()[]{}"“”«»|'),  # \s takes the line break
        (r"(?:\d|(?<=\d)\.(?=\d))+,\s+say", 0, ';:!?()[]{}"“”«»|'),
        (r"said(?!\.)", 0, ';:,!?\n()[]{}"“”«»|'),  # a look-ahead's characters count
        (r"(?s:.)said", 0, ""),
        (r"said$", 0, ""),  # the end of a stretch is not the end of the text
        (r"(\w)\1said", 0, ""),
        (r"(?:said)?", 0, ""),  # may match the empty string
        (r"said\B", 0, ""),
        (r"(?<![.,])said\b", 0, ALL),  # a look-behind reads before the match only
        (r"(?<=(?=[.,])[.,])said", 0, ';:!?\n()[]{}"“”«»|'),  # unless it looks ahead
        (r"\d(?:[^.;]|(?<=\d)\.(?=\d))+,\s+say", 0, ";"),  # "." is conditional
    ],
)
def test_cut_characters(pattern: str, flags: int, cuts: str) -> None:
    assert cut_characters(pattern, flags) == cuts


def test_a_character_consumed_only_between_two_others_is_a_conditional_cut() -> None:
    found = conditional_cuts(r"\d(?:[^.;]|(?<=\d)\.(?=\d))+,\s+say", 0)
    assert [c for c, _ in found] == ["."]
    ((before, after),) = found[0][1]
    assert before.fullmatch("3") and after.fullmatch("5") and not after.fullmatch(".")
    assert conditional_cuts(r"\d(?:[^;]|(?<=\d)\.(?=\d))+,\s+say", 0) == ()  # "." taken
    assert conditional_cuts(r"(?<=\d)\.(?=\d)said", 0)[0][0] == "."


PATTERNS = [
    re.compile(p, f)
    for p, f in [
        (r"\b[a-z]+ists\s+(?:said|say)\b[^.;]{0,30}?\d", re.IGNORECASE),
        (r"(?:\w+\s+){0,2}said\b", 0),
        (r"[A-Z]\w*\s+(?:said|told)(?=\s+\w)", 0),
        (r"(?<![\d,.])\d(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?,\s+experts\s+said", re.IGNORECASE),
        (r"\b(?:an?\s+)?(?:unnamed|anonymous)\s+(?:\w+\s+){0,2}?(?:source|official)s?\b", re.I),
        (r"(?<![\d,.])\d(?:[^;]|(?<=\d)\.(?=\d)){0,40}?,\s+experts\s+said", re.IGNORECASE),
        (r"\d(?:[^.;]|(?<=\d)[.,](?=\d))+\s+(?:said|say)", 0),
    ]
]


def _mixtures(count: int, seed: int) -> list[str]:
    words = ["said", "say", "told", "analysts", "Experts", "experts", "unnamed", "source",
             "An", "official", "12", "3.5", "1,200", "Roe", "the"]  # fmt: skip
    glue = [" ", " ", "  ", ".", ". ", ", ", ";", "\n", "(", ")", "“", "”", ":", "!"]
    rng = random.Random(seed)
    return [
        "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(3, 30)))
        for _ in range(count)
    ]


def test_stretches_give_exactly_the_matches_of_finditer() -> None:
    gate = prefilter.Gate(PATTERNS)
    assert all(gate._cuts)  # every pattern here is searched by stretches
    rng = random.Random(5)
    matched = 0
    for text in TEXTS[:80] + _mixtures(400, 7):
        scan = gate.scan(text)
        for index, pattern in enumerate(PATTERNS):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.finditer(index)] == expected, pattern.pattern
            matched += len(expected)
            pos = rng.randrange(len(text) + 1)
            end = rng.randrange(pos, len(text) + 1)
            windowed = [m.span() for m in pattern.finditer(text, pos, end)]
            assert [m.span() for m in scan.finditer(index, pos, end)] == windowed
    assert matched > 300


def test_the_unanchored_cue_and_speaker_patterns_are_cut() -> None:
    for gate in (caveats._gate(), reporting.gate()):
        unanchored = [i for i, lead in enumerate(gate._leads) if lead is None and gate._needs[i]]
        assert unanchored and all(gate._cuts[i] for i in unanchored)
