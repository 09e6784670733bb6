"""A body's role and its holder after a reporting verb, a body's noun set off before its
name, bare call signs and other unregistered newsrooms in the attribution chain, captions
written twice, desk codes as bylines, and new caveat cues (records and surveys that show a
count, what an order does not decide, documents of unclear origin). Texts written for these
tests."""

from __future__ import annotations

import json

import pytest

from audit.analyse import analyse
from audit.analyse.header import read_header
from audit.ingest import from_bytes
from tests.claims_support import analysed_fields, found_caveats, quoted_speakers

_QUOTE = "“We will rebuild the bridge,” "


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        # a body's role, the body before or after it, and the name of who holds it
        ("said the Labour Party leader, Keir Starmer.", "Keir Starmer"),
        ("said the Minister of Finance, Jane Roe.", "Jane Roe"),
        ("said the Federal Reserve chair, Jerome Powell.", "Jerome Powell"),
        (
            "said the Secretary of State for Health and Social Care, Jane Roe, on Monday.",
            "Jane Roe",
        ),
        ("said the Acme Corp chief executive, John Smith, in a statement.", "John Smith"),
        # a body's name with a comma in it is still the body
        (
            "said the Ministry of Health, Labour and Welfare.",
            "Ministry of Health, Labour and Welfare",
        ),
        # a body's noun, then its name set off
        ("said the supplier, Medisan Trade, in a statement.", "Medisan Trade"),
        ("said the union, Unite.", "Unite"),
        ("said the agency, FEMA.", "FEMA"),
    ],
)
def test_a_role_or_a_noun_then_the_name_after_an_inverted_verb(tag: str, speaker: str) -> None:
    assert quoted_speakers(_QUOTE + tag) == [("We will rebuild the bridge,", speaker)]


@pytest.mark.parametrize(
    ("sender", "speaker"),
    [
        ("a statement from Jane Roe of Minneapolis said.", "Jane Roe"),
        ("a statement from the Oslo Police District on Tuesday said.", "Oslo Police District"),
        ("a statement from the Town of Hamburg said.", "Town of Hamburg"),
        (
            "a letter from the Department of Health and Human Services said.",
            "Department of Health and Human Services",
        ),
        ("read a statement from the City of Buffalo.", "City of Buffalo"),
    ],
)
def test_a_statement_from_a_body_named_in_full(sender: str, speaker: str) -> None:
    text = "The towns of Hamburg and Orchard Park issued travel bans.\n\n" + _QUOTE + sender
    assert quoted_speakers(text) == [("We will rebuild the bridge,", speaker)]


def test_a_body_named_after_its_noun_wins_over_the_last_body_named() -> None:
    text = "Beta Corp sued last week.\n\n" + _QUOTE + "said the company, Acme Holdings."
    assert quoted_speakers(text) == [("We will rebuild the bridge,", "Acme Holdings")]
    text = "Beta Corp sued last week.\n\n" + _QUOTE + "said the company."
    assert quoted_speakers(text) == [("We will rebuild the bridge,", "Beta Corp")]


def _chain(body: str) -> list[tuple[str, str]]:
    fields = analysed_fields("Water district loses half its water\n\nBy Jo Bloggs\n\n" + body)
    return [(hop["name"], hop["relation"]) for hop in fields["attribution"]["chain"]]


