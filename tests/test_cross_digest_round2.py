"""Shortcuts of the cross-source digest (round 2) give what the plain forms give.

Each reference below is the form a helper had before its shortcut; property tests
compare the two on quotation-like random texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from audit.analyse.crosssource.dates import _FOLD, _pattern, _report_phrases
from audit.analyse.crosssource.digest import (
    Digest,
    HeadlinePhrase,
    _headline,
    digest,
    story_key_families,
    story_keys,
)
from audit.analyse.crosssource.figures import agree, conflict, interval, rounding
from audit.analyse.crosssource.quotes import (
    GAP,
    contains,
    headline_quotes,
    quote_words,
    quote_words_with_gaps,
)
from audit.model import Evidence
from tests.cross_fixtures import filled_records
from tests.test_cross_digest_speed import SETTINGS

QUOTISH = st.lists(
    st.sampled_from(
        (
            *("We", "will", "rebuild", "Rebuilding", "bridges", "it's", "don’t", "x"),
            *(".", "..", "...", ". . .", ". .", "…", "[", "]", "[sic]", "[the party]"),
            *(" ", "  ", "\n", ",", "'", "’", "7", "İ", "Σ"),
        )
    ),
    max_size=40,
).map("".join)


@SETTINGS
@given(QUOTISH)
def test_quote_words_match_the_plain_form(text: str) -> None:
    assert quote_words(text) == quote_words_with_gaps(text)


def test_quote_words_shortcut_and_elisions() -> None:
    assert quote_words("We rebuilt it.").keys == ("we", "rebuilt", "it")
    assert quote_words("We . . . rebuilt").shown == ("We", "…", "rebuilt")
    assert quote_words("We [the party] rebuilt").keys == ("we", GAP, "rebuilt")


QUALIFIERS = st.sampled_from(
    ("exact", "about", "more_than", "at_least", "less_than", "at_most", "up_to", "odd")
)
VALUES = st.one_of(
    st.sampled_from((0.0, 7000.0, 7500.0, 31.0, 35.0, 1e6, 4e5, 0.5, -3.0)),
    st.floats(min_value=-1e7, max_value=1e7, allow_nan=False),
)


@SETTINGS
@given(VALUES, QUALIFIERS, VALUES, QUALIFIERS)
def test_agree_and_conflict_are_the_interval_forms(va: float, qa: str, vb: float, qb: str) -> None:
    close = abs(va - vb) <= max(rounding(va), rounding(vb))
    meets = interval(va, qa).meets(interval(vb, qb))
    assert agree((va, qa), (vb, qb)) == (close and meets)
    assert conflict((va, qa), (vb, qb)) == (not meets)


def test_agree_allows_rounding_and_open_qualifiers() -> None:
    assert agree((7000.0, "more_than"), (7000.0, "exact"))
    assert not agree((31.0, "exact"), (35.0, "exact"))
    assert conflict((1e6, "more_than"), (4e5, "exact"))
    assert not conflict((7000.0, "about"), (7500.0, "exact"))


def reference_story_keys(d: Digest) -> set[str]:
    """story_keys as one set built key by key (the form before the families)."""
    keys = {f"e:{e}" for e in d.entities}
    keys.update(f"s:{q.speaker_key}" for q in d.quotes if q.speaker_key)
    for fig in d.figures:
        if fig.value >= 10:
            keys.add(f"f:{fig.unit_class}|{fig.value:.3g}")
    for quote in d.quotes:
        words = [k for k in quote.words.keys if len(k) > 3][:12]
        keys.update(f"q:{' '.join(words[i : i + 3])}" for i in range(len(words) - 2))
    return keys


def test_story_keys_by_family_are_the_keys_built_one_by_one() -> None:
    records = filled_records()
    assert records
    for record in records:
        d = digest(record, record["id"])
        families = story_key_families(d)
        assert story_keys(d) == reference_story_keys(d)
        assert all({k[0] for k in keys} <= {f} for keys, f in zip(families, "esqf", strict=True))
        assert sum(map(len, families)) == len(story_keys(d))


PHRASES = st.lists(
    st.sampled_from(
        (
            *("said", "Said", "says", "reports", "reported", "unsaid", "resaid", "x", "_"),
            *("on", "last", "Monday", "friday", "yesterday", "today", "Mondays", "ſaid"),
            *(" ", "  ", "\n", ".", ",", "'", "’", "-", "7", "é", "İ"),
        )
    ),
    max_size=40,
).map("".join)


@SETTINGS
@given(PHRASES)
def test_report_phrases_are_the_anchored_pattern_matches(text: str) -> None:
    def found(matches: Iterator[re.Match[str]]) -> list[tuple[int, int, str | None, str]]:
        return [
            (m.start(), m.end(), m.group(1), m.group(2).translate(_FOLD).lower()) for m in matches
        ]

    assert found(_report_phrases(text)) == found(_pattern().finditer(text))


def test_a_verb_inside_a_word_starts_no_phrase() -> None:
    text = "It was unsaid Monday; resaid on Friday. She said last Friday, he says today."
    assert [m.group(0) for m in _report_phrases(text)] == ["said last friday", "says today"]


def reference_headline(record: dict[str, Any], text: str) -> tuple[HeadlinePhrase, ...]:
    """_headline splitting the whole body into words every time (the form before)."""
    span = Evidence(**record["title"]["evidence"])
    found = headline_quotes(span.quote)
    if not found:
        return ()
    body = quote_words(text[: span.start] + " \n " + text[span.end :]).keys
    return tuple(
        HeadlinePhrase(
            phrase,
            quote_words(phrase).keys,
            Evidence.of(text, span.start + start, span.start + end),
            contains(body, quote_words(phrase).keys),
        )
        for start, end, phrase in found
    )


BODY_WORDS = st.sampled_from(
    (
        *("Mercy", "mercy", "MERCY", "mercies", "merciful", "no", "shown", "Shown", "showing"),
        *("ΟΔΟΣ", "οδος", "οδοσ", "İz", "iz", "it’s", "it's", "its", "…", "...", "[no]"),
        *(" ", " ", "\n", ", ", ". ", "“", "”", "'", "’"),
    )
)
TITLE_PHRASES = st.lists(BODY_WORDS.filter(lambda w: w.strip() not in "“”"), max_size=5)


@SETTINGS
@given(TITLE_PHRASES, st.lists(BODY_WORDS, max_size=40))
def test_headline_phrases_in_the_body_as_splitting_the_body_finds(
    phrase: list[str], body: list[str]
) -> None:
    title = "Officials “" + " ".join(phrase) + "” said"
    text = title + "\n\n" + "".join(body)
    record = {"title": {"evidence": {"start": 0, "end": len(title), "quote": title}}}
    assert _headline(record, text) == reference_headline(record, text)


def test_a_headline_quote_found_or_not_in_the_body() -> None:
    title = "Leaks: “shown no mercy”"
    for body, expected in (("They were shown no mercy.", True), ("No mercy was shown.", False)):
        text = title + "\n\n" + body
        record = {"title": {"evidence": {"start": 0, "end": len(title), "quote": title}}}
        assert [h.in_body for h in _headline(record, text)] == [expected]
