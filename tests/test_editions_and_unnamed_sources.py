"""A local edition naming its parent outlet is not a republication; an unnamed source
described by a place ("a Kent-based analyst") is nobody named; "<name>, a maker of …" is a
body that "the company" stands for."""

from __future__ import annotations

import pytest

from audit.analyse import analyse
from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Source
from tests.claims_support import install_registry


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def _article(text: str) -> Article:
    return Article(text, Source("stdin", "-", "x", "text/plain"))


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in analyse_quotes(_article(text), {})["quotes"]]


EDITION = """Skip to main content
Reuters Harbourside
Sections
Politics
Business
Subscribe

Nov 16, 2026 - Politics

Scoop: Canal board quietly voted to sell moorings

Nina Voss

The board of the Aire Canal Trust voted in September to sell the moorings, according to \
minutes obtained by Reuters Harbourside.

Reuters could not independently verify the recording. The trust did not respond to requests \
for comment.
"""


def test_a_local_edition_naming_its_parent_outlet_republishes_nothing() -> None:
    fields = analyse(_article(EDITION))
    assert fields["outlet"]["name"] == "Reuters Harbourside"
    assert fields["republication"] is None


def test_a_source_described_by_a_two_word_place_is_not_named() -> None:
    text = (
        "Deals were tracked by the Cedar Vale research firm Dealbook.\n"
        "A Cedar Vale-based analyst who covers shipping, and who asked not to be named "
        "because his firm advises rivals, said the price was “only sensible if it works.”\n"
        "“Freight is a crowded field,” he said."
    )
    assert _speakers(text) == [None, None]


def test_the_company_is_the_body_an_apposition_calls_a_maker() -> None:
    text = (
        "The Daily Brenton Herald\n\n"
        "Halvani Fine Chemicals, a Korean maker of paint coatings, said on Friday it would trim "
        "output.\n\n"
        "“Demand will recover next year,” the company said in a statement.\n\n"
        "Copyright Brenton Herald Corporation."
    )
    assert _speakers(text) == ["Halvani Fine Chemicals"]
