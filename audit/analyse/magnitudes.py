"""Quantities written in words without a number: "more than a decade", "nearly a year", "a
year and a half", "prices doubled", "double what we produce", "twice as many".

A period is its length in its unit ("a decade" is 10 years) and counts after a qualifier
("over a year") or with "and a half": bare, "a year" is most often a rate ("$6.8 million
a year"). A multiplier is a number of times ("doubled" is 2; "double", "twice" and
"triple" only before what they compare with: "double the rate", not "a double murder").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from audit.analyse import lexicons
from audit.analyse.figure_tables import tables
from audit.model import Evidence


@dataclass(frozen=True)
class _Table:
    pattern: re.Pattern[str]
    periods: dict[str, tuple[Decimal, str]]
    multipliers: dict[str, int]
    qualifier_of: dict[str, str]
    #: A word every match holds; a text without one is not searched.
    anchor: re.Pattern[str]


@cache
def _table() -> _Table:
    data = lexicons.load("figures")
    qualifier_of = tables().qualifier_of  # "more than" -> more_than, as the figures read it
    periods = {
        str(k).lower(): (Decimal(str(v["length"])), str(v["unit"]))
        for k, v in data["period_words"].items()
    }
    multipliers = {str(k).lower(): int(v) for k, v in data["multiplier_words"].items()}
    qual = lexicons.words_trie(list(qualifier_of))
    period = lexicons.words_trie(list(periods))
    times = lexicons.words_trie(list(multipliers))
    compared_words = {str(k).lower(): int(v) for k, v in data["compared_multipliers"].items()}
    compared = lexicons.words_trie(list(compared_words))
    changed_words = {str(k).lower(): int(v) for k, v in data["changed_multipliers"].items()}
    changed = lexicons.words_trie(list(changed_words))
    gap = r"[^\S\n]+"
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<qual>{qual}){gap})?(?:"
        rf"(?:a|one){gap}(?P<period>{period})(?P<half>{gap}and{gap}a{gap}half)?"
        rf"|(?P<times>{times})"
        rf"|(?P<changed>{changed})"
        rf"|(?P<double>{compared})"
        rf"(?={gap}(?:(?:the(?!{gap}same\b)|what|those|these|its|their|his|her)\b"
        rf"|as{gap}(?:many|much|high|large|big|long|likely|common|often|fast|great|expensive)\b))"
        rf")(?![\w-])",
        re.IGNORECASE,
    )
    anchor = re.compile(
        rf"(?<![\w-])(?:{period}|{times}|{compared}|{changed})(?![\w-])", re.IGNORECASE
    )
    every = {**compared_words, **changed_words, **multipliers}
    return _Table(pattern, periods, every, qualifier_of, anchor)


# A change right before or after a multiple that needs one ("gone up threefold", "a
# fourfold increase").
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|rose|risen|rise|rises|grow|grew|grown|increase|increased|increases|jump|jumped"
    r"|climbed|surged|soared|multiplied|expanded|fell|fall|falls|drop|dropped|declined)"
    r"(?:[^\S\n]+by)?[^\S\n]+$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"[^\S\n]+(?:(?:increase|rise|jump|growth|surge|decline|drop|fall|reduction)\b"
    r"|(?:higher|more|greater)[^\S\n]+(?:than|risk|likely|chance)\b)",
    re.IGNORECASE,
)


def _beside_a_change(text: str, start: int, end: int) -> bool:
    """Whether a change stands right before ``start`` or after ``end``."""
    return bool(
        _CHANGE_BEFORE.search(text, max(0, start - 18), start) or _CHANGE_AFTER.match(text, end)
    )


def find_magnitudes(text: str) -> list[dict[str, Any]]:
    """Every quantity written in words in ``text`` (see the module's docstring), in order."""
    t = _table()
    out: list[dict[str, Any]] = []
    if t.anchor.search(text) is None:
        return out
    for m in t.pattern.finditer(text):
        qual = m.group("qual")
        if m.group("period"):
            if not (qual or m.group("half")):
                continue  # "$6.8 million a year": a rate, not a period
            value, unit = t.periods[m.group("period").lower()]
            if m.group("half"):
                value *= Decimal("1.5")
        else:
            word = next(w for w in m.group("times", "double", "changed") if w).lower()
            if m.group("changed") and not _beside_a_change(text, m.start(), m.end()):
                continue  # "The aim is twofold:": parts, no multiple
            value, unit = Decimal(t.multipliers[word]), "times"
        out.append(
            {
                "value": int(value) if value == value.to_integral_value() else float(value),
                "unit": unit,
                "qualifier": t.qualifier_of[" ".join(qual.lower().split())] if qual else "exact",
                "evidence": Evidence.of(text, m.start(), m.end()).as_json(),
                "method": "body",
            }
        )
    return out
