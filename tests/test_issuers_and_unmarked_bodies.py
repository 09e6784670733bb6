"""Speakers named the way fact checks and business copy name them: a document's issuer
given after it ("The post, first shared on a page called …", "a statement issued by …"),
and a company introduced by a common noun with no article ("service provider KhataPay",
"chipmaker Nvidia") that "a company spokesperson" later speaks for. Texts written for
these tests."""

from __future__ import annotations

import pytest

from audit.analyse.people import People
from tests.claims_support import quoted_speakers

_POST = (
    "A post has spread on Facebook since Monday.\n\n"
    "The post, first shared on a Facebook page called Veld Watch Daily, includes two "
    "photographs.\n\n"
    '"The dam has burst. Share before they delete," the post reads.\n'
)


def test_a_page_named_after_the_post_issued_it() -> None:
    assert quoted_speakers(_POST) == [
        ("The dam has burst. Share before they delete,", "Veld Watch Daily")
    ]


def test_a_statement_issued_by_a_bank_is_the_whole_banks() -> None:
    text = (
        "A statement issued by Kestrel Bank on Monday denied it.\n\n"
        '"Nothing happened at the dam," the statement said.\n'
    )
    assert quoted_speakers(text) == [("Nothing happened at the dam,", "Kestrel Bank")]


@pytest.mark.parametrize(
    "text",
    [
        # what the document says is no issuer
        'The memo says the money was sent by Harnley Bank to a shell company.\n\n"Funds '
        'vanished," the memo says.\n',
        'The post claims the vaccine was produced by Pfizer in a secret lab.\n\n"Share '
        'before they delete," the post reads.\n',
        'The memo states that the grants, issued by Harnley Council, were "never audited".\n',
        # a person's friend is no body; a date is no one
        'The letter, sent by a friend of Maria Lopez, was read in court.\n\n"I was never '
        'paid," the letter says.\n',
        'The letter, sent by January 5 to every household, was short.\n\n"Your rent will '
        'rise," the letter reads.\n',
    ],
)
def test_no_issuer_read_from_a_documents_content_or_a_date(text: str) -> None:
    assert [speaker for _, speaker in quoted_speakers(text)] == [None]


def test_a_post_with_no_issuer_named_stays_unattributed() -> None:
    text = 'A post has spread on Facebook since Monday.\n\n"The dam has burst," the post reads.\n'
    assert quoted_speakers(text) == [("The dam has burst,", None)]


@pytest.mark.parametrize(
    "introduction",
    [
        "mobile financial service provider Tallypay must stop",
        "chipmaker Tallypay must stop",
    ],
)
def test_a_company_named_after_its_common_noun_speaks_through_its_spokesperson(
    introduction: str,
) -> None:
    text = (
        f"The Harnley Banking Authority said on Monday that {introduction}.\n\n"
        "Tallypay also rejected the claim. "
        '"The notice is fake," a company spokesperson wrote in an email.\n'
    )
    assert quoted_speakers(text) == [("The notice is fake,", "Tallypay")]


def test_a_noun_after_a_preposition_introduces_no_body() -> None:
    text = (
        "Harnley Mining was fined on Monday. In court Okafor denied the charges.\n\n"
        '"We complied with every rule," the company said.\n'
    )
    assert quoted_speakers(text) == [("We complied with every rule,", "Harnley Mining")]


def test_the_opening_subject_stops_before_the_object() -> None:
    text = (
        "Harnley Mining runs the plant.\n\n"
        'The inquiry blamed the company for the spill, but said the leak was "not criminal".\n'
    )
    assert quoted_speakers(text) == [("not criminal", None)]


def test_a_capitalised_noun_before_a_name_is_no_article_less_introduction() -> None:
    text = (
        "Harnley Banking Authority Provider Tallypay was named on Monday.\n\n"
        'The Harnley Banking Authority also spoke. "The notice is fake," a company '
        "spokesperson wrote in an email.\n"
    )
    assert quoted_speakers(text) == [("The notice is fake,", "Harnley Banking Authority")]


def test_a_memo_signed_by_a_member_of_a_body_is_the_bodys() -> None:
    text = (
        "Eleven units are missing, according to an audit memo obtained by the Courier.\n\n"
        "The memo, dated Oct. 29 and signed by an inspector of the Harnley Regional "
        "Administration's control unit, found 27 units. Four units, the memo says, were "
        '"transferred for temporary use" to a company.\n'
    )
    assert quoted_speakers(text) == [
        ("transferred for temporary use", "Harnley Regional Administration")
    ]


