"""Caveat phrasings measured across the forty-four sets: a body's spokesperson leaving a
question open ("did not say how many"), questions that remained unanswered, a party's own
finding of no fault, refusals in the present tense; and cues that stop at a line's end, so a
headline's last words never join the first words of the paragraph below."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds, found_caveats


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The spokeswoman did not say how many nets had been replaced.", "no_response"),
        ("The ministry did not say whether the grants would be repaid.", "no_response"),
        ("It hasn't said how many drivers signed the petition.", "no_response"),
        ("Questions sent to the board remained unanswered by the time of writing.", "no_response"),
        ("A message left at his office had not been answered.", "no_response"),
        ("The striker refuses to discuss his contract.", "no_response"),
        ("The utility said it had found no fault on its cables.", "official_denial"),
        ("We have found no evidence that card numbers were taken.", "official_denial"),
    ],
)
def test_each_phrasing_is_its_caveat(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text), found_caveats(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report did not say much that was new.",
        "She did not say goodbye before she left.",
        "The team found no fault with the referee.",
    ],
)
def test_near_misses_are_neither_kind(text: str) -> None:
    kinds = caveat_kinds(text)
    assert "no_response" not in kinds
    assert "official_denial" not in kinds


def test_a_cue_does_not_run_from_a_headline_into_the_body() -> None:
    text = "Ferry broke down on nine days, figures show\n\n4 sailings were cancelled in May."
    quotes = [quote for _, quote in found_caveats(text)]
    assert all("\n" not in quote for quote in quotes), quotes


def test_a_sentence_wrapped_at_a_line_end_is_read_across() -> None:
    text = (
        "The documents describe the payments made by the Acme Corporation in 2025, and "
        "Acme did not respond to\n"
        "requests for comment.\n"
    )
    assert "no_response" in [kind for kind, _ in found_caveats(text)]
