"""Header, date, byline, outlet and republication readers on made-up articles."""

from __future__ import annotations

import json
from typing import Any

import pytest

from audit.analyse import analyse
from audit.analyse.dates import find_dates, parse_machine_date
from audit.analyse.html_meta import choose_authors, choose_date, strip_site
from audit.ingest import from_bytes
from audit.model import Evidence, HtmlHints

BODY = (
    "The council voted on Tuesday to close the old bridge after engineers found cracks in "
    "two of its piers, officials said. Repairs are expected to take most of next year.\n\n"
    "In July 2009 a similar closure lasted three weeks, and in 2014 the bridge was repainted."
)


def fields_of(text: str, url: str | None = None) -> dict[str, Any]:
    kind = "url" if url else "file"
    article = from_bytes(
        text.encode("utf-8"), "x.txt", kind, "2026-01-01T00:00:00Z", is_html=False, url=url
    )
    fields = analyse(article)
    for value in _evidence(fields):
        assert Evidence(value["start"], value["end"], value["quote"]).holds_in(article.text)
    return fields


def _evidence(node: Any) -> Any:
    if isinstance(node, dict):
        if {"start", "end", "quote"} <= node.keys():
            yield node
        else:
            for value in node.values():
                yield from _evidence(value)
    elif isinstance(node, list):
        for value in node:
            yield from _evidence(value)


@pytest.mark.parametrize(
    ("line", "value", "clock"),
    [
        ("Monday, 18 November 2019 06:05 -", "2019-11-18", "06:05"),
        ("Tuesday 3 December 2019", "2019-12-03", None),
        ("Published: Nov 18, 2019 08:08 PM", "2019-11-18", "20:08"),
        ("Updated 10:34, 20-Nov-2019", "2019-11-20", "10:34"),
        ("Source: [Taipei Times - 2019/11/18](#)", "2019-11-18", None),
        ("19. Oktober 2019, 19:08 Uhr", "2019-10-19", "19:08"),
        ("4 de mayo de 2022", "2022-05-04", None),
        ("31.03.2020", "2020-03-31", None),
    ],
)
def test_date_formats(line: str, value: str, clock: str | None) -> None:
    found = find_dates(line)
    assert [(d.value, d.time) for d in found] == [(value, clock)]


def test_ambiguous_numeric_date_is_not_guessed() -> None:
    assert find_dates("on 05/06/2019") == []
    assert [d.value for d in find_dates("on 25/06/2019")] == ["2019-06-25"]


def test_machine_dates_keep_the_written_calendar_day() -> None:
    assert parse_machine_date("2019-10-19T23:08:22-04:00") == ("2019-10-19", "23:08:22", "-04:00")
    assert parse_machine_date("Wed, 04 May 2022 02:41:00 GMT") == ("2022-05-04", "02:41", "+00:00")
    assert parse_machine_date("no date here") is None


@pytest.mark.parametrize(
    ("value", "zone"),
    [
        ("2019-10-19T23:08:22Z", "UTC"),
        ("2019-10-19T23:08:22.120+0530", "+05:30"),
        ("2019-10-19T23:08:22", None),
        ("2019-10-19", None),
        ("Sat, 19 Oct 2019 23:08:22 -0400", "-04:00"),
    ],
)
def test_machine_dates_keep_their_offset(value: str, zone: str | None) -> None:
    parsed = parse_machine_date(value)
    assert parsed is not None and parsed[2] == zone


@pytest.mark.parametrize(
    ("line", "clock", "zone"),
    [
        ("Published Nov. 18, 2019 at 8:08 p.m. ET", "20:08", "ET"),
        ("18 Nov 2019 14:00 (UTC+8)", "14:00", "UTC+8"),
        ("Updated: 10:34 GMT, 18 November 2019", "10:34", "GMT"),
        ("06:05 AEDT, 18 November 2019", "06:05", "AEDT"),
        ("Monday, 18 November 2019 06:05 -", "06:05", None),
        ("18 November 2019 06:05 ATLANTA (AP)", "06:05", None),
        ("18 November 2019 06:05 ETA given", "06:05", None),
        ("18 November 2019", None, None),
    ],
)
def test_time_zone_written_beside_the_time(line: str, clock: str | None, zone: str | None) -> None:
    (found,) = find_dates(line)
    assert (found.time, found.zone) == (clock, zone)


def test_header_with_masthead_date_title_and_byline() -> None:
    text = (
        f"The Riverside Ledger\n\nTuesday 3 December 2019\n\nBridge closed\n\nBy Jane Doe\n\n{BODY}"
    )
    fields = fields_of(text)
    assert fields["title"]["value"] == "Bridge closed"
    assert fields["outlet"]["name"] == "The Riverside Ledger"
    assert fields["outlet"]["method"] == "header_line"
    assert fields["published"]["date"] == "2019-12-03"
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]


def test_first_line_is_the_title_when_the_body_follows_the_date_line() -> None:
    fields = fields_of(
        f"Bridge closed after cracks found\n\nFriends of the River, 18 November 2019\n\n{BODY}"
    )
    assert fields["title"]["value"] == "Bridge closed after cracks found"
    assert fields["outlet"]["name"] == "Friends of the River"
    assert fields["published"]["date"] == "2019-11-18"


