"""Speakers named the way fact checks and business copy name them: a document's issuer
given after it ("The post, first shared on a page called …", "a statement issued by …"),
and a company introduced by a common noun with no article ("service provider KhataPay",
"chipmaker Nvidia") that "a company spokesperson" later speaks for. Texts written for
these tests."""

from __future__ import annotations

import pytest

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


def test_a_statement_issued_by_a_council_is_the_councils() -> None:
    text = (
        "A statement issued by Harnley Borough Council on Monday denied it.\n\n"
        '"Nothing happened at the dam," the statement said.\n'
    )
    assert quoted_speakers(text) == [("Nothing happened at the dam,", "Harnley Borough Council")]


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


def test_a_capitalised_noun_before_a_name_is_no_article_less_introduction() -> None:
    text = (
        "Harnley Banking Authority Provider Tallypay was named on Monday.\n\n"
        'The Harnley Banking Authority also spoke. "The notice is fake," a company '
        "spokesperson wrote in an email.\n"
    )
    assert quoted_speakers(text) == [("The notice is fake,", "Harnley Banking Authority")]
