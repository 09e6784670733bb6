"""Quotations printed without marks after a line attributing them (press releases,
government pages), and speakers named with a capitalised job title. Texts written for
these tests."""

from __future__ import annotations

from audit.analyse.content import detect
from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Source

_PAGE = (
    "Heat-health alert raised for much of England\n"
    "An amber alert is in force from Wednesday until Sunday.\n"
    "Dr Mira Castell, Consultant in Public Health at the Health Agency, said:\n"
    "Most of us can enjoy the warm weather safely. Please check on older neighbours.\n"
    "Owen Pryde, Deputy Chief Forecaster at the Weather Office, said:\n"
    "High pressure will bring a spell of very warm weather, peaking on Thursday.\n"
    "Alerts are sent to more than 10,000 registered users.\n"
)


def _quotes(text: str) -> list[tuple[str, str | None]]:
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    return [(q["text"], q["speaker"]) for q in analyse_quotes(article, {})["quotes"]]


def test_the_paragraph_after_a_said_colon_line_is_the_quotation() -> None:
    assert _quotes(_PAGE) == [
        (
            "Most of us can enjoy the warm weather safely. Please check on older neighbours.",
            "Mira Castell",
        ),
        (
            "High pressure will bring a spell of very warm weather, peaking on Thursday.",
            "Owen Pryde",
        ),
    ]


def test_an_answered_intro_is_no_missing_quotation() -> None:
    assert [f for f in detect(_PAGE) if f.code == "RES010"] == []


def test_an_intro_ending_in_other_words_still_misses_its_quotation() -> None:
    text = (
        "In another page of the leaked files, the minister told party officials in a speech:\n\n"
        "The tactics used by officials were also described in detail in the files.\n"
    )
    assert _quotes(text) == []
    assert [f.code for f in detect(text)] == ["RES010"]


def test_a_marked_quotation_after_the_intro_is_read_by_its_marks() -> None:
    text = (
        "Dr Mira Castell, Consultant in Public Health at the Health Agency, said:\n"
        "“Most of us can enjoy the warm weather safely.”\n"
    )
    assert _quotes(text) == [("Most of us can enjoy the warm weather safely.", "Mira Castell")]


def test_a_list_or_heading_after_the_intro_is_no_quotation() -> None:
    text = (
        "The agency said:\n"
        "- keep curtains closed on rooms that face the sun\n"
        "The council added:\n"
        "Opening times\n"
    )
    assert _quotes(text) == []
