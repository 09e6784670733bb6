"""What the twenty-first text set and nineteenth HTML set showed: agencies credited after
a reporter's name ("Lena Roe with AFP, dpa"), cookie banners and search boxes above the
headline, the place a story was filed from between the name and the date, councillors
written "Cr", sources introduced without a name and then quoted as "the manager", courts
that speak through their rulings, companies named after their noun, and caveats and page
debris in the forms those sets used."""

from __future__ import annotations

import pytest

from audit.analyse.content.credits import closing_credit
from tests.claims_support import analysed_fields, byline_names, found_caveats, quoted_speakers

_BODY = (
    "The ferry operator cancelled its winter timetable on Monday, leaving islanders with one "
    "crossing a week, according to the harbour board. The board said it would review the "
    "decision in March.\n"
)


def test_a_cookie_banner_and_skip_links_are_no_headline() -> None:
    text = (
        "Privacy settings\nWe use cookies to improve our services.\nAccept all\nSettings\n"
        "Skip to content\nSkip to main menu\nLaw and Justice\n"
        "Ferry operator cuts winter crossings to one a week\n"
        "Islanders say the decision leaves them stranded without a lifeline for the winter "
        "months. The harbour board says it will review the plan in the spring.\n"
        "Lena Hartwig with AFP, dpa\n11/20/2026\n\n" + _BODY
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == "Ferry operator cuts winter crossings to one a week"
    assert byline_names(fields, text) == ["Lena Hartwig"]
    credited = {h["name"] for h in fields["attribution"]["chain"] if h["relation"] == "credits"}
    assert credited == {"Agence France-Presse", "Deutsche Presse-Agentur"}
    assert fields["outlet"]["name"] != "Law and Justice"


def test_a_search_box_above_the_headline_is_no_headline() -> None:
    text = (
        "Harbour Ledger\nJust In\nPolitics\nWorld\nBusiness\nSearch the news\n"
        "Ferry operator cuts winter crossings to one a week\n"
        "By Jane Rowan\nPosted Mon 17 Nov 2026 at 5:48am\n\n" + _BODY
    )
    assert (
        analysed_fields(text)["title"]["value"]
        == "Ferry operator cuts winter crossings to one a week"
    )


def test_the_place_filed_from_between_the_name_and_the_date() -> None:
    text = (
        "Ferry operator cuts winter crossings to one a week\n"
        "Islanders say the decision leaves them stranded\n"
        "Rakesh Nagaraj\nTUMAKURU\nPublished - November 21, 2026 08:52 pm IST\nREAD LATER\n\n"
        + _BODY
    )
    assert byline_names(analysed_fields(text), text) == ["Rakesh Nagaraj"]


def test_two_reporters_around_the_place_filed_from() -> None:
    text = (
        "Harbour Ledger\nFerry operator cuts winter crossings to one a week\n"
        "Priya Deshmukh\nWindsor, Ont.\nMichael Arsenault\nPublished November 22, 2026\n\n" + _BODY
    )
    assert byline_names(analysed_fields(text), text) == ["Priya Deshmukh", "Michael Arsenault"]


def test_an_agency_alone_between_a_place_label_and_the_date_stays_the_credit() -> None:
    text = (
        "Cloudburst triggers flash flood in hill village; 14 dead\n"
        "Himachal Pradesh\nPTI\nShimla, Updated At : 09:14 PM Nov 20, 2026 IST\n\n" + _BODY
    )
    assert "Himachal Pradesh" not in byline_names(analysed_fields(text), text)


_HEAD = "Ferry operator cuts winter crossings\n\nBy Jo Park\n\n"


def test_a_councillor_written_cr_is_the_named_councillor() -> None:
    text = _HEAD + (
        "Lismore City councillor Bronwyn Achterberg said residents were told to be grateful."
        '\n\n"People were told to be grateful they had a house at all," Cr Achterberg said.\n'
    )
    assert quoted_speakers(text) == [
        ("People were told to be grateful they had a house at all,", "Bronwyn Achterberg")
    ]


def test_a_source_introduced_without_a_name_is_not_the_last_person_named() -> None:
    text = _HEAD + (
        "Two staff members and a former senior manager spoke on condition of anonymity.\n\n"
        "Denise Okafor said her roof leaked within weeks.\n\n"
        '"We were told speed was all that mattered," the former manager said. "Nobody '
        'listened."\n'
    )
    assert [s for _, s in quoted_speakers(text)] == [None, None]


@pytest.mark.parametrize(
    "introduction",
    [
        "Jane Roe, a former manager at the plant, said it was fine.",
        "A spokesperson for Aldermoor Water said the draft was wrong.",
    ],
)
def test_a_role_held_by_someone_named_still_resolves(introduction: str) -> None:
    text = _HEAD + introduction + '\n\n"We acted at once," the former manager said.\n'
    if "spokesperson" in introduction:
        text = text.replace("the former manager", "the spokesperson")
    assert quoted_speakers(text)[0][1] in {"Jane Roe", "Aldermoor Water"}


def test_a_court_speaks_through_its_ruling_and_a_company_named_after_its_noun() -> None:
    text = _HEAD + (
        "The Court of Justice of the European Union ruled on Thursday for the couriers.\n\n"
        "Couriers are suing the Dutch company Snappa Delivery over being cut off in 2023. "
        'The riders were flagged for what the company described as "irregular patterns."\n\n'
        '"Workers cannot contest a decision they cannot understand," the court said.\n'
    )
    assert quoted_speakers(text) == [
        ("irregular patterns.", "Snappa Delivery"),
        (
            "Workers cannot contest a decision they cannot understand,",
            "Court of Justice of the European Union",
        ),
    ]


@pytest.mark.parametrize(
    ("body", "kind", "cue"),
    [
        ("None responded before deadline.", "no_response", "None responded"),
        (
            'The agency "would not be providing further comment" on the review.',
            "no_response",
            "would not be providing further comment",
        ),
        ("A woman hung up before a reporter could ask.", "no_response", "hung up before"),
        (
            "The sheriff's office would not confirm whether it has opened an inquiry.",
            "no_response",
            "would not confirm whether",
        ),
        ("Kessel did not respond to a letter left at his home.", "no_response", "a letter"),
        ("Crikey hasn't seen it either.", "unverified_authenticity", "hasn't seen it either"),
        ("The ABC said it had not seen the review.", "unverified_authenticity", "the review"),
        ("Brantwell disputed that.", "official_denial", "disputed that"),
        ("The firm is also said to be exploring a sale.", "hedge", "also said to be"),
        ("Its buses do not appear to have traveled those miles.", "hedge", "do not appear to"),
        ("GPS records suggest its buses never left.", "hedge", "records suggest its"),
        (
            "Two bankers familiar with the matter said a lender had begun talks.",
            "anonymous_source",
            "bankers familiar with the matter",
        ),
        (
            "A date for the next hearing has not been set.",
            "limits_of_evidence",
            "has not been set",
        ),
        ("The audit is ongoing and the numbers may change.", "limits_of_evidence", "may change"),
    ],
)
def test_the_cue_is_a_caveat_of_its_kind(body: str, kind: str, cue: str) -> None:
    text = f"Auditor quits as shares plunge\n\nBy Jo Park\n\n{body}\n"
    assert any(k == kind and cue in quote for k, quote in found_caveats(text))


@pytest.mark.parametrize(
    "body",
    [
        "The council disputed that the road was closed on Monday for repairs.",
        "Officials said the figures were final and would be published on Friday.",
    ],
)
def test_no_new_caveat(body: str) -> None:
    text = f"Auditor quits as shares plunge\n\nBy Jo Park\n\n{body}\n"
    assert not any(k in {"limits_of_evidence", "hedge"} for k, _ in found_caveats(text))


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Buses parked at the yard. [ LUIS OCAMPO | Times ]", 26),
        ("The plant on Saturday.Dax Melnyk/The Globe and Mail", 22),
    ],
)
def test_caption_credits_in_brackets_or_glued_to_the_caption(line: str, start: int) -> None:
    assert closing_credit(line) == start


@pytest.mark.parametrize(
    "line", ["The score was 3.5/10 overall", "Dax Melnyk/The Globe and Mail", "[ note | x ]"]
)
def test_no_caption_credit(line: str) -> None:
    assert closing_credit(line) is None
