""" "The company" after "X, a subsidiary of Y, rejected …" is X, not its parent; a body
described as "Australian-listed" or "Perth-based" is named without the description;
"cautioned", "pointed out" and "maintained" report words as "said" does. Texts written for
these tests."""

from __future__ import annotations

from tests.claims_support import quoted_speakers


def test_the_company_is_the_subsidiary_the_sentence_is_about() -> None:
    text = (
        "Saltera Minera, a subsidiary of Australian-listed Brindle Resources Ltd, rejected the "
        'findings. In a written statement, the company said it "has at all times operated '
        'within its permit."\n'
    )
    quote = "has at all times operated within its permit."
    assert quoted_speakers(text) == [(quote, "Saltera Minera")]


def test_an_owner_named_alone_is_still_the_speaker() -> None:
    text = (
        "Perth-based Brindle Resources Ltd reported higher output. The company said output was "
        '"ahead of plan."\n'
    )
    assert quoted_speakers(text) == [("ahead of plan.", "Brindle Resources Ltd")]


def test_cautioned_reports_the_words_after_it() -> None:
    text = (
        "Dr Tomas Ferreira, a hydrogeologist, said the figures were significant. He "
        'cautioned, however, that it was "too early to say" whether the damage would last.\n'
    )
    assert quoted_speakers(text) == [("too early to say", "Tomas Ferreira")]


def test_pointed_out_reports_the_words_after_it() -> None:
    text = 'Councillor Ama Boateng pointed out that the bridge was "never meant for lorries."\n'
    assert quoted_speakers(text) == [("never meant for lorries.", "Ama Boateng")]


def test_a_caption_run_into_the_text_is_no_subject() -> None:
    text = (
        "Lio Marrant, the party secretary © AP Officials have maintained that the rules "
        "target “extremists” and have dismissed the files.\n"
    )
    assert quoted_speakers(text) == [("extremists", None)]
