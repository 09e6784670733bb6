"""Caveat cues: what is not ruled out or too early to conclude, what a study could not
trace or a count not yet made (limits of evidence); sources described but never named
("citing port authority sources", "according to judicial sources"); a figure credited
with "he added" or "the researchers wrote" (attributed estimate), but not "wrote to" or a
correction's "an earlier version of this article stated". Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_record, found_caveats


def _kinds(sentence: str) -> list[str]:
    return [kind for kind, _ in found_caveats(f"Harbour fire\n\nPORT ELLIS — {sentence}\n")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Police said they were not ruling anything out, including arson.", "limits_of_evidence"),
        ("Investigators have not ruled out arson.", "limits_of_evidence"),
        ("It is too early to draw health conclusions from this data.", "limits_of_evidence"),
        ("Some fibres came from sources which the study could not trace.", "limits_of_evidence"),
        ("The association had not yet carried out a count.", "limits_of_evidence"),
        ("The ship was held, citing port authority sources.", "anonymous_source"),
        (
            "The depot was raided, according to judicial sources quoted by the agency.",
            "anonymous_source",
        ),
        ("The paper reported it, citing officials in the chancellery.", "anonymous_source"),
    ],
)
def test_the_cue_is_a_caveat(sentence: str, kind: str) -> None:
    assert kind in _kinds(sentence)


def _estimates(sentence: str) -> list[str]:
    record = analysed_record(
        f"Water cuts go on\n\nLIMASSOL — Officials met. Jane Roe, an engineer, spoke.\n\n"
        f"{sentence}\n"
    )
    return [c["evidence"]["quote"] for c in record["caveats"] if c["kind"] == "attributed_estimate"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The shutdown has cut the supply by close to a fifth, he added.",
        "Particles were found in 162 of the samples, the researchers wrote.",
    ],
)
def test_a_figure_credited_by_added_or_wrote_is_an_estimate(sentence: str) -> None:
    assert _estimates(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She wrote to two members of the board in March.",
        "An earlier version of this article stated that 74 people were rescued.",
    ],
)
def test_no_source_is_credited(sentence: str) -> None:
    assert _estimates(sentence) == []
