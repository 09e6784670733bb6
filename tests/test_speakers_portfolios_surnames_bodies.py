"""Speakers the twenty-fifth and twenty-sixth sets showed: a minister named after a
portfolio ("Deputy Minister of Investment Faisal Roe"), surnames of several words ("Ms Ní
Bhriain", "van Dalen") standing for the full name, a company known by its apposition
("Halden Circular, one of Europe's recycling start-ups") and by its first word after that
("Halden denied …; the company said"), "he" never standing for such a company, and a
clause's setting ending in an outlet ("reviewed by the FT,") heading no apposition."""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Deputy Minister of Investment Faisal Rumaithi said trade grew. "
            "“This is a pipeline,” Rumaithi said.",
            "Faisal Rumaithi",
        ),
        (
            "The Deputy Minister of Investment, Industry and Trade Jasur Kholmirov told the "
            "forum that trade grew. “We are in a hurry,” Kholmirov said.",
            "Jasur Kholmirov",
        ),
        (
            "Secretary of State Mary Ann Rowe spoke. “We will act,” Rowe said.",
            "Mary Ann Rowe",
        ),
    ],
)
def test_a_portfolio_after_a_title_is_not_part_of_the_name(text: str, speaker: str) -> None:
    assert [s for _, s in quoted_speakers(text)] == [speaker]


def test_a_name_after_of_without_a_title_keeps_its_words() -> None:
    text = (
        "Economist Dr Farah Ismadi of Universiti Teknologi Kinabalu said growth was good. "
        "“A jump,” she told reporters."
    )
    assert [s for _, s in quoted_speakers(text)] == ["Farah Ismadi"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Síle Ní Bhriain, chief executive of the charity, spoke first. "
            "“Patients should not have to go to court,” Ms Ní Bhriain said.",
            "Síle Ní Bhriain",
        ),
        (
            "Chief executive Joost van Dalen spoke first. “We have never misled anyone,” "
            "van Dalen said.",
            "Joost van Dalen",
        ),
    ],
)
def test_a_surname_of_several_words_stands_for_the_full_name(text: str, speaker: str) -> None:
    assert [s for _, s in quoted_speakers(text)] == [speaker]


def test_a_title_that_takes_no_portfolio_keeps_the_whole_name() -> None:
    text = "A lawyer for Recep Tayyip Erdogan said the report was “false”."
    assert [s for _, s in quoted_speakers(text)] == ["Recep Tayyip Erdogan"]


def test_a_person_sharing_a_companys_first_word_stays_a_person() -> None:
    text = (
        "Erik Halden, its founder, spoke first. Halden Circular, a recycler, shipped waste. "
        "Halden denied wrongdoing. “We did nothing wrong,” he said."
    )
    assert [s for _, s in quoted_speakers(text)] == ["Erik Halden"]


_COMPANY = (
    "Halden Circular, one of Europe's best-funded battery recycling start-ups, shipped waste "
    "abroad. Ege Varnet Metal, a Turkish firm, did not respond.\n\n"
)


def test_a_company_known_by_its_apposition_answers_to_its_first_word() -> None:
    text = (
        _COMPANY + 'Halden denied any wrongdoing. In a statement, the company said "all '
        'material is handled by licensed partners".'
    )
    assert [s for _, s in quoted_speakers(text)] == ["Halden Circular"]


def test_he_is_not_the_company_a_possessive_names() -> None:
    text = (
        _COMPANY + "Joris Vandaal, Halden's co-founder and chief executive, told the paper "
        "the shipments were temporary. He did not provide copies when asked.\n\n"
        '"We have never misled an investor," he said.'
    )
    assert [s for _, s in quoted_speakers(text)] == ["Joris Vandaal"]


def test_a_setting_ending_in_an_outlet_heads_no_apposition() -> None:
    text = (
        "In an email dated September 2024 and reviewed by the FT, Pieter Smeulders, then "
        'Halden\'s head of logistics, told colleagues: "Please keep it off the slides."'
    )
    assert [s for _, s in quoted_speakers(text)] == ["Pieter Smeulders"]