def test_published_is_preferred_over_updated() -> None:
    text = (
        f"Bridge closed\n\nUpdated 10:34, 20-Nov-2019\n\nPublished: Nov 18, 2019 08:08 PM\n\n{BODY}"
    )
    published = fields_of(text)["published"]
    assert (published["date"], published["time"]) == ("2019-11-18", "20:08")
    assert published["zone"] is None


def test_body_dates_are_never_the_publication_date() -> None:
    published = fields_of(f"Bridge closed\n\n{BODY}")["published"]
    assert published["date"] is None
    assert published["not_before"] == "2014-01-01"  # "in 2014", the latest past date
    assert published["method"] == "inferred" and published["reason"]


def test_future_dates_do_not_bound_publication() -> None:
    text = "Bridge closed\n\nThe bridge will reopen in March 2031, officials said on the radio."
    published = fields_of(text)["published"]
    assert published["date"] is None and published["not_before"] is None


def test_person_and_agency_credit() -> None:
    fields = fields_of(f"Bridge closed\n\nBy Jane Doe, Reuters\n\n{BODY}")
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]
    assert fields["republication"]["original_outlet"] == "Reuters"
    assert fields["outlet"]["name"] is None
    assert "Reuters" in fields["outlet"]["reason"]


def test_organisation_byline_with_source_footer() -> None:
    text = (
        f"Bridge closed\n\nWritten by Taipei Times\n\n{BODY}\n\nSource: Taipei Times - 2019/11/18"
    )
    fields = fields_of(text)
    assert [b["name"] for b in fields["byline"]] == ["Taipei Times"]
    republication = fields["republication"]
    assert republication["original_outlet"] == "Taipei Times"
    quotes = [e["quote"] for e in republication["evidence"]]
    assert "Source: Taipei Times - 2019/11/18" in quotes
    assert fields["published"]["date"] == "2019-11-18"
    assert fields["published"]["method"] == "footer"


@pytest.mark.parametrize(
    ("opening", "original"),
    [
        ("BEIJING (AP) — The council voted to close the bridge.", "Associated Press"),
        ("(Bloomberg) -- The council voted to close the bridge.", "Bloomberg News"),
    ],
)
def test_wire_datelines(opening: str, original: str) -> None:
    fields = fields_of(f"Bridge closed\n\n{opening}\n\n{BODY}")
    assert fields["republication"]["original_outlet"] == original
    assert fields["republication"]["method"] == "dateline"


def test_first_appeared_on_credit() -> None:
    text = f"Bridge closed\n\n{BODY}\n\nThe post Bridge closed first appeared on The Conversation."
    republication = fields_of(text)["republication"]
    assert republication["original_outlet"] == "The Conversation"
    assert republication["method"] == "credit_line"


def test_outlet_naming_itself_inside_a_blog_copy() -> None:
    text = (
        "Notes From the Delta\n\nTuesday 3 December 2019\n\nBridge closed\n\n"
        "The files — which have not been independently verified by the Financial Times — "
        f"were published last month.\n\n{BODY}\n\nNo comments:\n\nPost a Comment"
    )
    fields = fields_of(text)
    assert (fields["outlet"]["name"], fields["outlet"]["kind"]) == ("Notes From the Delta", "blog")
    republication = fields["republication"]
    assert republication["original_outlet"] == "Financial Times"
    assert republication["method"] == "body"
    assert "verified by the Financial Times" in republication["evidence"][0]["quote"]


def test_outlet_speaking_of_itself_on_its_own_site_is_not_a_republication() -> None:
    text = (
        "Bridge closed\n\nThe files have not been independently verified by the Financial "
        f"Times.\n\n{BODY}"
    )
    fields = fields_of(text, url="https://www.ft.com/content/abc")
    assert fields["outlet"]["name"] == "Financial Times"
    assert fields["outlet"]["method"] == "url"
    assert fields["republication"] is None


def test_unnamed_publisher_is_null_with_reason() -> None:
    outlet = fields_of(f"Bridge closed\n\n{BODY}\n\nLeave a Reply")["outlet"]
    assert outlet["name"] is None and outlet["kind"] == "unknown"
    assert "Leave a Reply" in outlet["reason"]


def test_title_that_starts_with_by_is_not_a_byline() -> None:
    fields = fields_of(f"By the numbers: the bridge closure\n\n{BODY}")
    assert fields["byline"] == []
    assert fields["title"]["value"] == "By the numbers: the bridge closure"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bridge closed | The Riverside Ledger", "Bridge closed"),
        ("Riverside Ledger - Bridge closed", "Bridge closed"),
        ("Bridge closed - Repairs to last a year", "Bridge closed - Repairs to last a year"),
        ("Bridge closed | Ledger | 23.05.2011", "Bridge closed"),
    ],
)
def test_site_name_is_stripped_from_titles(title: str, expected: str) -> None:
    assert strip_site(title, ["The Riverside Ledger", "riverside-ledger.com", "ledger"]) == expected


