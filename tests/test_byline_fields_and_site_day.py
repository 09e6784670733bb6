"""A byline line that sets its fields apart with dots or bars ("By Ann Roe, in News · 14
Nov 2026, 11:40 · 5 Comments") credits the writer, so the line above it is the headline;
the day a site's header shows under its masthead gives way to the story's own date.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields, byline_names

_PAGE = (
    "The Harbour Courier\n"
    "Monday, 16 November 2026\n"
    "News\nBusiness\nProperty\nOpinion\nSubscribe\n\n"
    "The Harbour Courier App - Download now\n\n"
    "News\n"
    "Court suspends clifftop resort on the Ostvale coast\n\n"
    "{byline}\n\n"
    "An administrative court has ordered the suspension of work on a 120-unit resort on "
    "the cliffs near Ostvale after an environmental group argued that its approval ignored "
    "the rules of the natural park.\n\n"
    "The decision, issued on Thursday, halts all earthmoving on the site until the court "
    "rules on the substance of the case, which could take more than a year.\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "By Paula Quintas, in News · 14 Nov 2026, 11:40 · Updated: 16 Nov 2026 · 5 Comments",
        "By Paula Quintas | 14 Nov 2026, 11:40 | 5 Comments",
        "By Paula Quintas, in Opinion & Analysis · 14 Nov 2026",
    ],
)
def test_a_byline_with_fields_credits_its_writer(byline: str) -> None:
    text = _PAGE.format(byline=byline)
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Paula Quintas"]
    assert fields["title"]["value"] == "Court suspends clifftop resort on the Ostvale coast"


def test_the_stories_date_comes_before_the_day_under_the_masthead() -> None:
    text = _PAGE.format(byline="By Paula Quintas, in News · 14 Nov 2026, 11:40")
    assert analysed_fields(text)["published"]["date"] == "2026-11-14"


def test_the_day_under_the_masthead_is_used_when_nothing_else_dates_the_story() -> None:
    text = _PAGE.format(byline="By Paula Quintas")
    assert analysed_fields(text)["published"]["date"] == "2026-11-16"
