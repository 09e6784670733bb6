"""Currencies as the Caucasus's, Central Asia's and the Pacific's papers write them
("₾0.89", "֏159", "KZT 5,000", "VT18 million", "T$250,000"), two lettered sums joined by
"and" read as two figures, and a list the article introduces with a colon after its
last paragraph ("What gas costs:") kept as the article's own. Texts written for these
tests."""

from __future__ import annotations

import pytest

from audit.analyse.content.teasers import closing_headlines
from audit.analyse.figures import find_figures


def _figures(text: str) -> list[tuple[str | None, str]]:
    return [(f["unit"], f["evidence"]["quote"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "unit", "quote"),
    [
        ("Gas costs ₾0.89 per cubic metre in Rustavi.", "GEL", "₾0.89"),
        ("Gas costs ֏159 in Vanadzor.", "AMD", "֏159"),
        ("Households pay ₼0.125 within the limit.", "AZN", "₼0.125"),
        ("The fine is ₸12,000.", "KZT", "₸12,000"),
        ("The subsidy is AMD 30,000 a year.", "AMD", "AMD 30,000"),
        ("A fee of GEL 45 was paid.", "GEL", "GEL 45"),
        ("A loan of UZS 1.2 million was signed.", "UZS", "UZS 1.2 million"),
        ("The council needed VT18 million.", "VUV", "VT18 million"),
        ("A table costs VT1,500 a week.", "VUV", "VT1,500"),
        ("Cabinet approved T$250,000 for the clean-up.", "TOP", "T$250,000"),
        ("The grant was F$3 million.", "FJD", "F$3 million"),
    ],
)
def test_a_regional_currency_is_read_with_its_code(text: str, unit: str, quote: str) -> None:
    assert (unit, quote) in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The AMD 5000 series chips went on sale.",  # a chip maker before a bare number
        "The old VT100 terminal still works.",  # a terminal's model
    ],
)
def test_guarded_letters_before_a_bare_number_are_no_currency(text: str) -> None:
    assert not any(unit in {"AMD", "VUV"} for unit, _ in _figures(text))


def test_two_lettered_sums_joined_by_and_are_two_figures() -> None:
    assert _figures("They paid USD 2.1 billion and AED 500 in fees.") == [
        ("USD", "USD 2.1 billion"),
        ("AED", "AED 500"),
    ]


_PROSE = (
    "Residents of several districts have complained about low gas pressure in the evenings "
    "since early November, and the regional office did not respond to a request for comment."
)


def test_a_list_the_article_introduces_is_not_other_stories_headlines() -> None:
    rows = (
        "What a cubic metre of gas costs for households:\n"
        "Georgia (Rustavi) – ₾0.89, or about $0.33\n"
        "Armenia – ֏159, or about $0.41\n"
        "Azerbaijan – ₼0.125 within the annual limit, or about $0.07\n"
    )
    assert list(closing_headlines(f"{_PROSE}\n{rows}", [])) == []


def test_headlines_under_a_read_also_heading_are_still_teasers() -> None:
    rows = (
        "You may also like:\n"
        "Why Ostvale is buying electric heaters from abroad\n"
        "The minimum wage debate: what the parties propose\n"
        "The bus comes twice a day in a mountain village\n"
    )
    assert len(list(closing_headlines(f"{_PROSE}\n{rows}", []))) == 1