PAGE = """<!doctype html><html><head>
<title>Bridge closed after cracks found | Riverside Ledger</title>
<meta property="og:title" content="Bridge closed after cracks found | Riverside Ledger">
<meta property="og:site_name" content="Riverside Ledger">
<meta property="article:published_time" content="2019-11-18T20:08:00+01:00">
<meta property="article:modified_time" content="2019-11-20T10:34:00+01:00">
<script type="application/ld+json">{LD}</script>
</head><body><article><h1>Bridge closed after cracks found</h1>
<p class="byline">By Jane Doe and John Roe</p>
<p>{BODY}</p></article></body></html>"""


def test_html_metadata_is_combined() -> None:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Bridge closed after cracks found",
            "datePublished": "2019-11-18T20:08:00+01:00",
            "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}],
            "publisher": {"@type": "Organization", "name": "Riverside Ledger"},
        }
    )
    markup = PAGE.replace("{LD}", ld).replace("{BODY}", BODY.replace("\n\n", "</p><p>"))
    article = from_bytes(
        markup.encode(),
        "p.html",
        "html",
        "2026-01-01T00:00:00Z",
        is_html=True,
        url="https://riverside-ledger.example/bridge",
    )
    fields = analyse(article)
    assert fields["title"]["value"] == "Bridge closed after cracks found"
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe", "John Roe"]
    assert fields["byline"][0]["method"] == "json_ld"
    assert (fields["published"]["date"], fields["published"]["time"]) == ("2019-11-18", "20:08:00")
    assert fields["published"]["zone"] == "+01:00"
    assert fields["published"]["method"] == "html_meta"
    assert fields["outlet"]["name"] == "Riverside Ledger"
    assert fields["outlet"]["method"] == "json_ld"


@pytest.mark.parametrize(
    ("sentence", "original"),
    [
        ("The claims could not be independently verified by The Guardian.", "The Guardian"),
        ("Reuters could not independently verify the footage.", "Reuters"),
        ("The ministry did not respond to the Financial Times.", "Financial Times"),
    ],
)
def test_self_reference_cues(sentence: str, original: str) -> None:
    text = (
        f"Notes From the Delta\n\nTuesday 3 December 2019\n\nBridge closed\n\n{sentence}\n\n{BODY}"
    )
    republication = fields_of(text)["republication"]
    assert republication["original_outlet"] == original
    assert original.split()[-1] in republication["evidence"][0]["quote"]


def test_an_outlet_merely_cited_is_not_the_original() -> None:
    text = (
        "Notes From the Delta\n\nTuesday 3 December 2019\n\nBridge closed\n\n"
        f"The 403 pages obtained by the New York Times show the plan, Reuters reported.\n\n{BODY}"
    )
    assert fields_of(text)["republication"] is None


def test_registered_outlet_name_above_the_headline_is_the_masthead() -> None:
    fields = fields_of(f"The Guardian\n\nBridge closed after cracks found\n\n{BODY}")
    assert fields["title"]["value"] == "Bridge closed after cracks found"
    assert fields["outlet"]["name"] == "The Guardian"
    assert fields["outlet"]["kind"] == "newspaper"


def test_byline_roles_are_not_authors() -> None:
    fields = fields_of(f"Bridge closed\n\nBy Jane Doe, Staff Writer\n\n{BODY}")
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]
    assert fields["republication"] is None


def test_time_before_the_date_with_zone_and_weekday() -> None:
    text = f"Bridge closed\n\nBy JANE DOE\n\nPublished 8:08 PM EST, Mon November 18, 2019\n\n{BODY}"
    published = fields_of(text)["published"]
    assert (published["date"], published["time"], published["zone"]) == (
        "2019-11-18",
        "20:08",
        "EST",
    )


@pytest.mark.parametrize(
    "credit", ["Jane Doe in Beijing\n\nMon 18 Nov 2019 06.05 GMT", "Jane Doe\n\nNov 18, 2019"]
)
def test_name_alone_beside_the_date_line_is_a_byline(credit: str) -> None:
    fields = fields_of(
        f"Bridge closed\n\nRepairs will take a year, engineers say\n\n{credit}\n\n{BODY}"
    )
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]
    assert fields["published"]["date"] == "2019-11-18"
    assert fields["title"]["value"] == "Bridge closed"


def test_labels_and_breadcrumbs_are_not_titles() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nHOME | NEWS | WORLD\n\nBridge closed\n\n"
        f"WASHINGTON, Nov. 18, 2019 /PRNewswire/ -- {BODY}"
    )
    fields = fields_of(text)
    assert fields["title"]["value"] == "Bridge closed"
    assert (fields["published"]["date"], fields["published"]["method"]) == (
        "2019-11-18",
        "dateline",
    )


def test_outlet_named_in_the_title_line() -> None:
    fields = fields_of(f"Bridge closed | World news | The Guardian\n\n{BODY}")
    assert fields["title"]["value"] == "Bridge closed"
    assert fields["outlet"]["name"] == "The Guardian"
    assert fields["outlet"]["evidence"]["quote"] == "The Guardian"


