"""Scores and tallies: "won 3-1", "a 2-2 draw", "the council voted 5-2", "leads 52-48".

Two numbers joined by a hyphen or a dash are a score only where a word beside them, on the
same line, says so (``score_cues`` in figures.yaml: won, beat, draw, voted, leads …);
elsewhere "4-3" may be a formation, a range or a name. A result line's score stands
between the two sides' capitalised names ("Harbridge Town 3-1 Castlemere Athletic").
Each side is a figure counted in "score", both with the whole score as evidence, as a
range's two bounds share theirs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from audit.analyse import lexicons
from audit.model import Evidence

# Sides of one to three digits; never inside a longer run of numbers, dates, times,
# formations ("4-3-3") or identifiers ("A-1", "9/11-2").
_SCORE = re.compile(r"(?<![\w.,/:–-])(\d{1,3})[-–](\d{1,3})(?![\w/:%]|[-–.,:]\d)")
_WINDOW_BEFORE, _WINDOW_AFTER = 60, 40
# Ages, pages, school years and identifiers before the numbers make them a band or a name,
# not a score (a club's capitals do not: "beat Johor FC 3-2").
_BAND_BEFORE = re.compile(
    r"(?:\b(?:aged?|ages|pages?|pp\.?|years|grades?|chapters?|verses?|sections?|articles?"
    r"|routes?|flights?|rooms?|no\.?|number)\s*|[#/\\-]\s*)$",
    re.IGNORECASE,
)


@cache
def _cues() -> re.Pattern[str]:
    """Any word of ``score_cues``, whole."""
    cues = lexicons.words_trie([str(c) for c in lexicons.load("figures")["score_cues"]])
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE)


def _beside(text: str, start: int, end: int) -> str:
    """The words on the score's line within a short reach either side of it."""
    before = text[max(0, start - _WINDOW_BEFORE) : start].rsplit("\n", 1)[-1]
    after = text[end : end + _WINDOW_AFTER].split("\n", 1)[0]
    return f"{before} {after}"


# A result line: the score between two sides' names ("Harbridge Town 3-1 Castlemere").
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_'’.-]+ $")
_NAME_AFTER = re.compile(r" [^\W\d_][^\W\d_]+")


def _between_names(text: str, m: re.Match[str]) -> bool:
    before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    after = _NAME_AFTER.match(text, m.end())
    return bool(before and after and before.group()[0].isupper() and after.group()[1].isupper())


def find_scores(text: str) -> list[dict[str, Any]]:
    """Both sides of every score in ``text`` that a word beside it marks as one, in order."""
    if "-" not in text and "–" not in text:
        return []
    cues = _cues()
    out = []
    for m in _SCORE.finditer(text):
        if _BAND_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "No. 3-1", "aged 5-11", "pages 12-14"
        if not (cues.search(_beside(text, m.start(), m.end())) or _between_names(text, m)):
            continue
        evidence = Evidence.of(text, m.start(), m.end()).as_json()
        for side in (m.group(1), m.group(2)):
            out.append(
                {
                    "value": int(side),
                    "unit": "score",
                    "qualifier": "exact",
                    "evidence": evidence,
                    "method": "body",
                }
            )
    return out
