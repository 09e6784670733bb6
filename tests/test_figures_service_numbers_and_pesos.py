"""Figures the twenty-fifth and twenty-sixth sets wrote: New Taiwan dollars, rand sums with
a hyphen before the scale ("R38-million"), Philippine pesos as "P" before a scaled sum or
separated digits, a billion written "B" after a currency ("$1.2B"), and emergency numbers
that are no count ("a 911 dispatch center")."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.figures import analyse_figures
from audit.model import Article, Source


def _figures(text: str) -> list[tuple[str, Any, str | None]]:
    article = Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain"))
    found = analyse_figures(article, {})["figures"]
    for f in found:
        ev = f["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
    return [(f["evidence"]["quote"], f["value"], f["unit"]) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tenders were worth about NT$184 million.",
            ("about NT$184 million", 184000000, "TWD"),
        ),
        ("The municipality paid R38-million for water.", ("R38-million", 38000000, "ZAR")),
        ("It flagged R52.7-million in spending.", ("R52.7-million", 52700000, "ZAR")),
        ("Crop damage reached P1.21 billion.", ("P1.21 billion", 1210000000, "PHP")),
        ("Relief packs worth P45,000 arrived.", ("P45,000", 45000, "PHP")),
        ("The startup raised $1.2B last year.", ("$1.2B", 1200000000, "USD")),
        ("The bridge cost P3.4B to build.", ("P3.4B", 3400000000, "PHP")),
    ],
)
def test_currencies_and_scales_as_these_papers_write_them(
    text: str, expected: tuple[str, Any, str]
) -> None:
    assert _figures(text) == [expected]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Pupils in class 4B and a type 2B pencil.", []),
        ("Tier 1B drugs and 2B pencils were short.", []),
        ("A 911 dispatch center answers for three counties.", ["three counties"]),
        ("The 911 agency's director resigned.", []),
        ("Call 999 emergency services at once.", []),
        ("Page P2 of the report.", []),
        ("They flew 12 B-52 bombers.", ["12 B-52 bombers"]),
        ("The centre has 112 operators and 311 callers waited.", ["112 operators", "311 callers"]),
    ],
)
def test_grades_emergency_numbers_and_bare_letters_are_no_figures(
    text: str, quotes: list[str]
) -> None:
    assert [q for q, _, _ in _figures(text)] == quotes


def test_an_emergency_number_leaves_the_counts_beside_it() -> None:
    text = "The 911 center logged 40 dispatchers and 999 people on the list."
    assert [q for q, _, _ in _figures(text)] == ["40 dispatchers", "999 people"]