@pytest.mark.parametrize(
    ("opening", "original"),
    [
        ("Frankfurt/Main (dpa) - Der Stadtrat hat die Brücke gesperrt.", "Deutsche Presse-Agentur"),
        ("MANAGUA (EFE).- El consejo cerró el puente.", "EFE"),
        ("LONDON, Nov 18 (Reuters) - The council voted to close the bridge.", "Reuters"),
    ],
)
def test_more_wire_datelines(opening: str, original: str) -> None:
    fields = fields_of(f"Bridge closed\n\n{opening}\n\n{BODY}")
    assert fields["republication"]["original_outlet"] == original


@pytest.mark.parametrize(
    ("opening", "original", "dateline"),
    [
        (
            "KINGSTON, Jamaica, Nov 23, CMC – The council voted to close the bridge.",
            "Caribbean Media Corporation",
            "KINGSTON, Jamaica, Nov 23, CMC –",
        ),
        (
            "YEREVAN, NOVEMBER 23, ARMENPRESS. The council voted to close the bridge.",
            "Armenpress",
            "YEREVAN, NOVEMBER 23, ARMENPRESS.",
        ),
        (
            "MOSCOW, November 23. /TASS/. The council voted to close the bridge.",
            "TASS",
            "MOSCOW, November 23. /TASS/.",
        ),
        (
            "ASTANA. KAZINFORM – The council voted to close the bridge.",
            "Kazinform",
            "ASTANA. KAZINFORM –",
        ),
        (
            "New Delhi, Nov 23 (PTI) The council voted to close the bridge.",
            "Press Trust of India",
            "New Delhi, Nov 23 (PTI)",
        ),
        (
            "PARIS, 23 Nov. 2026, AFP – The council voted to close the bridge.",
            "Agence France-Presse",
            "PARIS, 23 Nov. 2026, AFP –",
        ),
    ],
)
def test_wire_datelines_in_other_house_styles(opening: str, original: str, dateline: str) -> None:
    republication = fields_of(f"Bridge closed\n\n{opening}\n\n{BODY}")["republication"]
    assert (republication["original_outlet"], republication["method"]) == (original, "dateline")
    assert [e["quote"] for e in republication["evidence"]] == [dateline]


@pytest.mark.parametrize(
    "opening",
    [
        # Unbracketed, only a wire counts: a broadcaster or a person is no dateline.
        "LONDON, Nov 23, BBC – The council voted to close the bridge.",
        "Westport, Nov 23, Hannah Pike – The council voted to close the bridge.",
        # A bracket with no dash and no date before it: an abbreviation, not a dateline.
        "Press Trust of India (PTI) The council voted to close the bridge.",
        "Westport, the town (AFP) said nothing – about the bridge.",
    ],
)
def test_unbracketed_openings_that_are_not_wire_datelines(opening: str) -> None:
    assert fields_of(f"Bridge closed\n\n{opening}\n\n{BODY}")["republication"] is None


def test_html_without_metadata_falls_back_to_the_text_readers() -> None:
    paragraph = f"<p>{BODY.split(chr(10))[0]}</p>"
    markup = (
        "<html><body><article><p>Bridge closed after cracks</p><p>By Jane Doe</p>"
        f"<p>Tuesday 3 December 2019</p>{paragraph * 3}</article></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    fields = analyse(article)
    assert (fields["title"]["value"], fields["title"]["method"]) == (
        "Bridge closed after cracks",
        "header_line",
    )
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]
    assert fields["published"]["date"] == "2019-12-03"


def test_title_case_headline_above_date_and_standfirst_is_not_a_masthead() -> None:
    text = (
        "Council Orders Old Bridge Closed After Cracks Found\n\nNov 18, 2019\n\n"
        f"Repairs will take a year, engineers say\n\n{BODY}"
    )
    fields = fields_of(text)
    assert fields["title"]["value"] == "Council Orders Old Bridge Closed After Cracks Found"
    assert fields["outlet"]["name"] is None


@pytest.mark.parametrize(
    ("hints", "expected"),
    [
        # extraction's author is the address written as words: nobody is named
        (HtmlHints(author="Tagesschau De", hostname="www.tagesschau.de"), []),
        (HtmlHints(author="Kath Net", url="https://kath.net/news/1"), []),
        # the site's own name, or its address as the page writes it, is a credit
        (HtmlHints(author="uncut-news.ch", hostname="uncut-news.ch"), ["uncut-news.ch"]),
        (
            HtmlHints(
                author="Badische Zeitung",
                hostname="badische-zeitung.de",
                sitename="Badische Zeitung",
            ),
            ["Badische Zeitung"],
        ),
        (HtmlHints(author="Jane Roe", hostname="tagesschau.de"), ["Jane Roe"]),
    ],
)
def test_an_address_dressed_as_a_name_is_no_author(hints: HtmlHints, expected: list[str]) -> None:
    assert choose_authors(hints)[0] == expected


def _page(top: str) -> dict[str, Any]:
    return fields_of(f"{top}\n\n{BODY}")


