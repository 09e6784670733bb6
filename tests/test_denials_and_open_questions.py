"""Caveats as West African and Ukrainian copy writes them: a company that "rejected any
link", questions left open ("All hypotheses remain open", "only laboratory tests could
confirm this", "the most likely source, not a proven one", results "not published at the
time of writing"), and what a newsroom could not corroborate or establish. Texts written
for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import found_caveats


@pytest.mark.parametrize(
    ("text", "kind", "quote"),
    [
        (
            "The company rejected any link between its products and the illnesses.",
            "official_denial",
            "The company rejected any link between its products and the illnesses",
        ),
        (
            "HESA has rejected any responsibility.",
            "official_denial",
            "HESA has rejected any responsibility",
        ),
        (
            "Officials named the oil as the most likely source, not as a proven one.",
            "limits_of_evidence",
            "not as a proven one",
        ),
        (
            "All hypotheses remain open until the analyses are completed.",
            "limits_of_evidence",
            "All hypotheses remain open until the analyses are completed",
        ),
        (
            "He said only laboratory tests could confirm this.",
            "limits_of_evidence",
            "He said only laboratory tests could confirm this",
        ),
        (
            "The results had not been published at the time of writing.",
            "limits_of_evidence",
            "The results had not been published at the time of writing",
        ),
        (
            "The Post could not corroborate the engineer's account.",
            "unverified_authenticity",
            "The Post could not corroborate the engineer's account",
        ),
        (
            "The Post could not independently establish where the units are now.",
            "limits_of_evidence",
            "The Post could not independently establish where the units are now",
        ),
    ],
)
def test_the_cue_is_a_caveat(text: str, kind: str, quote: str) -> None:
    assert (kind, quote) in found_caveats(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court rejected an appeal by the company.",
        "The lab tests confirmed the contamination.",
        "The results were published on Tuesday.",
        "The hearing remains open to the public.",
    ],
)
def test_near_misses_are_no_caveats(text: str) -> None:
    assert found_caveats(text) == []
