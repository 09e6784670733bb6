"""The top of a page as Balkan and Gulf sites lay it out: a consent banner's buttons on lines
of their own ("Accept", "Privacy policy") are furniture, not the masthead or the headline;
a menu stacked below a long banner is still a menu; a reporter's bare name above the town
the story was filed from and the date is the byline ("Selma Roe / Sarajevo / 20. November
2026."); two language tags with English's are a switcher ("BHS | ENG"); an author's name
with "al" or "bin" is a name ("Rashid al Harthy"); a republished copy whose metadata repeats
the original's earlier date was published on the day its page shows. Pages written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.analyse import analyse
from audit.analyse.header import _header_lines, is_language_switcher, read_header
from audit.analyse.html_meta import choose_authors
from audit.ingest import load
from audit.ingest.fetch import FetchLimits
from tests.claims_support import analysed_fields

_BANNER_PAGE = (
    "We use cookies to ensure that we give you the best experience on our website. If you "
    "continue to use this site we will assume that you are happy with it.\n"
    "Accept\n"
    "Privacy policy\n"
    "Harbour Post - Explaining the Coast\n"
    "News\nPolitics\nEconomy\nSociety\nOpinion\nRegion\nCulture\nPodcast\nSupport Us\n"
    "Region\n"
    "Ministry Paid Double for Hospital Supplies Through Emergency Deal\n"
    "By Ana Roe\n"
    "19 November 2026\n"
    "The ministry paid a newly registered company €2.36 million for supplies in August "
    "under an emergency procedure, documents seen by the paper show, at prices more than "
    "double those of the earlier contract.\n"
)


def test_consent_buttons_are_neither_masthead_nor_headline() -> None:
    header = read_header(_BANNER_PAGE)
    assert header.title is not None
    assert header.title.text == "Ministry Paid Double for Hospital Supplies Through Emergency Deal"
    assert header.masthead is None or header.masthead.text not in ("Accept", "Privacy policy")


def test_a_menu_below_a_long_banner_is_furniture() -> None:
    furniture = {line.text for line, furniture in _header_lines(_BANNER_PAGE) if furniture}
    assert {"Accept", "Privacy policy", "Region", "Podcast", "Support Us"} <= furniture


@pytest.mark.parametrize(
    ("name", "town", "date"),
    [
        ("Selma Roe", "Sarajevo", "20. November 2026."),
        ("Tina Marn", "Ljubljana", "17 November 2026 | Updated 19 November 2026"),
        ("Besa Roe and Arton Lee", "Prishtina", "November 18, 2026 | 11:42"),
    ],
)
def test_a_bare_name_above_the_town_and_the_date_is_the_byline(
    name: str, town: str, date: str
) -> None:
    page = (
        "The Harbour Times\nNews\nPolitics\nBusiness\nCulture\n\n"
        "Witness Says Border Scanner Tender Was Written for One Bidder\n"
        f"{name}\n{town}\n{date}\n"
        "A former member of the tender commission told the court on Thursday that the "
        "specifications for a contract had been written so that they favoured one company.\n"
    )
    got = [b["name"] for b in analysed_fields(page)["byline"]]
    assert got == [n.strip() for n in name.split(" and ")]


def test_a_verdict_label_above_a_byline_is_no_name() -> None:
    page = (
        "Checkpoint\nChecks\nExplainers\nFakes on social media\n\n"
        'Jo Roe, CEO of Acme: "We extract 180 liters per second, below the 190 allowed"\n'
        "MISLEADING (PARTLY FALSE)\n"
        "By Valentina Roe\n"
        "November 20, 2026\n"
        "The chief executive of a lithium producer said the company extracts less water than "
        "its permit allows, but the figures he cited come from its own reports.\n"
    )
    assert [b["name"] for b in analysed_fields(page)["byline"]] == ["Valentina Roe"]


@pytest.mark.parametrize("line", ["BHS | ENG", "ENG | SRB", "EN | MK"])
def test_two_language_tags_with_english_are_a_switcher(line: str) -> None:
    assert is_language_switcher(line)


@pytest.mark.parametrize("line", ["AP | AFP", "NEWS | TV"])
def test_two_tags_without_english_are_no_switcher(line: str) -> None:
    assert not is_language_switcher(line)


_AUTHOR_PAGE = """<html><head><title>Ministry following up on stranded crew</title>
<meta property="article:author" content="{author}">
</head><body><article><h1>Ministry following up on stranded crew</h1>
<p>The ministry said on Friday it was monitoring the situation of 14 seafarers who say they
have been stranded without pay aboard a tanker anchored off Sohar since April.</p>
</article></body></html>"""


@pytest.mark.parametrize("author", ["Rashid al Harthy", "Salim bin Nasser", "Ana dos Reis"])
def test_an_authors_name_with_a_particle_is_a_name(tmp_path: Path, author: str) -> None:
    page = tmp_path / "story.html"
    page.write_text(_AUTHOR_PAGE.format(author=author), encoding="utf-8")
    article = load(str(page), "2026-11-24T00:00:00Z", FetchLimits(10_000_000))
    assert article.html is not None
    assert choose_authors(article.html, article.header_lines)[0] == [author]


_COPY_PAGE = """<html><head><title>Crew stranded on tanker</title>
<meta property="article:published_time" content="2026-11-17T09:30:00+03:30">
</head><body><article><h1>Seven Months Unpaid: Crew Stranded on Tanker</h1>
<div class="entry-meta"><span class="byline">Parisa Roe</span>
<time class="entry-date" datetime="{shown}T12:15:00+00:00">{label}</time></div>
<p><em>{credit}</em></p>
<p>Fourteen seafarers have been living aboard an ageing tanker anchored off the port of Sohar
since April, and say they have not been paid for seven months.</p>
<p>The crew told the paper that drinking water on board is rationed to about four litres per
person a day, and that the ship's generator runs for only a few hours each evening.</p>
</article></body></html>"""


def _published(tmp_path: Path, shown: str, label: str, credit: str) -> str | None:
    page = tmp_path / "copy.html"
    page.write_text(_COPY_PAGE.format(shown=shown, label=label, credit=credit), encoding="utf-8")
    article = load(str(page), "2026-11-24T00:00:00Z", FetchLimits(10_000_000))
    date: str | None = analyse(article)["published"]["date"]
    return date


def test_a_copy_whose_metadata_repeats_the_originals_date_is_dated_by_its_page(
    tmp_path: Path,
) -> None:
    credit = "This article was first published by IranWire and is republished with permission."
    assert _published(tmp_path, "2026-11-19", "November 19, 2026", credit) == "2026-11-19"


def test_an_original_keeps_its_metadata_date(tmp_path: Path) -> None:
    # no republication: a later <time> may be an update, the metadata's date stands
    assert _published(tmp_path, "2026-11-19", "November 19, 2026", "Updated.") == "2026-11-17"


def test_a_copy_shown_before_its_metadata_date_keeps_the_metadata(tmp_path: Path) -> None:
    credit = "This article was first published by IranWire and is republished with permission."
    assert _published(tmp_path, "2026-11-10", "November 10, 2026", credit) == "2026-11-17"
