"""A quotation opening its own sentence inside a paragraph, with no tag of its own, is the
person's the sentence before paraphrases ("He notes that … . “…”"); a citation's initials
("K. Dabrowska et al.") do not split a person the text names in full; "with X telling Y:"
and ", warning …:" name their speaker; capitalised page furniture is no person. Texts
written for these tests."""

from __future__ import annotations

from tests.claims_support import quoted_speakers


def test_a_quote_after_a_paraphrasing_sentence_is_its_speakers() -> None:
    text = (
        "“It is a strong link,” says Tomasz Ferreira, an ecologist at the Halden Institute.\n\n"
        "He notes that the samples were taken only in summer. “Numbers swing a lot over a "
        "season.”\n"
    )
    assert quoted_speakers(text)[-1] == ("Numbers swing a lot over a season.", "Tomasz Ferreira")


def test_a_quote_with_its_own_unnamed_tag_is_not_taken_by_the_sentence_before() -> None:
    text = (
        "Dr Lena Obuya said the hospital keeps backups of its records. "
        '"We are still counting the damage," an official in the records office said.\n'
    )
    assert quoted_speakers(text) == [("We are still counting the damage,", None)]


def test_a_quote_after_a_sentence_holding_another_quote_is_left_to_that_one() -> None:
    text = (
        "One customer, who asked not to be named, said she learned of it on the radio. "
        "“I had no email from them,” she said. “I have been with them for years.”\n"
    )
    speakers = dict(quoted_speakers(text))
    assert speakers["I have been with them for years."] is None


def test_a_citation_initial_does_not_split_the_named_person() -> None:
    text = (
        "Cities are full of flowers, says Katrin Dabrowska, an ecologist at Halden "
        "University. Dabrowska says the work will go on.\n\n"
        "In the meantime, she says, planting more patches might help. “If you spread the "
        "buffet out, fewer bees share a plate.”\n\n"
        "Citations\nK. Dabrowska et al. Urban meadows and parasites. Journal of Bees. 2026.\n"
    )
    assert quoted_speakers(text)[-1][1] == "Katrin Dabrowska"


def test_with_a_person_telling_an_outlet_names_the_speaker() -> None:
    text = (
        "The fishermen's association is considering legal action, with leader Arne Vollan "
        'telling the radio on Tuesday: "We will not wait for another summer like this."\n'
    )
    assert quoted_speakers(text) == [
        ("We will not wait for another summer like this.", "Arne Vollan")
    ]


def test_page_furniture_in_capitals_is_no_speaker() -> None:
    text = (
        "“Publishing the ratings worked,” Dennis Alvarado-Kent told reporters.\n\n"
        "Story Continues Below\n\n"
        "The cuts worried him more, he said. “Thirty people cannot inspect 2,300 dams.”\n"
    )
    assert quoted_speakers(text)[-1] == (
        "Thirty people cannot inspect 2,300 dams.",
        "Dennis Alvarado-Kent",
    )
