"""A language switcher written as the languages' names ("English | Français") above a
headline, and sums in CFA francs as West and Central African copy writes them. Texts
written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content.menus import page_menus
from audit.analyse.header import is_language_switcher
from tests.claims_support import analysed_fields

_PAGE = (
    "africanews.\nMenu | Live | Search\nEnglish | Français\n\n"
    "Cameroon: Toll rises in palm oil scare as refiner denies blame\n\n"
    "Solange Eyenga\n\n"
    "Cameroon's Ministry of Public Health on Wednesday said three people had died in a wave "
    "of poisonings that local officials have linked to a brand of refined palm oil.\n\n"
    "The ministry said 58 cases had been recorded since last Friday, up from 47.\n"
)


@pytest.mark.parametrize(
    ("line", "switcher"),
    [
        ("English | Français", True),
        ("Français | English", True),
        ("Español   English", True),
        ("EN | FR | DE", True),
        ("English", False),  # one language: a label, maybe an edition's name
        ("English | News", False),
        ("French | Politics | Sport", False),
    ],
)
def test_a_line_of_languages_names_is_a_switcher(line: str, switcher: bool) -> None:
    assert is_language_switcher(line) is switcher


def test_the_switcher_is_no_headline_and_is_flagged() -> None:
    fields = analysed_fields(_PAGE)
    assert fields["title"]["value"] == (
        "Cameroon: Toll rises in palm oil scare as refiner denies blame"
    )
    flagged = [_PAGE[f.start : f.end] for f in page_menus(_PAGE)]
    assert "English | Français" in flagged


@pytest.mark.parametrize(
    ("text", "value", "quote", "unit"),
    [
        (
            "Senegal spent CFA217.4 billion on subsidies.",
            217_400_000_000,
            "CFA217.4 billion",
            "CFA",
        ),
        ("A litre sells for around CFA 1,850 in Douala.", 1850, "around CFA 1,850", "CFA"),
        ("Drivers pay FCFA 500 at the toll.", 500, "FCFA 500", "CFA"),
        ("The grant is XOF 2.5 million.", 2_500_000, "XOF 2.5 million", "XOF"),
    ],
)
def test_a_sum_in_cfa_francs_is_a_figure(text: str, value: int, quote: str, unit: str) -> None:
    figures = analysed_fields(text)["figures"]
    assert [(f["value"], f["evidence"]["quote"], f["unit"]) for f in figures] == [
        (value, quote, unit)
    ]


def test_cfa_before_a_bare_number_is_no_sum() -> None:
    assert analysed_fields("She sat the CFA 2025 exam in June.")["figures"] == []
