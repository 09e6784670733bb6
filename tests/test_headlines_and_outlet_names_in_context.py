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


# Review mends: what the first version of these rules got wrong.


def _meta_page(h1_element: str) -> dict[str, object]:
    headline = "Port workers strike over unpaid overtime"
    markup = (
        f"<html><head><title>{headline}</title>"
        f'<meta property="og:title" content="{headline}">'
        '<meta property="og:site_name" content="Voice of the Islands"></head><body>'
        f"<header>{h1_element}</header><main><article><p>Dock workers at the main container "
        "terminal walked off the job on Tuesday, saying they have not been paid overtime for "
        "three months.</p><p>The union said the strike would continue until the port "
        "authority settles the claims.</p></article></main></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    return analyse(article)["title"]


def test_a_site_name_or_a_section_heading_is_no_displayed_headline() -> None:
    for h1 in (
        '<h1 class="site-title">The Voice of the Islands</h1>',
        '<h1 class="section-title">Local News and Politics</h1>',
    ):
        assert _meta_page(h1)["value"] == "Port workers strike over unpaid overtime"


def test_a_job_at_an_outlet_or_its_board_still_names_it() -> None:
    names = lambda text: [m.outlet.name for m in outlets().mentions(text)]  # noqa: E731
    assert names("Deborah Roe, the Director of BBC News, said so.") == ["BBC"]
    assert names("The Editorial Board of The Wall Street Journal wrote on Monday.") == [
        "The Wall Street Journal"
    ]
    assert names("The Health Secretary on Sky News said the offer stands.") == ["Sky News"]
    assert names("The Executive Director of Foreign Policy said so.") == ["Foreign Policy"]


def test_a_short_form_before_a_date_or_a_persons_name_is_still_the_outlet() -> None:
    for text in (
        "The New York Times first reported the deal. Aides told the Times of Mr. Adams's plan.",
        "The Washington Post obtained the memo. In a piece in the Post of March 5, he spoke.",
    ):
        assert len(outlet_mentions(text)) == 2


def test_a_national_blogs_home_still_settles_a_shared_short_form() -> None:
    text = (
        "The allegations were first published by Groundviews, the Colombo-based civic media "
        "site. A ministry official told the Daily News that an inquiry had begun."
    )
    assert "Daily News (Sri Lanka)" in {m.name for m in outlet_mentions(text)}


def test_a_dateline_or_a_headline_with_an_agencys_credit_is_still_the_republication() -> None:
    for text in (
        "Storm damage shuts schools across Puerto Rico\n\nBy Danica Roe\n\n"
        "SAN JUAN, Puerto Rico (AP)\n\nSchools across Puerto Rico stayed shut on Monday after "
        "the storm, officials said.\n",
        "Barbados cuts fuel tax ahead of budget (CMC)\n\nPosted on March 3, 2026\n\n"
        "BRIDGETOWN, Barbados – The government will cut the tax on gasoline by ten cents a "
        "litre from April, the finance minister said.\n",
    ):
        assert analysed_fields(text)["republication"] is not None


def test_a_firm_named_after_its_founder_is_still_a_cited_source() -> None:
    fields = analysed_fields(
        "Exports slow\n\nBy Jo Roe\n\nExports fell 4 percent in March, according to figures "
        "compiled by Raymond James. The brokerage said demand from China had weakened.\n"
    )
    assert [hop["name"] for hop in fields["attribution"]["chain"]] == ["Raymond James"]


def test_a_folk_songs_name_is_no_broadcaster() -> None:
    text = "The choir closed the concert by singing Arirang, the folk song both Koreas claim."
    assert list(outlets().mentions(text)) == []
