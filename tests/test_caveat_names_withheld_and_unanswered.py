"""Caveat phrasings from the whole-article blind sets: names withheld ("declined to give her
name" is an anonymous source, not a refusal to comment), "didn't get back to", "could not
fully verify", and what is not known ("it was not immediately clear how many", "it is not
clear to whom", "nobody knows yet whether", "did not provide any documentation"). Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds, found_caveats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A nurse, who declined to give her name, said the ward was short.", "anonymous_source"),
        ("A worker, who asked that his name not be used, said it was late.", "anonymous_source"),
        ("The files were provided by a source inside the company.", "anonymous_source"),
        ("The contractor also didn't get back to the station.", "no_response"),
        ("The firm has not gotten back to us.", "no_response"),
        (
            "The paper could not fully verify the authenticity of the files.",
            "unverified_authenticity",
        ),
        ("It was not immediately clear how many fines had been paid.", "limits_of_evidence"),
        ("It is not clear to whom the director was referring.", "limits_of_evidence"),
        ("Nobody knows yet whether other hospitals do the same.", "limits_of_evidence"),
        ("She did not provide any documentation of the glitch.", "limits_of_evidence"),
        ("It did not name any of the companies it fined.", "limits_of_evidence"),
    ],
)
def test_caveat_kinds(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text), found_caveats(text)


def test_declining_to_give_a_name_is_no_refusal_to_comment() -> None:
    assert "no_response" not in caveat_kinds("A woman, who declined to give her name, said so.")
    assert "no_response" in caveat_kinds("The council declined to give a date for the work.")


def test_whether_someone_has_a_lawyer_to_comment_is_no_limit_of_evidence() -> None:
    text = "It was not immediately clear whether he had an attorney who could comment."
    assert caveat_kinds(text) == ["no_response"]
