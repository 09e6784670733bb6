"""Rand and shilling amounts: letters that are a currency only before a number with
thousands separators or a scale word ("R50,000", "Sh4.2 billion"), never before a bare number
("the R445" is a road)."""

from __future__ import annotations

import pytest

from audit.analyse.figures import find_figures


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f["evidence"]["quote"], f.get("unit")) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Each family will receive R50,000 from the fund.", "R50,000", "ZAR"),
        ("Profit rose to R1.1 billion last year.", "R1.1 billion", "ZAR"),
        ("The union is owed Sh4.2 billion in arrears.", "Sh4.2 billion", "KES"),
        ("The county paid KSh 300 million for the wing.", "KSh 300 million", "KES"),
    ],
)
def test_guarded_currencies_before_separators_or_scales(text: str, quote: str, unit: str) -> None:
    assert (quote, unit) in _found(text)


@pytest.mark.parametrize(
    "text",
    ["Take the R445 south out of town.", "She finished R2 in the heats.", "Shares in Sh4 fell."],
)
def test_a_bare_number_after_the_letters_is_no_amount(text: str) -> None:
    assert all(unit not in ("ZAR", "KES") for _, unit in _found(text))
