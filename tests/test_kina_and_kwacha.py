"""Sums in kina or kwacha as Papua New Guinea's, Zambia's and Malawi's papers write them
("K4.7 million", "K250,000"), kept under the letter the text gives, since the text alone
does not say which currency it is; a "K" before a bare number is no sum. Texts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.figures import find_figures


def _figures(text: str) -> list[tuple[Any, str | None, str]]:
    return [(f["value"], f["unit"], f["evidence"]["quote"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The province spent K4.7 million on the road.", (4_700_000, "K", "K4.7 million")),
        ("A further K250,000 went on bridges.", (250_000, "K", "K250,000")),
        ("Traders were fined K1.2bn last year.", (1_200_000_000, "K", "K1.2bn")),
    ],
)
def test_a_sum_after_k_is_a_figure(text: str, figure: tuple[Any, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    ["The K9 unit searched the car.", "The K-12 schools reopened.", "He took K2 to the summit."],
)
def test_k_before_a_bare_number_is_no_sum(text: str) -> None:
    assert not [f for f in _figures(text) if f[1] == "K"]
