"""Sentence ends: abbreviations, and words that are abbreviations only before a number."""

from __future__ import annotations

import pytest

from audit.analyse.segment import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith said no. Prof. Lee agreed.", ["Mr. Smith said no.", "Prof. Lee agreed."]),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
        ("The firm (est. 1890) grew.", ["The firm (est. 1890) grew."]),
        (
            "It came from the Grand Est. Die Länder folgten.",
            ["It came from the Grand Est.", "Die Länder folgten."],
        ),
        (
            "To Dr. Anna Weiss, it was clear. She left.",
            ["To Dr. Anna Weiss, it was clear.", "She left."],
        ),
        (
            "The U.S. economy grew on Jan. 5. Prices fell.",
            ["The U.S. economy grew on Jan. 5.", "Prices fell."],
        ),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    found = list(sentences(text))
    assert [s.text for s in found] == expected
    assert all(text[s.start : s.end] == s.text for s in found)
