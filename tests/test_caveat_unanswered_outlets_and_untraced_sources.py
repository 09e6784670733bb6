"""Caveat phrasings measured across the forty-eight sets: a party that did not answer a
named outlet ("did not respond to the Times on Tuesday"), and material whose source could
not be traced."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds, found_caveats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The contractor also did not respond to the Courier on Tuesday.", "no_response"),
        ("Halvey Freight did not reply to Reuters.", "no_response"),
        ("The ministry didn't respond to Kelbrook Radio or the Gazette.", "no_response"),
        ("Its original source could not be traced.", "provenance_unclear"),
        ("The author of the leaflet could not be identified.", "provenance_unclear"),
        ("The origin of the clip could not be established by the agency.", "provenance_unclear"),
    ],
)
def test_each_phrasing_is_its_caveat(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text), found_caveats(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army did not respond to the attack in kind.",
        "She did not respond to Hallam's point about the budget directly.",
    ],
)
def test_near_misses_are_not_unanswered_requests(text: str) -> None:
    assert "no_response" not in caveat_kinds(text), found_caveats(text)
