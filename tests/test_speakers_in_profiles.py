"""Speakers in a profile: the interviewee quoted through "she said" among other people.

Each case is a pattern a whole-article blind set showed missed (the subject's quotes given
to whoever was named last); the sentences and names are written for these tests.
"""

from __future__ import annotations

from audit.analyse.people import People
from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return quoted_speakers(text)


def test_the_text_shows_the_sex_of_a_person_whose_given_name_says_none() -> None:
    text = (
        "Marguerite Vell runs the depot. Corrin Dask lost the vote.\n\n"
        "In a statement to The Harbour Review, he said he was done.\n\n"
        "Maris Ulden chaired the meeting, and said she had no view."
    )
    people = People(text)
    sexes = {n.text: people.sex_of(n) for n in people.mentions}
    assert sexes["Corrin Dask"] == "male"  # "he" in the next sentence, no one named between
    assert sexes["Maris Ulden"] == "female"  # "she" in her own sentence
    # the outlet after "The" is no person "he" may stand for
    assert all(not people._may_be_he(n) for n in people.mentions if n.text == "Harbour Review")


def test_a_person_shown_as_both_or_named_after_a_lower_case_opening_shows_nothing() -> None:
    text = (
        "Corrin Dask lost. He left. Corrin Dask won. She stayed.\n\n"
        "In May, Tavi Orrel arrived and he spoke."
    )
    people = People(text)
    sexes = {n.text: people.sex_of(n) for n in people.mentions}
    assert sexes["Corrin Dask"] is None
    assert sexes["Tavi Orrel"] is None  # not the sentence's opening name


def test_she_said_skips_a_man_the_text_shows_as_he() -> None:
    text = (
        "Harriet Quell has run the count office for nine years. She has 11 staff.\n\n"
        "The trouble began when the candidate, Corrin Dask, posted a video. Dask lost. "
        "Later, he said he would not seek a recount.\n\n"
        "“The first evening, a crowd of 40 stood at the gate,” she said."
    )
    quote = "The first evening, a crowd of 40 stood at the gate,"
    assert _speakers(text)[-1] == (quote, "Harriet Quell")


def test_an_office_owned_by_a_named_body_is_no_person() -> None:
    text = (
        "Ada Pellow signed the sheet.\n\n"
        "The Marrow County Sheriff’s Office says it logged 37 threats.\n\n"
        "“I was scared for my staff,” she said."
    )
    assert _speakers(text) == [("I was scared for my staff,", "Ada Pellow")]
    people = People(text)
    marrow = next(n for n in people.mentions if n.text == "Marrow County Sheriff")
    assert not people._may_be_he(marrow)
    # a person's office stays a person's: "Jane Roe’s Office" is not a body
    owned = People("Jane Roe’s Office opened.")
    assert owned._may_be_he(owned.mentions[0])


def test_a_quotation_left_open_goes_on_with_its_speaker_in_the_next_paragraph() -> None:
    text = (
        "Ada Pellow counted the ballots.\n\n"
        "“The first night was quiet,” she said. “By Thursday it was a couple hundred.\n\n"
        "“We had a woman who has worked every election here.\n\n"
        "“So I started walking people to their cars.”\n\n"
        "“That was wrong,” a neighbour said."
    )
    assert [s for _, s in _speakers(text)] == [
        "Ada Pellow",
        "Ada Pellow",
        "Ada Pellow",
        "Ada Pellow",
        None,
    ]


def test_a_person_quoted_through_she_is_preferred_to_one_named_saying_something() -> None:
    text = (
        "Ada Pellow counted the ballots. “I cried,” she told me.\n\n"
        "The county chair, Yara Benthe, said in a text message that “they owe us.”\n\n"
        "It is too early to say whether Pellow is part of a wave.\n\n"
        "I asked her what she would tell her successor.\n\n"
        "She thought for a long time. “Read the statute,” she said."
    )
    assert _speakers(text)[-1] == ("Read the statute,", "Ada Pellow")


def test_a_source_who_asked_not_to_have_her_name_used_is_unnamed() -> None:
    text = (
        "Ada Pellow counted the ballots.\n\n"
        "A temporary worker, who asked that I not use her name because she intends to work "
        "future elections, agreed. “It was the walk to the parking lot,” she said."
    )
    assert _speakers(text) == [("It was the walk to the parking lot,", None)]


def test_neither_before_a_surname_makes_no_full_name() -> None:
    text = (
        "Ari Veru, a lock, is set to sign. Neither Veru nor his agent would comment.\n\n"
        "“This club made me,” Veru said."
    )
    assert _speakers(text) == [("This club made me,", "Ari Veru")]


def test_the_subject_of_a_reported_clause_is_not_the_speaker() -> None:
    text = (
        "Asked about it, Ingrid Solberg laughed and said Per Aaland would have to "
        "“take responsibility” for it."
    )
    assert _speakers(text) == [("take responsibility", "Ingrid Solberg")]


def test_the_spokesperson_speaks_for_the_body_named_before() -> None:
    text = (
        "Ruth Kallen filed complaints with the state.\n\n"
        "A spokesperson for the Harbour Department of Water and Energy said in an email that "
        "the agency “takes all reports seriously.” Inspectors found “no violations,” the "
        "spokesperson wrote.\n"
    )
    assert [s for _, s in _speakers(text)] == ["Harbour Department of Water and Energy"] * 2


def test_a_state_before_a_body_named_again_is_part_of_its_name() -> None:
    text = (
        "Ada Pellow filed a complaint with the Ohio Department of Water and Energy. "
        "Inspectors found “no violations,” a spokesperson said.\n"
    )
    assert _speakers(text) == [("no violations,", "Ohio Department of Water and Energy")]


def test_a_document_speaks_for_the_body_named_after_by() -> None:
    text = (
        "A 2024 inspection by the Harbour Safety Agency, obtained through a records request, "
        "found that two sensors “were not calibrated.”\n"
        "A review of Harbour records found “gaps.”\n"
    )
    assert _speakers(text) == [("were not calibrated.", "Harbour Safety Agency"), ("gaps.", None)]


def test_a_surname_is_the_persons_not_the_firm_that_opens_with_it() -> None:
    text = (
        "The suit was filed by Vasse Lund LLP.\n"
        "Ingrid Vasse, a partner at Vasse Lund, said the case is simple.\n"
        "“Riders expect the fare they were shown,” Vasse said.\n"
    )
    assert _speakers(text)[-1][1] == "Ingrid Vasse"


def test_a_second_predicate_after_a_quote_is_no_tag() -> None:
    text = (
        "Corvel Rail builds the pads. The Harbour Rail Authority said it was “studying the "
        "test results” and had asked Corvel Rail to respond.\n"
    )
    assert _speakers(text) == [("studying the test results", "Harbour Rail Authority")]
