"""A document standing as a quote's subject ("the post read") speaks for who issued it."""

from __future__ import annotations

import pytest

from tests.claims_support import install_registry, quoted_speakers


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return quoted_speakers(text)


def test_a_post_speaks_for_the_body_that_posted_it() -> None:
    text = (
        "Residents get their water from the Brenton Valley Water Authority. The Halden Health "
        "Board said it would test it.\n\nOn Friday the authority posted a statement on its "
        "Facebook page.\n\n“We are cooperating fully,” the post read."
    )
    assert _speakers(text) == [("We are cooperating fully,", "Brenton Valley Water Authority")]


def test_a_letter_speaks_for_the_person_who_sent_it() -> None:
    text = (
        "Principal Dana Whitfield, who took over in May, sent a letter to parents on Monday."
        "\n\n“Classes will resume next week,” the letter said."
    )
    assert _speakers(text) == [("Classes will resume next week,", "Dana Whitfield")]


def test_in_a_statement_is_no_earlier_issuers_document() -> None:
    text = (
        "The Toll Analytics Group sent a statement to its clients on Monday.\n\n"
        "In a statement to reporters, the Marlow Freight Company said it had acted lawfully."
        "\n\n“We take these concerns seriously,” the statement said."
    )
    assert _speakers(text) == [("We take these concerns seriously,", "Marlow Freight Company")]


def test_a_body_named_by_its_noun_far_from_its_name_keeps_its_whole_name() -> None:
    filler = "Residents kept asking questions at every meeting of the town. " * 40
    text = (
        "The Marlow Springs Water Supply Corporation serves 900 homes.\n\n"
        + filler
        + "\n\nThe Halden Health Board said it would look again.\n\n"
        "On Wednesday night the corporation posted a statement to its page.\n\n"
        "“Our water is safe,” the post read."
    )
    assert _speakers(text) == [("Our water is safe,", "Marlow Springs Water Supply Corporation")]


def test_a_district_with_an_organisation_word_is_a_body_not_a_place() -> None:
    text = (
        "The Brenton Water District runs two wells. The Halden Health Board said it would "
        "test them.\n\nOn Friday the district posted a statement on its Facebook page.\n\n"
        "“We are cooperating fully,” the post read. Kelbrook District lies to the north."
    )
    assert _speakers(text) == [("We are cooperating fully,", "Brenton Water District")]
