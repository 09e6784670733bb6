"""A copied page that opens with its title and then the site's header, down to the headline
again: a row of link words there is the site's menu, though most of its words are not
section names; the site's name and tagline there are not. Texts written for these tests."""

from __future__ import annotations

from audit.analyse.content import detect

HEADLINE = "Water restrictions extended for eastern parishes"
BODY = (
    "Residents of three parishes will face water restrictions until at least the end of "
    "January, the water authority said on Thursday after a dry autumn.\n\n"
    "The authority said reservoir levels were at 41 per cent of their usual level and asked "
    "households to keep using water carefully until the rains return.\n"
)


def _navigation(header: str) -> list[str]:
    text = f"{HEADLINE}\n\n{header}\n{HEADLINE}\nNovember 20, 2026\n\n{BODY}"
    return [text[f.start : f.end] for f in detect(text) if f.kind == "navigation"]


def test_a_row_of_links_between_the_title_copies_is_the_sites_menu() -> None:
    menu = "Home News Ministries Press Releases Speeches Photo Gallery Contact Us"
    found = _navigation(f"Kelbrook Information Service\n{menu}")
    assert menu in found
    assert "Kelbrook Information Service" not in found


def test_a_tagline_between_the_title_copies_is_no_menu() -> None:
    found = _navigation("Tidewater Voices\nCitizen media stories from around the islands")
    assert found == []


def test_a_row_of_names_without_the_title_copied_first_is_left_alone() -> None:
    menu = "Home Ministries Speeches Gallery Kelbrook Isles"
    text = f"Kelbrook Information Service\n{menu}\n{HEADLINE}\n\n{BODY}"
    assert not [f for f in detect(text) if f.kind == "navigation"]
