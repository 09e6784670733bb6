"""A function of a compiled pattern, remembered per pattern object (bounded)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import update_wrapper
from typing import TypeVar

_P = TypeVar("_P")
MEMO_LIMIT = 1024  # far more patterns than the analysers compile


def by_identity(
    build: Callable[[re.Pattern[str]], _P],
) -> Callable[[re.Pattern[str]], _P]:
    """``build`` remembered per pattern object: looking a compiled pattern up by equality
    hashes its whole program (some microseconds for a long one), by identity it costs
    nothing (each entry keeps its pattern alive, so its id is not reused). Meant for the
    module-level patterns of the analysers; past :data:`MEMO_LIMIT` patterns (built per
    call by mistake, say) it starts afresh rather than grow. The result bears ``build``'s
    name, so it pickles by reference as ``build`` would."""
    memo: dict[int, tuple[re.Pattern[str], _P]] = {}

    def cached(pattern: re.Pattern[str]) -> _P:
        hit = memo.get(id(pattern))
        if hit is not None and hit[0] is pattern:
            return hit[1]
        value = build(pattern)
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        memo[id(pattern)] = (pattern, value)
        return value

    return update_wrapper(cached, build)
