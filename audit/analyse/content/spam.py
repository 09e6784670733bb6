"""Injected link spam: a short call-to-action line selling something the article never
mentions ("Click Here: liverpool mens jersey" in a story about Xinjiang)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, holding, lines

_MAX_WORDS = 14
_BARE_WORDS = 8
_WORD = re.compile(r"\w+")
# More than _MAX_WORDS words, decided after the first _MAX_WORDS + 1 of them (possessive
# quantifiers: each \w++ takes a whole word, nothing to backtrack into).
_MANY_WORDS = re.compile(rf"(?:\W*+\w++){{{_MAX_WORDS + 1}}}")
_CLOSED = ".!?:"


class Vocabulary:
    """How often a word occurs in the whole lower-cased text, counted for the words asked
    about only (as often as ``_WORD`` finds it: not inside a longer word)."""

    def __init__(self, text: str) -> None:
        self.low = text.lower()
        self.seen: dict[str, int] = {}

    def __getitem__(self, word: str) -> int:
        if word not in self.seen:
            self.seen[word] = self._count(word)
        return self.seen[word]

    def _count(self, word: str) -> int:
        low, size, total = self.low, len(word), 0
        at = low.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not _is_word(low[at - 1])) and (
                end == len(low) or not _is_word(low[end])
            ):
                total += 1
            at = low.find(word, at + 1)
        return total


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


@cache
def cue_words() -> tuple[str, ...]:
    """The commercial words a flagged line must hold (only single words can equal one of
    the line's words)."""
    return tuple(sorted(w for w in lexicon().commercial if _WORD.fullmatch(w)))


def injected_links(text: str, cue_ends: Sequence[int] | None = None) -> Iterator[Flag]:
    """SPM001: a call-to-action line whose commercial words are foreign to the article
    (``cue_ends``: where the ``cue_words`` end in ``text.lower()``, in order, when a shared
    scan found them; that lowering then keeps the text's length; only lines holding one
    are read)."""
    lex = lexicon()
    vocabulary: Vocabulary | None = None
    for unit in lines(text) if cue_ends is None else holding(lines(text), cue_ends):
        low = unit.text.lower().lstrip(" -•*>»[")
        called = low.startswith(lex.call_to_action)
        if not called and unit.text[-1:] in _CLOSED:
            continue  # a sentence without a call to action: most lines end here
        if _MANY_WORDS.match(low):
            continue
        words = _WORD.findall(low)
        if not words:
            continue
        opener = (
            next((c for c in lex.call_to_action if low.startswith(c)), None) if called else None
        )
        bare = opener is None and len(words) <= _BARE_WORDS and unit.text[-1:] not in _CLOSED
        if opener is None and not bare:
            continue
        rest = words if opener is None else _WORD.findall(low[len(opener) :])
        tail = [w for w in rest if len(w) > 2]
        if lex.commercial.isdisjoint(tail):
            continue  # nothing sold: no flag, whatever the rest of the text says
        vocabulary = Vocabulary(text) if vocabulary is None else vocabulary
        here = Counter(w.lower() for w in _WORD.findall(unit.text))
        foreign = [w for w in tail if vocabulary[w] <= here[w]]
        commercial = [w for w in foreign if w in lex.commercial]
        if bare and (len(set(commercial)) < 2 or len(foreign) * 4 < len(tail) * 3):
            continue  # without a call to action, only a line of foreign sales words
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
