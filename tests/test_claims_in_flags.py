"""Claims inside flagged page furniture are not the article's claims."""

from __future__ import annotations

from audit.analyse import analyse
from audit.model import Article, Source

ARTICLE = (
    "Harbour reopens after storm\n\n"
    "The harbour reopened on Monday after 300 boats were moved to safety, the port "
    "authority said. “We are back in business,” said Ana Silva, the harbour master.\n\n"
    "To view the full story, please subscribe to The Valley Herald. You can choose a $60 "
    "Annual Subscription or a $5 Weekly Pass.\n"
)


def test_figures_in_a_paywall_prompt_are_left_out() -> None:
    fields = analyse(Article(ARTICLE, Source("stdin", "-", "x", "text/plain")))
    flagged = [f for f in fields["flags"] if f["category"] == "boilerplate"]
    assert flagged, fields["flags"]
    quotes = [f["evidence"]["quote"] for f in fields["figures"]]
    assert "300 boats" in quotes
    assert not any("$" in q for q in quotes), quotes
    assert [q["speaker"] for q in fields["quotes"]] == ["Ana Silva"]
