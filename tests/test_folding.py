"""Case-insensitive patterns run as case-sensitive twins over the folded text: same matches."""

from __future__ import annotations

import random
import re
import sys

import pytest

from audit.analyse import caveats, folding, lexicons, reporting
from audit.analyse.casefold import fold
from audit.analyse.dates import vocabulary
from audit.analyse.figure_tables import tables as _tables
from tests.test_prefilter import TEXTS


def _patterns() -> list[re.Pattern[str]]:
    t, v = _tables(), vocabulary()
    return [
        t.pattern,
        t.range_,
        t.months,
        v.day_month_year,
        v.month_day_year,
        v.weekday,
        reporting.patterns()["verb"],
        *caveats._gate().patterns[:40],
        re.compile(r"\b[a-zß]{2,}\s+(?:k|s|i)\w*\b[^.;]{0,20}?\d", re.IGNORECASE),
        re.compile(r"(?<![\w.])\d+\s?(?:km|kg|mph|°C)\b", re.IGNORECASE),
    ]


PATTERNS = _patterns()


def _texts() -> list[str]:
    rng = random.Random(4)
    tricky = ["ſ", "K", "ı", "İ", "ι", "Ι", "ͅ", "ß", "ẞ", "Σ", "ς", "µ", "Å"]
    out = list(TEXTS[:120])
    for text in TEXTS[:40]:
        chars = list(text)
        for _ in range(len(chars) // 20):
            chars[rng.randrange(len(chars))] = rng.choice(tricky)
        out.append("".join(chars))
    out += [t.swapcase() for t in TEXTS[:20]]
    # every currency and unit as the lexicon writes it, and in other cases
    data = lexicons.load("figures")
    signs = [*map(str, data["currencies"]), *map(str, data["attached_units"])]
    written = [f"about {s}12 and 3.5{s} or {s} 40 million, over 7 {s}" for s in signs]
    out += written + [w.upper() for w in written] + [w.swapcase() for w in written]
    return out


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_finditer_gives_the_matches_of_the_pattern(index: int) -> None:
    pattern = PATTERNS[index]
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in folding.finditer(pattern, text)] == expected


def test_text_that_folds_to_another_kind_of_character_is_searched_as_it_is() -> None:
    # Greek iota folds to U+0345, no word character: the twin would find "said" alone
    pattern = re.compile(r"\w+said", re.IGNORECASE)
    for text in ["ιsaid so", "Ιsaid so", "a ιsaid"]:
        assert [m.span() for m in folding.finditer(pattern, text)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_the_figure_and_date_patterns_have_twins() -> None:
    assert all(folding.twin(p) is not None for p in PATTERNS[:6])


@pytest.mark.parametrize(
    "source",
    [r"(?-i:[A-Z])\w+ said", r"(\w)\1", r"[A-Z]{2}\d", r"said"],
)
def test_no_twin_where_case_or_back_references_matter(source: str) -> None:
    flags = 0 if source == "said" else re.IGNORECASE
    assert folding.twin(re.compile(source, flags)) is None


def test_folding_changes_no_characters_kind_but_the_guarded_ones() -> None:
    def kind(char: str) -> tuple[bool, bool, bool]:
        return bool(re.match(r"\w", char)), bool(re.match(r"\d", char)), char.isspace()

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = fold(char)
        if folded == char:
            continue
        assert len(folded) == 1, hex(code)
        assert kind(folded) == kind(char) or folded in folding._TARGETS, hex(code)
