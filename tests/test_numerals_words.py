"""A text's common words are counted as whole runs of word characters, as ``\\b...\\b`` does."""

from __future__ import annotations

import random
import re

from audit.analyse import numerals


def _regex_count(words: frozenset[str], text: str) -> int:
    alternation = "|".join(map(re.escape, sorted(words)))
    return len(re.findall(rf"\b(?:{alternation})\b", text))


def test_counts_equal_whole_word_matches() -> None:
    rng = random.Random(8)
    pieces = (
        "der Der die das und für fürs the The and of to is was le el che ß _ 3 é \u0301".split()  # noqa: SIM905
    )
    glue = [" ", "-", "_", ".", "", "’", "\n", "é", "\u0301"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randrange(25)))
        counts = numerals._counts(text)
        expected = tuple(
            _regex_count(words, text)
            for words in (numerals._GERMAN, numerals._ENGLISH, numerals._NOT_ENGLISH)
        )
        assert counts == expected, text


def test_german_and_not_english() -> None:
    assert numerals.german("Die Zahl der Toten und der Verletzten ist gestiegen, the")
    assert not numerals.german("The number of the dead and der injured")
    assert numerals.not_english("Le nombre des morts et des blessés est de 3,5")
    assert not numerals.not_english("Thedie number of the dead, und")


def test_grouped_numbers_are_found_where_the_patterns_find_them() -> None:
    rng = random.Random(2)
    pieces = ["1.200", "20.000", "1,200", "12,000,000", "3.5", "x1.200", "_20.000", "1.2000", " "]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", ".", ",", "a"]) for _ in range(5))
        for pattern in (numerals._DOT_GROUPED, numerals._COMMA_GROUPED):
            assert numerals._found(pattern, text) == bool(pattern.search(text)), text


def test_short_german_texts_are_read_as_german() -> None:
    assert numerals.german("Es kamen 10 bis 12 Besucher.")
    assert numerals.german("Ein Zeuge sah drei Autos. Sie fuhren weiter.")
    # words German shares with other languages or names do not make a text German
    assert not numerals.german("O preço das casas subiu 10%.")
    assert not numerals.german("Ursula von der Leyen said the deal was done, the EU said.")


def test_a_short_german_range_is_a_range() -> None:
    from audit.analyse.figures import find_figures

    found = [(f["value"], f["qualifier"]) for f in find_figures("Es kamen 10 bis 12 Besucher.")]
    assert found == [(10, "at_least"), (12, "at_most")]
