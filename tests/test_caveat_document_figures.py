"""Figures credited to a body's numbers or to a study: "Figures from the trust show that
3,100 …", "A survey commissioned by the union found that 58% …".
Sentences written for these tests; a study with no figure and a year are no estimates. A
figure credited afterwards to records or data ("…, jail records show") is one: labellers of
three article sets marked "state payment records show" and its like so."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Figures from the Marsh Valley Trust show that 3,100 patients waited over a year.",
        "Data released by the port agency showed 62% of cranes had missed an inspection.",
        "A survey commissioned by the drivers' union last year found that 58% had been hit.",
        "A 2025 state audit found waits averaged 47 minutes.",
        "His bail was set at $40,000, jail records show.",
        "The firm has been paid $8.7 million since 2022, state payment records show.",
    ],
)
def test_figure_credited_to_numbers_or_a_study(text: str) -> None:
    assert "attributed_estimate" in caveat_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 12 per cent to $310 billion last year, official figures show.",
        "The audit found that in 2019 the depot had no manager.",
        "The survey found that drivers felt unsafe at night.",
        "Figures from the trust are published every month.",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert "attributed_estimate" not in caveat_kinds(text)
