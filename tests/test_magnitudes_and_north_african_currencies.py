"""Quantities written in words without a number ("more than a decade", "nearly a year",
"prices doubled") are figures bounded as their words bound them, while a rate ("$6.8
million a year") and "dozens of" are not; currencies as North Africa's and the Horn's
papers write them ("DH 95 million", "MAD 310 million", "TND 3.9 billion", "Br 50,000",
"KSh 82"). Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.figures import find_figures


def _figures(text: str) -> list[tuple[Any, str | None, str, str]]:
    return [
        (f["value"], f["unit"], f["qualifier"], f["evidence"]["quote"]) for f in find_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The dispute has run for more than a decade.",
            (10, "years", "more_than", "more than a decade"),
        ),
        ("The ship waited over a fortnight.", (2, "weeks", "more_than", "over a fortnight")),
        ("It took nearly a year to sell the site.", (1, "years", "about", "nearly a year")),
        ("The fund froze for a year and a half.", (1.5, "years", "exact", "a year and a half")),
        ("Queues roughly doubled during the strike.", (2, "times", "about", "roughly doubled")),
        ("Prices have more than tripled.", (3, "times", "more_than", "more than tripled")),
        ("Buyers now pay double what they paid.", (2, "times", "exact", "double")),
    ],
)
def test_a_quantity_in_words_is_a_figure(text: str, figure: tuple[Any, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The levy raises $6.8 million a year.",  # "a year" is the sum's rate
        "Dozens of people watched the match.",  # as often left as counted
        "It was a double murder.",  # "double" before no comparison
        "Dozens more arrived later.",  # no "of": nothing counted
    ],
)
def test_words_that_state_no_checkable_quantity_are_left(text: str) -> None:
    quotes = [quote for *_, quote in _figures(text)]
    assert not any(
        word in q.lower() for q in quotes for word in ("year", "thousands", "double", "dozens")
    )


@pytest.mark.parametrize(
    ("text", "unit", "quote"),
    [
        ("The programme is worth MAD 310 million.", "MAD", "MAD 310 million"),
        ("Equipment will get DH 95 million.", "MAD", "DH 95 million"),
        ("Each cooperative gets up to DH 180,000.", "MAD", "up to DH 180,000"),
        ("A room costs Dh500 a night in Dubai.", "AED", "Dh500"),
        ("Exports reached TND 3.9 billion.", "TND", "TND 3.9 billion"),
        ("Traders may carry Br 50,000 per crossing.", "ETB", "Br 50,000"),
        ("They paid about KSh 82 for every 100 birr.", "KES", "about KSh 82"),
        ("The levy was SOS 20,000 per head.", "SOS", "SOS 20,000"),
    ],
)
def test_a_north_african_or_horn_currency_is_read_with_its_code(
    text: str, unit: str, quote: str
) -> None:
    assert any(u == unit and q == quote for _, u, _, q in _figures(text))


def test_mad_as_a_word_is_no_currency() -> None:
    assert not any(unit == "MAD" for _, unit, _, _ in _figures("He was mad 5 times over."))
