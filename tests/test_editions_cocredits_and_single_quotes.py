"""What the twenty-fifth text set and the twenty-third HTML set showed unread: a country
edition's masthead, a menu bar opening with the site's name, a language switcher and a
reader's call to action above the headline, a byline line crediting the copy's own outlet
and an agency beside the reporter, quotations in single marks running over paragraphs,
"a company spokesman" and "his statement said", the cedi, a trade publication, and caveat
phrasings. Texts written for these tests; look-alikes must stay clean."""

from __future__ import annotations

import pytest

from audit.analyse import analyse
from audit.analyse.figures import find_figures
from audit.analyse.header import is_furniture, read_header
from audit.analyse.host import guess_kind
from audit.analyse.quotes import analyse_quotes
from audit.ingest import from_bytes
from audit.model import Article, Source
from tests.claims_support import caveat_kinds

_SOURCE = Source("file", "test.txt", "2026-01-01T00:00:00Z", "text/plain")

_BODY = (
    "The district heating company said on Thursday that prices would rise from December "
    "after its supplier ended a contract, leaving the town to buy fuel at market prices.\n\n"
    "The council said it would review the tariff before the end of the month.\n"
)


def _fields(text: str) -> dict:
    return analyse(Article(text, _SOURCE))


def _quotes(text: str) -> list[tuple[str | None, str]]:
    found = analyse_quotes(Article(text, _SOURCE), {})["quotes"]
    return [(q["speaker"], q["evidence"]["quote"]) for q in found]


@pytest.mark.parametrize(
    "line",
    [
        "LT | EN | RU | UA",
        "EN  DE  FR",
        "Submit a claim for verification",
        "Send us a tip",
        "Got a news tip?",
        "Help support the Kelbrook Courier. We are asking readers to contribute towards "
        "keeping local journalism free to read. Become a supporter",
    ],
)
def test_switchers_calls_and_pitches_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["US EU deal stalls", "Submit your comments by Friday, council says", "Support grows"],
)
def test_headlines_like_them_are_no_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_call_to_action_above_the_headline_is_not_the_title() -> None:
    text = (
        "Kelbrook Checks\nHome Fact-checks Explainers About Us Contact\n"
        "Submit a claim for verification\n\n"
        "Viral post claiming the pier collapsed is false\n\nby Ama Mensah\nNovember 23, 2026\n\n"
        + _BODY
    )
    assert read_header(text).title.text == "Viral post claiming the pier collapsed is false"


def test_a_menu_bar_opening_with_a_registered_outlet_names_the_site() -> None:
    text = (
        "LRT English  News  Lithuania  World  Business  Opinion\nLT | EN | RU | UA\n\n"
        "Heating bills in Kelbrook to rise by a third\n\n"
        "Residents of the town will pay roughly a third more for heating from December, the "
        "municipal heat company said.\n\n"
        "Rasa Vaitkutė, LRT RADIO, BNS, LRT.lt\n2026.11.20 15:40\n\n" + _BODY
    )
    fields = _fields(text)
    assert fields["title"]["value"] == "Heating bills in Kelbrook to rise by a third"
    assert fields["outlet"]["name"] == "LRT (Lithuania)"
    assert [b["name"] for b in fields["byline"]] == ["Rasa Vaitkutė"]
    # the agency beside the outlet's own reporter contributed; the copy is LRT's own
    assert fields["republication"] is None
    hops = {(h["name"], h["relation"]) for h in fields["attribution"]["chain"]}
    assert ("BNS", "credits") in hops


def test_a_country_edition_of_a_registered_outlet_is_that_outlet() -> None:
    text = (
        "DUBAWA Ghana\n\nViral post claiming the pier collapsed is false\n\n"
        "by Ama Mensah\nNovember 23, 2026\n\n" + _BODY
    )
    outlet = _fields(text)["outlet"]
    assert (outlet["name"], outlet["kind"]) == ("Dubawa", "fact_checker")
    assert "Ghana edition" in outlet["reason"]


def test_a_name_that_only_opens_like_an_outlet_is_no_edition() -> None:
    text = (
        "Patch Notes Weekly\n\nThe week in breaches at local councils\n\n"
        "by Ama Mensah\nNovember 23, 2026\n\n" + _BODY
    )
    assert _fields(text)["outlet"]["name"] == "Patch Notes Weekly"


