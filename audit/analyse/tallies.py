"""Figures a tally's noun names before a bare number: "the death toll rose to 12", "the
toll stood at 12", "put the number at 19", "brings the total to 40".

The number has no unit of its own after it (that is the figure pattern's case, "rose to 12
people"); the noun before it says what is counted. A year ("the total was 2024") is none.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from audit.analyse import textscan
from audit.analyse.figure_tables import YEAR_LIKE
from audit.model import Evidence

_NOUN = r"(?P<noun>(?:death[ \t]+)?toll|total|tally|number|count|turnout)"
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%,.]?\d)(?![ \t]*(?:%|per[ \t]?cent\b))"
# What the number may count after it without being its unit (a full stop, a comma, "on
# Friday", "in …"): any other word is the figure pattern's unit.
_NO_UNIT_AFTER = (
    r"(?=[ \t]*(?:[.,;:)!?]|$|\n|(?:on|in|by|at|as|after|before|from|so|and|but|when|while"
    r"|with|this|last|overnight|late|early|for)\b))"
)


@cache
def _pattern() -> re.Pattern[str]:
    gap = r"[ \t]+"
    verb = (
        r"(?:(?:has|had|have|was|is|had[ \t]+been|has[ \t]+been)[ \t]+)?(?:now[ \t]+)?"
        r"(?:rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|jumped|increased"
        r"|fell|dropped|hit|was|is)"
    )
    return re.compile(
        rf"\b(?P<put>(?:put|puts|putting|brings|brought|bringing|bring)(?:{gap}the)?{gap})?"
        rf"{_NOUN}(?:{gap}of{gap}[a-z]+)?{gap}(?:{verb}{gap}(?:at{gap}|to{gap})?|(?P<bare>at|to){gap})"
        rf"{_NUMBER}{_NO_UNIT_AFTER}",
        re.IGNORECASE,
    )


def scan_patterns() -> list[re.Pattern[str]]:
    """The tally pattern, for the shared gate (see :mod:`audit.analyse.textscan`): tried
    only where its nouns are written."""
    return [_pattern()]


def find_tallies(text: str) -> list[dict[str, Any]]:
    """Every tally named by its noun before a bare number in ``text``, in order."""
    out: list[dict[str, Any]] = []
    for m in textscan.scan(text).finditer(textscan.offset("tallies")):
        if m.group("bare") and not m.group("put"):
            continue  # "the number at 19" is a figure after "put", not alone
        if YEAR_LIKE.fullmatch(m.group("num")):
            continue  # a year
        digits = m.group("num").replace(",", "")
        value = float(digits) if "." in digits else int(digits)
        start = m.start("noun")
        out.append(
            {
                "value": value,
                "unit": " ".join(m.group("noun").lower().split()),
                "qualifier": "exact",
                "evidence": Evidence.of(text, start, m.end("num")).as_json(),
                "method": "body",
            }
        )
    return out
