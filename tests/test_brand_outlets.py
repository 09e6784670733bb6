"""News sites named by one brand word the registry does not know ("VTDigger", "CalMatters"):
a newsroom only when the text cites it as one, twice, once in a form only reporting takes."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.analyse.brand_outlets import brand_citations
from audit.model import Article, Source


def _fields(text: str) -> dict[str, Any]:
    return analyse(Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain")))


def test_a_brand_cited_as_a_newsroom_is_a_hop_with_every_citation_as_evidence() -> None:
    text = (
        "A contractor billed for routes never driven, according to an investigation "
        "published Tuesday by HarborWatch. HarborWatch reported that the logs show idle "
        "buses. Two drivers spoke to HarborWatch anonymously.\n"
    )
    found = brand_citations(text)
    assert [(c.name, c.cue) for c in found] == [
        ("HarborWatch", "original"),
        ("HarborWatch", "reports"),
        ("HarborWatch", "reports"),
    ]
    assert all("HarborWatch" in text[c.start : c.end] for c in found)
    chain = _fields(text)["attribution"]["chain"]
    assert [(h["name"], h["relation"]) for h in chain] == [("HarborWatch", "reports")]
    assert [e["quote"] for e in chain[0]["evidence"]] == [
        "an investigation published Tuesday by HarborWatch",
        "HarborWatch reported",
        "spoke to HarborWatch",
    ]
    assert _fields(text)["attribution"]["origin"] == "HarborWatch"


def test_a_possessive_story_counts_as_reporting() -> None:
    text = "A day after MillTown reported the audit, MillTown's story drew calls for a review."
    assert {c.name for c in brand_citations(text)} == {"MillTown"}


def test_a_company_cited_for_its_results_is_no_newsroom() -> None:
    text = "BrightCart reported a loss. According to BrightCart, fees rose 4%."
    assert brand_citations(text) == []


def test_one_citation_is_not_enough() -> None:
    assert brand_citations("The mayor told RiverPulse she would resign.") == []


def test_surnames_with_a_prefix_are_people() -> None:
    text = "Nurses told McAllister about it. McAllister's story was confirmed. DeLuca reported it."
    assert brand_citations(text) == []


def test_the_outlets_own_name_is_no_hop() -> None:
    text = (
        "HarborWatch\n\nBuses idle across the county for months\n\nBy Jo Park\n\n"
        "Drivers told HarborWatch the logs were false. HarborWatch's investigation found "
        "300 idle days.\n"
    )
    fields = _fields(text)
    assert fields["outlet"]["name"] == "HarborWatch"
    assert all(h["name"] != "HarborWatch" for h in fields["attribution"]["chain"])
