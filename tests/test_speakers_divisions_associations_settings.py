"""Speakers a text names by a division or bureau ("the division said"), a person whose
apposition names an association ("president of the residents' association Eau Claire …
she said"), and a person after a clause's setting ("In March, Ann Roe, head of North
American sales, told managers that …"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Division of State Psychiatric Hospitals", "division"),
        ("Bureau of Inpatient Safety", "bureau"),
        ("Harbour Ambulance Service", "service"),
    ],
)
def test_a_division_bureau_or_service_speaks_by_its_noun(body: str, noun: str) -> None:
    text = (
        f"The {body}, which runs the site, declined to discuss patients. In a brief "
        f"statement, the {noun} said it “takes every report seriously.”\n"
    )
    assert _speakers(text) == [body]


def test_she_is_the_person_not_the_association_her_title_names() -> None:
    text = (
        "Marta Olsen-Vik, president of the residents' association Clearwater Hollin, sat in "
        "the front row. “We are asking for the truth,” she said during a break.\n"
    )
    assert _speakers(text) == ["Marta Olsen-Vik"]


@pytest.mark.parametrize("setting", ["In March", "In a message in March", "On Tuesday"])
def test_a_clauses_setting_does_not_head_the_apposition(setting: str) -> None:
    text = (
        f"{setting}, Derek Hallan, Corvex’s head of North American sales, told managers "
        "that “every pilot is backlog.”\n"
    )
    assert _speakers(text) == ["Derek Hallan"]
