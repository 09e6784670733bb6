"""Characters a regular expression can never match, at which a text may be cut.

A pattern such as ``\\b[a-z]+ists\\s+said\\b[^.;]{0,60}?\\d`` has no literal every match
starts with, so :class:`audit.analyse.prefilter.Scan` cannot try it only at a few places.
But no match of it contains "." or ";": every match lies inside one stretch of text
between such characters, and only the stretches holding its required literals need to be
searched. Searching ``text`` from ``a`` to ``b`` (``pattern.finditer(text, a, b)``) gives
exactly the full search's matches inside that stretch when the character at ``b`` is one
the pattern cannot consume: reading it fails just as reading past the end does, and since
it is not a word character ``\\b`` sees the same boundary. Patterns whose outcome could
still differ (``$``, ``\\Z``, back-references, empty matches) get no cut characters.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from audit.analyse.re_private import private

# re's private parser and compiler (as in audit.analyse.prefilter): if they are missing,
# no pattern gets cut characters and every pattern is searched whole.
_p, _c, _compiler = private("_parser"), private("_constants"), private("_compiler")

# Candidate cut characters: punctuation and line breaks, none of them a word character.
_CANDIDATES = '.;:,!?\n()[]{}"“”«»|'
# Positions tests that read no character at or after a cut (or read it as not a word's).
_SAFE_AT = ("AT_BEGINNING", "AT_BEGINNING_STRING", "AT_BEGINNING_LINE", "AT_BOUNDARY")


@cache
def cut_characters(pattern: str, flags: int = 0) -> str:
    """The candidate characters no match of ``pattern`` contains ("" when unknown)."""
    if _p is None or _c is None or _compiler is None:
        return ""
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.getwidth()[0] == 0:
            return ""  # an empty match is found differently at a stretch's end
        leaves: list[re.Pattern[str]] = []
        if not _collect(parsed.data, parsed.state, flags | parsed.state.flags, leaves):
            return ""
    except Exception:  # anything unexpected in re's internals: no cuts, search it whole
        return ""
    return "".join(c for c in _CANDIDATES if not any(leaf.fullmatch(c) for leaf in leaves))


# One compiled pattern per distinct piece: a verb list repeats the same letters many times.
_LEAVES: dict[tuple[str, str, int], re.Pattern[str]] = {}


def _collect(items: Any, state: Any, flags: int, leaves: list[re.Pattern[str]]) -> bool:
    """Compile every character-consuming piece of ``items`` into ``leaves``; False when the
    pattern holds something whose outcome at a cut could differ."""
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            key = (str(op), repr(av), flags)
            leaf = _LEAVES.get(key)
            if leaf is None:
                leaf = _LEAVES[key] = _compiler.compile(_p.SubPattern(state, [(op, av)]), flags)
            leaves.append(leaf)
        elif op is _c.SUBPATTERN:
            inner = (flags | av[1]) & ~av[2]
            if not _collect(av[3], state, inner, leaves):
                return False
        elif op is _c.BRANCH:
            if not all(_collect(branch, state, flags, leaves) for branch in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _collect(av[2], state, flags, leaves):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _collect(av[1], state, flags, leaves):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _collect(av, state, flags, leaves):
                return False
        elif not (op is _c.AT and any(av is getattr(_c, name) for name in _SAFE_AT)):
            return False  # $, \Z, \B, back-references, conditionals
    return True
