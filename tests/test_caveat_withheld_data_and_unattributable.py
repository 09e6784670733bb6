"""Caveats phrased as withheld data ("did not share that data with the paper", "would not
confirm", "did not confirm or deny"), as limits on attributing a cause ("could not
attribute the decline", "not possible, with the data available, to establish", "there is
no public measurement", "too early to say" in quotation marks) and as sources described
but not named ("citing people involved in the talks", "who gave only his first name");
owners "not disclosed", "did not specify what", "too early to name a cause", "firmly
rejects any insinuation", "unable to establish who is behind", "not been able to obtain a
recording". Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import found_caveats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The firm said it had its own readings but did not share that data with the Ledger.",
            "no_response",
        ),
        ("Neither side would confirm the report.", "no_response"),
        ("The ministry did not confirm or deny it.", "no_response"),
        ("It cites a draft whose status the council will not confirm.", "no_response"),
        (
            "The inspectors said they could not attribute the decline to the pumping alone.",
            "limits_of_evidence",
        ),
        (
            "It is not possible, with the information available, to establish a causal link.",
            "limits_of_evidence",
        ),
        (
            "There is no public measurement of the total volume of the aquifer.",
            "limits_of_evidence",
        ),
        ("There is no complete baseline study of the wetland.", "limits_of_evidence"),
        (
            'He said it was "too early to say" whether the damage was permanent.',
            "limits_of_evidence",
        ),
        (
            "The daily reported, citing people involved in the talks, that a deal was near.",
            "anonymous_source",
        ),
        ("One driver, who gave only his first name, said he slept in his cab.", "anonymous_source"),
        ("The firm's beneficial owners are not disclosed in public records.", "limits_of_evidence"),
        (
            "The regulator did not specify what evidence the company may demand.",
            "limits_of_evidence",
        ),
        ("Inspectors stressed that it was too early to name a cause.", "limits_of_evidence"),
        (
            "We need the laboratory results before we can say anything definite.",
            "limits_of_evidence",
        ),
        ('The ministry said it "firmly rejects any insinuation" of wrongdoing.', "official_denial"),
        ("The network was unable to establish who is behind the account.", "provenance_unclear"),
        (
            "The group has not been able to obtain a recording of the programme.",
            "unverified_authenticity",
        ),
    ],
)
def test_the_caveat_is_found(text: str, kind: str) -> None:
    assert kind in [k for k, _ in found_caveats(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The firm shared its data with the regulator in March.",
        "The council confirmed the draft on Monday.",
        "Inspectors attribute the decline to the drought.",
        "It is possible to establish a link with the right data.",
        "The owners were disclosed in the filing.",
        "The ministry said it had obtained a recording of the programme.",
    ],
)
def test_plain_statements_are_no_caveat(text: str) -> None:
    assert found_caveats(text) == []
