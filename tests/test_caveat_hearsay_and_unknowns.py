"""Caveats the seventeenth and eighteenth blind sets showed unread: what cannot be known
yet, what was not found, claims nobody outside checked, hearsay, officials counted but not
named, a report rejected. Sentences written for these tests; look-alikes must stay clean."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A source said it was too early to say whether the blast was an accident.",
            "limits_of_evidence",
        ),
        (
            "The desk was unable to find any video of the fire that matches the clip.",
            "limits_of_evidence",
        ),
        ("The deaths cannot be linked to any single alert period.", "limits_of_evidence"),
        (
            "Efficiency figures are based on the company's internal laboratory testing.",
            "limits_of_evidence",
        ),
        ("The units have not yet been certified by the energy agency.", "unverified_authenticity"),
        ("The ransom, rumoured to be $20 million, is the least of it.", "hedge"),
        ("There is still some uncertainty about how long the heat will last.", "hedge"),
        ("The board met twice last week, I am told, and the vote was close.", "anonymous_source"),
        ("The agency reported 21 dead, citing two local security officials.", "anonymous_source"),
        (
            "The toll had risen to 19, a local security official later told reporters.",
            "anonymous_source",
        ),
        (
            "The ministry on Tuesday rejected a Human Rights Watch report on the fleet.",
            "official_denial",
        ),
    ],
)
def test_read(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Engineers said it is too early to say when production will resume.",
            "limits_of_evidence",
        ),
        (
            "We have been told for years that the readings were wrong, residents said.",
            "anonymous_source",
        ),
        ("I am told by the minister that the vote was close.", "anonymous_source"),
        (
            "The agency reported 21 dead, citing two officials at the Health Ministry.",
            "anonymous_source",
        ),
        ("Actual results may differ materially from those expressed in such statements.", "hedge"),
        ("A UN official, Jane Roe, said the talks would resume.", "anonymous_source"),
        (
            "Figures are based on the census published by the statistics office.",
            "limits_of_evidence",
        ),
    ],
)
def test_look_alikes_stay_clean(text: str, kind: str) -> None:
    assert kind not in caveat_kinds(text)
