"""Caveats as Central American and South Asian copy writes them: figures "could not be
checked independently", no response "up to posting time", a person who "declined to speak
with reporters", what "it cannot say" or a ministry "has yet to publish", a letter whose
way out of the ministry "is unclear", "sources privy to the development", and sources in a
body or former employees left unnamed. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import found_caveats


@pytest.mark.parametrize(
    ("text", "kind", "quote"),
    [
        (
            "The mill gave a total that could not be checked independently.",
            "unverified_authenticity",
            "The mill gave a total that could not be checked independently",
        ),
        (
            "We called the ministry, but there was no response up to posting time.",
            "no_response",
            "but there was no response up to posting time",
        ),
        (
            "Tzul himself declined to speak with reporters after the hearing.",
            "no_response",
            "Tzul himself declined to speak with reporters after the hearing",
        ),
        (
            "The survey did not test residents, so it cannot say whether anyone fell ill.",
            "limits_of_evidence",
            "so it cannot say whether anyone fell ill",
        ),
        (
            "The water authority has yet to publish how many wells were tested.",
            "limits_of_evidence",
            "The water authority has yet to publish how many wells were tested",
        ),
        (
            "Traders said no official estimate had been compiled so far.",
            "limits_of_evidence",
            "Traders said no official estimate had been compiled so far",
        ),
        (
            "It is unclear how the memo left the governor's office.",
            "provenance_unclear",
            "It is unclear how the memo left the governor's office",
        ),
        (
            "It came from a man who did not say how he had obtained it.",
            "provenance_unclear",
            "It came from a man who did not say how he had obtained it",
        ),
        (
            "The clip will stay offline until its origin can be confirmed.",
            "provenance_unclear",
            "The clip will stay offline until its origin can be confirmed",
        ),
        (
            "The permits follow several deals said to have gone to the mayor's cousins.",
            "hedge",
            "The permits follow several deals said to have gone to the mayor's cousins",
        ),
        (
            "Sources privy to the talks told the paper a deal was near.",
            "anonymous_source",
            "Sources privy to the talks told the paper a deal was near",
        ),
        (
            "Two sources in the customs department confirmed the seizure.",
            "anonymous_source",
            "Two sources in the customs department confirmed the seizure",
        ),
        (
            "The radio station quoted a Port Authority official as saying the dock was shut.",
            "anonymous_source",
            "The radio station quoted a Port Authority official as saying the dock was shut",
        ),
        (
            "The bids were rigged, according to three former Vesta employees.",
            "anonymous_source",
            "according to three former Vesta employees",
        ),
    ],
)
def test_cue_is_found(text: str, kind: str, quote: str) -> None:
    assert (kind, quote) in found_caveats(text)


@pytest.mark.parametrize(
    "text",
    [
        "The engineers checked the pumps independently of the contractor.",
        "She spoke with reporters for an hour after the hearing.",
        "The ministry published how many wells were tested.",
        "According to Jo Roe, a former Vesta employee, the bids were fair.",
        "The mayor said the station would reopen when its origin story was filmed.",
    ],
)
def test_no_cue_where_none_is_stated(text: str) -> None:
    kinds = {kind for kind, _ in found_caveats(text)}
    assert not kinds & {
        "unverified_authenticity",
        "no_response",
        "provenance_unclear",
        "anonymous_source",
    }
