"""Outlets named in a text, with short forms resolved to the outlet named before them.

"The Times" or "the newspaper" stands for the last outlet the text named in full (of a
fitting kind); with no such outlet before it, the short form is dropped, because the text
does not say which outlet it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.analyse import lexicons


@dataclass(frozen=True, slots=True)
class OutletMention:
    """An outlet referred to at ``start:end``; ``resolved`` when written as a short form."""

    name: str
    kind: str
    start: int
    end: int
    surface: str
    resolved: bool = False


@cache
def _generic() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, list[str]] = lexicons.load("reporting")["generic_outlet_nouns"]
    kind_of = {noun.lower(): kind for kind, nouns in table.items() for noun in nouns}
    words = lexicons.words_pattern(list(kind_of))
    return re.compile(rf"\b[Tt]he\s+[*_]?({words})\b[*_]?", re.IGNORECASE), kind_of


_KIND_FITS = {
    "newspaper": {"newspaper", "investigative", "aggregator"},
    "agency": {"wire", "state_media"},
    "broadcaster": {"broadcaster", "state_media"},
    "magazine": {"magazine"},
}


def outlet_mentions(text: str) -> list[OutletMention]:
    """Every outlet reference in ``text`` in order, short forms resolved."""
    reg = lexicons.registry()
    found: list[OutletMention] = []
    for m in reg.mentions(text, context=True):
        bare = _words(m.surface)
        direct = not m.contextual or (
            bare[:1] == ["the"]
            and " ".join(bare[1:])
            in {" ".join(_words(a)) for a in (m.outlet.name, *m.outlet.aliases)}
        )
        if direct:
            found.append(OutletMention(m.outlet.name, m.outlet.kind, m.start, m.end, m.surface))
            continue
        prior = [f for f in found if f.end <= m.start]
        owners = [f for f in prior if " ".join(bare) in _context_aliases(f.name)]
        if not owners:
            owners = [
                f for f in prior if any(bare[-1:] == _words(a)[-1:] for a in _aliases(f.name))
            ]
        if owners:
            p = owners[-1]
            found.append(OutletMention(p.name, p.kind, m.start, m.end, m.surface, True))
    pattern, kind_of = _generic()
    for g in pattern.finditer(text):
        if any(f.start <= g.start() < f.end for f in found):
            continue
        kind = kind_of[" ".join(g.group(1).lower().split())]
        fits = _KIND_FITS.get(kind)
        prior = [f for f in found if f.end <= g.start() and (not fits or f.kind in fits)]
        if prior:
            p = prior[-1]
            found.append(OutletMention(p.name, p.kind, g.start(), g.end(), g.group(0), True))
    found.sort(key=lambda f: f.start)
    return found


def _aliases(name: str) -> list[str]:
    outlet = lexicons.registry().lookup(name)
    if outlet is None:
        return [name]
    return [outlet.name, *outlet.aliases, *outlet.context_aliases]


def _words(value: str) -> list[str]:
    return re.findall(r"\w+", value.lower())


def _context_aliases(name: str) -> set[str]:
    outlet = lexicons.registry().lookup(name)
    return {" ".join(_words(a)) for a in outlet.context_aliases} if outlet else set()
