"""The range pattern runs only on texts holding its core: every range holds one."""

from __future__ import annotations

import random

from audit.analyse import lexicons
from audit.analyse.figure_tables import tables as _tables
from audit.analyse.figures import find_figures
from tests.test_prefilter import TEXTS


def _ranges() -> list[str]:
    data = lexicons.load("figures")
    signs = [str(c) for c in data["currencies"]]
    scales = [str(s) for s in data["scales"]]
    rng = random.Random(3)
    out = []
    for _ in range(600):
        sign, scale = rng.choice([*signs, ""]), rng.choice([*scales, ""])
        sep = rng.choice(["-", "–", "—", " to ", " and ", " bis ", " und ", "  to ", " TO "])
        pre = rng.choice(["", "between ", "from ", "Zwischen ", "von  "])
        lo, hi = rng.choice(["3", "1,200", "2.5", "10’000", "3,5"]), rng.choice(["5", "7,000"])
        space = rng.choice(["", " "])
        out.append(f"about {pre}{sign}{space}{lo}{space}{scale}{sep}{sign}{hi} {scale} people")
    return out


def test_every_range_holds_the_core() -> None:
    t = _tables()
    found = 0
    for text in [*_ranges(), *TEXTS]:
        for m in t.range_.finditer(text):
            found += 1
            assert t.range_core.search(text, m.start(), m.end()) is not None, m.group()
    assert found > 400


def test_a_text_without_the_core_has_no_range() -> None:
    text = "Between 3,000 and 5,000 people marched, and 10-15 were hurt."
    assert [f["qualifier"] for f in find_figures(text)][:2] == ["at_least", "at_most"]
    assert _tables().range_core.search("about 3,000 people and 15 were hurt") is None


def test_joined_exclusions_match_where_one_of_them_does() -> None:
    data = lexicons.load("figures")
    rng = random.Random(6)
    pieces = ["No.", "no", "Nr.", " ", "  ", "aged ", "#", "-", "USA ", "§", "year-old", "th",
              "-for-3", " people familiar", " sources, who spoke", " min read", " o’clock",
              " Uhr", "Klägerin zu ", "x", "Seite", "\n"]  # fmt: skip
    for key, method in (("not_figure_before", "search"), ("not_figure_after", "match")):
        patterns = lexicons.compiled(tuple(data[key]))
        joined = lexicons.any_of(patterns)
        assert joined is not None
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(5)))
            expected = any(getattr(p, method)(text) for p in patterns)
            assert bool(getattr(joined, method)(text)) == expected, (key, text)


def test_patterns_with_groups_or_other_flags_are_not_joined() -> None:
    import re

    assert lexicons.any_of((re.compile("a(b)"), re.compile("c"))) is None
    assert lexicons.any_of((re.compile("a", re.I), re.compile("c"))) is None
    assert lexicons.any_of((re.compile("(?s)a"), re.compile("c"))) is None
    assert lexicons.any_of(()) is None
