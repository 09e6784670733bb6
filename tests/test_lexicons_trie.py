"""words_trie writes an alternation as a trie: the same matches as the flat words_pattern."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from audit.analyse import lexicons
from tests.test_prefilter import TEXTS


def _flat(words: list[str]) -> str:
    """The plain alternation, longest phrase first: the behaviour to keep."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    flat = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)
    assert lexicons.words_pattern(words) == flat
    return flat


def _phrase_lists() -> list[list[str]]:
    """Every phrase list the analysers build patterns from, and a few hard cases."""
    lists: list[list[str]] = []

    def walk(value: Any) -> None:
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            lists.append(value)
        elif isinstance(value, dict):
            if value and all(isinstance(k, str) for k in value) and len(value) > 3:
                lists.append(list(value))
            for inner in value.values():
                walk(inner)

    for name in ("reporting", "figures"):
        walk(lexicons.load(name))
    lists += [
        ["a", "an", "and", "an d", "a n"],
        ["more than", "more", "mo", "more  than  ever", "m"],
        ["u.s.", "u.s", "u", "c.", "approx.", "(ap)", "a+b", "$", "us$"],
        ["ſ", "s", "st", "ſt"],  # case-equal pieces: kept as a flat alternation
        ["über", "Über", "uber", "straße", "strasse"],
    ]
    return lists


LISTS = _phrase_lists()


def _texts(words: list[str], seed: int) -> list[str]:
    """Real passages, and phrases of the list glued with random case and white space."""
    rng = random.Random(seed)
    glued = []
    for _ in range(20):
        parts = []
        for _ in range(12):
            word = rng.choice(words)
            word = rng.choice([word, word.upper(), word.title(), word[:-1], word + "s"])
            parts.append(re.sub(" ", lambda _: rng.choice([" ", "  ", "\n", "\t "]), word))
            parts.append(rng.choice([" ", "", ", ", "-", "\n"]))
        glued.append("".join(parts))
    return TEXTS[:60] + glued


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("index", range(len(LISTS)))
def test_trie_matches_like_the_flat_alternation(index: int, flags: int) -> None:
    words = LISTS[index]
    flat = re.compile(rf"\b(?:{_flat(words)})(?:\s+(\w+))?", flags)
    trie = re.compile(rf"\b(?:{lexicons.words_trie(words)})(?:\s+(\w+))?", flags)
    for text in _texts(words, index):
        expected = [(m.span(), m.group(1)) for m in flat.finditer(text)]
        assert [(m.span(), m.group(1)) for m in trie.finditer(text)] == expected


def test_the_trie_shares_prefixes() -> None:
    assert lexicons.words_trie(["more than", "mehr als", "over", "a", "an", "and"]) == (
        r"m(?:ore\s+than|ehr\s+als)|over|a(?:n(?:d|)|)"
    )


def test_case_equal_pieces_keep_the_flat_alternation() -> None:
    assert lexicons.words_trie(["st", "ſt"]) == _flat(["st", "ſt"])
