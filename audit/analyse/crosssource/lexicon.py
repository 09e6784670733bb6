"""The cross-source word lists (audit/lexicon/crosssource.yaml) and small text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from audit.yamlio import parse_yaml

WORD = re.compile(r"\w+(?:['’]\w+)*")
_PUNCT_NAME = re.compile(r"[^\w\s]")


@dataclass(frozen=True, slots=True)
class Lexicon:
    stopwords: frozenset[str]
    entity_stopwords: frozenset[str]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    unit_classes: dict[str, str]  # word -> class
    venues: frozenset[str]
    event_kinds: frozenset[str]
    outcomes: dict[str, str]  # word -> outcome class
    place_prepositions: frozenset[str]
    report_verbs: frozenset[str]
    outlet_references: frozenset[str]
    quote_pairs: tuple[tuple[str, str], ...]


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data.get(key) or ())


def _inverse(mapping: dict[str, list[str]]) -> dict[str, str]:
    return {str(word).lower(): name for name, words in mapping.items() for word in words}


@cache
def lexicon() -> Lexicon:
    """Load the word lists once per process."""
    raw = files("audit.lexicon").joinpath("crosssource.yaml").read_text(encoding="utf-8")
    data = parse_yaml(raw)
    return Lexicon(
        stopwords=_words(data, "stopwords"),
        entity_stopwords=_words(data, "entity_stopwords"),
        months=tuple(data["months"]),
        weekdays=tuple(data["weekdays"]),
        number_words={str(k): int(v) for k, v in data["number_words"].items()},
        multipliers={str(k): int(v) for k, v in data["multipliers"].items()},
        unit_classes=_inverse(data["unit_classes"]),
        venues=_words(data, "venues"),
        event_kinds=_words(data, "event_kinds"),
        outcomes=_inverse(data["outcomes"]),
        place_prepositions=_words(data, "place_prepositions"),
        report_verbs=_words(data, "report_verbs"),
        outlet_references=_words(data, "outlet_references"),
        quote_pairs=tuple((str(a), str(b)) for a, b in data["quote_pairs"]),
    )


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens with curly apostrophes unified."""
    low = text.lower()
    if len(low) == len(text):  # lowering kept every character in place: tokenise once
        return WORD.findall(low.replace("’", "'"))
    return [m.group(0).lower().replace("’", "'") for m in WORD.finditer(text)]


def stem(token: str) -> str:
    """A crude suffix stripper: "rounded", "rounding", "rounds" -> "round"."""
    for suffix in ("ing", "ed", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The comparable form of one word as written: lower-cased, apostrophe unified, stemmed.

    Kept for the most recent 65,536 distinct words: a vocabulary repeats within an article
    and across a corpus (a pure function of the word, whatever text it came from).
    """
    return stem(word.lower().replace("’", "'"))


def content(words: list[str]) -> list[str]:
    """Tokens that carry meaning: not stop words, not numbers, longer than two letters."""
    stop = lexicon().stopwords
    return [w for w in words if w not in stop and len(w) > 2 and not w[0].isdigit()]


def name_key(name: str | None) -> str | None:
    """Comparable form of an outlet or speaker name ("The *New York Times*" -> "new york times")."""
    if not name:
        return None
    words = _PUNCT_NAME.sub(" ", name.lower().replace("’", "'")).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words) or None


def unit_class(unit: str | None) -> str | None:
    """Class of what a figure counts ("camp inmates" -> "person", "pages" -> "page")."""
    if not unit:
        return None
    words = WORD.findall(unit)
    if not words:
        return None
    head = words[-1]
    lower = head.lower().replace("’", "'")
    classes = lexicon().unit_classes
    if lower in classes:
        return classes[lower]
    for single in singulars(lower):
        if single in classes:
            return classes[single]
    if head[:1].isupper():
        return "person"  # a demonym or group name: "Uighurs", "Muslims"
    return singulars(lower)[0]


def singulars(word: str) -> list[str]:
    """Candidate singular forms, most likely first ("inmates" -> "inmate", "inmat")."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    if word.endswith("es") and len(word) > 4:
        out.append(word[:-2])
    return out or [word]


def value_key(value: float) -> str:
    """Value rounded to three significant figures, as an index key."""
    if value == 0:
        return "0"
    return f"{value:.3g}"
