"""Limits of evidence and refusals to comment the fifteenth and sixteenth blind sets (and
earlier ones) showed unread: provisional counts, what a study cannot show, what a source
leaves unsaid. Sentences written for these tests; look-alikes must stay clean."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds


@pytest.mark.parametrize(
    "text",
    [
        # provisional counts
        "The tally, which officials warn is provisional, stands at 212 homes.",
        "The damage count was a snapshot only, the agency said.",
        "More could be confirmed once engineers reach the upper valley.",
        "Inspectors had not yet reached the northern districts on Sunday.",
        "The toll counted deaths in hospital only.",
        "Its estimate only covers insured buildings.",
        "The figure does not yet include farm sheds.",
        "The total is still being reconciled with the regional returns.",
        "The route may change before the plan is published.",
        # what a study cannot show
        "The data show an association between screen time and sleep, not that one causes it.",
        "The survey cannot show the floods caused every one of those moves.",
        "Investigators could not establish whether the valve was opened by hand.",
        "The regulator had not established that the filter caused the faults.",
        "The cause of the blackout has not yet been determined.",
        "The trial was not designed to measure long-term effects.",
        "Larger studies would be needed to confirm the result.",
        "Exposure was modelled from postcode data rather than measured at home.",
        "The cohort did not record how often people exercised.",
        "It relies on assumptions the team could not test directly.",
        "The author accepts that the review has limitations.",
        "The Green lead is within the poll's margin of error.",
        "The effect size was small.",
        "We could not rule it out entirely.",
        # what a source leaves unsaid
        "The letter accuses three ministers of misconduct. It does not name them.",
        "The council has not said which roads will close.",
        "The firm did not give a new completion date for the bridge.",
        "It was not yet clear whether the files had been copied.",
        "No final decision has been taken, officials said.",
        "There was currently no evidence that the blaze was lit on purpose.",
    ],
)
def test_limits_of_evidence(text: str) -> None:
    assert "limits_of_evidence" in caveat_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "We do not comment on draft budgets.",
        "Because the case is before the courts it would not be appropriate to comment further.",
        "It is not appropriate to comment while the inquiry runs, the club said.",
    ],
)
def test_refusals_to_comment(text: str) -> None:
    assert "no_response" in caveat_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The count began at 6pm and the total was 4,210 votes.",
        "Prices are likely to rise next year.",
        "The team reached the summit at noon.",
        "The survey has a margin of error of plus or minus 3 points.",  # a stated margin only
        "The study was designed by nurses at the hospital.",
        "It names three ministers in its first paragraph.",
        "The company gave a new date for the launch: 4 March.",
        "A final decision will be made on Friday.",
        "The menu may change daily.",
        "She commented on the budget at length.",
    ],
)
def test_look_alikes_are_not_caveats(text: str) -> None:
    kinds = caveat_kinds(text)
    assert "limits_of_evidence" not in kinds
    assert "no_response" not in kinds
