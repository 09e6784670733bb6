"""Writers credited the way some sites credit them: a name above a stamp with no year
("Solange Eyenga with APA / Last update: 18/11 - 11:05"), a closing "This fact-check was
written by …" line, a name alone after the story; an outlet's name with its short form
in brackets is no closing credit; a document issued by "the Conakry firm X" is X's.
Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.byline import text_bylines
from audit.analyse.reporter_credits import closing_name, signoff_reporters
from tests.claims_support import analysed_fields, quoted_speakers

_BODY = (
    "The ministry said 58 cases had been recorded since last Friday, up from 47 on "
    "Tuesday, and that twelve patients remained in hospital in the town.\n\n"
    "Traders in the market said sales of the oil had all but stopped since the weekend, "
    "and several shops had taken every bottle off their shelves.\n"
)


def _byline(text: str) -> list[str]:
    return [b["name"] for b in analysed_fields(text)["byline"]]


def test_a_name_with_an_agency_above_a_stamp_without_a_year_is_the_byline() -> None:
    text = (
        "africanews.\nEnglish | Français\n\n"
        "Cameroon: Toll rises in palm oil scare as refiner denies blame\n\n"
        "Solange Mbarga Eyenga with APA\nLast update: 18/11 - 11:05\n\n" + _BODY
    )
    assert _byline(text) == ["Solange Mbarga Eyenga"]


def test_a_closing_written_by_line_credits_the_writer_not_the_editors() -> None:
    text = (
        _BODY + "\nThis fact-check was written by PesaCheck fact-checker Nadège Fotso Kamdem "
        "and edited by PesaCheck senior copy editor Rose Wambui Mathenge.\n"
    )
    assert [n for n, _, _ in signoff_reporters(text)] == ["Nadège Fotso Kamdem"]


def test_a_name_alone_after_the_story_signs_it() -> None:
    text = (
        "Ecofin Agency\n\nSenegal: Energy subsidy bill shrinks as price reform bites\n\n"
        + _BODY
        + "\nRead also:\n14/10/2026 - Senegal: Government launches census\n\n"
        "Moussa Ndiaye Faye\n\nSubscribe to our newsletter\n"
    )
    assert [n for n, _, _ in closing_name(text)] == ["Moussa Ndiaye Faye"]
    assert _byline(text) == ["Moussa Ndiaye Faye"]


def test_a_label_in_capitals_or_two_names_alone_sign_nothing() -> None:
    assert closing_name(_BODY + "\nIN BRIEF\n\nMore news\n") == []
    two = _BODY + "\nMoussa Faye\n\nFatou Diallo\n\nSubscribe\n"
    assert closing_name(two) == []


def test_an_outlets_name_with_its_short_form_is_no_closing_credit() -> None:
    text = (
        "Cameroon: Toll rises in palm oil scare\n\nSolange Eyenga\n\n"
        "Copyright © africanews\nCameroon Radio Television (CRTV)\n\n" + _BODY
    )
    assert analysed_fields(text)["republication"] is None


def test_a_memo_prepared_by_a_firm_named_after_its_noun_is_the_firms() -> None:
    text = (
        "A memo was obtained by the Courier.\n\n"
        "The memo, prepared by the Conakry firm Cabinet Diakite Audit & Conseil and dated "
        "12 September, examines the contracts.\n\n"
        '"The justification of urgency is not supported," the memo states.\n'
    )
    assert quoted_speakers(text) == [
        ("The justification of urgency is not supported,", "Cabinet Diakite Audit & Conseil")
    ]


@pytest.mark.parametrize(
    ("line", "writer", "outlet"),
    [
        (
            "Author of the article: Dana Kowalchuk • Edmonton Journal",
            "Dana Kowalchuk",
            "Edmonton Journal",
        ),
        ("By Marisol Ybarra | CalMatters", "Marisol Ybarra", "CalMatters"),
    ],
)
def test_an_outlet_after_a_bullet_in_the_byline_is_credited_beside_the_writer(
    line: str, writer: str, outlet: str
) -> None:
    text = "Charity seeks answers over missing purifiers\n\n" + line + "\n\n" + _BODY
    people, agencies = text_bylines(text)
    assert [p.name for p in people] == [writer]
    assert [a.outlet for a in agencies] == [outlet]


def test_a_date_after_a_bullet_is_still_cut_from_the_byline() -> None:
    text = "Charity seeks answers\n\nBy Ann Roe · 14 Nov 2026, 11:40 · 5 Comments\n\n" + _BODY
    people, agencies = text_bylines(text)
    assert ([p.name for p in people], agencies) == (["Ann Roe"], ())


def test_a_place_subheading_before_more_story_signs_nothing() -> None:
    text = (
        "Zambia: Tourists return as river rises\n\n" + _BODY + "\nVictoria Falls\n\n"
        "Hotels near the falls reported full bookings for the first time since 2019, and "
        "tour operators said they had hired more guides.\n"
    )
    assert closing_name(text) == []


def test_a_written_by_line_keeps_an_initial_and_a_two_word_outlet() -> None:
    assert [
        n
        for n, _, _ in signoff_reporters(
            "Body.\n\nThis report was written by Jane A. Roe and edited by Tom Lee.\n"
        )
    ] == ["Jane A. Roe"]
    line = "Body.\n\nThis fact-check was written by Africa Check researcher Jane Roe.\n"
    assert [n for n, _, _ in signoff_reporters(line)] == ["Jane Roe"]


def test_only_a_shared_agency_short_form_is_cut_from_a_byline() -> None:
    from audit.analyse.credit_lines import without_agency_tail

    assert without_agency_tail("Tom Roe with APA") == "Tom Roe"
    assert without_agency_tail("Tom Roe with Mia") == "Tom Roe with Mia"