def test_a_memo_prepared_by_a_ministrys_department_is_the_ministrys() -> None:
    text = (
        "The Harnley Health Ministry is weighing the closure.\n\n"
        "The memo, prepared by the ministry's care department in October and marked as "
        'intended for internal use only, states that the ward "does not meet the criteria".\n'
    )
    assert quoted_speakers(text) == [("does not meet the criteria", "Harnley Health Ministry")]


def test_a_foundation_named_far_back_is_the_foundation_that_speaks() -> None:
    filler = "The village had no water for a year after the shelling. " * 45
    text = (
        "The units were paid for by the Prairie Hands for Harnley Foundation.\n\n"
        f"{filler}\n\n"
        'In Edmonton, the foundation said it was "deeply concerned" by the findings.\n'
    )
    assert quoted_speakers(text) == [("deeply concerned", "Prairie Hands for Harnley Foundation")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional administration's press service declined to comment, saying it "
        'would be "premature" to do so.',
        "The regional administration confirmed that a review was under way but declined to "
        'comment on its findings, saying it would be "premature" to do so.',
    ],
)
def test_an_administration_speaks_through_its_press_service_and_after_but(
    sentence: str,
) -> None:
    text = f"The memo was written by the Harnley Regional Administration.\n\n{sentence}\n"
    assert quoted_speakers(text) == [("premature", "Harnley Regional Administration")]


def test_a_company_with_a_legal_form_is_the_company_that_writes() -> None:
    text = (
        "The oil is made by Huileries Ekambi SA (HESA), a refiner whose Saveur Doree "
        "brand is widely sold.\n\n"
        "The company rejected any link.\n\n"
        '"HESA denies it," the company wrote in a statement.\n'
    )
    assert quoted_speakers(text) == [("HESA denies it,", "Huileries Ekambi SA")]


def test_a_person_introduced_after_a_role_is_the_next_he_not_a_brand() -> None:
    text = (
        '"We have filed complaints before," said Gervais Moukoko, its commercial director.\n\n'
        "The president of the consumers' association, Jean-Roger Essomba, called for a "
        "recall of all Saveur Doree products.\n\n"
        '"Suspending a few batches is not enough," he said.\n'
    )
    assert quoted_speakers(text)[-1] == (
        "Suspending a few batches is not enough,",
        "Jean-Roger Essomba",
    )


def test_a_named_speaker_before_an_unnamed_source_is_not_her() -> None:
    text = (
        "The ministry's press secretary Liene Ozola confirmed the review.\n\n"
        "A midwife at the hospital, who spoke on condition that her name not be used, said "
        "rumours had been circulating.\n\n"
        '"Three of our colleagues already left," she said.\n'
    )
    assert quoted_speakers(text) == [("Three of our colleagues already left,", None)]


def test_an_official_speaking_on_condition_of_anonymity_is_unnamed() -> None:
    text = (
        "A senior official at the Harnley Tea Board, speaking on condition of anonymity, "
        "said the Board had "
        '"received a number of complaints".\n'
    )
    assert quoted_speakers(text) == [("received a number of complaints", None)]


def test_a_bodys_press_service_speaks_for_it() -> None:
    text = (
        "The memo was written by the Harnley Regional Administration.\n\n"
        "The Harnley Regional Administration's press service said it would be "
        '"premature" to comment.\n'
    )
    assert quoted_speakers(text) == [("premature", "Harnley Regional Administration")]


def test_a_role_before_a_name_makes_it_the_subject_whose_sex_the_text_shows() -> None:
    lead = "The president of the association, Jean-Roger Essomba, called for a recall. "
    assert People(lead + "He said more.")._sex_in_text == {"Jean-Roger Essomba": "male"}
    # an object after a verb is no subject
    text = "The complaint names the hospital's director, Alex Roe, as responsible. She wept."
    assert People(text)._sex_in_text == {}


def test_a_brand_after_all_is_no_he_but_a_person_after_all_opening_a_sentence_is() -> None:
    brand = People("They recalled all Saveur Doree products.")
    assert not any(brand._may_be_he(n) for n in brand.mentions)
    text = (
        "Jordan Mills lost the seat. All Alex Roe wanted was a quiet life.\n\n"
        '"I am done with politics," he said.\n'
    )
    assert quoted_speakers(text) == [("I am done with politics,", "Alex Roe")]


def test_a_tuareg_ag_is_no_legal_form() -> None:
    assert People("Iyad Ag Ghaly leads the group, which claimed the attack.").bodies == []


def test_no_added_given_name_is_listed_for_both_sexes() -> None:
    from audit.analyse import lexicons

    data = lexicons.load("given_names")
    assert "janis" in data["female"] and "janis" not in data["male"]
    added = {"moussa", "aminata", "halyna", "jānis", "solange", "gervais", "liene", "aivars"}
    assert added <= set(data["female"]) ^ set(data["male"])
