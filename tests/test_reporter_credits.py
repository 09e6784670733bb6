"""Reporters credited outside the byline line stand in for a byline that names no person."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.model import Article, Evidence, Source

BODY = (
    "The council voted on Tuesday to close the old bridge after engineers found cracks in two "
    "of its piers, officials said. Repairs are expected to take most of next year."
)


def _byline(text: str) -> list[str]:
    fields: dict[str, Any] = analyse(
        Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    )
    for item in fields["byline"]:
        ev = item["evidence"]
        assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(text)
    return [item["name"] for item in fields["byline"]]


def test_a_wire_signoff_names_the_reporters() -> None:
    text = (
        f"Bridge closed after cracks found\n\n{BODY}\n\n(Reporting by Elena Marchetti in Madrid "
        "and Joost van Leeuwen in Amsterdam; Editing by Frances Okafor)\n"
    )
    assert _byline(text) == ["Elena Marchetti", "Joost van Leeuwen"]


def test_additional_reporting_is_no_byline() -> None:
    text = f"Bridge closed after cracks found\n\n{BODY}\n\nAdditional reporting by Jo Bell\n"
    assert _byline(text) == []


def test_a_person_in_the_byline_stays() -> None:
    text = (
        f"Bridge closed after cracks found\n\nBy Jane Roe\n\n18 November 2019\n\n{BODY}\n\n"
        "(Reporting by Sam Lee; Editing by Frances Okafor)\n"
    )
    assert _byline(text) == ["Jane Roe"]


def test_a_live_pages_editors_when_nobody_else_is_credited() -> None:
    text = f"Storm live: roads closed\n\nSummary\n\nEdited by Gwen Lloyd and Rhys Parry\n\n{BODY}\n"
    assert _byline(text) == ["Gwen Lloyd", "Rhys Parry"]
