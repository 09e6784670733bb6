"""A site's section header repeating the masthead ("Becker's Hospital Review | Supply
Chain") is never the headline; tip, audio and reader-supported prompts, "Read the full …"
links, "About the Authors" and a newsletter's comment header are page furniture."""

from __future__ import annotations

import pytest

from audit.analyse import analyse
from audit.analyse.header import read_header
from audit.model import Article, Source

PAGE = (
    "Harbour Health Review\nFinance\nClinical\nSupply Chain\nWorkforce\n\n"
    "Harbour Health Review | Supply Chain\n\n"
    "Pump maker delayed reports on silent alarm: 8 things to know\n\n"
    "Written by Jo Park | November 11, 2026\n\n"
    "A pump maker was warned by its engineers that the alarm could fail.\n"
)


def test_the_section_header_is_not_the_headline() -> None:
    header = read_header(PAGE)
    assert header.title is not None
    assert header.title.text == "Pump maker delayed reports on silent alarm: 8 things to know"


@pytest.mark.parametrize(
    "line",
    [
        "Have a confidential tip for our reporters? Get in touch",
        "Harbour Notes is a reader-supported publication.",
        "Read the full Herald report here.",
        "Listen In English",
        "About the Authors",
        "Discussion about this post",
    ],
)
def test_site_prompts_are_flagged(line: str) -> None:
    text = f"{PAGE}\n{line}\n\nThe company said it would review the alarm.\n"
    fields = analyse(Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain")))
    start = text.index(line)
    assert any(f["evidence"]["start"] <= start < f["evidence"]["end"] for f in fields["flags"]), (
        line
    )
