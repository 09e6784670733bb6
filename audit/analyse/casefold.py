"""Case folding that keeps offsets: a text lower-cased so that every case-insensitive
regex match in it folds to the literal it matches, each character to one character."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.analyse.re_private import private

# re's private case tables (guarded: without them only the İ mapping is made).
_casefix = private("_casefix")


def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    """Characters ``re.IGNORECASE`` treats as equal but ``str.lower`` does not unify."""
    before = {0x130: "i"}  # İ: simple lower-case mapping "i", full mapping "i̇"
    after: dict[int, str] = {}
    extra: dict[int, tuple[int, ...]] = getattr(_casefix, "_EXTRA_CASES", {})
    classes: dict[int, set[int]] = {}
    for key, others in extra.items():
        group = {key, *others}
        for member in list(group):
            group |= classes.get(member, set())
        for member in group:
            classes[member] = group
    for member, group in classes.items():
        canonical = min(group)
        if member != canonical:
            after[member] = chr(canonical)
    return before, after


#: Mappings applied before and after ``str.lower`` (the characters they map, and to what).
BEFORE, AFTER = _fold_tables()


_SPECIAL = re.compile("[" + re.escape("".join(map(chr, AFTER))) + "]" if AFTER else "(?!)")


@lru_cache(maxsize=8)  # several gates scan the same article
def fold(text: str) -> str:
    """``text`` lower-cased so that every case-insensitive regex match folds to the literal.

    Keeps offsets: each character folds to one character, so a literal found at ``i`` in
    the folded text starts at ``i`` in ``text`` too (checked by
    :class:`audit.analyse.prefilter.Scan`).
    """
    if "\u0130" in text:
        text = text.translate(BEFORE)
    lowered = text.lower()
    return lowered.translate(AFTER) if _SPECIAL.search(lowered) else lowered