def test_menus_and_banners_above_the_headline_are_skipped() -> None:
    fields = _page(
        "Skip to main content\n\nWe use cookies to improve your experience. Accept all\n\n"
        "The Daily Courier\n\nNews\n\nSport\n\nBusiness\n\nSign in\n\n"
        "Bridge closed after engineers find cracks in two piers\n\n"
        "Repairs to the crossing are expected to take most of next year, the council says\n\n"
        "By Jane Doe News Reporter\n\n18 November 2019"
    )
    assert fields["title"]["value"] == "Bridge closed after engineers find cracks in two piers"
    assert fields["outlet"]["name"] == "The Daily Courier"
    assert fields["outlet"]["kind"] == "newspaper"  # "Courier" in its name
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]
    assert fields["published"]["date"] == "2019-11-18"


def test_a_source_label_and_a_tagline_are_not_the_headline() -> None:
    fields = _page(
        "Harbour Town Notes\n\nIsland life, told by the people who live it\n\n"
        "Home About Contact Donate\n\nThe Westside Gazette\n\n"
        "Why did nobody stop the bridge from crumbling?\n\n"
        "Posted on November 18, 2019 by Lito R."
    )
    assert fields["title"]["value"] == "Why did nobody stop the bridge from crumbling?"
    assert fields["outlet"]["name"] == "Harbour Town Notes"
    assert [b["name"] for b in fields["byline"]] == ["Lito R."]


def test_a_logo_link_names_the_site() -> None:
    fields = _page(
        "Skip to content\n\nBBC Homepage\n\nHome\n\nNews\n\nBridge closed after cracks found"
    )
    assert fields["outlet"]["name"] == "BBC"
    assert fields["title"]["value"] == "Bridge closed after cracks found"


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Sign in",
        "Skip to content",
        "Purchase Licensing Rights, opens new tab",
        "4-min read",
    ],
)
def test_furniture_lines(line: str) -> None:
    from audit.analyse.header import is_furniture, is_label

    assert is_furniture(line) or is_label(line)
    assert not is_furniture("Share prices fell")


def test_two_names_beside_the_date_line_are_the_byline() -> None:
    fields = _page(
        "Politics live: budget talks resume\n\nMartha Quigley and Dev Sharma\n\n"
        "Friday 20 November 2026 15:47 GMT"
    )
    assert [b["name"] for b in fields["byline"]] == ["Martha Quigley", "Dev Sharma"]


def test_a_title_beside_the_date_line_is_no_byline() -> None:
    fields = _page("Essays\n\nA Letter on Justice and Open Debate\n\nJuly 7, 2020")
    assert fields["byline"] == []


def test_a_label_line_and_a_lowercase_tagline_are_not_headlines() -> None:
    fields = _page(
        "Science News\n\nfrom research organizations\n\nCity gulls raise fewer chicks, study "
        "finds\n\nDate: November 12, 2026\n\nSource: University of Otago"
    )
    assert fields["title"]["value"] == "City gulls raise fewer chicks, study finds"
    assert fields["byline"] == []


def test_a_job_title_after_the_comma_is_no_author() -> None:
    fields = _page("Harbridge win at last\n\nBy Ollie Drake, Chief Sports Writer\n\n12 March 2026")
    assert [b["name"] for b in fields["byline"]] == ["Ollie Drake"]


def test_a_lower_case_job_title_between_by_and_the_names_is_cut() -> None:
    fields = _page(
        "Live: count continues in the by-election\n\n"
        "By state political reporter Jane Doe and Ravi Patel\n\n"
        "Posted Sat 14 Nov 2026 at 6:05pm, updated Sun 15 Nov 2026 at 12:10am"
    )
    assert fields["title"]["value"] == "Live: count continues in the by-election"
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe", "Ravi Patel"]
    assert fields["published"]["date"] == "2026-11-14"


def test_a_long_standfirst_above_the_byline_stays_in_the_header() -> None:
    standfirst = (
        "The council and its contractor have been arguing for weeks over who pays for the "
        "repairs, with local residents claiming nobody is in charge, but the contractor "
        "insists the reports are 'completely untrue'"
    )
    assert len(standfirst) > 200
    fields = _page(
        f"Mirror\n\nNews\n\nPolitics\n\nBridge repairs stall as council and builder trade "
        f"blame\n\n{standfirst}\n\nBy Jane Doe Showbiz Reporter\n\n"
        "12:04, 9 Nov 2026 Updated 14:20, 9 Nov 2026\n\nThe bridge has been shut since May."
    )
    assert fields["title"]["value"].startswith("Bridge repairs stall")
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]
    assert fields["published"]["date"] == "2026-11-09"
    assert fields["outlet"]["name"] == "Daily Mirror"  # the masthead's short form


def test_names_set_off_before_the_date_and_a_two_part_section_label() -> None:
    fields = _page(
        "CBC\n\nMenu\n\nTechnology & Science\n\n"
        "Fertility app shared users' data with advertisers, group says\n\n"
        "A Montreal group says a popular app sent details about users to advertising firms. "
        "The company denies selling any personal data, and says it is reviewing the report.\n\n"
        "Jane Doe · CBC News · Posted: Nov 12, 2026 4:00 AM EST | Last Updated: November 12, "
        "2026\n\nSocial Sharing\n\nThe app is used by hundreds of thousands of people."
    )
    assert fields["title"]["value"] == (
        "Fertility app shared users' data with advertisers, group says"
    )
    assert [b["name"] for b in fields["byline"]] == ["Jane Doe"]
    assert fields["published"]["date"] == "2026-11-12"


