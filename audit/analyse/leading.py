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
returns the original pattern's own matches, taken at the starts the twin finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from audit.analyse.re_private import private

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


_P = TypeVar("_P")
_MEMO_LIMIT = 1024  # far more patterns than the analysers compile


def by_identity(
    build: Callable[[re.Pattern[str]], _P],
) -> Callable[[re.Pattern[str]], _P]:
    """``build`` remembered per pattern object: looking a compiled pattern up by equality
    hashes its whole program (some microseconds for a long one), by identity it costs
    nothing (each entry keeps its pattern alive, so its id is not reused). Meant for the
    module-level patterns of the analysers; past ``_MEMO_LIMIT`` patterns (built per call
    by mistake, say) it starts afresh rather than grow."""
    memo: dict[int, tuple[re.Pattern[str], _P]] = {}

    def cached(pattern: re.Pattern[str]) -> _P:
        hit = memo.get(id(pattern))
        if hit is not None and hit[0] is pattern:
            return hit[1]
        value = build(pattern)
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        memo[id(pattern)] = (pattern, value)
        return value

    cached.__doc__ = build.__doc__
    return cached


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
def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
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
    return compiled


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


@by_identity
def finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern ``(?<![C])REST`` (one character class, matched with case and never
    empty): ``[^C]REST``, whose match at ``q`` is the pattern's match at ``q + 1`` with the
    character before it. It opens with a character the engine can skip to instead of a
    look-behind run at every position. None when the pattern is not so built."""
    if _p is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        return finder_of(_p.parse(pattern.pattern, pattern.flags), pattern.flags)
    except Exception:  # anything unexpected in re's internals: no finder
        return None


def finder_of(parsed: Any, flags: int) -> re.Pattern[str] | None:
    """:func:`finder` for a parsed pattern (changed in place) compiled with ``flags``."""
    if _c is None or _compiler is None or flags & re.IGNORECASE:
        return None
    data = list(parsed.data)
    if len(data) < 2 or data[0][0] is not _c.ASSERT_NOT or parsed.getwidth()[0] < 1:
        return None
    direction, behind = data[0][1]
    if direction != -1 or len(behind.data) != 1:
        return None
    op, av = behind.data[0]
    if op is _c.IN and av and av[0][0] is not _c.NEGATE:
        other: tuple[Any, Any] = (_c.IN, [(_c.NEGATE, None), *av])
    elif op is _c.LITERAL:
        other = (_c.NOT_LITERAL, av)
    else:
        return None
    parsed.data = [other, *data[1:]]
    compiled: re.Pattern[str] = _compiler.compile(parsed, flags)
    return compiled


def spans(
    pattern: re.Pattern[str], text: str, look: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """Exactly the spans of ``pattern.finditer(text)``, found through its finder ``look``
    (by default :func:`finder`) when it has one."""
    look = finder(pattern) if look is None else look
    if look is None:
        return [m.span() for m in pattern.finditer(text)]
    out = []
    position = 0
    first = pattern.match(text)  # at the start nothing is behind: the look-behind holds
    if first is not None:
        out.append(first.span())
        position = first.end()
    while (found := look.search(text, max(position - 1, 0))) is not None:
        out.append((found.start() + 1, found.end()))
        position = found.end()
    return out
