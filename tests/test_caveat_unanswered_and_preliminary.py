"""Caveat phrasings the twenty-fifth and twenty-sixth sets used: answers not given ("was not
made available for an interview", "had not called back", "isn't commenting"), papers asked
for and not produced, figures still preliminary or being checked, a rough estimate, talk
off the record, and figures credited to records, to minutes or to another outlet ("per the
FT"), or placed at a value by a body."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds, found_caveats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The director was not made available for an interview.", "no_response"),
        ("The company had not called back by the time this story was published.", "no_response"),
        ("A receptionist said no one was available to comment and took a message.", "no_response"),
        ("The Dutch inspectorate isn't commenting.", "no_response"),
        ("The agency did not provide overtime totals by deadline.", "no_response"),
        ("The health service did not respond to a query about its procedures.", "no_response"),
        ("He did not provide copies of those notifications when asked.", "unverified_authenticity"),
        ("Trell did not provide documentation of either claim.", "unverified_authenticity"),
        ("Neither I nor the magazine has seen the documents.", "unverified_authenticity"),
        ("It's not clear yet whether the regulator signed off.", "limits_of_evidence"),
        ("The court could only establish overpayment of $9 million.", "limits_of_evidence"),
        ("He said the figure was preliminary and would likely be revised.", "limits_of_evidence"),
        ("The numbers may still go up once phone lines are restored.", "limits_of_evidence"),
        (
            "Eleven deaths were confirmed, while six were still being validated.",
            "limits_of_evidence",
        ),
        ("The mayor said the figure was a rough estimate.", "hedge"),
        (
            "I have heard the same, off the record, from two people at rival firms.",
            "anonymous_source",
        ),
        ("The project is $12.8 million over budget, records show.", "attributed_estimate"),
        ("It won €86 million in grants, per the FT.", "attributed_estimate"),
        ("The ministry placed damage to crops at P1.21 billion.", "attributed_estimate"),
        (
            "Growth, which the statistics office has projected at 4.6 percent, slowed.",
            "attributed_estimate",
        ),
    ],
)
def test_each_phrasing_is_its_caveat(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text), found_caveats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters may speak on or off the record.",
        "Visitors reached 620,000, and that figure could rise by 35% by 2028.",
        "The director was made available for an interview on Friday.",
        "She shaved two seconds off the record set in 2019.",
        "The rules will be revised next year.",
        "The hearing was preliminary.",
    ],
)
def test_near_misses_are_no_caveat_of_those_kinds(text: str) -> None:
    kinds = caveat_kinds(text)
    assert "anonymous_source" not in kinds
    assert "limits_of_evidence" not in kinds
    assert "no_response" not in kinds


@pytest.mark.parametrize(
    "text",
    ["He placed the call at 9 and hung up.", "In 2024, per the Constitution, the vote was held."],
)
def test_a_time_or_a_year_is_no_attributed_estimate(text: str) -> None:
    assert "attributed_estimate" not in caveat_kinds(text)