def test_an_agency_alone_beside_the_date_line_is_its_credit() -> None:
    fields = _page(
        "Commuters stranded as rail staff strike over pay\n\nAgence France-Presse\n\n"
        "Published: 3:47pm, 10 Nov 2026\n\nBANGKOK - Thousands of commuters queued."
    )
    assert fields["title"]["value"] == "Commuters stranded as rail staff strike over pay"
    assert [b["name"] for b in fields["byline"]] == ["Agence France-Presse"]


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        (
            "We use cookies to improve your experience. Accept | Manage settings\n\n"
            "Midlands Business Post\n\nCopper shares slump after mine flood halts output\n\n"
            "By Jane Doe, Reuters\nPublished 14 March 2026, 16:42 GMT\n\nShares fell.",
            "Midlands Business Post",
        ),
        (
            "Bristol24/7\n\nNEWS\n\nFury over claims water company hid sewage spills\n\n"
            "By Kieran Doyle\nWednesday, June 10, 2026\n\nCampaigners demanded answers.",
            "Bristol24/7",
        ),
        (  # a person's name above the headline is a kicker, not the site
            "Donald Trump\n\nPresident signs order on tariffs after weekend talks\n\n"
            "By Jane Doe\n12 March 2026\n\nThe order takes effect on Monday.",
            None,
        ),
    ],
)
def test_an_unregistered_sites_name_above_the_headline_is_the_masthead(
    page: str, outlet: str | None
) -> None:
    assert _page(page)["outlet"]["name"] == outlet


def test_a_bare_name_with_its_job_title_and_a_breadcrumb_trail() -> None:
    fields = _page(
        "Medical Xpress\n\nHome / Health / Sleep\n\n"
        "Night-shift nurses who eat late sleep worse, study finds\n\n"
        "Sandra Okafor Environment correspondent\nTue 9 Jun 2026 06.00 BST\n\n"
        "Share  Tweet  Email\n\nAnyone who has worked a night shift knows the hunger."
    )
    assert fields["title"]["value"] == "Night-shift nurses who eat late sleep worse, study finds"
    assert [b["name"] for b in fields["byline"]] == ["Sandra Okafor"]
    assert fields["outlet"]["name"] == "Medical Xpress"


def test_a_host_name_gives_the_name_the_text_writes() -> None:
    from audit.analyse.host import _name_of_domain

    text = "Support the Millbrook Ledger, your nonprofit newsroom.\n© 2026 Millbrook Ledger"
    start, end = _name_of_domain(text, "millbrookledger.com") or (0, 0)
    assert text[start:end] == "Millbrook Ledger"
    assert _name_of_domain("The Hildesheimer Presse reports", "hildesheimer-presse.de")
    assert _name_of_domain("Nothing here spells it", "millbrookledger.com") is None


def test_a_bare_name_with_an_agency_credits_both() -> None:
    fields = _page(
        "The Daily Courier\n\nUK News\n\nFormer official denies taking bribes from builders\n\n"
        "The 52-year-old is accused of waving through applications in return for cash\n\n"
        "Jane Roe, PA\nThursday 12 November 2026 14:31 GMT\n\n"
        "A former council officer has pleaded not guilty to bribery, a court heard.\n\n"
        "The court building in the city centre (Tom Hadley/AFP)\n\nThe trial is set for June."
    )
    assert fields["title"]["value"] == "Former official denies taking bribes from builders"
    assert [b["name"] for b in fields["byline"]] == ["Jane Roe"]
    assert fields["republication"]["original_outlet"] == "PA Media"
    # the photographer's credit names AFP for the picture, not the copy
    quotes = [e["quote"] for e in fields["republication"]["evidence"]]
    assert quotes == ["Jane Roe, PA"]


def test_a_menu_on_one_line_is_not_the_headline() -> None:
    fields = _page(
        "The Kyiv Courier\nNews Feed Russia's War Business Opinion Investigations Support Us\n\n"
        "Glide bombs hit town as Moscow claims capture of nearby village\n\n"
        "by Jane Roe\nNovember 19, 2026 6:42 PM\n\nA strike killed four civilians, officials said."
    )
    assert fields["title"]["value"] == (
        "Glide bombs hit town as Moscow claims capture of nearby village"
    )


