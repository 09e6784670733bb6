"""Shares are searched only in texts holding a part word: every match holds one."""

from __future__ import annotations

import random

from audit.analyse import shares


def test_every_share_match_holds_an_anchor() -> None:
    table = shares._table()
    rng = random.Random(11)
    pieces = [
        "by",
        "about",
        "around",
        "more",
        "than",
        "a",
        "A",
        "one",
        "half",
        "Half",
        "third",
        "quarter",
        "fifth",
        "of",
        "the",
        "-",
    ]
    glue = [" ", "\n", "  ", "-", "", "\t", "x"]
    seen = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randrange(12)))
        for match in table.pattern.finditer(text):
            seen += 1
            anchor = table.anchor.search(text, match.start(), match.end())
            assert anchor is not None and anchor.end() == match.end(), text
    assert seen > 500  # the generator does reach the pattern


def test_a_text_without_part_words_has_no_shares() -> None:
    assert shares.find_shares("Turnout rose by about 4 points across the region.") == []
    found = shares.find_shares("Turnout rose by about a third across the region.")
    assert [f["evidence"]["quote"] for f in found] == ["about a third"]
