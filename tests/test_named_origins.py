"""Origins named by context (audit/analyse/origins.py): media described by their kind,
research bodies and journals, a release's signature line, data a body published."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse import analyse
from audit.model import Article, Source

_SOURCE = Source("file", "test", "2026-01-01T00:00:00Z", "text/plain")


def _attribution(text: str) -> dict[str, Any]:
    result: dict[str, Any] = analyse(Article(text, _SOURCE))["attribution"]
    return result


def _chain(text: str) -> list[tuple[str, str, str]]:
    return [(h["name"], h["kind"], h["relation"]) for h in _attribution(text)["chain"]]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Hill's move was first floated by sports newspaper Gazette Sportive Nord, which "
            "said the fee was agreed.",
            "Gazette Sportive Nord",
            "newspaper",
        ),
        (
            "Tomas Berg, who writes the privacy blog Open Ledger, found the exposed server.",
            "Open Ledger",
            "blog",
        ),
        (
            "Regional broadcaster Vallee Une aired the footage on Tuesday night.",
            "Vallee Une",
            "broadcaster",
        ),
        (
            "Local outlet Harbour Lines claims the club has already signed him.",
            "Harbour Lines",
            "unknown",
        ),
    ],
)
def test_a_medium_described_by_its_kind_is_a_hop(text: str, name: str, kind: str) -> None:
    assert (name, kind, "reports") in _chain(text)
    origin = _attribution(text)["origin"]
    assert origin == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The findings, published on Monday in the journal Coastal Birds, come from a "
            "team at the University of Wexmoor.",
            ["Coastal Birds", "University of Wexmoor"],
        ),
        (
            "The study is published in the Journal of Upland Hydrology.",
            ["Journal of Upland Hydrology"],
        ),
        (
            "Ecologists at Fernhill University counted moths at 40 street lights.",
            ["Fernhill University"],
        ),
        ("A Dunmore Institute study of 9,000 drivers found the effect.", ["Dunmore Institute"]),
    ],
)
def test_research_bodies_and_journals_are_origins(text: str, names: list[str]) -> None:
    chain = _chain(text)
    assert [(n, "research", "reports") for n in names] == chain
    assert _attribution(text)["origin"] == names[0]  # the first named, on a tie


def test_a_release_signature_line_names_its_issuer() -> None:
    text = "Acme Pumps today announced a new pump.\n\nSOURCE Brantwell Pump Works\n"
    assert _chain(text) == [("Brantwell Pump Works", "unknown", "reports")]
    assert _attribution(text)["origin"] == "Brantwell Pump Works"


def test_data_a_body_published_is_a_cited_source_not_the_origin() -> None:
    text = (
        "Waiting lists grew again, according to figures published on Friday by the Wexmoor "
        "Treatment Fund. Analysts had expected less, according to data compiled by Kestrel Data."
    )
    chain = _chain(text)
    assert ("Wexmoor Treatment Fund", "unknown", "cites") in chain
    assert ("Kestrel Data", "unknown", "cites") in chain
    attribution = _attribution(text)
    assert attribution["origin"] is None
    assert "cites" in attribution["origin_reason"]


def test_a_journal_or_preprint_server_in_the_registry_gets_the_publication_cue() -> None:
    assert _chain("The analysis, posted Friday to the preprint server medRxiv, found it.") == [
        ("medRxiv", "research", "reports")
    ]
    assert _attribution("The trial was published on Wednesday in the Lancet.")["origin"] == (
        "The Lancet"
    )


@pytest.mark.parametrize(
    "text",
    [
        "He told the newspaper Monday that the deal was done.",  # a weekday, no name
        "Journal Reference: Ana Diaz et al. Urban gulls. Birds, 2026.",  # a heading
        "She read it on a blog The next morning.",  # a sentence's first word
        "The ministry published its own figures.",  # no publisher named after "by"
        "A post shared widely on Facebook claims that drivers over 70 must retake tests.",
        "Professor Ana Diaz, a geographer at Fernhill University, was not involved.",
    ],
)
def test_look_alikes_name_no_origin(text: str) -> None:
    assert _chain(text) == []


def test_a_name_with_a_medium_word_in_it_is_not_described() -> None:
    # "Daily" capitalised is part of a name, not the noun "daily" describing one.
    assert all(name != "Star Sport" for name, _, _ in _chain("Daily Star Sport reported it."))


def test_evidence_is_the_text_it_rests_on() -> None:
    text = "Tomas Berg, who writes the privacy blog Open Ledger, found the exposed server."
    hop = _attribution(text)["chain"][0]
    evidence = hop["evidence"][0]
    assert text[evidence["start"] : evidence["end"]] == evidence["quote"] == "blog Open Ledger"


def test_a_republished_piece_about_a_study_keeps_its_outlet_as_origin() -> None:
    text = (
        "Night shifts and sleep\n\nThis article is republished from The Conversation under "
        "a Creative Commons license.\n\nOur findings have just been published in the journal "
        "Shift Work Review. We followed 900 nurses for two years.\n"
    )
    attribution = _attribution(text)
    assert attribution["origin"] == "The Conversation"
    assert ("Shift Work Review", "research", "reports") in _chain(text)


def test_a_release_issuer_comes_before_the_preprint_server_it_cites() -> None:
    text = (
        "Acme Bio reports trial results\n\nThe preprint was posted to the medRxiv server on "
        "October 2 and has not yet been peer reviewed.\n\nSOURCE Acme Bio Therapeutics\n"
    )
    assert _attribution(text)["origin"] == "Acme Bio Therapeutics"