def test_a_publication_on_a_blogging_platform_is_named_by_its_page() -> None:
    markup = (
        "<html><head><title>The battery tariff</title>"
        '<meta property="og:site_name" content="The Ledger Line">'
        '<meta property="og:url" content="https://theledgerline.substack.com/p/tariff">'
        "</head><body><article><h1>The battery tariff nobody voted for</h1>"
        f"<p>{BODY}</p></article></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    outlet = analyse(article)["outlet"]
    assert (outlet["name"], outlet["kind"]) == ("The Ledger Line", "blog")
    assert "Substack" in outlet["reason"]


def test_fact_checkers_are_their_own_kind() -> None:
    from audit.analyse.registry import lookup

    found = [lookup(name) for name in ("Full Fact", "PolitiFact", "FactCheck.org")]
    assert [o.kind if o else None for o in found] == ["fact_checker"] * 3


def test_names_above_their_outlet_and_the_date_are_the_byline() -> None:
    fields = _page(
        "Harbour operator explores sale of ferry unit valued at $2 billion\n\n"
        "Martha Quigley and Dev Sharma\nBloomberg\nThu, November 19, 2026 at 9:42 AM EST"
    )
    assert fields["title"]["value"].startswith("Harbour operator explores sale")
    assert [b["name"] for b in fields["byline"]][:2] == ["Martha Quigley", "Dev Sharma"]


def test_a_place_label_between_the_headline_and_the_agency_is_no_title() -> None:
    fields = _page(
        "Flash flood sweeps hill village; 14 dead, 9 missing\n\nWestern Ghats\n"
        "PTI\nShimla, Updated At : 09:14 PM Nov 20, 2026 IST"
    )
    assert fields["title"]["value"] == "Flash flood sweeps hill village; 14 dead, 9 missing"
    assert "Western Ghats" not in [b["name"] for b in fields["byline"]]


def test_an_editor_credit_is_a_byline_and_a_meta_line_is_no_title() -> None:
    edited = _page(
        "Cloudburst Live Updates: Death Toll Rises To 16, Rescue Ops On\n\n"
        "Edited by Ritika Malhotra\nUpdated: November 20, 2026 10:47 pm IST"
    )
    assert edited["title"]["value"].startswith("Cloudburst Live Updates")
    assert [b["name"] for b in edited["byline"]] == ["Ritika Malhotra"]
    meta = _page(
        "China and Nigeria sign rail financing deal\n\n"
        "On 10:21 pmIn News by Vanguard\nComments\nNovember 22, 2026"
    )
    assert meta["title"]["value"] == "China and Nigeria sign rail financing deal"


def test_a_syndication_note_names_the_site_that_published_the_copy() -> None:
    fields = fields_of(
        "Flash flood sweeps hill village\n\nShimla, Nov 20 (PTI) At least 14 people were "
        "killed in a flash flood, officials said.\n\n"
        "(This story has not been edited by The Tribune staff and is auto-generated from a "
        "syndicated feed.)\n"
    )
    outlet = fields["outlet"]
    assert (outlet["name"], outlet["kind"], outlet["method"]) == (
        "The Tribune (India)",
        "newspaper",
        "inferred",
    )
    assert outlet["evidence"]["quote"] == "Tribune"
    note = "This story has not been edited by"
    assert not [f for f in fields["flags"] if note in f["evidence"]["quote"]]


def test_a_byline_before_the_date_names_no_outlet() -> None:
    fields = _page(
        "Car break-ins surge in quiet suburb\n\n"
        "By Kelsey Marr, Local Staff Posted Tue, Nov 17, 2026 at 3:12 pm ET"
    )
    assert fields["outlet"]["name"] is None


def test_a_related_storys_published_date_loses_to_the_pages_time() -> None:
    markup = (
        "<html><head><title>Flood gate did not close</title></head><body><article>"
        "<h1>Flood gate did not close</h1>"
        '<time datetime="2026-11-20T07:31:04.000Z">20 November 2026</time>'
        f"<p>{BODY}</p></article>"
        "<ul><li><a href='#'>Flood gate officially opened</a> <span>Published 14 June 2023"
        "</span></li></ul></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    assert analyse(article)["published"]["date"] == "2026-11-20"


def test_a_note_naming_no_site_names_no_publisher() -> None:
    fields = fields_of(f"{BODY}\n\n(This story has not been edited by our staff.)\n")
    assert fields["outlet"]["name"] is None


def test_a_title_ending_in_a_source_the_story_cites_keeps_it() -> None:
    """'… – Yonhap' on a copy whose body reports what Yonhap said credits the source: the
    title keeps it and the site is not Yonhap. A title suffix the body never cites is the
    site's name, as before."""
    cited = fields_of(
        "Ostrov and Kestrel sign a ferry deal – Yonhap\n\n"
        "On 10:21 pm In News by The Hindu\nNovember 22, 2026\n\n"
        "Ostrov and Kestrel have signed a ferry deal worth $40 million, the Yonhap news agency "
        "has reported.\n\n(AFP)\n"
    )
    assert cited["title"]["value"] == "Ostrov and Kestrel sign a ferry deal – Yonhap"
    assert [b["name"] for b in cited["byline"]] == ["The Hindu"]
    # the copy is AFP's; the outlet the byline credits is the site that carries it
    assert cited["republication"]["original_outlet"] == "Agence France-Presse"
    assert (cited["outlet"]["name"], cited["outlet"]["method"]) == ("The Hindu", "inferred")
    chain = [(h["name"], h["relation"]) for h in cited["attribution"]["chain"]]
    assert ("Yonhap News Agency", "reports") in chain
    own = fields_of(
        "Ostrov and Kestrel sign a ferry deal – Yonhap\n\nNovember 22, 2026\n\n"
        "Ostrov and Kestrel have signed a ferry deal worth $40 million, officials said.\n"
    )
    assert own["title"]["value"] == "Ostrov and Kestrel sign a ferry deal"
    assert own["outlet"]["name"] == "Yonhap News Agency"


def test_a_byline_crediting_a_wire_or_the_carried_outlet_is_not_the_publisher() -> None:
    wire = fields_of(
        "Ostrov and Kestrel sign a ferry deal\n\nBy Reuters\nNovember 22, 2026\n\n"
        "Ostrov and Kestrel have signed a ferry deal worth $40 million, officials said.\n"
    )
    assert wire["outlet"]["name"] is None
    carried = fields_of(
        "Ostrov and Kestrel sign a ferry deal\n\nBy The Hindu\nNovember 22, 2026\n\n"
        "Ostrov and Kestrel have signed a ferry deal worth $40 million, officials said.\n\n"
        "This article originally appeared in The Hindu.\n"
    )
    assert carried["republication"]["original_outlet"] == "The Hindu"
    assert carried["outlet"]["name"] is None
    agency = fields_of(
        "Ostrov and Kestrel sign a ferry deal\n\nBy Kyodo News\nNovember 22, 2026\n\n"
        "TOKYO, Nov 22 (AFP) - Ostrov and Kestrel have signed a ferry deal, officials said.\n"
    )
    assert agency["outlet"]["name"] is None  # a wire's credit names no publisher


def test_a_breadcrumb_and_a_listen_prompt_around_the_headline() -> None:
    """'News|Europe' above the headline is a breadcrumb, not the title over a standfirst;
    'Listen to this article · 4 min' between the standfirst and the date line is furniture,
    so the header still reaches the date."""
    fields = fields_of(
        "Skip links\nNavigation menu\nNews|Europe\n\n"
        "Leaked memo warns Kestrel pipeline is billions over budget\n\n"
        "An internal document, first reported by a trade paper, says the pipeline faces deep "
        "delays and a funding gap in the coming years.\n\n"
        "Listen to this article · 4 min\n\nPublished On 18 Nov 2026\n\n"
        "An internal memo warns that a pipeline from the Kestrel coast is running over budget, "
        "officials said on Monday, and the ministry will review it.\n"
    )
    assert fields["title"]["value"] == "Leaked memo warns Kestrel pipeline is billions over budget"
    assert fields["published"]["date"] == "2026-11-18"
    prompts = [f["evidence"]["quote"] for f in fields["flags"]]
    assert "Listen to this article · 4 min" in prompts
    assert not [f for f in fields["figures"] if f["evidence"]["quote"].startswith("4 min")]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/world/live/2026/nov/19/fire-latest", "2026-11-19"),
        ("https://news.example/2026/11/19/fire-latest/", "2026-11-19"),
        ("https://news.example/story/2026-03-07_fire", "2026-03-07"),
        ("https://news.example/2026/13/40/not-a-date", None),
        ("https://news.example/story/12345/fire", None),
    ],
)
def test_a_date_in_the_page_address_is_the_last_resort(url: str, day: str | None) -> None:
    choice = choose_date(HtmlHints(url=url))
    assert (choice.value if choice else None) == day
    if choice is not None:
        assert choice.method == "url"


