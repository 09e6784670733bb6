"""RES021: a site's menu scraped into the text. Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect


def _menus(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text) if f.code == "RES021"]


def test_section_links_above_the_headline_are_the_sites_menu() -> None:
    text = (
        "Mirror\nNews\nPolitics\nFootball\nCelebs\nTV\nMoney\n\n"
        "Reality star and husband split after two years of marriage\n\n"
        "By Jane Doe\n12:04, 9 Nov 2026\n\n"
        "The couple are said to have been living apart for more than a month, friends say.\n"
    )
    assert _menus(text) == ["News\nPolitics\nFootball\nCelebs\nTV\nMoney"]  # masthead kept


@pytest.mark.parametrize(
    "menu",
    [
        "Home US World Politics Health Science",
        "Latest Startups Venture Security AI Apps Events Podcasts",
        "Fact checks Health Economy Crime Online About Donate",
    ],
)
def test_section_links_on_one_line_above_the_headline(menu: str) -> None:
    text = (
        f"The Daily Courier\n{menu}\n\nHarbour reopens after storm damage repaired\n\n"
        "By Jane Doe\n12 March 2026\n\nThe harbour reopened on Tuesday, the council said.\n"
    )
    assert _menus(text) == [menu]


@pytest.mark.parametrize(
    "headline",
    [
        "Health Science Week Opens In Lyon",  # title case, few section names
        "World leaders meet on climate finance",
    ],
)
def test_a_title_case_headline_is_no_menu(headline: str) -> None:
    text = (
        f"The Daily Courier\n\n{headline}\n\n"
        "By Jane Doe\n12 March 2026\n\nThe harbour reopened on Tuesday, the council said.\n"
    )
    assert _menus(text) == []


@pytest.mark.parametrize(
    "line",
    ["Home | About | Archive | Support this blog", "Impressum | Datenschutzerklärung | Credits"],
)
def test_a_line_of_barred_links_is_navigation_anywhere(line: str) -> None:
    text = (
        "Harbour reopens after storm\n\nBy Jane Doe\n\n12 March 2026\n\n"
        "The harbour reopened on Tuesday after a week of repairs, the council said.\n\n"
        f"{line}\n"
    )
    assert _menus(text) == [line]


@pytest.mark.parametrize(
    "text",
    [
        # a kicker and a section label above the headline are no menu
        "Celebs\nExclusive\n\nReality star and husband split after two years\n\nBy Jane Doe\n\n"
        "9 Nov 2026\n\nThe couple are said to have been living apart, friends say.\n",
        # a byline and date line set off by dots, and a page title with its site
        "Fertility app shared data, group says\n\n"
        "Jane Doe · CBC News · Posted: Nov 12, 2026 4:00 AM EST | Last Updated: Nov 12\n\n"
        "Buß- und Ordnungsgeld gegen Anwalt wegen Maskenverweigerung | Recht | Haufe\n\n"
        "The app sent details to advertisers, researchers said on Tuesday afternoon.\n",
    ],
)
def test_not_a_menu(text: str) -> None:
    assert _menus(text) == []
