"""A republication credit ending in its licence, and the copy's own outlet named by a short
form, as the whole-article blind sets showed them."""

from __future__ import annotations

from tests.claims_support import analysed_fields


def test_a_credit_followed_by_its_licence_names_the_outlet() -> None:
    fields = analysed_fields(
        "Phone bans in schools\n\nBy Jo Lind\n\nSchools are banning phones, but the evidence is "
        "thin.\n\nThis article is republished from The Conversation under a Creative Commons "
        "license. Read the original article."
    )
    assert fields["republication"]["original_outlet"] == "The Conversation"


def test_the_own_outlet_by_a_short_name_is_no_hop() -> None:
    fields = analysed_fields(
        "Lancashire Telegraph\n\nNews\n\nSport\n\nFactory to close with the loss of 240 jobs\n\n"
        "By Sam Holt\n\nA food factory will close, its owner said on Monday. One worker told "
        'the Telegraph: "We were called into the canteen and told it was over."\n'
    )
    assert fields["outlet"]["name"] == "Lancashire Telegraph"
    assert [hop["name"] for hop in fields["attribution"]["chain"]] == []
    assert fields["attribution"]["origin"] is None


def test_another_outlet_by_its_short_name_is_still_a_hop() -> None:
    fields = analysed_fields(
        "Lancashire Post\n\nNews\n\nSport\n\nFactory to close with the loss of 240 jobs\n\n"
        "By Sam Holt\n\nThe plan was first reported by the Telegraph on Monday, which obtained "
        "a copy of the board minutes.\n"
    )
    assert "The Telegraph" in [hop["name"] for hop in fields["attribution"]["chain"]]
