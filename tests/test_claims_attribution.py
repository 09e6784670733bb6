"""Attribution chain: hops, relations, who asserts them, the origin and primary material."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse import outlets
from audit.analyse.attribution import analyse_attribution
from audit.model import Article, Evidence, Source
from tests.claims_support import fixture_registry, install_registry


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def attribution(text: str, found: dict[str, Any] | None = None) -> dict[str, Any]:
    got = analyse_attribution(Article(text, Source("stdin", "-", "x", "text/plain")), found or {})
    att: dict[str, Any] = got["attribution"]
    for hop in att["chain"]:
        for ev in hop["evidence"]:
            assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(text)
    return att


def hops(att: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(h["name"], h["relation"], h["asserted_by"]) for h in att["chain"]]


def test_obtained_beats_reported_and_newspaper_resolves() -> None:
    text = (
        "The Washington Post reported on Sunday that the plan was shelved. The 40 pages of "
        "memos obtained by the newspaper show a dispute."
    )
    att = attribution(text)
    assert ("The Washington Post", "obtained", "self") in hops(att)
    assert att["origin"] == "The Washington Post"
    assert att["primary_material"]["description"] == "The 40 pages of memos"


def test_joint_publication_keeps_both_and_explains_origin() -> None:
    text = "The files were published by The New York Times and ProPublica last month."
    att = attribution(text)
    names = [h["name"] for h in att["chain"]]
    assert names == ["The New York Times", "ProPublica"]
    assert att["origin"] == "The New York Times"
    assert "ProPublica" in att["origin_reason"]


def test_credits_are_never_the_origin() -> None:
    text = (
        "Storms hit the coast on Monday.\n\nPhoto: Reuters\n\nAdditional reporting by the Guardian"
    )
    att = attribution(text)
    assert {h["relation"] for h in att["chain"]} == {"credits"}
    assert att["origin"] is None
    assert att["origin_reason"]


def test_republication_first_hop_and_assertions_by_the_original() -> None:
    text = "Written by Taipei Times\n\nThe report, first revealed by Der Spiegel, was leaked."
    start = text.index("Taipei Times")
    found = {
        "republication": {
            "original_outlet": "Taipei Times",
            "evidence": {"start": start, "end": start + 12, "quote": "Taipei Times"},
            "method": "byline_line",
        }
    }
    att = attribution(text, found)
    assert hops(att)[0] == ("Taipei Times", "republishes", "self")
    assert ("Der Spiegel", "reports", "Taipei Times") in hops(att)
    assert att["origin"] == "Der Spiegel"


def test_republished_outlet_is_origin_when_it_cites_nobody() -> None:
    text = "BEIJING (AP) — Officials met on Monday."
    s = text.index("AP")
    found = {
        "republication": {
            "original_outlet": "Associated Press",
            "evidence": {"start": s, "end": s + 2, "quote": "AP"},
            "method": "dateline",
        }
    }
    att = attribution(text, found)
    assert att["origin"] == "Associated Press"


def test_outlet_reporting_another_outlets_scoop() -> None:
    text = "Reuters reported that documents seen by the Financial Times show losses."
    assert ("Financial Times", "obtained", "Reuters") in hops(attribution(text))


def test_affiliation_and_unnamed_employer_are_not_hops() -> None:
    text = (
        '"We need help," said Ada Lin, director of Campaign for Clean Water. '
        "Reporter Jo Park said the story took months."
    )
    assert attribution(text)["chain"] == []


def test_the_times_without_a_named_outlet_is_not_guessed() -> None:
    assert attribution("The documents were obtained by the Times.")["chain"] == []


def test_unregistered_outlet_in_a_strong_pattern() -> None:
    text = "The memo was obtained by the Valley Herald last week."
    assert hops(attribution(text)) == [("Valley Herald", "obtained", "self")]


def test_fixture_registry_works_without_shipped_file(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = fixture_registry()
    monkeypatch.setattr(outlets, "registry", lambda: reg)
    att = attribution("Records leaked to the Financial Times show the deal.")
    assert att["origin"] == "Financial Times"


@pytest.mark.parametrize(
    "text",
    [
        "Washington Post reporter Jo Park said the files were authentic.",
        "Jo Park, a reporter for The Washington Post, said the files were authentic.",
    ],
)
def test_reporter_with_stated_employer_is_a_hop(text: str) -> None:
    assert ("The Washington Post", "reports", "self") in hops(attribution(text))


def test_a_source_body_that_is_only_cited_is_not_the_origin() -> None:
    text = (
        "Families fled south after the warning, a move Human Rights Watch said could amount "
        "to forced displacement. Our reporter spoke to six of them."
    )
    att = attribution(text)
    assert ("Human Rights Watch", "cites") in [(h["name"], h["relation"]) for h in att["chain"]]
    assert att["origin"] is None
    assert "Human Rights Watch" in att["origin_reason"]
    assert "source of statements" in att["origin_reason"]


def test_a_report_published_by_a_source_body_is_the_origin() -> None:
    text = "The abuses were documented in a report published by Human Rights Watch in May."
    att = attribution(text)
    assert att["origin"] == "Human Rights Watch"


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (
            "The Financial Times, which first revealed the leak, said the files were real.",
            "reports",
        ),
        ("The bank will shut, according to a new analysis by the Financial Times.", "reports"),
    ],
)
def test_which_first_revealed_and_according_to_an_analysis_by(text: str, relation: str) -> None:
    assert any(h[0] == "Financial Times" and h[1] == relation for h in hops(attribution(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unregistered outlet before its reporting verb
        (
            "The district may buy cameras for $600,000, the South Florida Sun Sentinel reports.",
            ("South Florida Sun Sentinel", "reports", "self"),
        ),
        (
            "The mayor resigned. The Cedar Valley Gazette first reported the deal.",
            ("Cedar Valley Gazette", "reports", "self"),
        ),
        # an investigation by an outlet is its original reporting, whatever its name starts with
        (
            "The sector collapsed, according to an investigation by +972 Magazine and others.",
            ("+972 Magazine", "reports", "self"),
        ),
    ],
)
def test_unregistered_outlets_on_either_side_of_the_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    att = attribution(text)
    assert expected in hops(att)
    assert att["origin"] == expected[0]


@pytest.mark.parametrize(
    "text",
    [
        "The Sun rose over the hills, and the morning news reported nothing.",
        "Residents said the local Rotary Club reported a record year.",
    ],
)
def test_no_unregistered_outlet_without_a_news_name(text: str) -> None:
    assert attribution(text)["chain"] == []


def test_an_outlets_own_analysis_or_fact_check_is_its_reporting() -> None:
    text = "The New York Times’ analysis found 300 errors in the filings."
    assert ("The New York Times", "reports", "self") in hops(attribution(text))


@pytest.mark.parametrize(
    ("text", "hop"),
    [
        ("The Guardian's investigation found the files were real.", "The Guardian"),
        ("The files were obtained by the Guardian's reporters.", "The Guardian"),
        (
            "The Washington Post's Fact Checker gave the claim four Pinocchios.",
            "The Washington Post",
        ),
    ],
)
def test_an_outlet_named_with_a_possessive_is_found(text: str, hop: str) -> None:
    assert hop in [h[0] for h in hops(attribution(text))]
