"""A part of a group the text has named, with no number for the whole ("14 of the flagged
days", "Two of the former employees", "at least nine of those"), and East African
shillings written short ("TSh36,500", "USh3,900")."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.figures import analyse_figures
from audit.model import Article, Source


def _figures(text: str) -> list[tuple[str, Any, str | None, str]]:
    article = Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain"))
    found = analyse_figures(article, {})["figures"]
    for f in found:
        ev = f["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
    return [(f["evidence"]["quote"], f["value"], f["unit"], f["qualifier"]) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 14 of the flagged days no bus moved.",
            ("14 of the flagged days", 14, "days", "exact"),
        ),
        (
            "Two of the former employees said so.",
            ("Two of the former employees", 2, "employees", "exact"),
        ),
        (
            "Four of the company's directors quit.",
            ("Four of the company's directors", 4, "directors", "exact"),
        ),
        (
            "At least nine of those were late.",
            ("At least nine of those", 9, "of those", "at_least"),
        ),
        ("Two of them, critically.", ("Two of them", 2, "of them", "exact")),
        ("Prices rose to TSh36,500 a bag.", ("TSh36,500", 36500, "TZS", "exact")),
        ("A kilo costs USh3,900 now.", ("USh3,900", 3900, "UGX", "exact")),
    ],
)
def test_the_part_counts_what_the_group_holds(
    text: str, expected: tuple[str, Any, str, str]
) -> None:
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "One of the firms failed.",
        "Two of those detained were freed.",  # no noun: "detained" is no plural
        "Two of those detained were brothers.",
        "In 2019 of the year before, nothing.",
        "Tsh, they said.",
    ],
)
def test_no_part(text: str) -> None:
    assert _figures(text) == []