def test_single_marks_run_over_paragraphs_where_a_paper_quotes_in_them() -> None:
    text = (
        "Mr Kofi Mensah, the plant manager, took journalists round the plant on Monday.\n\n"
        "‘If we run the pumps with this water, we will lose the filters completely.\n\n"
        "‘So, for now, we have stopped production until the river clears,’ Mr Mensah added.\n"
    )
    found = _quotes(text)
    assert (
        "Kofi Mensah",
        "If we run the pumps with this water, we will lose the filters completely.",
    ) in found
    assert len(found) == 2


def test_an_apostrophe_opening_a_paragraph_quotes_nothing() -> None:
    text = "‘Tis the season, the council said of the lights.\n\n‘Twas ever so.\n"
    assert _quotes(text) == []


def test_a_company_spokesman_speaks_for_the_last_company_named() -> None:
    text = (
        "Kelbrook Salmon Ltd said the losses at its farm came to about 1,400 tonnes.\n\n"
        "It is not clear whether jobs at the plant in Lerwick, which employs 60 people, are "
        'at risk. A company spokesman said it was "too early to speculate" about jobs.\n'
    )
    assert _quotes(text) == [("Kelbrook Salmon Ltd", "too early to speculate")]


def test_his_statement_is_the_words_of_the_man_named_before() -> None:
    text = (
        "In a written statement, chief executive Grant Holloway said the data was wrong.\n\n"
        "“We are proud of our crews,” his statement said.\n"
    )
    assert _quotes(text) == [("Grant Holloway", "We are proud of our crews,")]


def test_madam_is_a_title_not_a_name() -> None:
    text = (
        "Madam Akosua Boateng, a trader at the station, said prices had doubled.\n\n"
        "‘Now I spend more on water than on food,’ she said.\n"
    )
    assert _quotes(text)[0][0] == "Akosua Boateng"


def test_cedis_are_money() -> None:
    found = find_figures("A gallon of water rose to GH¢15, and the repairs cost GH₵2.5 million.")
    assert [(f["value"], f["unit"]) for f in found] == [(15, "GHS"), (2_500_000, "GHS")]


def test_a_trade_publication_reporting_first_is_the_origin() -> None:
    text = (
        "The deaths were first reported by the trade publication Fish Ledger earlier this "
        "week, which said the firm had told inspectors.\n\n" + _BODY
    )
    assert _fields(text)["attribution"]["origin"] == "Fish Ledger"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Tanjung University did not respond, and it remains an open question whether it "
            "has opened an inquiry.",
            "limits_of_evidence",
        ),
        (
            '"I cannot tell you today whether there is mercury in that river," she said.',
            "limits_of_evidence",
        ),
        ("He did not send us those images when we asked for them.", "no_response"),
        ("The county manager declined an interview request.", "no_response"),
        ("The mayor declined interview requests from the Courier.", "no_response"),
        ("Holloway's statement did not address the reported sale.", "no_response"),
        (
            "Gull Watch, who asked us not to reveal their identity because they work in the "
            "industry, emailed the journal.",
            "anonymous_source",
        ),
    ],
)
def test_caveat_phrasings(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The statement did not address whether he had met the contractor.", "no_response"),
        ("He did not provide copies of those notifications when asked.", "no_response"),
        ("She sent us the images when we asked for them.", "no_response"),
        ("The plan is an open-ended question for the board.", "limits_of_evidence"),
    ],
)
def test_look_alikes_are_not_those_caveats(text: str, kind: str) -> None:
    assert kind not in caveat_kinds(text)


def _page(head: str, article: str) -> dict:
    body = "".join(
        f"<p>Paragraph {i}: the county paid the contractor standby fees for ambulances posted "
        "at football games, records show, while rural calls waited far past the target.</p>"
        for i in range(6)
    )
    page = (
        f"<html><head><title>Ambulances late</title>{head}</head><body>"
        f"<article><h1>Ambulance contractor missed its targets</h1>{article}{body}</article>"
        "</body></html>"
    )
    return analyse(
        from_bytes(page.encode(), "p.html", "html", "2026-03-05T00:00:00Z", is_html=True)
    )


def test_a_staff_credit_in_the_author_field_gives_way_to_the_named_reporter() -> None:
    fields = _page(
        '<meta name="author" content="KCR Staff">',
        "<p>By Marisol Quintana, Ridgeline Watch November 19, 2026</p>"
        "<p>This story was originally published by Ridgeline Watch, a nonprofit news "
        "organization, and is republished here under a Creative Commons license.</p>",
    )
    assert [b["name"] for b in fields["byline"]] == ["Marisol Quintana"]


def test_a_paper_named_a_reporter_is_a_newspaper() -> None:
    assert guess_kind("Kelbrook Reporter", _BODY)[0] == "newspaper"
