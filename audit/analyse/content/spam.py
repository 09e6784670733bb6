"""Injected link spam: a short call-to-action line selling something the article never
mentions ("Click Here: liverpool mens jersey" in a story about Xinjiang)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, lines

_MAX_WORDS = 14
_WORD = re.compile(r"\w+")


def injected_links(text: str) -> Iterator[Flag]:
    """SPM001: a call-to-action line whose commercial words are foreign to the article."""
    lex = lexicon()
    units = lines(text)
    for unit in units:
        low = unit.text.lower().lstrip(" -•*>»[")
        words = _WORD.findall(low)
        if not words or len(words) > _MAX_WORDS:
            continue
        opener = next((c for c in lex.call_to_action if low.startswith(c)), None)
        if opener is None:
            continue
        rest = text[: unit.start] + " " + text[unit.end :]
        vocabulary = {w.lower() for w in _WORD.findall(rest)}
        tail = [w for w in _WORD.findall(low[len(opener) :]) if len(w) > 2]
        if not tail:
            continue
        commercial = [w for w in tail if w in lex.commercial and w not in vocabulary]
        foreign = [w for w in tail if w not in vocabulary]
        if commercial and len(foreign) * 2 >= len(tail):
            yield Flag(
                "SPM001",
                "spam_link",
                "spam",
                "high" if len(commercial) >= 2 or len(foreign) == len(tail) else "medium",
                unit.start,
                unit.end,
                f"an injected advertising link ({', '.join(commercial)}) unrelated to the article",
            )