@pytest.mark.parametrize(
    "note",
    [
        "This article was originally published in Spanish in El País on November 19, 2026, "
        "and has been translated.",
        "This story first appeared in The Guardian on Nov. 3, 2026.",
    ],
)
def test_a_translated_or_dated_credit_names_the_original(note: str) -> None:
    fields = fields_of(
        f"Gardens help the ageing brain\n\n{note}\n\n"
        "Gardening may protect the brain, researchers in Ostrov said on Monday.\n"
    )
    assert fields["republication"]["original_outlet"] in {"El País", "The Guardian"}


def test_a_wire_credit_with_its_place_and_a_follow_prompt_around_the_date() -> None:
    """'Press Trust of India | Kelbrook' by the date line is the wire's credit, not a
    'headline | site' line, and 'Follow Us' under the date is furniture, not a byline."""
    fields = fields_of(
        "Business Standard\n\n"
        "Home / India News / Ferry service suspended after hull crack found\n\n"
        "Ferry service suspended after hull crack found\n\n"
        "Engineers found the crack during a routine check, the operator said on Tuesday\n\n"
        "Press Trust of India | Kelbrook\n\nLast Updated : Nov 18 2026 | 7:42 PM IST\n\n"
        "Follow Us\n\n"
        "The state ferry operator on Tuesday suspended its harbour service after engineers "
        "found a crack in the hull of its largest vessel, officials said.\n"
    )
    assert fields["title"]["value"] == "Ferry service suspended after hull crack found"
    assert [b["name"] for b in fields["byline"]] == ["Press Trust of India"]


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Staff Reporter", []),
        ("By Staff Writer", []),
        ("Our Correspondent", []),
        ("Jane Roe, Staff Reporter", ["Jane Roe"]),
    ],
)
def test_a_job_title_alone_names_no_author(author: str, expected: list[str]) -> None:
    assert choose_authors(HtmlHints(author=author, hostname="example.org"))[0] == expected
