"""The publisher of a page named only by a site handle ("@radionz", the first label of a
registered domain), and a page a blogging platform made ("Ghost 5.96"): the page's own
markup, served and read as a real page would be. Pages written for these tests."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.ingest import from_bytes

_BODY = (
    "<article><h1>Hospital switches to paper records after cyber attack</h1>"
    "<p>Staff at Kelbrook Hospital have returned to paper records after a ransomware attack "
    "took its patient systems offline on Monday, the health board said.</p>"
    "<p>The board said emergency departments remained open and that patients should attend "
    "appointments unless they were contacted, and it apologised for the long delays.</p>"
    "<p>Police said they were investigating the attack with the national security centre, "
    "which is helping the board restore its systems over the coming week.</p></article>"
)


def _outlet(head: str) -> dict[str, Any]:
    markup = f"<html><head>{head}</head><body>{_BODY}</body></html>"
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    outlet: dict[str, Any] = analyse(article)["outlet"]
    return outlet


def test_a_site_handle_naming_a_registered_domain_is_that_outlet() -> None:
    outlet = _outlet(
        '<title>Hospital switches to paper records</title><meta name="twitter:site" '
        'content="@radionz">'
    )
    assert (outlet["name"], outlet["kind"]) == ("RNZ", "broadcaster")


def test_an_unregistered_handle_stays_as_written() -> None:
    outlet = _outlet(
        '<title>Hospital switches to paper records</title><meta name="twitter:site" '
        'content="@kelbrooknotes">'
    )
    assert outlet["name"] != "RNZ"


def test_a_page_a_blogging_platform_made_is_a_blog() -> None:
    outlet = _outlet(
        '<title>Hospital switches to paper records</title><meta name="generator" '
        'content="Ghost 5.96"><meta property="og:site_name" content="Kelbrook Notes">'
    )
    assert (outlet["name"], outlet["kind"]) == ("Kelbrook Notes", "blog")


def test_a_wordpress_page_is_not_called_a_blog_for_its_generator() -> None:
    outlet = _outlet(
        '<title>Hospital switches to paper records</title><meta name="generator" '
        'content="WordPress 6.4"><meta property="og:site_name" content="Kelbrook Notes">'
    )
    assert outlet["kind"] != "blog"
