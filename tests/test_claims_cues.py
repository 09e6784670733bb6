"""Caveat and figure cue families added after the blind-3 set, with look-alikes that must
not fire. Sentences are invented here (not taken from any labelled set), so these check
that a cue covers its phrasing family rather than one passage's words."""

from __future__ import annotations

import pytest

from audit.analyse.caveats import find_caveats
from audit.analyse.figures import find_figures


def _kinds(text: str) -> list[str]:
    return [c["kind"] for c in find_caveats(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The claims remain uncorroborated, the paper said.", "unverified_authenticity"),
        ("The BBC was not able to confirm the figure.", "unverified_authenticity"),
        ("The broadcaster has not been able to authenticate the clip.", "unverified_authenticity"),
        ("His agent did not reply when approached on Sunday.", "no_response"),
        ("The insurer did not answer written questions.", "no_response"),
        ("The palace wouldn't comment on the reports.", "no_response"),
        ("A spokeswoman was not available for comment.", "no_response"),
        ("Efforts to contact the landlord were unsuccessful.", "no_response"),
        ("The firm disputed the regulator's version of events.", "official_denial"),
        ("Both men pleaded not guilty at an earlier hearing.", "official_denial"),
        ("She has always protested her innocence.", "official_denial"),
        ("They insist they were never paid.", "official_denial"),
        ("Medics put the death toll at more than 70.", "attributed_estimate"),
        ("The rebels claimed to have captured 12 villages.", "attributed_estimate"),
        ("Economists warned that 40,000 jobs could go.", "attributed_estimate"),
        ("The lawsuit alleges that the firm overcharged 9,000 patients.", "attributed_estimate"),
        ("A woman believed to be his sister was also hurt.", "hedge"),
        ("The email purports to come from the chief executive.", "hedge"),
        ("Provisional figures point to a fall in crime.", "hedge"),
        ("Insiders say the coach has lost the dressing room.", "anonymous_source"),
        ("The engineer, speaking not to be named, said the bolts were loose.", "anonymous_source"),
        ("But it does not prove that the vaccine was to blame.", "limits_of_evidence"),
        ("He offered no evidence for the claim.", "limits_of_evidence"),
        ("The tally is still incomplete.", "limits_of_evidence"),
        ("It is not known how the attackers got into the system.", "provenance_unclear"),
        ("It was not immediately clear who filmed the clash.", "provenance_unclear"),
        ("The source of the leaked audio files remains unclear.", "provenance_unclear"),
        ("The insurer ignored repeated requests for comment.", "no_response"),
        ("Messages left with his office went unanswered.", "no_response"),
        ("The embassy referred questions to the foreign ministry.", "no_response"),
        ("The club had no further comment.", "no_response"),
        ("Neither the mayor nor her aides replied by Friday.", "no_response"),
        ("The photos could not be independently corroborated.", "unverified_authenticity"),
        ("It was impossible to verify the casualty figures.", "unverified_authenticity"),
        ("The rumours have yet to be confirmed.", "unverified_authenticity"),
        ("There was no independent verification of the claim.", "unverified_authenticity"),
        ("The ministry rebuffed the criticism.", "official_denial"),
        ("The spokesman said the story was entirely inaccurate.", "official_denial"),
        ("An aide with first-hand knowledge of the call said so.", "anonymous_source"),
        ("The officer, who requested anonymity, described the raid.", "anonymous_source"),
        ("A diplomat briefing on background said talks had stalled.", "anonymous_source"),
        ("Two men are suspected of setting the fire.", "hedge"),
        ("The review stopped short of blaming the pilot.", "limits_of_evidence"),
        ("The paper has not yet been peer-reviewed.", "unverified_authenticity"),
        (
            "The blast hurt more than 90 people, the regional health ministry said.",
            "attributed_estimate",
        ),
        (
            "Officers said the driver was going at least 20 mph over the limit.",
            "attributed_estimate",
        ),
        ("Police said the gunman fired at least seven shots.", "attributed_estimate"),
        ("About 1,200 flights were cancelled, according to FlightAware.", "attributed_estimate"),
        ("The jury was told that she had taken more than 30 photographs.", "attributed_estimate"),
        # added after the ninth set: disaster tolls, relayed quotes, other outlets' claims
        ("The council did not respond.", "no_response"),
        ("The club did not respond to the fans' allegations.", "no_response"),
        ("Both clubs were contacted for comment.", "no_response"),
        ("The Gazette has reached out to the sheriff's office for comment.", "no_response"),
        ("The striker has agreed terms, according to reports in Italy.", "hedge"),
        ("The deal moved closer after reports in Portugal claimed a fee was set.", "hedge"),
        ("The relief agency put the death toll at more than 40.", "attributed_estimate"),
        ("The treasury had earlier put the deficit at N3.2 trillion.", "attributed_estimate"),
        ("Officials have revised the death toll to 31.", "attributed_estimate"),
        ("The charity said it feared the toll could rise above 50.", "attributed_estimate"),
        (
            "The envoy was quoted as saying the port would employ 8,000 people.",
            "attributed_estimate",
        ),
        (
            "The Lisbon daily Record claims the club will pay an initial €40m.",
            "attributed_estimate",
        ),
        ("The clinic could not say whether all the patients were local.", "limits_of_evidence"),
    ],
)
def test_cue_family_fires(text: str, kind: str) -> None:
    assert kind in _kinds(text), (text, find_caveats(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"I would not say we are in a crisis," he said.', "no_response"),
        ("The court denied the company's application for an injunction.", "official_denial"),
        ("Guards denied them entry at the gate.", "official_denial"),
        ("The team was able to verify the footage.", "unverified_authenticity"),
        ("Business Insider said the deal was worth $2bn.", "anonymous_source"),
        ("Officials said on 3 May that the road had reopened.", "attributed_estimate"),
        ("Researchers said in 2019 that the reef was dying.", "attributed_estimate"),
        ("Prices are subject to change.", "limits_of_evidence"),
        ("A federal judge on Monday dismissed the charges against him.", "official_denial"),
        ("Fears of a shortage proved unfounded.", "official_denial"),
        ("The study, which has been peer reviewed, covers 9 countries.", "unverified_authenticity"),
        ("Reuters verified the video and confirmed its location.", "unverified_authenticity"),
        ("Business Insider said the figures were accurate.", "official_denial"),
        ("The new stadium is still incomplete.", "limits_of_evidence"),
        ("The initial report on the crash was published in 2019.", "hedge"),
        (
            "The river fell to 0.4 metres on Sunday, the Environment Agency said.",
            "attributed_estimate",
        ),
        ("Police said the road reopened at 6pm.", "attributed_estimate"),
        ("The jury was told the trial would last two weeks.", "attributed_estimate"),
        ("The patient did not respond to the first round of treatment.", "no_response"),
        ("The minister said she would not say more until Friday.", "limits_of_evidence"),
        ("He put the boxes at the back of the van.", "attributed_estimate"),
    ],
)
def test_look_alike_does_not_fire(text: str, kind: str) -> None:
    assert kind not in _kinds(text), (text, find_caveats(text))


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Storms left as many as 8,000 homes without power.", 8000, "up_to"),
        ("The fund lost as much as $40m.", 40000000, "up_to"),
        ("The state set aside Rs 500 crore for relief.", 5000000000, "exact"),
        ("Roughly 2.5 lakh pilgrims arrived.", 250000, "about"),
    ],
)
def test_upper_bound_qualifiers(text: str, value: int, qualifier: str) -> None:
    got = [(f["value"], f["qualifier"]) for f in find_figures(text)]
    assert (value, qualifier) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Four people familiar with the talks said a deal was close.",
        "Two officials, who spoke on condition of anonymity, described the plan.",
        "Three sources close to the club confirmed the bid.",
    ],
)
def test_source_counts_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_counts_of_people_still_are_figures() -> None:
    got = [f["value"] for f in find_figures("Four people were injured and 12 officials resigned.")]
    assert got == [4, 12]
