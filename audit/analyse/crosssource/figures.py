"""Figures compared across records: qualifier-aware intervals and the event around a figure."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

import ahocorasick

from audit.analyse.crosssource.lexicon import (
    WORD,
    content,
    lexicon,
    stem,
    tokens,
    value_key,
    word_key,
)

_OPEN = ("more_than", "at_least")
_CLOSED_ABOVE = ("less_than", "at_most", "up_to")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SEPARATORS = re.compile(r"[,.]")
_APOSTROPHES = "'’"
_WORD_SPLIT = re.compile(f"({WORD.pattern})")  # WORD, kept by re.split


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float

    def meets(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


@lru_cache(maxsize=4096)  # a story compares the same few values pair after pair
def rounding(value: float) -> float:
    """Half the rounding step a stated value implies, capped at 10%: 7,000 -> 500, 31 -> 0.5."""
    value = abs(value)
    if value == 0:
        return 0.0
    if value != int(value):
        text = f"{value:.6f}".rstrip("0")
        decimals = len(text.split(".")[1]) if "." in text else 0
        step = 0.5 * 10.0**-decimals
    else:
        number = int(value)
        zeros = len(str(number)) - len(str(number).rstrip("0"))
        step = 0.5 * 10.0**zeros
    return min(step, 0.1 * value)


def interval(value: float, qualifier: str) -> Interval:
    """The range of true values a stated figure allows."""
    return Interval(*_bounds(value, qualifier))


def _bounds(value: float, qualifier: str) -> tuple[float, float]:
    """(low, high) of :func:`interval`, without building the object (compared pair by pair)."""
    slack = rounding(value)
    if qualifier in _OPEN:
        return value - slack, math.inf
    if qualifier in _CLOSED_ABOVE:
        return -math.inf, value + slack
    if qualifier == "about":
        spread = max(slack, 0.2 * abs(value))
        return value - spread, value + spread
    return value - slack, value + slack


def agree(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Same figure, allowing rounding and qualifiers ("more than 7,000" ~ "7,000")."""
    (va, qa), (vb, qb) = a, b
    if not abs(va - vb) <= max(rounding(va), rounding(vb)):
        return False
    (low_a, high_a), (low_b, high_b) = _bounds(va, qa), _bounds(vb, qb)
    return low_a <= high_b and low_b <= high_a  # the intervals meet


