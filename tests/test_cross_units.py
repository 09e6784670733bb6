"""Building blocks of the cross-source rules: intervals, quote alignment, relative dates."""

from __future__ import annotations

import datetime as dt

import pytest

from audit.analyse.crosssource import infer_not_before
from audit.analyse.crosssource.dates import resolve
from audit.analyse.crosssource.figures import agree, conflict
from audit.analyse.crosssource.lexicon import unit_class
from audit.analyse.crosssource.quotes import compare, headline_quotes, quote_words
from audit.rules.base import Rule
from audit.rules.cross import XSC_RULES
from tests.cross_fixtures import filled_records, seed_name


@pytest.mark.parametrize(
    ("a", "b", "agrees", "conflicts"),
    [
        ((1e6, "more_than"), (1e6, "more_than"), True, False),
        ((7000, "more_than"), (7000, "exact"), True, False),
        ((7012, "exact"), (7000, "exact"), True, False),
        ((31, "exact"), (35, "exact"), False, True),
        ((1e6, "more_than"), (4e5, "about"), False, True),
        ((1000, "more_than"), (5000, "more_than"), False, False),
        ((100, "less_than"), (150, "exact"), False, True),
    ],
)
def test_qualifier_aware_agreement(
    a: tuple[float, str], b: tuple[float, str], agrees: bool, conflicts: bool
) -> None:
    assert agree(a, b) is agrees
    assert conflict(a, b) is conflicts


def test_unit_classes() -> None:
    assert unit_class("camp inmates") == unit_class("people") == unit_class("Uighurs") == "person"
    assert unit_class("pages") == "page"
    assert unit_class(None) is None


def test_quote_alignment() -> None:
    a = quote_words("we will rebuild every bridge in the valley")
    b = quote_words("We will repair every bridge in the valley, she said")
    result = compare(a, b, same_speaker=True)
    assert result is not None and [(d.a, d.b) for d in result.differences] == [
        ("rebuild", "repair")
    ]
    assert compare(quote_words("the valley"), quote_words("the valley floods")) is None


def test_headline_quotes_skip_apostrophes() -> None:
    assert [p for _, _, p in headline_quotes("China’s ‘shown no mercy’ policy")] == [
        "shown no mercy"
    ]
    assert [p for _, _, p in headline_quotes("Mayor says “we’ll rebuild”")] == ["we’ll rebuild"]
    assert headline_quotes("The mayor’s plan") == []


@pytest.mark.parametrize(
    ("word", "last", "expected"),
    [
        ("saturday", False, "2019-11-16"),
        ("monday", False, "2019-11-18"),
        ("monday", True, "2019-11-11"),
        ("yesterday", False, "2019-11-17"),
        ("today", False, "2019-11-18"),
    ],
)
def test_relative_days(word: str, last: bool, expected: str) -> None:
    assert resolve(word, dt.date(2019, 11, 18), last) == dt.date.fromisoformat(expected)


def test_infer_not_before_api_on_seeds() -> None:
    records = filled_records()
    names = {r["id"]: seed_name(r) for r in records}
    inferred = {names[k]: v for k, v in infer_not_before(records).items()}
    assert {k: v.date.isoformat() for k, v in inferred.items()} == {
        "002_277d183c0be70789.txt": "2019-11-16",
        "003_9e54326c62e84f3c.txt": "2019-11-16",
    }
    assert (
        "the newspaper said on Saturday" in inferred["003_9e54326c62e84f3c.txt"].as_json()["reason"]
    )


@pytest.mark.parametrize("rule", XSC_RULES, ids=lambda r: r.code)
def test_rule_docstrings_are_complete(rule: type[Rule]) -> None:
    doc = rule.__doc__ or ""
    for section in ("Why it matters:", "Fails:", "Passes:", "Options:"):
        assert section in doc, f"{rule.code} lacks {section}"
    assert rule.code.startswith("XSC") and rule.name and rule.summary


def test_report_dates_belong_to_outlets_not_people() -> None:
    from audit.analyse.crosssource.dates import report_dates
    from audit.model import Evidence

    text = (
        "Memos obtained by the Daily Planet were published. Leibold said on Monday that it "
        "was grave. The newspaper said on Saturday that 31 died. Daily Planet reported "
        "yesterday more."
    )
    start = text.index("Daily Planet")
    hops = [("The Daily Planet", Evidence.of(text, start, start + len("Daily Planet")))]
    found = report_dates(text, dt.date(2019, 11, 18), hops, None)
    assert (found[0].outlet, found[0].date.isoformat(), found[0].evidence.quote) == (
        "The Daily Planet",
        "2019-11-16",
        "The newspaper said on Saturday",
    )
    assert not [r for r in found if "Monday" in r.evidence.quote]  # a person, not an outlet
    later = text.rindex("Daily Planet")
    hops.append(("The Daily Planet", Evidence.of(text, later, later + len("Daily Planet"))))
    found = report_dates(text, dt.date(2019, 11, 18), hops, None)
    assert found[-1].evidence.quote == "Daily Planet reported yesterday"
    assert found[-1].date.isoformat() == "2019-11-17"
    assert report_dates(text, None, hops, None) == []
