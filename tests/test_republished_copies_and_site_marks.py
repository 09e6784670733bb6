"""A copy republished under a Creative Commons note, its page crediting the outlet while its
text names the reporters, a byline line ending with the date, a page that names its site
only by its icon's address or its logo, and "As <outlet> reported" for an outlet the
registry does not know. Outlets and people are written for these tests."""

from __future__ import annotations

from typing import Any

from audit import ingest
from audit.analyse import analyse

_RETRIEVED = "2026-01-01T00:00:00Z"
_BODY = (
    "<p>For 11 hours on the night of March 9, no nurse was on duty at the county jail, "
    "according to the jail's sign-in logs, while the contractor billed for two shifts.</p>"
    "<p>The county paid the contractor $1.9 million last year, invoices show, and the board "
    "renewed its contract in July without a review of the hours it had billed.</p>"
)


def _page(head: str, body: str) -> dict[str, Any]:
    page = f"<html><head>{head}</head><body><article>{body}</article></body></html>"
    return analyse(ingest.from_bytes(page.encode(), "t.html", "file", _RETRIEVED, is_html=True))


def test_a_creative_commons_copy_credits_its_original_and_its_reporters() -> None:
    head = (
        '<meta property="og:site_name" content="The Dellmore Post">'
        '<meta name="author" content="Gulf Coast Today">'
    )
    body = (
        "<h1>County paid jail contractor for nurse shifts never worked</h1>"
        "<p>By Gulf Coast Today</p>"
        "<p>by Lena Whitcombe and Marcus Trigger, Gulf Coast Today November 4, 2026</p>"
        f"{_BODY}"
        "<p>This article first appeared on Gulf Coast Today and is republished here under a "
        "Creative Commons license.</p>"
    )
    fields = _page(head, body)
    assert fields["republication"]["original_outlet"] == "Gulf Coast Today"
    assert [credit["name"] for credit in fields["byline"]] == ["Lena Whitcombe", "Marcus Trigger"]


def test_a_person_named_like_an_outlet_stays_the_author() -> None:
    head = '<meta name="author" content="Emily Post">'
    body = f"<h1>County paid jail contractor for nurse shifts never worked</h1>{_BODY}"
    assert [credit["name"] for credit in _page(head, body)["byline"]] == ["Emily Post"]


def test_a_page_without_site_name_is_named_by_its_icon_or_its_logo() -> None:
    body = f"<h1>County paid jail contractor for nurse shifts never worked</h1>{_BODY}"
    by_icon = _page('<link rel="icon" href="https://kathmandupost.com/favicon.ico">', body)
    assert by_icon["outlet"]["name"] == "The Kathmandu Post"
    logo = '<header><a class="logo"><img src="/l.png" alt="The Kathmandu Post"></a></header>'
    by_logo = _page("", logo + body)
    assert by_logo["outlet"]["name"] == "The Kathmandu Post"
    unknown = _page('<link rel="icon" href="https://cdn.example.net/favicon.ico">', body)
    assert unknown["outlet"]["name"] is None


def test_a_byline_line_ending_with_the_date_gives_both() -> None:
    text = (
        "Harbour Weekly\n\nQuay closure ends a decade of delays at the northern docks\n\n"
        "Written by Kelsey Marrow | November 11, 2026\n\n"
        "The harbour board voted on Monday to close the northern quay for repairs, ending a "
        "decade of delays that had cost the port about 2 million in lost fees.\n"
    )
    article = ingest.from_bytes(text.encode(), "t.txt", "file", _RETRIEVED, is_html=False)
    fields = analyse(article)
    assert [credit["name"] for credit in fields["byline"]] == ["Kelsey Marrow"]
    assert fields["published"]["date"] == "2026-11-11"


def test_as_an_unregistered_outlet_reported_is_a_hop() -> None:
    text = (
        "The county was billed for two nurse shifts that night.\n\n"
        "As Gulf Coast Today reported last week, the county was billed for shifts never "
        "worked.\n"
    )
    article = ingest.from_bytes(text.encode(), "t.txt", "file", _RETRIEVED, is_html=False)
    chain = analyse(article)["attribution"]["chain"]
    assert [(hop["name"], hop["relation"]) for hop in chain] == [("Gulf Coast Today", "reports")]
