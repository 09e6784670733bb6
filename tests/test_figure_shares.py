"""Shares written as one part ("by a third", "more than a quarter of", "around half") are
figures in percent; the same words as a period, an order or a number are not."""

from __future__ import annotations

import pytest

from audit.analyse.figures import find_figures


def _shares(text: str) -> list[tuple[float, str, str]]:
    return [
        (f["value"], f["qualifier"], f["evidence"]["quote"])
        for f in find_figures(text)
        if f["unit"] == "percent"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Output at the mill fell by a third last year.", (33.33, "exact", "a third")),
        ("More than a quarter of the staff have left.", (25, "more_than", "More than a quarter")),
        ("Around half of the homes lost power.", (50, "about", "Around half")),
        ("Half of the life jackets were missing.", (50, "exact", "Half")),
        ("The council cut the grant by half.", (50, "exact", "half")),
        ("She won barely a fifth of the vote.", (20, "exact", "a fifth")),
        ("Almost a tenth of the forest has burned.", (10, "about", "Almost a tenth")),
        ("Nearly half the region's wells are dry.", (50, "about", "Nearly half")),
        ("One quarter of respondents disagreed.", (25, "exact", "One quarter")),
    ],
)
def test_a_share_of_one_part_is_a_percentage(text: str, want: tuple[float, str, str]) -> None:
    assert _shares(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "They scored twice in the second half of the match.",
        "The work took two and a half years.",
        "The meeting lasted a quarter of an hour.",
        "A third party handled the payments.",
        "It was the third time the bridge had flooded.",
        "The score at half-time was level.",
        "Profits rose in the third quarter.",
        "He walked half a mile to the station.",
        "In the first half of 2025 exports slowed.",
    ],
)
def test_the_same_words_as_a_period_an_order_or_a_number_are_no_share(text: str) -> None:
    assert _shares(text) == []


def test_a_share_inside_a_written_fraction_is_counted_once() -> None:
    text = "Two-thirds of members voted, and about half of them backed the plan."
    assert _shares(text) == [(66.67, "exact", "Two-thirds"), (50, "about", "about half")]
