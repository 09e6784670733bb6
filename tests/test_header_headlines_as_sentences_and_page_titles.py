"""Plain-text headers as magazines, nonprofit newsrooms, wire carriers and TV station sites
print them: a headline written as two sentences above a standfirst, a photographer's
"<name> for <outlet>" line between byline and date, a lower-case "by", reporters in
capitals joined by "AND" with their agency on the next line, a reporter's job after the
name, share bars with more networks, and the page's title "<headline> :: <site>" copied
above the page. Invented people, places and stations."""

from __future__ import annotations

import pytest

from audit.analyse.header import is_furniture
from tests.claims_support import analysed_fields, byline_names

BODY = (
    "The river rose above its 1987 record on Tuesday, the regional water office said, and "
    "families in the lower town were moved to the sports hall overnight. Volunteers filled "
    "sandbags through the night while the council opened a second shelter at the school.\n\n"
    '"We have never seen the water this high," said Ines Moravec, who runs the bakery.'
)


def test_a_headline_of_two_sentences_above_a_standfirst_and_a_picture_credit() -> None:
    headline = "The Count Was Clean. That Was Not the Hard Part."
    text = (
        "The Guardian\nSign In\n\nPOLITICS\n\n"
        f"{headline}\n\n"
        "A county clerk on finishing the tally under pressure, and why she is leaving.\n\n"
        "By Corin Vale\n\nDana Whitby for The Guardian\n\nNovember 10, 2026, 6:30 AM ET\n\n"
        f"{BODY}"
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == headline
    assert byline_names(fields, text) == ["Corin Vale"]


def test_a_long_headline_of_sentences_keeps_the_header_open_to_its_credits() -> None:
    headline = (
        "A Rural Water Utility Found a Toxic Metal in Its Tap Water Every Month. "
        "It Kept the Results to Itself."
    )
    text = (
        "Skip to content\nProPublica\nJournalism in the Public Interest\nDonate\n\n"
        f"{headline}\n\n"
        "Internal lab reports show the utility found the metal above a state screening level "
        "month after month while it told customers their water met every standard.\n\n"
        "by Marta Quell and Everett Sand\nNov. 12, 2026, 5 a.m. EST\n\n"
        f"{BODY}"
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == headline
    assert fields["published"]["date"] == "2026-11-12"
    assert byline_names(fields, text) == ["Marta Quell", "Everett Sand"]


def test_reporters_in_capitals_with_their_agency_below_are_carried_from_it() -> None:
    text = (
        "The Japan Times\nSubscribe  Log in\n\nBUSINESS / CORPORATE\n\n"
        "Maker weighs sale of battery unit as electric car sales slow\n\n"
        "BY AKIKO TANABE AND HAROLD FENN\nBLOOMBERG\n\nNov 19, 2026\n\nSHARE\n\n"
        f"{BODY}"
    )
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["AKIKO TANABE", "HAROLD FENN"]
    assert fields["republication"]["original_outlet"] == "Bloomberg News"


def test_a_page_title_above_the_page_names_the_station_and_the_job_is_no_name() -> None:
    headline = "County water authority under fire after report on test results"
    text = (
        f"{headline} :: KXRT.com\n\nKXRT NEWS\nNews  Weather  Traffic  Sports  Video\n\n"
        f"Local News\n\n{headline}\n\n"
        "By Tevin Marsh, KXRT reporter\nPosted November 13, 2026 5:47 p.m. EST\n\n"
        "Share on Facebook  Share on X  Email  Copy link\n\n"
        f"{BODY}"
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == headline
    assert (fields["outlet"]["name"], fields["outlet"]["kind"]) == ("KXRT.com", "broadcaster")
    assert byline_names(fields, text) == ["Tevin Marsh"]


@pytest.mark.parametrize(
    "line",
    ["Share  X  Facebook  LINE", "Share: Facebook  X  Bluesky  Email  Copy link"],
)
def test_share_bars_with_more_networks_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_headline_line_that_only_mentions_an_outlet_is_still_the_headline() -> None:
    headline = "Residents Ask for the Report the Council Kept from Them"
    text = f"{headline}\n\nBy Corin Vale\n\nNovember 10, 2026\n\n{BODY}"
    assert analysed_fields(text)["title"]["value"] == headline
