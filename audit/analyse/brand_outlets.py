"""News sites the registry does not know, named as one brand word ("VTDigger", "CalMatters").

A word with capitals inside it is seldom a person's name or an everyday word, but it may be
a company's ("BlackRock reported a loss"). So such a word counts as a news outlet only when
the text cites it the way journalists cite a newsroom: at least twice, once at least in a
form only reporting takes ("told X", "an investigation published Tuesday by X", "X's
story", "first reported by X"), the other times perhaps as "according to X" or "X reported".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# One word, capitals inside it: "VTDigger" (a run of capitals, then lower case) or
# "CalMatters" (lower case, then a capital). Surnames with a prefix ("McNeil", "DeLuca",
# "LeBlanc", "MacArthur", "VanDyke") are people's.
_BRAND = re.compile(
    r"(?<![\w@#/.’'-])(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])"
    r"(?P<name>[A-Z](?:[A-Z]+[a-z]|[a-z]+[A-Z])[A-Za-z]{2,20})(?![\w@-]|['’](?!s\b))"
)
_STRONG_BEFORE = re.compile(
    r"(?:\b(?:told|(?:first\s+)?reported\s+by|(?:spoke|speaking|talked|talking)\s+(?:to|with)"
    r"|(?:an?\s+)?interview\s+with|(?:an?|the)\s+(?:\w+\s+){0,2}?(?:investigation|story|"
    r"report|article|analysis|expos[eé])\s+(?:(?:published|posted|released|aired)\s+)?"
    r"(?:(?:on\s+)?\w+\s+)?(?:by|from))\s+)$",
    re.IGNORECASE,
)
_WEAK_BEFORE = re.compile(r"(?:\baccording\s+to|(?:^|[,;(—–]\s*)(?:per|via))\s+$", re.IGNORECASE)
_STRONG_AFTER = re.compile(
    r"^(?:['’]s\s+(?:own\s+)?(?:story|investigation|reporting|report|article|analysis|"
    r"coverage|expos[eé])\b|\s+first\s+(?:reported|revealed)\b"
    r"|,\s+which\s+(?:first\s+)?(?:obtained|reported|revealed|broke)\b)",
    re.IGNORECASE,
)
_WEAK_AFTER = re.compile(r"^\s+(?:also\s+|has\s+|had\s+)?(?:reported|reports|revealed)\b")
_REACH = 60  # characters before a name that may hold its cue
_ORIGINAL = re.compile(r"investigation|expos|first|broke|published|revealed", re.IGNORECASE)
_OBTAINED = re.compile(r"obtained", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class BrandCitation:
    """One place the text cites a brand-named outlet: its name and the cue's span."""

    name: str
    cue: str  # "obtained", "original" or "reports", as in attribution.yaml
    start: int
    end: int


def brand_citations(text: str) -> list[BrandCitation]:
    """Every citation of a brand-named outlet the text cites as a newsroom (see module)."""
    by_name: dict[str, list[tuple[bool, BrandCitation]]] = {}
    for strong, citation in _citations(text):
        by_name.setdefault(citation.name, []).append((strong, citation))
    return [
        citation
        for found in by_name.values()
        if len(found) >= 2 and any(strong for strong, _ in found)
        for _, citation in found
    ]


def _citations(text: str) -> Iterator[tuple[bool, BrandCitation]]:
    for m in _BRAND.finditer(text):
        name, start, end = m.group("name"), m.start(), m.end()
        before = text[max(0, start - _REACH) : start]
        after = text[end : end + _REACH]
        for strong, pattern in ((True, _STRONG_BEFORE), (False, _WEAK_BEFORE)):
            cue = pattern.search(before)
            if cue is not None:
                said = before[cue.start() :]
                yield strong, BrandCitation(name, _kind(said), start - len(said), end)
                break
        else:
            for strong, pattern in ((True, _STRONG_AFTER), (False, _WEAK_AFTER)):
                cue = pattern.match(after)
                if cue is not None:
                    yield strong, BrandCitation(name, _kind(cue.group()), start, end + cue.end())
                    break


def _kind(said: str) -> str:
    if _OBTAINED.search(said):
        return "obtained"
    return "original" if _ORIGINAL.search(said) else "reports"
