"""Speakers named as a state's body ("the Kessel government"), companies known by their
legal form ("Varn Metals Co." is "the company"), laws that never speak, and full names
that do not reach back across a sentence's end."""

from __future__ import annotations

import pytest

from audit.analyse.full_names import organisation_in_full
from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Brenish government said it was "reviewing the footage".', "Brenish government"),
        ('A Brenish government spokesperson said it "regrets the delay".', "Brenish government"),
        (
            'A spokesperson for the Kessian army said it "will not be intimidated".',
            "Kessian army",
        ),
        ('"We are ready," the Roe administration said.', "Roe administration"),
    ],
)
def test_a_states_body_after_its_adjective_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_the_company_is_the_one_named_with_its_legal_form() -> None:
    text = (
        "Police searched the plant of Varn Metals Co. in the Halby industrial park.\n\n"
        "The company is suspected of breaching the Workplace Safety and Health Act.\n\n"
        '"We apologise to the injured workers," the company said in a statement.'
    )
    assert _speakers(text) == ["Varn Metals Co"]


def test_a_law_is_no_speaker() -> None:
    text = (
        "The firm is suspected of breaching the Workplace Safety and Health Act.\n\n"
        '"We apologise to the injured workers," the company said.'
    )
    assert _speakers(text) == [None]


def test_a_full_name_does_not_reach_back_across_a_sentence_end() -> None:
    text = (
        "The results never reached the Orrin Lake First Nation. The Ministry of Mining "
        "did not answer. Later the Ministry of Mining said"
    )
    assert organisation_in_full(text, "Ministry of Mining", len(text)) == "Ministry of Mining"
    text = "Data came from the N.C. Department of Roads. Later the Department of Roads said"
    assert organisation_in_full(text, "Department of Roads", len(text)) == (
        "N.C. Department of Roads"
    )