def conflict(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """The two statements cannot both be true ("31" vs "35"; "over 1 million" vs "400,000")."""
    (low_a, high_a), (low_b, high_b) = _bounds(*a), _bounds(*b)
    return not (low_a <= high_b and low_b <= high_a)


def is_year(value: float, unit: str | None) -> bool:
    return unit is None and value == int(value) and 1800 <= value <= 2100


@dataclass(frozen=True, slots=True)
class EventContext:
    """What a figure's sentence says about the event the figure belongs to."""

    window: frozenset[str]  # stemmed content words near the figure
    venues: frozenset[str]
    kinds: frozenset[str]
    places: frozenset[str]
    years: frozenset[int]
    outcomes: frozenset[str]


def _places(shown: list[str], words: list[str]) -> set[str]:
    """Capitalised names after a place preposition, from a sentence's words as written
    (``shown``) and as :func:`tokens` gives them (``words``, one for one)."""
    lex = lexicon()
    found: set[str] = set()
    prepositions = lex.place_prepositions
    if _plain_prepositions():  # then a token is one of them exactly when its lower-case is
        starts = [i for i, word in enumerate(words[:-1]) if word in prepositions]
    else:
        starts = [i for i, word in enumerate(shown[:-1]) if word.lower() in prepositions]
    for i in starts:
        # skip up to two lower-case words (articles, adjectives) before a capitalised name
        for word in shown[i + 1 : i + 4]:
            if word[:1].isupper():
                lower = word.lower()
                if lower not in lex.entity_stopwords and lower not in lex.months:
                    found.add(lower)
                break
            if not word.isalpha():
                break
    return found


@cache
def _plain_prepositions() -> bool:
    """Whether the place prepositions are plain lower-case ASCII letters: a token's
    lower-case is then one of them exactly when its form in :func:`tokens` is (the two
    differ only by "’" and the final form of a sigma)."""
    return all(w.isascii() and w.isalpha() and w.islower() for w in lexicon().place_prepositions)


class SentenceWords:
    """One sentence read once for every figure in it: its tokens, where each starts, and
    the event features that do not depend on where the figure is.

    One split gives the words as written and their offsets; lower-casing them joined
    gives what :func:`tokens` gives for the sentence (the boundaries are the same
    whichever case, and lower-casing is per character except for a capital sigma,
    whose form depends on its neighbours: a sentence holding one is tokenised whole).
    """

    __slots__ = ("kinds", "outcomes", "places", "starts", "venues", "words", "years")

    def __init__(self, sentence: str) -> None:
        lex = lexicon()
        parts = _WORD_SPLIT.split(sentence)  # gap, word, gap, ..., word, gap: all in C
        shown = parts[1::2]
        self.starts = list(accumulate(map(len, parts)))[0:-1:2]  # token i starts after 2i parts
        if "Σ" in sentence:
            words = tokens(sentence)
        else:
            words = "\x00".join(shown).lower().replace("’", "'").split("\x00") if shown else []
        self.words = words
        self.venues = frozenset(map(stem, lex.venues.intersection(words)))
        self.kinds = frozenset(map(stem, lex.event_kinds.intersection(words)))
        self.places = frozenset(_places(shown, words))
        self.years = frozenset(int(y) for y in _YEAR.findall(sentence))
        self.outcomes = frozenset(map(lex.outcomes.__getitem__, lex.outcomes.keys() & words))

    def context(self, offset: int, window: int = 8) -> EventContext:
        """The event context of a figure starting at ``offset`` in the sentence."""
        before = bisect.bisect_left(self.starts, offset)  # = len(tokens(sentence[:offset]))
        near = content(self.words[max(0, before - window) : before + window + 2])
        return EventContext(
            window=frozenset(map(word_key, near)),  # = stem(w): tokens are lower-cased already
            venues=self.venues,
            kinds=self.kinds,
            places=self.places,
            years=self.years,
            outcomes=self.outcomes,
        )


def event_context(sentence: str, offset: int, window: int = 8) -> EventContext:
    """Features of the sentence around a figure that starts at ``offset`` in ``sentence``."""
    return SentenceWords(sentence).context(offset, window)


def event_differences(a: EventContext, b: EventContext) -> list[str]:
    """Plain-words reasons two sentences describe different events (empty: no sign of it)."""
    if not a.outcomes & b.outcomes:
        return []
    reasons = []
    if a.venues and b.venues and not a.venues & b.venues:
        reasons.append(f"place: {', '.join(sorted(a.venues))} vs {', '.join(sorted(b.venues))}")
    if a.kinds and b.kinds and not a.kinds & b.kinds:
        reasons.append(f"event: {', '.join(sorted(a.kinds))} vs {', '.join(sorted(b.kinds))}")
    if a.years and b.years and not a.years & b.years:
        years_a = ", ".join(map(str, sorted(a.years)))
        years_b = ", ".join(map(str, sorted(b.years)))
        reasons.append(f"year: {years_a} vs {years_b}")
    if reasons and a.places and b.places and not a.places & b.places:
        reasons.append(
            f"named place: {', '.join(sorted(a.places))} vs {', '.join(sorted(b.places))}"
        )
    return reasons


def same_event_possible(a: EventContext, b: EventContext) -> bool:
    """False when the sentences name different venues, kinds of event, years, places or
    outcomes (7,000 released is not the same quantity as 90,000 detained)."""
    for x, y in (
        (a.venues, b.venues),
        (a.kinds, b.kinds),
        (a.years, b.years),
        (a.places, b.places),
        (a.outcomes, b.outcomes),
    ):
        if x and y and not x & y:
            return False
    return True


def numbers_in(text: str, low: str | None = None) -> frozenset[str]:
    """Value keys of every number in a text, digits or words ("one million" -> 1e+06);
    ``low`` is ``text.lower()`` when the caller has it already."""
    low = text.lower() if low is None else low
    if len(low) != len(text) or not _plain_number_words():
        return _numbers_by_tokens(text)
    lex = lexicon()
    found: set[float] = set()
    for match in _NUMBER.finditer(text):  # every digit of the text is in one of these
        number = match.group(0)
        if "," not in number and "." not in number:
            found.add(float(number))  # its one run is the number: a token or not, one value
            continue
        found.add(float(number.replace(",", "")))
        position = match.start()
        for run in _SEPARATORS.split(number):
            if run and _is_token(text, position, position + len(run)):
                found.add(float(run))  # a token of digits alone: "1,234" holds 1 and 234
            position += len(run) + 1
    # Every number word and multiplier in one pass (C), each hit kept as a whole token.
    for end, word in _number_automaton().iter(low):
        at = end + 1 - len(word)
        if not _is_token(low, at, end + 1):
            continue
        value = lex.number_words.get(word)
        if value is not None:
            found.add(float(value))
        times = lex.multipliers.get(word)
        if times is not None:  # "seven million", "7 billion"
            base = _word_value(_token_before(low, at))
            if base is not None:
                found.add(base * times)
    return frozenset(map(value_key, found))


@cache
def _number_automaton() -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the number words and multipliers (each its own value)."""
    lex = lexicon()
    automaton = ahocorasick.Automaton()
    for word in {*lex.number_words, *lex.multipliers}:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _numbers_by_tokens(text: str) -> frozenset[str]:
    """:func:`numbers_in` read from the text's tokens (the plain form it checks against)."""
    lex = lexicon()
    found = {float(n.replace(",", "")) for n in _NUMBER.findall(text)}
    words = tokens(text)
    vocab = set(words)  # each distinct word is a number once
    found.update(float(lex.number_words[w]) for w in vocab & lex.number_words.keys())
    found.update(float(w) for w in vocab if w.isdecimal())  # a token never holds a "."
    if not vocab.isdisjoint(lex.multipliers):  # "seven million", "7 billion"
        for i in [i for i, word in enumerate(words) if word in lex.multipliers]:
            base = _word_value(words[i - 1]) if i else None
            if base is not None:
                found.add(base * lex.multipliers[words[i]])
    return frozenset(map(value_key, found))


@cache
def _plain_number_words() -> bool:
    """Whether every number word and multiplier is plain lower-case ASCII letters, which
    :func:`numbers_in` can find as substrings of the lower-cased text."""
    lex = lexicon()
    words = [*lex.number_words, *lex.multipliers]
    return all(w.isascii() and w.isalpha() and w.islower() for w in words)


# A token (lexicon.WORD) is a run of word characters and of apostrophes that have a word
# character on both sides: so [start, end) is a whole token when neither edge touches one.
def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _is_token(text: str, start: int, end: int) -> bool:
    if start and (
        _word_char(text[start - 1])
        or (start > 1 and text[start - 1] in _APOSTROPHES and _word_char(text[start - 2]))
    ):
        return False
    return end == len(text) or not (
        _word_char(text[end])
        or (end + 1 < len(text) and text[end] in _APOSTROPHES and _word_char(text[end + 1]))
    )


def _token_before(low: str, start: int) -> str:
    """The token before the one at ``start`` as :func:`tokens` gives it ("" if none)."""
    end = start
    while end and not _word_char(low[end - 1]):
        end -= 1
    begin = end
    while begin:
        if _word_char(low[begin - 1]):
            begin -= 1
        elif begin > 1 and low[begin - 1] in _APOSTROPHES and _word_char(low[begin - 2]):
            begin -= 2
        else:
            break
    return low[begin:end].replace("’", "'")


def _word_value(word: str) -> float | None:
    """The number a word token stands for ("seven", "12"), or None."""
    value = lexicon().number_words.get(word)
    if value is not None:
        return float(value)
    return float(word) if word.isdecimal() else None  # "" (no token) is not decimal
