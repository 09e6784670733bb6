"""Caveats two blind article sets showed unread: what is not known or shown yet, a reply
that never came, analysts' targets and polls, a source's "put … at", what a jury heard,
unnamed informants, denials that someone belongs, and where an item came from. Sentences
written for these tests; the look-alikes must stay clean."""

from __future__ import annotations

import pytest

from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Source
from tests.claims_support import caveat_kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tests had not yet shown whether the dye reached the wells.", "limits_of_evidence"),
        ("The paper could not determine who signed off on the edits.", "limits_of_evidence"),
        ("We could not establish why the gauges were reset.", "limits_of_evidence"),
        (
            "We could not determine who first attached the caption to the photo.",
            "provenance_unclear",
        ),
        ("The station could not determine where the footage was filmed.", "provenance_unclear"),
        ("The Courier has not seen the minutes or heard the tape.", "unverified_authenticity"),
        (
            "Radio Brenton has not independently reviewed the transcripts.",
            "unverified_authenticity",
        ),
        ("Engineers said nobody yet knows why the span failed.", "limits_of_evidence"),
        ("None of this tells us why the bridge collapsed.", "limits_of_evidence"),
        (
            "The summary is short, so we can't say what state the piers were in.",
            "limits_of_evidence",
        ),
        ("The minutes of the meeting have not been made public.", "limits_of_evidence"),
        ("Replays did not make clear whether the ball crossed the line.", "limits_of_evidence"),
        (
            "The results have not yet been published in a peer-reviewed journal.",
            "limits_of_evidence",
        ),
        ("Pupils may differ in ways the researchers could not measure.", "limits_of_evidence"),
        ("She cautioned readers against drawing conclusions too early.", "limits_of_evidence"),
        ("That is a list, not a study.", "limits_of_evidence"),
        ("The ministry did not respond before publication.", "no_response"),
        ("I wrote to the utility on Monday and I have not had a reply.", "no_response"),
        ("Police have not formally identified the two victims.", "unverified_authenticity"),
        ("The council says he is not one of its employees.", "official_denial"),
        ("The firm has not considered or approved any proposal to sell shares.", "official_denial"),
        ("The victims have been named locally as a retired postman and his wife.", "hedge"),
        ("If that is right, some families will pay more.", "hedge"),
        ("The stall holder asked me not to name her.", "anonymous_source"),
        ("He was a kind man, according to friends.", "anonymous_source"),
        (
            "The paper reported the plan, citing two bankers involved in the talks.",
            "anonymous_source",
        ),
        ("It was not clear where the picture had come from.", "provenance_unclear"),
        ("I cannot tell who first shared the clip.", "provenance_unclear"),
        ("The jury heard it had never been established who wrote the note.", "provenance_unclear"),
        (
            "The Jordan Times put the sector's accumulated debt at more than JD2.3 billion.",
            "attributed_estimate",
        ),
        ("Meridian raised its target price on the stock to ₹1,420.", "attributed_estimate"),
        ("Coastline has a hold rating with a target of ₹1,150.", "attributed_estimate"),
        ("Profit beat the ₹191 crore average estimate of seven analysts.", "attributed_estimate"),
        ("He pocketed £2.1m of public money, a jury has heard.", "attributed_estimate"),
    ],
)
def test_cue_is_read(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "If that were true, the council would have said so.",  # counterfactual, no hedge
        "The bridge was named after a local postman.",
        "We can see the river from the office.",
        "Friends of the Earth said the plan was welcome.",  # an organisation, not friends
        "She replied to every letter within a week.",
        "The club put its faith in youth this season.",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert caveat_kinds(text) == []


def test_a_body_named_with_ltd_once_is_never_she() -> None:
    text = (
        "The contract went to Lavallée Mechanical Ltd. of Selkirk.\n\n"
        "Mayor Denise Arbez said Lavallée’s bid scored highest.\n\n"
        "“The cheapest bid is not always the best value,” she said."
    )
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    assert [q["speaker"] for q in analyse_quotes(article, {})["quotes"]] == ["Denise Arbez"]
