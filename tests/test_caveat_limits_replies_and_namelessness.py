"""Caveats two blind sets showed unread: a study's stated limits ("not statistically
significant", "limits to what this kind of study can show"), results still awaited, a
source kept from the press ("declined to make him available", "was unable to reach"), a
disputed claim, documents the writer has not reviewed, a source who "did not wish to be
named", and figures credited to a document after the fact ("…, the spreadsheet shows").
Sentences written for these tests; the look-alikes must stay clean."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The gain in reading scores was not statistically significant.", "limits_of_evidence"),
        (
            "The difference between the groups was statistically insignificant.",
            "limits_of_evidence",
        ),
        (
            "There are important limits to what this kind of survey can show.",
            "limits_of_evidence",
        ),
        ("We did not measure how long pupils slept.", "limits_of_evidence"),
        ("The trial can't tell us much about older patients.", "limits_of_evidence"),
        ("The analysis relied on the clinics' own reports of each visit.", "limits_of_evidence"),
        ("The post-mortem report is awaited.", "limits_of_evidence"),
        ("Results of the water tests are still awaited, officials said.", "limits_of_evidence"),
        (
            "It is too early to assess the financial impact of the closure, the firm said.",
            "limits_of_evidence",
        ),
        (
            "Who ordered the change cannot be established from the emails alone.",
            "limits_of_evidence",
        ),
        (
            "It is not clear from the minutes whether the mayor attended the meeting.",
            "limits_of_evidence",
        ),
        ("Police have not released the driver's name.", "limits_of_evidence"),
        (
            "The spokeswoman declined to make the chief executive available for an interview.",
            "no_response",
        ),
        ("The agency would not answer questions about the contract.", "no_response"),
        ("Reporters were unable to reach the landlord on Sunday.", "no_response"),
        ("The council disputes that it ignored the warnings.", "official_denial"),
        ("The Ledger has not reviewed the documents.", "unverified_authenticity"),
        (
            "A neighbour, who did not wish to be named, said the fight began at night.",
            "anonymous_source",
        ),
        ("One nurse, who wished to remain anonymous, described the ward.", "anonymous_source"),
        (
            "Roughly 8,000 of the claims were rejected, the spreadsheet shows.",
            "attributed_estimate",
        ),
    ],
)
def test_cue_is_read(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The effect was statistically significant in both years.",
        "The mayor's speech showed the limits of her patience.",
        "We measured how long pupils slept.",
        "The trial tells us much about older patients.",
        "She relied on her own judgement.",
        "The verdict was delivered on Tuesday.",
        "The spokeswoman made the chief executive available for an interview.",
        "The agency answered questions about the contract.",
        "Reporters reached the landlord on Sunday.",
        "The council disputes are settled by a tribunal.",
        "The Ledger reviewed the documents.",
        "A neighbour, Ana Ruiz, said the fight began at night.",
        "The chart shows the claims rejected each month.",
        "Police released the driver's name on Monday.",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert caveat_kinds(text) == []
