"""Patterns opening with a negative look-behind at one character, searched through a
finder that opens with the character instead.

A pattern ``(?<![C])REST`` runs its look-behind at every position of the text. Its
:func:`finder` ``[^C]REST`` opens with a character class the regex engine can skip to;
its match at ``q`` is the pattern's match at ``q + 1`` with the character before it.
:func:`spans` gives exactly the pattern's spans through the finder.
"""

from __future__ import annotations

import re
from typing import Any

from audit.analyse.identity_memo import by_identity
from audit.analyse.re_private import private
from audit.analyse.rebuilt import Rebuilt

_p, _c, _compiler = private("_parser"), private("_constants"), private("_compiler")


@by_identity
def finder(pattern: re.Pattern[str]) -> Rebuilt | None:
    """For a pattern ``(?<![C])REST`` (one character class, matched with case and never
    empty): ``[^C]REST``. None when the pattern is not so built."""
    if _p is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        program = finder_of(_p.parse(pattern.pattern, pattern.flags), pattern.flags)
    except Exception:  # anything unexpected in re's internals: no finder
        return None
    return None if program is None else Rebuilt(program, pattern, f"{__name__}.finder")


def finder_of(parsed: Any, flags: int) -> re.Pattern[str] | None:
    """The program of :func:`finder` for a parsed pattern (changed in place) compiled with
    ``flags``."""
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
    pattern: re.Pattern[str] | Rebuilt, text: str, look: Rebuilt | None = None
) -> list[tuple[int, int]]:
    """Exactly the spans of ``pattern.finditer(text)``, found through its finder ``look``
    (by default :func:`finder`; a rebuilt pattern has none of its own) when it has one."""
    if look is None and isinstance(pattern, re.Pattern):
        look = finder(pattern)
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
