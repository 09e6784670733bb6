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


def test_the_organisation_is_the_ngo_outlet_named_just_before() -> None:
    text = (
        "The threats were reported to the police on 12 November. The Ministry of Interior did "
        "not respond to an inquiry.\n\n"
        'The OCCRP said in a statement that it stood by its reporting. "Our journalists did '
        'their job," the organisation said.\n'
    )
    speakers = dict(quoted_speakers(text))
    assert (
        speakers["Our journalists did their job,"]
        == "Organized Crime and Corruption Reporting Project"
    )


def test_a_job_word_by_its_ending_is_no_part_of_the_name() -> None:
    text = '"Any figure you hear is invented," Hydrogeologist Fermin Arrieta told the paper.\n'
    assert quoted_speakers(text) == [("Any figure you hear is invented,", "Fermin Arrieta")]


def test_a_club_speaks_through_its_management_and_its_post() -> None:
    text = (
        "The clip was filmed at Ostral Beach Club, a venue near the ruins. On Monday, the "
        'club\'s management said in an Instagram post that "no jaguar has been seen here."\n\n'
        '"We understand the concern of our guests," the post said.\n'
    )
    assert quoted_speakers(text) == [
        ("no jaguar has been seen here.", "Ostral Beach Club"),
        ("We understand the concern of our guests,", "Ostral Beach Club"),
    ]


def test_a_body_name_starts_after_a_sentence_end_but_not_after_an_abbreviation() -> None:
    from audit.analyse.speakers import _capitalised_before

    ended = "reported on 12 November. The Ministry of Interior said"
    assert ended[_capitalised_before(ended, ended.index("Ministry")) :].startswith("Ministry")
    abbreviated = "Shares of Acme Corp. Holdings Group said"
    start = _capitalised_before(abbreviated, abbreviated.index("Group"))
    assert abbreviated[start:].startswith("Acme Corp. Holdings")
