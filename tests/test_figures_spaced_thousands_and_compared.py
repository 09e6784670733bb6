"""Thousands grouped by spaces ("38 000", as southern African English, French, German and
Polish write them), decimal commas in English that writes them so ("N$12,4 million"), the
Namibian dollar, and the number a figure is compared with ("down from 78")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.analyse.figures import analyse_figures
from audit.model import Article, Source


def _figures(text: str) -> list[tuple[str, Decimal, str | None]]:
    article = Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain"))
    out = []
    for figure in analyse_figures(article, {})["figures"]:
        ev = figure["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
        out.append((ev["quote"], Decimal(str(figure["value"])), figure["unit"]))
    return out


def test_namibian_dollars_with_decimal_commas_and_spaced_thousands() -> None:
    text = (
        "The ministry set aside N$12,4 million for the programme and pays N$38 000 a month "
        "for trucks. About 1,4 million people and 1 200 head of cattle are affected."
    )
    assert _figures(text) == [
        ("N$12,4 million", Decimal("12400000"), "NAD"),
        ("N$38 000", Decimal("38000"), "NAD"),
        ("About 1,4 million people", Decimal("1400000"), "people"),
        ("1 200 head", Decimal("1200"), "head"),
    ]


def test_rand_letters_before_a_decimal_comma_or_spaced_thousands() -> None:
    text = "The province budgeted R12,4 million, or about R1 600 per household."
    assert [(q, v) for q, v, _ in _figures(text)] == [
        ("R12,4 million", Decimal("12400000")),
        ("about R1 600", Decimal("1600")),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Mehr als 78 000 Menschen waren betroffen.", "Mehr als 78 000 Menschen", "78000"),
        ("Il y avait 180\u00a0000 personnes dans la rue.", "180\u00a0000 personnes", "180000"),
    ],
)
def test_spaced_thousands_in_other_languages(text: str, quote: str, value: str) -> None:
    assert (quote, Decimal(value)) in [(q, v) for q, v, _ in _figures(text)]


def test_an_english_text_grouping_with_commas_keeps_a_comma_before_two_digits_unread() -> None:
    # "1,200" says this text groups thousands with commas: "3,5" is no decimal here
    assert [q for q, _, _ in _figures("It cost 1,200 dollars; the ratio was 3,5 million.")] == [
        "1,200 dollars"
    ]


def test_a_year_then_a_count_is_no_spaced_number() -> None:
    assert [q for q, _, _ in _figures("In 2019 200 people came to the fair.")] == ["200 people"]


def test_the_number_compared_with_is_a_figure_with_its_noun_elided() -> None:
    text = "Police recorded 64 murders this year, down from 78 last year."
    assert [(q, u) for q, _, u in _figures(text)] == [("64 murders", "murders"), ("78", None)]
    assert [q for q, _, _ in _figures("Sales rose to 12, up from 9 in the spring.")] == ["9"]
