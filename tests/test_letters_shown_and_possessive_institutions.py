"""Attribution as leaked-letter and study copy writes it: "obtained a letter showing that the
Taliban’s Ministry of Mines and Petroleum awarded …" puts the ministry (the letter's body) in
the chain; an institution's name ends at a possessive ("researchers from the National
University of Laos' Faculty of Economics" is the university's study). Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields


def _chain(text: str) -> list[str]:
    return [hop["name"] for hop in analysed_fields(text)["attribution"]["chain"]]


@pytest.mark.parametrize(
    "text",
    [
        "The Herald has obtained a letter showing that the Taliban’s Ministry of Mines and "
        "Petroleum awarded a contract to a company.",
        "The Herald has seen a copy of the memo, which shows the Ministry of Mines and "
        "Petroleum approved the deal.",
    ],
)
def test_a_letter_shows_its_body(text: str) -> None:
    assert "Ministry of Mines and Petroleum" in _chain(text)


def test_a_letter_showing_nobody_named_adds_no_body() -> None:
    assert _chain("The Herald has obtained a letter showing that officials met twice.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Researchers from the National University of Laos' Faculty of Economics surveyed "
        "1,240 households.",
        "Researchers from the National University of Laos’s Faculty of Economics surveyed "
        "1,240 households.",
    ],
)
def test_an_institution_ends_at_a_possessive(text: str) -> None:
    assert analysed_fields(text)["attribution"]["origin"] == "National University of Laos"


def test_an_apostrophe_inside_a_name_stays() -> None:
    text = "Researchers at St John’s College surveyed 1,240 households."
    assert analysed_fields(text)["attribution"]["origin"] == "St John’s College"
