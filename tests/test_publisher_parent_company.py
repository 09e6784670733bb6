"""A page whose JSON-LD publisher is the company behind the site ("Kelbrook Media") and
whose og:site_name is the brand its text writes ("Kelbrook 24") is the brand's; a
publisher that is a masthead, or a site name that is a host or not written, changes
nothing. Pages written for these tests."""

from __future__ import annotations

import json

import pytest

from audit.analyse import analyse
from audit.ingest import from_bytes

_BODY = (
    "<article><h1>Hospital switches to paper records after cyber attack</h1>"
    "<p>Staff at Ostvale Hospital have returned to paper records after a ransomware attack "
    "took its patient systems offline on Monday, the health board told Kelbrook 24.</p>"
    "<p>The board said emergency departments remained open and that patients should attend "
    "appointments unless they were contacted, and it apologised for the long delays.</p>"
    "<p>Police said they were investigating the attack with the national security centre, "
    "which is helping the board restore its systems over the coming week.</p></article>"
)


def _outlet(publisher: str, site_name: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Hospital switches to paper records after cyber attack",
        "publisher": {"@type": "Organization", "name": publisher},
    }
    head = (
        "<title>Hospital switches to paper records</title>"
        f'<meta property="og:site_name" content="{site_name}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    markup = f"<html><head>{head}</head><body>{_BODY}</body></html>"
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    name: str = analyse(article)["outlet"]["name"]
    return name


@pytest.mark.parametrize("company", ["Kelbrook Media", "Kelbrook Publishing Group", "Kelbrook AG"])
def test_a_parent_company_publishes_the_brand_its_readers_see(company: str) -> None:
    assert _outlet(company, "Kelbrook 24") == "Kelbrook 24"


def test_a_masthead_publisher_stays_the_outlet() -> None:
    assert _outlet("Ostvale Evening Post", "Kelbrook 24") == "Ostvale Evening Post"


def test_a_site_name_that_is_a_host_does_not_replace_the_company() -> None:
    assert _outlet("Kelbrook Media", "kelbrook24.example") == "Kelbrook Media"


def test_a_site_name_the_text_never_writes_does_not_replace_the_company() -> None:
    assert _outlet("Kelbrook Media", "Politics") == "Kelbrook Media"
