"""Page headers from the whole-article blind sets: a menu bar below the masthead, a
byline closed by where the reporter wrote from, a newsletter's logo line with an emoji
and a sponsor's line, and a byline with its job title after a slash. Texts written for
these tests."""

from __future__ import annotations

from audit.analyse.credit_lines import Line, read_byline
from audit.analyse.header import read_header
from tests.claims_support import analysed_fields, byline_names

_BODY = (
    "Prosecutors asked for a suspended sentence on Monday against the former mayor, who is "
    "accused of keeping the results of water tests from residents for nearly three years.\n"
)


def test_a_menu_bar_below_the_masthead_is_no_headline() -> None:
    text = (
        "The Daily Ledger\nSubscribe | Log in\n"
        "International | France | Economy | Environment | Culture | Opinion\n"
        "Former mayor on trial over tainted tap water\n"
        "By Claire Aubin (Saint-Firmin, special correspondent)\n"
        "Published on November 18, 2026, at 5:12 pm\n\n" + _BODY
    )
    header = read_header(text)
    assert header.title is not None
    assert header.title.text == "Former mayor on trial over tainted tap water"
    assert [b.names.text for b in header.bylines] == ["Claire Aubin"]


def test_a_bracketed_note_of_place_and_role_closes_a_byline() -> None:
    line = "By Claire Aubin (in Kyiv)"
    byline = read_byline(Line(0, len(line), line))
    assert byline is not None and byline.names.text == "Claire Aubin"
    credit = "By Jane Roe (AP)"  # an agency's credit in brackets stays with the name
    byline = read_byline(Line(0, len(credit), credit))
    assert byline is not None and byline.names.text == "Jane Roe (AP)"


def test_a_newsletters_logo_line_and_sponsor() -> None:
    text = (
        "View Online | Sign Up | Shop\nMorning Ledger ☕️\nPresented By Tallyworks\n"
        "November 17, 2026\n"
        "Good morning. If you have ever signed up for a free trial and forgotten to cancel "
        "it, you have more in common with the robot industry than you think. More below.\n"
    )
    fields = analysed_fields(text)
    assert fields["outlet"]["name"] == "Morning Ledger"
    assert fields["byline"] == []  # the sponsor is no author
    assert fields["title"]["value"] is None


def test_a_job_title_after_a_slash_is_no_part_of_the_name() -> None:
    text = (
        "The Island Record\nNews | Business | Sports | Entertainment | Letters\n"
        "Fear grips the district after four killings\n"
        "Published: Saturday | November 21, 2026 | 12:11 AM\n"
        "Dwayne Campbell-Rowe/Senior Staff Reporter\n\n" + _BODY
    )
    names = byline_names(analysed_fields(text), text)
    assert names == ["Dwayne Campbell-Rowe"]
