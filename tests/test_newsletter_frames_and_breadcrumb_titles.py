"""A headline under its breadcrumb trail ("News > …"), under a labelled newsletter box, or
below the date of an email newsletter is found; an email's frame ("View this email in your
browser", "You are receiving this email because …"), a republisher's disclaimer, its
follow and read-more lines, a labelled advertisement and a "Related News" list are flagged
as the page's. Texts written for these tests."""

from __future__ import annotations

from tests.claims_support import analysed_fields

_BODY = (
    "PORT ELLIS - Fish traders at Port Ellis say a new landing fee introduced by the harbour "
    "board last month has cut catches sold at the market by nearly a third, with some boats "
    "now landing at Carrow instead.\n\n"
    "The fee, which adds $3 for every crate, is set out in a notice from the harbour board "
    "dated October 2, the traders' association said on Tuesday.\n"
)
_TITLE = "Port Ellis traders say new landing fee is pushing boats to Carrow"


def _flagged(text: str) -> list[str]:
    fields = analysed_fields(text)
    for flag in fields["flags"]:
        ev = flag["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
    return [flag["evidence"]["quote"] for flag in fields["flags"]]


def test_a_breadcrumb_trail_ending_in_the_headline_is_not_the_headline() -> None:
    text = (
        f"Harbour Online | Home | News\n\nNews > {_TITLE}\n\n{_TITLE}\nBy Aden Warsame\n\n{_BODY}"
    )
    assert analysed_fields(text)["title"]["value"] == _TITLE


def test_a_labelled_newsletter_box_above_the_headline_is_no_headline() -> None:
    text = (
        "Newsletter: Receive our daily headlines in your inbox. Subscribe\n\n"
        f"{_TITLE}\n\nPublished on 21/11/2026 - 12:47\n\n{_BODY}"
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == _TITLE
    assert any(q.startswith("Newsletter: Receive") for q in _flagged(text))


def test_an_email_newsletter_dated_above_its_headline() -> None:
    headline = "The Harbour Brief: landing fee tests the board's revenue gamble"
    text = (
        "View this email in your browser\n\nHARBOUR | The Harbour Brief\n\n"
        f"Thursday 19 November 2026\n\n{headline}\n\nShare   Tweet   Forward\n\n{_BODY}\n"
        "You are receiving this email because you opted in via our website.\n"
        "You can update your preferences or unsubscribe from this list.\n"
    )
    assert analysed_fields(text)["title"]["value"] == headline
    flagged = _flagged(text)
    assert "View this email in your browser" in flagged
    assert any(q.startswith("You are receiving this email") for q in flagged)


def test_a_republishers_frame_is_the_pages() -> None:
    text = (
        f"{_TITLE}\nBy Aden Warsame\n\n"
        "Advertisement: Send money home in minutes - zero fees this week! Click here\n\n"
        f"{_BODY}\n"
        "Harbour Online does not necessarily share the views expressed in articles "
        "republished from other sources.\n\n"
        "Related News\n- Harbour board meets market leaders\n- Carrow opens a second quay\n\n"
        "Follow Harbour Online on Facebook, X and YouTube for the latest news.\n"
        "Click here to read more news in Somali\n"
    )
    flagged = "\n".join(_flagged(text))
    for debris in (
        "Advertisement: Send money home",
        "does not necessarily share the views",
        "Related News",
        "Harbour board meets market leaders",
        "for the latest news.",
        "Click here to read more news",
    ):
        assert debris in flagged, debris