@pytest.mark.parametrize(
    ("body", "chain"),
    [
        # a call sign of four letters alone, when the text marks it as a broadcaster's
        ("WQTZ said the man was arrested. WQTZ reporter Jane Roe asked.", [("WQTZ", "reports")]),
        (
            "The figures were first reported by WQTZ. WQTZ-FM is the city's public station.",
            [("WQTZ", "reports")],
        ),
        ("KQXT first obtained the audit, KQXT News said.", [("KQXT", "obtained")]),
        # but not unmarked (an agency's or a firm's letters take the same cues), nor a listed
        # body's letters, nor text in capitals
        ("The figures were first reported by WQTZ.", []),
        ("A spokeswoman told KDHE the audit would cover every payment.", []),
        ("According to KWAN, the vote passed.", []),
        ("According to WADA, the test was positive.", []),
        ("KCPD said the man was arrested.", []),
        ("WHEN ASKED, WQTZ REPORTED NOTHING.", []),
        # a network's local station by its channel, not the network nor a programme
        ("The mayor told FOX 5 he would not resign.", [("FOX 5", "reports")]),
        ("The documents were obtained by CBS 2.", [("CBS 2", "obtained")]),
        ("NBC 5 Investigates obtained the records.", [("NBC 5 Investigates", "obtained")]),
        ("The mayor told CBS 60 Minutes he would run.", []),
        # the second of two newsrooms joined by "and" after one cue
        (
            "The figures were first reported by KQXT 4 and the Marlow Sun-Times.",
            [("KQXT 4", "reports"), ("Marlow Sun-Times", "reports")],
        ),
        (
            "According to the Marlow Times and the Carrow Chronicle, the plan failed.",
            [("Marlow Times", "reports"), ("Carrow Chronicle", "reports")],
        ),
        # a site named by its address, unless only "according to" it (a firm's data)
        (
            "As first reported by Harborline.com, the district paused the plan.",
            [("Harborline.com", "reports")],
        ),
        ("According to Realtor.com, prices rose.", []),
        # more words papers' names end with, not a spelling bee
        ("The figures were first reported by the Marlow Ledger.", [("Marlow Ledger", "reports")]),
        ("According to the Carrow Beacon, it failed.", [("Carrow Beacon", "reports")]),
        ("According to the Scripps National Spelling Bee, entries grew.", []),
        # a name that only "first reported" is no outlet (a body reports cases, a firm losses)
        ("The Coast Guard first reported the spill on Monday.", []),
        # a partner is no hop (a broadcaster hosting a debate, a charity in a campaign)
        ("The debate was held in partnership with ProPublica.", []),
        # who carried the story later is no source of it
        ("The story was also carried by public radio station WQEK.", []),
        # an outlet's everyday last word inside a longer name
        ("According to the Michigan Public Service Commission, rates will rise.", []),
        # a news bureau is an agency
        ("There was not enough evidence, according to news bureau NTB.", [("NTB", "reports")]),
    ],
)
def test_unregistered_newsrooms_in_the_chain(body: str, chain: list[tuple[str, str]]) -> None:
    assert _chain(body) == chain


def test_a_caption_written_twice_with_its_credit_is_no_headline() -> None:
    text = (
        "Skip to content\nWYMT\n\n"
        "Water district board calls special meeting after report on water loss\n"
        "A report found the district lost more than half of the water it treated in 2025.\n"
        "Water district office in Letcher County\n"
        "Water district office in Letcher County(WYMT)\n"
        "By Kaylee Combs\n"
        "Published: Nov. 20, 2026 at 5:47 PM EST\n\n"
        "BLACKEY, Ky. (WYMT) - The board will hold a special meeting next month.\n"
    )
    title = read_header(text).title
    assert title is not None
    assert title.text == "Water district board calls special meeting after report on water loss"


def test_a_skip_navigation_link_is_no_masthead() -> None:
    text = (
        "Skip Navigation\nMenu\nSearch\n\n"
        "LIVE UPDATES: Lake effect snow band buries Southtowns; travel bans in place\n"
        "Author: Jo Roe\nPublished: 7:02 AM EST November 23, 2026\n\n"
        "Snow totals topped two feet in some spots on Monday, forecasters said.\n"
    )
    assert read_header(text).masthead is None


