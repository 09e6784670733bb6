"""A body speaking as "the authority", "the district" or "the company" is given its whole
name: the capitalised words a person's name would leave out ("Tallow Vale Regional" before
"Water Authority", a state's "N.C." before "Department of …") and a name joined by "and" or
"&" ("Marsh Hill Water and Sanitation District"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Residents queued at the Tallow Vale Regional Water Authority's office on Friday.",
            "Tallow Vale Regional Water Authority",
        ),
        (
            "The board of the Marsh Hill Water and Sanitation District met on Monday.",
            "Marsh Hill Water and Sanitation District",
        ),
        (
            "The contract went to Brenlow Paving & Civil Works Limited in 2024.",
            "Brenlow Paving & Civil Works Limited",
        ),
    ],
)
def test_the_body_after_its_noun_is_named_whole(opening: str, speaker: str) -> None:
    noun = speaker.split()[-1].lower()
    if noun == "limited":
        noun = "company"
    text = f'{opening}\n\nIn a statement, the {noun} said it would act "within two weeks".\n'
    assert [s for _, s in quoted_speakers(text)] == [speaker]


def test_a_person_named_with_and_before_a_body_stays_out_of_it() -> None:
    text = (
        "Talks between Ada Kerr and the Harnley Borough Council ended on Monday.\n\n"
        'In a statement, the council said it was "disappointed" by the outcome.\n'
    )
    assert [s for _, s in quoted_speakers(text)] == ["Harnley Borough Council"]
