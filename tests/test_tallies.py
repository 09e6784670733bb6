"""Figures a tally's noun names before a bare number ("the death toll rose to 12", "put the
number at 19", "brings the total to 40"); a year, a phone number, a number with its own
unit and a tally lowered in a plan are left to the other rules. Texts written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.figures import find_figures
from audit.analyse.tallies import find_tallies


def _figures(text: str) -> list[tuple[Any, str | None, str]]:
    return [(f["value"], f["unit"], f["evidence"]["quote"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The governor put the number at 19 in a statement.", (19, "number", "number at 19")),
        ("Police put the death toll at 12.", (12, "death toll", "death toll at 12")),
        ("The death toll rose to 12 on Friday.", (12, "death toll", "death toll rose to 12")),
        ("The toll stood at 7, officials said.", (7, "toll", "toll stood at 7")),
        ("That brings the total to 40.", (40, "total", "total to 40")),
        ("The number of dead reached 31.", (31, "number", "number of dead reached 31")),
        ("Death Toll Rises To 16\n", (16, "death toll", "Death Toll Rises To 16")),
        ("DEATH TOLL RISES TO 16\n", (16, "death toll", "DEATH TOLL RISES TO 16")),
    ],
)
def test_a_tally_named_before_its_number_is_a_figure(text: str, figure: tuple[Any, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The total was 2024.",
        "His number is 07700 900123.",
        "Lowering the number to 3 would help.",
        "The number was 5%.",
    ],
)
def test_no_tally_is_read(text: str) -> None:
    assert find_tallies(text) == []


def test_a_number_with_its_own_unit_is_the_figure_patterns() -> None:
    assert _figures("The death toll rose to 12 people.") == [(12, "people", "12 people")]
