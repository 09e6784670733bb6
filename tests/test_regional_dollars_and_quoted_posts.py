"""Dollars and pesos written with their country's letters before the sign ("TT$62
million", "BDS$286,000", "EC$40") carry their own currency; a post quoted as its own
paragraph after "…, wrote:" or "…, posted on Facebook:" is a quotation like one after
"said:". Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect
from audit.analyse.figures import find_figures
from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Source


@pytest.mark.parametrize(
    ("text", "unit", "quote"),
    [
        ("The charter is worth TT$62 million a year.", "TTD", "TT$62 million"),
        ("A BDS$286,000 grant paid for the monitors.", "BBD", "BDS$286,000"),
        ("Tickets rose to EC$40 for adults.", "XCD", "EC$40"),
        ("The fine is J$1.2 billion.", "JMD", "J$1.2 billion"),
        ("Fares start at RD$500.", "DOP", "RD$500"),
        ("Rent averages MX$3,000 a month.", "MXN", "MX$3,000"),
        ("The budget was COP 4,000 million.", "COP", "COP 4,000 million"),
    ],
)
def test_a_regional_dollar_is_its_own_currency(text: str, unit: str, quote: str) -> None:
    found = [(f["unit"], f["evidence"]["quote"]) for f in find_figures(text)]
    assert (unit, quote) in found


def _quotes(text: str) -> list[str]:
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    return [q["text"] for q in analyse_quotes(article, {})["quotes"]]


@pytest.mark.parametrize(
    "intro",
    [
        "Another user, who says she takes the boat every week, wrote:",
        "The former harbour master posted on Facebook:",
        "A councillor for the ward wrote in a post on X:",
        "The island's best-known fisherman tweeted:",
    ],
)
def test_a_post_after_its_intro_is_a_quotation(intro: str) -> None:
    post = "Every few years the ferry breaks down and the sailings are cut. Enough."
    text = f"Passengers were angry on Saturday.\n{intro}\n\n{post}\nThe ministry met on Monday.\n"
    assert _quotes(text) == [post]
    assert [f for f in detect(text) if f.code == "RES010"] == []


def test_an_intro_written_in_other_words_is_still_no_post() -> None:
    text = "Reactions online were split along familiar lines:\n\nThe ministry met on Monday.\n"
    assert _quotes(text) == []
