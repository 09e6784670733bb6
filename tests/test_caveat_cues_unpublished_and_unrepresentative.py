"""Caveats of what is not public, not settled or not given ("Who holds the units is not
public", "remains to be set", "did not give figures", "without specifying the
quantities"), of what the evidence cannot show ("the survey is not representative of",
"Nor can the study show", "the evidence so far is anecdotal"), of comment not obtained
("did not wish to comment", "could not obtain a comment"), of a claim whose accuracy the
newsroom could not establish, of a pseudonym and of investigators' beliefs. Texts written
for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import found_caveats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Who holds the fund's units is not public.", "limits_of_evidence"),
        ("There is no public list of the fund's investors.", "limits_of_evidence"),
        ("The list of cooperatives has not yet been finalized.", "limits_of_evidence"),
        ("The timetable for the first calls remains to be set.", "limits_of_evidence"),
        ("Police said nothing was being ruled out.", "limits_of_evidence"),
        ("The survey is not representative of all commuters.", "limits_of_evidence"),
        ("Nor can the study show whether wages are the main reason.", "limits_of_evidence"),
        ("Informal flows are by nature difficult to measure.", "limits_of_evidence"),
        ("The evidence so far is anecdotal, he said.", "limits_of_evidence"),
        ('"We don\'t have data on volumes," she said.', "limits_of_evidence"),
        ("He said exports had fallen but did not give figures.", "limits_of_evidence"),
        ("The authority has not published monthly export data since June.", "limits_of_evidence"),
        (
            "The office said storage was under study, without specifying the quantities.",
            "limits_of_evidence",
        ),
        ("The fund's manager did not wish to comment when contacted.", "no_response"),
        ("The agency could not obtain a comment from the ministry.", "no_response"),
        (
            "The Courier has not been able to establish who drafted that message or whether "
            "the claim is accurate.",
            "unverified_authenticity",
        ),
        (
            "The Courier has not been able to establish who drafted that message.",
            "provenance_unclear",
        ),
        ("One driver is quoted in the study under a pseudonym.", "anonymous_source"),
        ("The defendants are presumed innocent until proven guilty.", "hedge"),
        ("Investigators believe that between 2019 and 2023 the clubs were paid.", "hedge"),
    ],
)
def test_a_caveat_cue_is_found(text: str, kind: str) -> None:
    assert kind in [k for k, _ in found_caveats(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The park is not public land any more.",  # "public" as an adjective of a noun
        "The minister gave figures for every region.",
        "The study shows that wages rose.",
    ],
)
def test_plain_statements_are_no_limits(text: str) -> None:
    assert "limits_of_evidence" not in [k for k, _ in found_caveats(text)]