def _html_byline(author: object, meta_author: str | None) -> list[str]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    meta = f'<meta name="author" content="{meta_author}">' if meta_author else ""
    markup = (
        f"<html><head><title>Ferry operator asked for scrubber data</title>{meta}"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
        "<h1>Ferry operator asked for scrubber data</h1>"
        "<p>The transport agency has asked the ferry operator to hand over operating data "
        "for the exhaust scrubbers on its two ferries, the agency said on Monday.</p>"
        "<p>The company said it would cooperate fully with the authorities and that the "
        "records cited in earlier reports were incomplete.</p></article></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    return [b["name"] for b in analyse(article)["byline"]]


def test_a_desk_code_or_an_organisation_is_no_persons_byline() -> None:
    assert _html_byline({"@type": "Organization", "name": "HT/STT"}, None) == []
    assert _html_byline("Jane Roe", "HT/STT") == ["Jane Roe"]
    assert _html_byline({"@type": "Person", "name": "Jane Roe"}, None) == ["Jane Roe"]


@pytest.mark.parametrize(
    ("text", "kind", "contains"),
    [
        (
            "State Division of Water records show at least 11 boil-water advisories in 2025.",
            "attributed_estimate",
            "records show at least 11",
        ),
        (
            "A 2025 online survey by the nonprofit Renters United found that 6 in 10 "
            "respondents paid a fee.",
            "attributed_estimate",
            "found that 6 in 10",
        ),
        (
            "Pupils scored about 18 points lower than pupils who did not, the researchers found.",
            "attributed_estimate",
            "the researchers found",
        ),
        (
            "Prosecutors argued the losses were higher, putting the total at around NOK 14.6 "
            "million.",
            "attributed_estimate",
            "putting the total at around NOK 14.6",
        ),
        (
            "The story cited a former employee, who was not named, who said crews stopped.",
            "anonymous_source",
            "who was not named",
        ),
        (
            "The order does not decide whether the fees were illegal.",
            "limits_of_evidence",
            "not decide",
        ),
        (
            "Fees have spread, though there is little public data on how common they are.",
            "limits_of_evidence",
            "little public data",
        ),
        (
            "The medical examiner had not made a determination.",
            "limits_of_evidence",
            "not made a determination",
        ),
        (
            "The study did not account for every difference between the counties.",
            "limits_of_evidence",
            "did not account for",
        ),
        (
            "The court found there was not enough evidence that she had known.",
            "limits_of_evidence",
            "not enough evidence",
        ),
        (
            "The prosecution had not been able to trace where the money went.",
            "limits_of_evidence",
            "not been able to trace",
        ),
        ("“This is a correlation, not a cause,” she said.", "limits_of_evidence", "correlation"),
        (
            "The hospital declined to make its chief executive, Dr. Howard Pruitt, available.",
            "no_response",
            "declined to make",
        ),
        ("It is not clear who prepared the slides.", "provenance_unclear", "who prepared"),
        ("The logs were extracts of unclear origin.", "provenance_unclear", "of unclear origin"),
        (
            "Neither the logs nor the estimate has been independently verified.",
            "unverified_authenticity",
            "independently verified",
        ),
        ("This has not been officially confirmed.", "unverified_authenticity", "officially"),
    ],
)
def test_new_caveat_cues(text: str, kind: str, contains: str) -> None:
    assert any(k == kind and contains in quote for k, quote in found_caveats(text))


@pytest.mark.parametrize(
    "text",
    [
        "Court records show that Jane Roe was born in 1970.",  # a year is no count
        "A man who was not named in the lawsuit runs the firm.",  # not named in a document
        "The board had not made a decision on the budget.",  # a decision is no finding
        "There was enough evidence to convict him.",
        # ages and numbers in names are no counts records show or researchers found
        "Court documents show 19-year-old Jane Roe was charged.",
        "County records show 312 evictions were filed.",
        "Patients with COVID-19 recovered more slowly, the researchers found.",
        # an officer who is the story's subject; money not accounted for; contact; a cause
        "An officer, who was not named, was placed on leave.",
        "The agency could not account for all of the $250 million.",
        "The crew was unable to establish contact with the tower.",
        "The coach did not decide who would start until Friday.",
        "The blaze was of undetermined origin.",
        "Officials said the report's origin is in Oslo.",
        # records that show a fact with a figure in it, or a count far past a comma
        "Registry records show Acme was incorporated with share capital of 50,000 euros.",
        "The jail's logs show no nurse was on duty, even though the firm billed two shifts.",
    ],
)
def test_the_new_cues_stay_on_their_words(text: str) -> None:
    assert found_caveats(text) == []


def test_unknown_origin_in_a_refusal_is_no_unclear_provenance() -> None:
    text = "The ministry would not comment on documents of unknown origin."
    assert [k for k, _ in found_caveats(text)] == ["no_response"]


def test_a_republished_copy_dated_in_its_byline_element_not_by_the_originals_metadata() -> None:
    body = (
        "<p>Two ferries discharged scrubber wash water in coastal waters on at least 37 "
        "crossings, according to leaked engine-room logs seen by the newsroom.</p>"
        "<p>The operator denied any wrongdoing and said the logs were incomplete, adding that "
        "it would cooperate fully with the maritime authorities.</p>"
        "<p><em>This article was first published by News Now Finland and is republished "
        "with permission.</em></p>"
    )
    markup = (
        "<html><head><title>Ferry operator's scrubber logs do not add up</title>"
        '<meta property="article:published_time" content="2026-11-19T09:12:00+02:00">'
        "</head><body><article><h1>Ferry operator's scrubber logs do not add up</h1>"
        '<div class="article-info"><span class="author">Aino Lehtovaara, News Now Finland'
        '</span> <span class="article-date">2026.11.20</span></div>'
        f"{body}</article></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    result = analyse(article)
    assert result["republication"]["original_outlet"] == "News Now Finland"
    assert result["published"]["date"] == "2026-11-20"
