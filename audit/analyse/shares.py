"""Shares written as one part: "cut by a third", "more than a quarter of staff", "around half
of the homes". Each is a figure in percent, as "two-thirds" is.

"a third" or "a quarter" is a share only where the words say so: after "by" or a qualifier
("about a third"), or before "of" and a whole that is no single thing ("a third of voters",
not "a quarter of an hour"). "half" is one after "by" or a qualifier, or before "(of) the /
all / its …" when the word before it does not make it a period or a number ("the second
half of the season", "two and a half").
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

_PART_OF = re.compile(r"\s+of\s+(?!an?\b)", re.I)
_HALF_OF = re.compile(
    r"\s+(?:of\s+)?(?:the|all|its|their|those|these|them|his|her|our|my|your|every)\b", re.I
)


@dataclass(frozen=True)
class _Table:
    pattern: re.Pattern[str]
    parts: dict[str, int]
    qualifier_of: dict[str, str]
    half_not_after: re.Pattern[str]
    #: The part word every match ends with; rarer than the pattern's openings ("a", "by").
    anchor: re.Pattern[str]


@cache
def _table() -> _Table:
    data = lexicons.load("figures")
    qualifier_of = tables().qualifier_of  # "more than" -> more_than, as the figures read it
    parts = {str(k).lower(): int(v) for k, v in data["share_words"].items()}
    one_part = "|".join(p for p in parts if p != "half")
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<by>by)\s+)?(?:(?P<qual>{lexicons.words_trie(list(qualifier_of))})\s+)?"
        rf"(?:(?P<one>a|one)[^\S\n](?P<part>{one_part})|(?P<half>half))(?![\w-])",
        re.IGNORECASE,
    )
    not_after = "|".join(
        r"\s+".join(map(re.escape, str(w).split())) for w in data["half_not_after"]
    )
    # Where ``pattern`` matches, this matches at its "a"/"one"/"half" (after the pattern's
    # start or white space): a text without it has no share, and is not searched.
    anchor = re.compile(
        rf"(?<![\w-])(?:(?:a|one)[^\S\n](?:{one_part})|half)(?![\w-])", re.IGNORECASE
    )
    return _Table(pattern, parts, qualifier_of, re.compile(rf"\b(?:{not_after})\s+$", re.I), anchor)


def find_shares(text: str) -> list[dict[str, Any]]:
    """Every share of one part in ``text`` that its words mark as one, in order."""
    t = _table()
    out: list[dict[str, Any]] = []
    if t.anchor.search(text) is None:
        return out
    for m in t.pattern.finditer(text):
        by, qual, part = m.group("by"), m.group("qual"), m.group("part")
        if part:
            if not (by or qual or _PART_OF.match(text, m.end())):
                continue
        elif not (by or qual):
            head = text[max(0, m.start() - 12) : m.start()]
            if t.half_not_after.search(head) or not _HALF_OF.match(text, m.end()):
                continue
        start = m.start("qual") if qual else m.start("one") if part else m.start("half")
        parts = t.parts[(part or "half").lower()]
        qualifier = t.qualifier_of[" ".join(qual.lower().split())] if qual else "exact"
        value = (Decimal(100) / parts).quantize(Decimal("0.01"))
        out.append(
            {
                "value": int(value) if value == value.to_integral_value() else float(value),
                "unit": "percent",
                "qualifier": qualifier,
                "evidence": Evidence.of(text, start, m.end()).as_json(),
                "method": "body",
            }
        )
    return out
