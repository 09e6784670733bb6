"""Reporting credited in looser words ("per", "via", "an X report", "X and Y have
reported", "X, though, reported"), broadcasters known by their call signs, and the body
that released records to the outlet, as the whole-article blind sets showed them."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.attribution import analyse_attribution
from audit.model import Article, Source


def _chain(text: str, found: dict[str, Any] | None = None) -> dict[str, Any]:
    article = Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain"))
    attribution: dict[str, Any] = analyse_attribution(article, found or {})["attribution"]
    for hop in attribution["chain"]:
        for ev in hop["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["quote"]
    return attribution


def _names(text: str) -> list[str]:
    return [hop["name"] for hop in _chain(text)["chain"]]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The draft, per The Washington Post, would close the index.", "per The Washington Post"),
        ("My favourite detail, via Reuters, is the memo's last page.", "via Reuters"),
        ("Per Bloomberg, the board voted on Monday.", "Per Bloomberg"),
    ],
)
def test_per_and_via_at_a_clause_start_credit_the_outlet(text: str, quote: str) -> None:
    chain = _chain(text)["chain"]
    assert [hop["evidence"][0]["quote"] for hop in chain] == [quote]


def test_via_after_a_verb_is_a_channel_not_a_credit() -> None:
    assert _names("She posted the clip via Facebook on Monday.") == []


def test_an_outlets_report_without_a_possessive() -> None:
    assert _names("A Reuters report carried by other papers put the toll at 37.") == ["Reuters"]


def test_an_outlets_investigation_is_its_original_reporting() -> None:
    attribution = _chain("A BBC investigation found 40 cases. The Guardian reported one more.")
    assert attribution["origin"] == "BBC"
    assert "published the original reporting" in attribution["origin_reason"]


def test_two_outlets_joined_by_and_share_the_verb_after_them() -> None:
    chain = _chain("As BBC News and PA Media have reported, two people died.")["chain"]
    assert [hop["name"] for hop in chain] == ["BBC", "PA Media"]
    assert chain[0]["evidence"][0]["quote"] == "BBC News and PA Media have reported"


def test_an_aside_between_the_outlet_and_its_verb() -> None:
    assert _names("The Guardian, though, reported on Thursday that the toll was higher.") == [
        "The Guardian"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commissioner Ana Ruiz told KING 5 she would ask for a briefing.", "KING 5"),
        ("The department said it would pause closures, WGN-TV reported.", "WGN-TV"),
        ("The vote was first reported by KDLR 12 News on Monday.", "KDLR 12 News"),
    ],
)
def test_a_broadcasters_call_sign_with_its_channel_or_band(text: str, name: str) -> None:
    chain = _chain(text)["chain"]
    assert [(hop["name"], hop["kind"]) for hop in chain] == [(name, "broadcaster")]


@pytest.mark.parametrize(
    "text",
    [
        "The WHO said 12 people died in the outbreak.",
        "WADA reported 40 cases last year.",
        # bare letters with neither a broadcaster's cue nor its mark anywhere
        "According to KWAN, the vote passed.",
        "KWAN said the vote passed.",
    ],
)
def test_bare_capitals_are_not_a_call_sign(text: str) -> None:
    assert _names(text) == []


def test_a_sister_station_under_the_copys_own_brand_is_no_hop() -> None:
    text = "A diner was hit by a car on Sunday, a witness told KSL-TV."
    attribution = _chain(text, {"outlet": {"name": "KSL.com"}})
    assert attribution["chain"] == []


def test_the_body_that_released_records_to_the_outlet() -> None:
    attribution = _chain(
        "Forty near-misses were logged, according to safety records the Ellery Harbor Port "
        "Authority released to The Seattle Times under the Public Records Act."
    )
    assert attribution["origin"] == "Ellery Harbor Port Authority"
    assert attribution["chain"][0]["relation"] == "obtained"
