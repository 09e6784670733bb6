"""A thing as the subject of the clause a speaker reports ("Roe said the programme
responds to “…”") leaves the words Roe's; an organisation or a role there does not ("She
said the board had rejected claims that … “…”"). A discourse adverb between a subject
and its verb ("She, however, called for …") is passed over, and an unnamed source in a
"who" aside ("A mill owner in Menzel Dor, who preferred to remain anonymous, told …")
speaks, not the place named before it. An outlet the text credits as reporting ("Garowe
Online reported on Tuesday") is cited, so "did not respond to Garowe Online's calls" is
no sign of a copy of it. Texts written for these tests."""

from __future__ import annotations

from tests.claims_support import analysed_fields, quoted_speakers


def test_a_thing_opening_the_reported_clause_is_no_speaker() -> None:
    text = (
        "Regional director Halim Ouchane said the programme responds to "
        '"a real need expressed by the cooperatives themselves."\n'
    )
    assert quoted_speakers(text) == [
        ("a real need expressed by the cooperatives themselves.", "Halim Ouchane")
    ]


def test_a_body_opening_the_reported_clause_keeps_the_quote_from_the_speaker() -> None:
    text = (
        "Dr Aoife Kerrane, who chairs the medical board, spoke on Monday.\n\n"
        "She said the health board had rejected claims by a campaign group that surgery had "
        'been "quietly cancelled" over the autumn.\n'
    )
    assert quoted_speakers(text) == [("quietly cancelled", None)]


def test_a_discourse_adverb_between_subject_and_verb_is_passed_over() -> None:
    text = (
        "Cooperative president Nadia Ait Lahcen welcomed the plan on Monday.\n\n"
        "She, however, called for the programme to cover mountain cooperatives, "
        '"which do not always have the documents required."\n'
    )
    assert quoted_speakers(text) == [
        ("which do not always have the documents required.", "Nadia Ait Lahcen")
    ]


def test_an_unnamed_source_in_a_who_aside_speaks() -> None:
    text = (
        "A mill owner in the delegation of Menzel Dor, who preferred to remain anonymous, "
        'told the agency that mills "are themselves under pressure from exporters."\n'
    )
    assert quoted_speakers(text) == [("are themselves under pressure from exporters.", None)]


def test_an_outlet_credited_as_reporting_is_no_copy_of_it() -> None:
    text = (
        "Port levy pushes traders west\n\n"
        "Traders say a new levy has cut shipments by a third, Garowe Online reported on "
        "Tuesday. The ports authority denied the levy was to blame. Its director did not "
        "respond to Garowe Online's calls.\n"
    )
    assert analysed_fields(text)["republication"] is None
