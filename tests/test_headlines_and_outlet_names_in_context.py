"""The headline a reader sees where a page's metadata carries another, an outlet's name
that only ends a body's longer name, a short form with its outlet's qualifier in a credit,
a source credited on a list of other stories' links, and short forms the story's other
outlets cannot settle. Texts and pages written for these tests."""

from __future__ import annotations

import json

from audit.analyse import analyse
from audit.analyse.mentions import outlet_mentions
from audit.analyse.registry import lookup_in_context, outlets
from audit.ingest import from_bytes
from tests.claims_support import analysed_fields

_BODY = (
    "<p>Korean tourists may make up most of the visitors whose passport details were left "
    "exposed online by a tax-free shopping app, officials said on Friday.</p>"
    "<p>The operator said it had fixed the setting error and apologised to its users.</p>"
)


def _page(h1: str, meta_title: str) -> dict[str, object]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta_title}
    markup = (
        f"<html><head><title>{meta_title}</title>"
        f'<meta property="og:title" content="{meta_title}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        f"<header><a href='/'>Harbour Daily</a></header><article><h1>{h1}</h1>{_BODY}"
        "</article></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    return analyse(article)["title"]


def test_the_shown_headline_wins_over_a_stale_metadata_headline() -> None:
    title = _page(
        "Koreans may be most of the visitors hit by tax-free app leak",
        "Seoul checks whether Koreans were affected by app data exposure",
    )
    assert title["value"] == "Koreans may be most of the visitors hit by tax-free app leak"
    assert title["evidence"]["quote"] == title["value"]


def test_metadata_that_agrees_with_the_headline_still_gives_it() -> None:
    title = _page(
        "Koreans may be most of the visitors hit by tax-free app leak",
        "Koreans may be most of the visitors hit by tax-free app leak | Harbour Daily",
    )
    assert title["value"] == "Koreans may be most of the visitors hit by tax-free app leak"


def test_a_short_heading_is_no_headline_against_the_metadata() -> None:
    title = _page("Top stories", "Seoul checks whether Koreans were affected by app leak")
    assert title["value"] == "Seoul checks whether Koreans were affected by app leak"


def test_an_outlet_name_that_ends_a_bodys_name_is_no_mention() -> None:
    names = lambda text: [m.outlet.name for m in outlets().mentions(text)]  # noqa: E731
    assert names("The Ministry of Foreign Affairs has asked Tokyo for details.") == []
    assert names("The Minister for Foreign Affairs said so.") == []
    assert names("the editor of Foreign Affairs wrote") == ["Foreign Affairs"]
    assert names("Jane Roe of The Washington Post said") == ["The Washington Post"]


def test_a_short_form_with_its_outlets_qualifier_is_that_outlet() -> None:
    barbados = lookup_in_context("Nation News (Barbados)")
    assert barbados is not None and barbados.name == "The Nation (Barbados)"
    assert lookup_in_context("Nation News (Kenya)") is None  # not the qualifier it carries


def test_a_credit_line_naming_a_short_form_and_qualifier_is_the_republication() -> None:
    fields = analysed_fields(
        "Ferry passengers still waiting on refunds\n\nBy Jo Roe, Nation News\n\n"
        "This article was first published by Nation News (Barbados) and is republished "
        "with permission.\n\nMore than 200 ticket holders are owed about $186 000, a "
        "passengers' group said on Tuesday.\n"
    )
    assert fields["republication"]["original_outlet"] == "The Nation (Barbados)"


def test_a_source_credited_on_a_list_of_linked_headlines_is_no_republication() -> None:
    fields = analysed_fields(
        "Vincentians among ferry ticket holders awaiting refunds\n\nBy Jo Roe\n\n"
        "At least 37 Vincentians are among the passengers still waiting for refunds, a "
        "passengers' group said on Monday.\n\nThe port authority said the operator owed it "
        "fees dating back to July.\n\nRelated\n"
        "Ferry passengers still waiting on refunds (Nation News)\n"
        "Port Authority reports rise in yacht arrivals\n"
        "Argyle airport: new route to Miami announced\n"
    )
    assert fields["republication"] is None


def test_a_shared_short_form_is_not_settled_by_a_platform_or_another_outlets_last_word() -> None:
    """A Facebook post says nothing of which "the Nation" a Caribbean story means, and
    "Nation News" is no short form of the page's own outlet, whose name ends in "News"."""
    text = (
        "iWitness News\n\nFerry refunds delayed\n\nBy Jo Roe\n\n"
        "Passengers shared their tickets on Facebook. The company's troubles were first "
        "reported by the Nation newspaper in Bridgetown.\n\nRelated\n"
        "Ferry passengers still waiting on refunds (Nation News)\n"
    )
    names = {m.name for m in outlet_mentions(text)}
    assert "The Nation (US)" not in names
    assert [m.surface for m in outlet_mentions(text) if m.name == "iWitness News"] == [
        "iWitness News"
    ]
