"""One pass over a text for the pattern packs and the credit cues: the text lowered once
(digits as "#", no-break spaces and soft hyphens as spaces) and one Aho-Corasick automaton
over every pack token and every cue word, instead of a lowering and a pass for each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ahocorasick

if TYPE_CHECKING:
    from audit.analyse.content.packs import PackRule, Token

Matches = list[tuple[int, Any]]  # (index of the last character, tokens ending there)

_DIGIT = re.compile(r"\d")  # each digit becomes one "#"
_ASCII = bytes(range(128))
_ASCII_DIGITS = bytes.maketrans(b"0123456789", b"#" * 10)
_SPACES = ("\u00a0", "\u00ad")  # lowered to a space


def lowered(text: str) -> tuple[str, bool]:
    """The text as pack tokens are matched against it, and whether ``text.lower()`` kept
    the text's length (when it does not, the few characters that grow stay as they are)."""
    low = text.lower()
    same = len(low) == len(text)
    if not same:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _digits(low.replace(_SPACES[0], " ").replace(_SPACES[1], " ")), same


def lower(text: str) -> str:
    return lowered(text)[0]


def _digits(low: str) -> str:
    """``low`` with each digit replaced by "#". In UTF-8 the bytes of ASCII digits occur
    only as those digits, so a byte translation replaces them; the pattern runs only when
    the non-ASCII characters (what is left after deleting the ASCII bytes) hold a digit."""
    raw = low.encode("utf-8", "surrogatepass")
    if _DIGIT.search(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        return _DIGIT.sub("#", low)
    return raw.translate(_ASCII_DIGITS).decode("utf-8", "surrogatepass")


@dataclass(frozen=True, slots=True)
class Scan:
    """What one pass found: the lowered text, each rule's token matches (by rule index),
    and for each group of cue words where they end in ``text.lower()``, in order (None
    when that lowering may differ from this one: the cues' owners then look for
    themselves)."""

    low: str
    by_rule: dict[int, Matches]
    cue_ends: tuple[list[int], ...] | None


Cues = tuple[tuple[str, ...], ...]  # groups of lower-case cue words


def scan(rules: tuple[PackRule, ...], text: str, cues: Cues = ()) -> Scan:
    """Lower ``text`` once and find every token of ``rules`` and every cue of each group.

    A cue's matches in this lowering are its matches in ``text.lower()`` when that keeps
    the text's length, the text has no no-break space or soft hyphen, and no cue holds a
    digit or "#": only those characters differ between the two lowerings."""
    low, same = lowered(text)
    by_rule: dict[int, Matches] = {}
    cue_ends: tuple[list[int], ...] = tuple([] for _ in cues)
    automaton, plain = _combined(rules, cues)
    for last, entries in automaton.iter(low):
        for index, tokens in entries:
            if index < 0:
                cue_ends[-1 - index].append(last)
            else:
                by_rule.setdefault(index, []).append((last, tokens))
    exact = same and not any(s in text for s in _SPACES) and plain
    return Scan(low, by_rule, cue_ends if exact else None)


def _plain(cues: Cues) -> bool:
    return not any(c == "#" or c.isdecimal() for group in cues for cue in group for c in cue)


_combined_cache: tuple[tuple[Any, ...], tuple[PackRule, ...], Any] = ((), (), None)


def _combined(rules: tuple[PackRule, ...], cues: Cues) -> tuple[Any, bool]:
    """One automaton over the tokens of all ``rules`` and the ``cues``: each phrase maps to
    the (rule index, tokens) pairs that use it, a cue of group g to index -1 - g; and
    whether the cues are ``_plain`` (both built once per set)."""
    global _combined_cache
    key = (*(id(rule) for rule in rules), cues)
    cached_key, _, cached = _combined_cache
    if cached_key == key and cached is not None:
        return cached  # type: ignore[no-any-return]
    phrases: dict[str, list[tuple[int, list[Token]]]] = {}
    for index, rule in enumerate(rules):
        for token in rule.tokens:
            entries = phrases.setdefault(token.phrase, [])
            if entries and entries[-1][0] == index:
                entries[-1][1].append(token)
            else:
                entries.append((index, [token]))
    for group, words in enumerate(cues):
        for cue in words:
            entries = phrases.setdefault(cue, [])
            if not entries or entries[-1][0] != -1 - group:
                entries.append((-1 - group, []))
    auto = ahocorasick.Automaton()
    for phrase, entries in phrases.items():
        auto.add_word(phrase, entries)
    auto.make_automaton()
    _combined_cache = (key, rules, (auto, _plain(cues)))
    return auto, _plain(cues)
