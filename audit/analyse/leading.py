"""Patterns that open with look-arounds, rebuilt so the regex engine can skip ahead.

Python's regex engine searches fast when a pattern opens with a character it can look
for: it skips every position whose character cannot start a match. A pattern that opens
with a look-around or a word boundary (``(?<![\\d,.])\\d...``, ``\\b\\d...``) gets no such
skip, and the look-around is run at every position of the text: some 50 ns a character.
:func:`twin` moves the opening assertions behind the first character when that is a single
character test (``\\d``, ``[$€]``): ``(?<![\\d,.])(?!19\\d\\d)\\dREST`` becomes
``\\d(?<=(?<![\\d,.])(?!19\\d\\d)\\d)REST``. At each position the twin tests the same
character, then (looking back one character) the same assertions at the same position, then
the same rest, so it matches exactly where the original does, with the same span; the
assertions and a single character test are never backtracked into. :func:`finditer`
returns the original pattern's own matches, taken at the starts the twin finds. A twin is
a :class:`~audit.analyse.rebuilt.Rebuilt`: it prints and pickles as this rebuilding of
its source pattern.
"""

from __future__ import annotations

import re
from typing import Any

from audit.analyse.identity_memo import by_identity
from audit.analyse.re_private import private
from audit.analyse.rebuilt import Rebuilt

_p, _c, _compiler = private("_parser"), private("_constants"), private("_compiler")


def _zero_width(op: Any) -> bool:
    return op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT


# Single character tests (ANY is left out: the engine does not skip ahead for it).
_SINGLE = (_c.LITERAL, _c.NOT_LITERAL, _c.IN) if _c is not None else ()


def _first_character(item: tuple[Any, Any]) -> tuple[Any, list[Any]]:
    """A single character test the item opens with and what remains of the item: the item
    itself, or the first of a repeat of it ("\\d+" is "\\d" then "\\d*", tried in the same
    order); (None, []) otherwise."""
    op, av = item
    if op in _SINGLE:
        return item, []
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if low >= 1 and len(sub.data) == 1 and sub.data[0][0] in _SINGLE:
            if high == 1:
                return sub.data[0], []
            more = high if high == _c.MAXREPEAT else high - 1
            return sub.data[0], [(op, (low - 1, more, sub))]
    return None, []


def opens_with_boundary(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts at a Unicode word boundary ``\\b``."""
    if _p is None or _c is None or pattern.flags & (re.ASCII | re.LOCALE):
        return False
    try:
        data = _p.parse(pattern.pattern, pattern.flags).data
    except Exception:  # an unparseable pattern is never filtered
        return False
    return bool(data) and data[0] == (_c.AT, _c.AT_BOUNDARY)


@by_identity
def twin(pattern: re.Pattern[str]) -> Rebuilt | None:
    """The rebuilt pattern, or None when it would not help or cannot be built."""
    if _p is None or _c is None or _compiler is None:
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        data = list(parsed.data)
        k = 0
        while k < len(data) and _zero_width(data[k][0]):
            k += 1
        if k == 0 or k == len(data):
            return None  # nothing to move, or nothing to move it behind
        first, rest = _first_character(data[k])
        if first is None:
            return None
        flags = pattern.flags | parsed.state.flags
        if _compiler._get_charset_prefix(_p.SubPattern(parsed.state, [first]), flags) is None:
            return None  # a letter in a pattern without case: no skipping either way
        behind = _p.SubPattern(parsed.state, [*data[:k], first])
        look = (_c.ASSERT, (-1, behind))
        parsed.data = [first, look, *rest, *data[k + 1 :]]
        compiled: re.Pattern[str] = _compiler.compile(parsed, pattern.flags)
    except Exception:  # anything unexpected in re's internals: no twin
        return None
    return Rebuilt(compiled, pattern, f"{__name__}.twin")


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    """Exactly ``list(pattern.finditer(text, pos, endpos))``, searched through the twin
    when there is one."""
    end = len(text) if endpos is None else endpos
    other = twin(pattern)
    if other is None:
        return list(pattern.finditer(text, pos, end))
    out = []
    for found in other.finditer(text, pos, end):
        match = pattern.match(text, found.start(), end)
        if match is None or match.end() != found.end():  # pragma: no cover - a safety net
            return list(pattern.finditer(text, pos, end))
        out.append(match)
    return out
