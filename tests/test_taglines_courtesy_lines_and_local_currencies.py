"""Page furniture, credits and sums as Central American and South Asian pages carry them:
a site's tagline between its name and its menu, a blog's comment thread heading, calls to
join a WhatsApp channel or send in photos, a live page's note on updates, subscribe lines
that are no headline, a live badge written with a colon; "Courtesy: <agency>" closing a
copy and "CITY (Agency):" datelines; sums in lempiras, quetzales, balboas, colones and
afghanis, and multipliers such as "tenfold". Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields

_PAGE = (
    "Harbour Times\n"
    "Island news and opinion since 1998\n"
    "Home | News | Opinion | Sports | About\n"
    "Subscribe to our newsletter\n\n"
    "Ledgers show state grain firm overpaid a supplier\n\n"
    "By Ana Roe\n\n"
    "The company paid 38% more than it paid anyone else, the ledgers show.\n\n"
    "Send us your photos and videos through our WhatsApp line\n"
    "2 thoughts on \u201cLedgers show state grain firm overpaid a supplier\u201d\n"
    "Join our WhatsApp channel for breaking news alerts\n"
    "This post will be updated throughout the day. Refresh for the latest.\n"
)


def _flagged(text: str) -> dict[str, str]:
    return {f["evidence"]["quote"]: f["kind"] for f in analysed_fields(text)["flags"]}


def test_subscribe_line_is_no_headline() -> None:
    title = analysed_fields(_PAGE)["title"]["value"]
    assert title == "Ledgers show state grain firm overpaid a supplier"


@pytest.mark.parametrize(
    "line",
    [
        "Island news and opinion since 1998",
        "Send us your photos and videos through our WhatsApp line",
        "2 thoughts on \u201cLedgers show state grain firm overpaid a supplier\u201d",
        "Join our WhatsApp channel for breaking news alerts",
        "This post will be updated throughout the day. Refresh for the latest.",
    ],
)
def test_page_furniture_is_flagged(line: str) -> None:
    assert line in _flagged(_PAGE)


def test_a_line_below_the_name_and_no_menu_is_no_tagline() -> None:
    page = _PAGE.replace("Home | News | Opinion | Sports | About\n", "")
    assert "Island news and opinion since 1998" not in _flagged(page)


_COPY = (
    "The Frontier Herald\n\n"
    "Fruit exporters count losses as border stays shut\n\n"
    "JALALABAD (Pajhwok): Fruit exporters said on Tuesday they had lost about $38 million "
    "as the crossing stayed shut for an 11th day.\n\n"
    "Traders said trucks were queued for miles.\n\n"
    "Courtesy: Pajhwok Afghan News\n"
)


def test_courtesy_line_and_colon_dateline_mark_a_republication() -> None:
    republication = analysed_fields(_COPY)["republication"]
    assert republication is not None
    assert republication["original_outlet"] == "Pajhwok Afghan News"
    quotes = [e["quote"] for e in republication["evidence"]]
    assert "JALALABAD (Pajhwok):" in quotes
    assert "Courtesy: Pajhwok Afghan News" in quotes


@pytest.mark.parametrize(
    ("text", "quote", "unit", "value"),
    [
        ("The town paid L14.2 million for the bridge.", "L14.2 million", "L", 14_200_000),
        ("The ministry spent Q312 million on meals.", "Q312 million", "GTQ", 312_000_000),
        ("Fish sold for B/.1.75 a pound.", "B/.1.75", "PAB", 1.75),
        ("The programme costs B/.240,000 a year.", "B/.240,000", "PAB", 240_000),
        ("Fares rose to \u20a15,000.", "\u20a15,000", "CRC", 5000),
        ("It deposited AFN 340 million.", "AFN 340 million", "AFN", 340_000_000),
        ("Prices rose tenfold in a week.", "tenfold", "times", 10),
    ],
)
def test_local_sums_and_multipliers_are_figures(
    text: str, quote: str, unit: str, value: float
) -> None:
    figures = analysed_fields(text)["figures"]
    found = {(f["evidence"]["quote"], f.get("unit"), f.get("value")) for f in figures}
    assert (quote, unit, value) in found


@pytest.mark.parametrize(
    "text",
    [
        "Results are due in Q4 2026.",  # a quarter, not quetzales
        "He played in the L1 league.",
        "The Q4 figures were weak.",
    ],
)
def test_letters_before_a_bare_number_are_no_sum(text: str) -> None:
    units = {f.get("unit") for f in analysed_fields(text)["figures"]}
    assert not units & {"GTQ", "L"}


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "LIVE UPDATES: Floods close the river bridge",
            "LIVE UPDATES: Floods close the river bridge",
        ),
        ("LIVE Floods close the river bridge", "Floods close the river bridge"),
    ],
)
def test_a_badge_written_with_a_colon_is_the_headline_s(headline: str, title: str) -> None:
    body = "The bridge was shut on Monday, police said.\n"
    page = f"Harbour Times\n\n{headline}\n\nBy Ana Roe\n\n{body}"
    assert analysed_fields(page)["title"]["value"] == title
