"""A speaker named first with a patronymic or middle name ("Yerlan Kairatuly Mukanov") and
later without it is one person, named as the text first names them; a common noun that
opens a sentence before a name ("Vendor Jeanette Mera said") and the respectful "Mama"
are no part of the name. Texts written for these tests."""

from __future__ import annotations

from tests.claims_support import quoted_speakers


def test_a_name_without_its_patronymic_is_the_full_name_given_first() -> None:
    text = (
        "Heating was restored to most of the blocks, Governor of Ostvale region Yerlan "
        "Kairatuly Mukanov said at a briefing on Tuesday.\n\n"
        '"The remaining blocks will be connected by Thursday evening," Yerlan Mukanov said.\n'
    )
    assert quoted_speakers(text) == [
        ("The remaining blocks will be connected by Thursday evening,", "Yerlan Kairatuly Mukanov")
    ]


def test_the_short_form_given_first_stays_first() -> None:
    text = (
        '"We will rebuild the line," Marta Jensen said on Monday.\n\n'
        "Marta Ingrid Jensen, who runs the depot, added that crews had worked overnight.\n\n"
        '"Nobody was hurt," Marta Ingrid Jensen said.\n'
    )
    assert quoted_speakers(text)[0] == ("We will rebuild the line,", "Marta Jensen")


def test_two_people_sharing_first_and_last_names_are_not_merged() -> None:
    text = (
        "Ana Lucia Roe and Ana Maria Roe both sell fish at the harbour.\n\n"
        '"Prices are up," Ana Roe said.\n'
    )
    assert quoted_speakers(text) == [("Prices are up,", "Ana Roe")]


def test_a_common_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Most vendors travel in from the villages before dawn.\n\n"
        "Vendor Jeanette Mera, who sells cabbage at the market, said fees were too high.\n\n"
        '"What is left for my family?" she said.\n'
    )
    assert quoted_speakers(text) == [("What is left for my family?", "Jeanette Mera")]


def test_a_capitalised_given_name_opening_the_sentence_stays() -> None:
    text = (
        "Grant Holloway said the grant would cover the roof.\n\n"
        '"It is enough for now," Grant Holloway said.\n'
    )
    assert quoted_speakers(text) == [("It is enough for now,", "Grant Holloway")]


def test_the_respectful_mama_is_no_part_of_the_name() -> None:
    text = (
        "Association chairwoman Mama Leias Kalotiti said most vendors pay bus fares daily.\n\n"
        '"We will not come to the market," Mama Leias Kalotiti said.\n'
    )
    assert quoted_speakers(text) == [("We will not come to the market,", "Leias Kalotiti")]


def test_a_sworn_statement_is_reported_speech() -> None:
    text = (
        "In an affidavit filed with the summons, chairman Mr Aiwa Heve deposed that the "
        'landowners "have received no royalty statement" for the shortfall.\n'
    )
    assert quoted_speakers(text) == [("have received no royalty statement", "Aiwa Heve")]
