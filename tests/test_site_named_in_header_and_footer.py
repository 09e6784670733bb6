"""An unregistered site whose name a copied page writes in its header and again in its
footer (its copyright line, a line of its own, an "About X" link) is the publisher of the
copy; a name the footer does not repeat stays unknown. A text that calls its publisher
"this newspaper" or "this blog" says its kind. Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse import analyse
from audit.ingest import from_bytes

HEADLINE = "Ferry operator fined after engine fire on crossing"
BODY = (
    "The operator of the Kelbrook ferry was fined on Tuesday after an engine fire forced "
    "the evacuation of 120 passengers during a crossing in March, the harbour board said.\n\n"
    "The board said the operator had missed two inspections before the fire and had not "
    "reported an earlier fault, and it ordered a full review of the vessel's maintenance.\n\n"
    "The operator said it accepted the ruling and had replaced the engine since.\n"
)


def _outlet(header: str, footer: str) -> dict[str, Any]:
    text = f"{HEADLINE}\n\n{header}\n{HEADLINE}\nNovember 22, 2026\n\n{BODY}\n{footer}\n"
    article = from_bytes(text.encode(), "copy.txt", "file", "2026-01-01T00:00:00Z", is_html=False)
    outlet: dict[str, Any] = analyse(article)["outlet"]
    return outlet


@pytest.mark.parametrize(
    ("header", "footer", "name"),
    [
        (
            "Kelbrook Ledger Online\nHarbour Isle Newsday\nNews Sport Business Opinion Letters",
            "Harbour Isle Newsday\nCopyright © 2026 Harbour Isle Newsday. All rights reserved.",
            "Harbour Isle Newsday",
        ),
        (
            "Tidewater Voices\nCitizen stories from the islands\nRegions Topics About Donate",
            "Sign up for our newsletter\nAbout Tidewater Voices | Contact | Privacy",
            "Tidewater Voices",
        ),
        (
            "Bellhaven Today\nHome Local News Regional Sports",
            "© 2026 Bellhaven Today Inc.",
            "Bellhaven Today",
        ),
    ],
)
def test_a_name_in_the_header_that_the_footer_repeats_is_the_publisher(
    header: str, footer: str, name: str
) -> None:
    outlet = _outlet(header, footer)
    assert outlet["name"] == name
    assert outlet["method"] == "header_line"
    assert outlet["evidence"]["quote"] == name


def test_a_header_name_the_footer_does_not_repeat_is_no_publisher() -> None:
    outlet = _outlet("Harbour Isle Newsday\nNews Sport Business Opinion", "Back to top")
    assert outlet["name"] is None


def test_a_reporters_name_is_never_the_site() -> None:
    outlet = _outlet("Ada Kerrigan\nNews Sport Business Opinion", "Ada Kerrigan")
    assert outlet["name"] is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The papers were given to this newspaper by a former engineer.", "newspaper"),
        ("Readers who support this blog keep it free.", "blog"),
    ],
)
def test_a_text_calling_its_publisher_so_gives_the_kind(sentence: str, kind: str) -> None:
    footer = f"{sentence}\nCopyright © 2026 Harbour Isle Courant."
    outlet = _outlet("Harbour Isle Courant\nNews Sport Business Opinion", footer)
    assert (outlet["name"], outlet["kind"]) == ("Harbour Isle Courant", kind)


def test_a_comment_count_beside_the_date_is_no_byline() -> None:
    text = f"{HEADLINE}\nKerra Mwangi\nNovember 22, 2026\n0 Comments\n\n{BODY}"
    article = from_bytes(text.encode(), "copy.txt", "file", "2026-01-01T00:00:00Z", is_html=False)
    assert [b["name"] for b in analyse(article)["byline"]] == ["Kerra Mwangi"]
