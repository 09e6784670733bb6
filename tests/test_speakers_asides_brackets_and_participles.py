"""Speakers across what stands between a subject and its verb: a party in brackets ("Tor
Roe (Labour) said"), an aside set off by commas ("The petition, which the Courier has
reviewed, states"), and a participle closing a sentence whose verb reports nothing
("Jane Roe welcomed the plan, saying “…”"); a place named after a saint is nobody. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


def test_a_name_with_a_party_in_brackets_is_shown_speaking() -> None:
    text = (
        "Arvid Kvale, who has fished the fjord for 30 years, said catches had fallen.\n\n"
        '"I have never seen the water like this," Kvale said.\n\n'
        "Mayor Tor-Einar Haugrud (Labour) said he had not seen the report.\n\n"
        '"This sounds very serious," he told the Courier.\n'
    )
    assert _speakers(text) == ["Arvid Kvale", "Tor-Einar Haugrud"]


@pytest.mark.parametrize(
    "aside",
    [", which the Courier has reviewed,", ", seen by the Courier,", ", dated March 3,"],
)
def test_an_aside_between_a_document_and_its_verb_is_passed_over(aside: str) -> None:
    text = (
        "On Thursday, Kelvik Fishers' Association filed a petition with the district court.\n\n"
        f'The petition{aside} states that members "have suffered losses since June."\n'
    )
    assert _speakers(text) == ["Kelvik Fishers' Association"]


def test_a_statement_quoted_by_an_outlet_is_still_its_authors() -> None:
    text = (
        "Harbour Lines chief executive Ana Roe, in a statement quoted by the Kelvik Courier, "
        'said the company "categorically rejects" the claim.\n'
    )
    assert _speakers(text) == ["Ana Roe"]


def test_the_agent_of_a_participle_before_an_aside_is_no_speaker() -> None:
    text = (
        "An unsigned memo obtained by the Kelvik Courier, dated in February, instructs staff "
        'that "tags should be attached at the second warehouse."\n'
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize("participle", ["saying", "adding", "noting", "arguing"])
def test_a_participle_after_a_verb_that_reports_nothing_takes_its_subject(
    participle: str,
) -> None:
    text = (
        "Maren Tollefsen welcomed the new ferry timetable on Monday, "
        f'{participle} that "reliable crossings are the backbone of the islands."\n'
    )
    assert _speakers(text) == ["Maren Tollefsen"]


def test_a_place_named_after_a_saint_is_nobody() -> None:
    text = (
        "Rhea Calloway said the routes to St. Vincent and St. Lucia would open in phases, "
        'at what she called "realistic" fees.\n'
    )
    assert _speakers(text) == ["Rhea Calloway"]
