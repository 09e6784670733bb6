"""Speakers carried by a paragraph: a given name the name lists do not know, a rank written
short ("Capt.", "Det. Insp."), and a paragraph that is all quotation right after a quoted
speaker.

Each case is a pattern a whole-article blind set showed missed; the sentences are written
for these tests, and the look-alikes beside them must keep their old answer.
"""

from __future__ import annotations

import pytest

from audit.analyse.segment import sentences
from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Glenys" is in no list of given names: the paragraph's only person speaks
            "Glenys Howells, 79, has lived on the street since 1968. “I have never seen the "
            "river this high,” she said.",
            ["Glenys Howells"],
        ),
        (  # a rank written short does not end the sentence before the name
            "Fire Capt. Ruben Escalante said crews arrived in minutes. “We got lucky,” "
            "Escalante said.",
            ["Ruben Escalante"],
        ),
        (  # a whole paragraph of quotation right after a quoted speaker goes on with them
            "“We are not leaving,” said Marta Ilves, the group's organiser.\n\n"
            "“Our priority right now is getting the families somewhere dry.”",
            ["Marta Ilves", "Marta Ilves"],
        ),
    ],
)
def test_speaker_from_the_paragraph(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a man named in the paragraph is not "she"
            "Tomas Reiner said the road was shut. “It was chaos,” she said.",
            [None],
        ),
        (  # a paragraph in between: the quotation is not carried across it
            "“We are not leaving,” said Marta Ilves.\n\n"
            "The council said buses would run from noon.\n\n"
            "“Our priority right now is getting the families somewhere dry.”",
            ["Marta Ilves", None],
        ),
        (  # quotation inside a sentence of its own paragraph is not a continuation
            "“We are not leaving,” said Marta Ilves.\n\n"
            "Residents called the plan “a disgrace” at the meeting.",
            ["Marta Ilves", None],
        ),
    ],
)
def test_look_alikes_keep_their_answer(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected


def test_short_ranks_do_not_end_sentences() -> None:
    text = "Det. Insp. Alan Birch led the raid. Supt. Mary Oke spoke later."
    assert len(sentences(text)) == 2
