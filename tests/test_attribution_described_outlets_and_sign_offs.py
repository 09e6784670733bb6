"""A registered outlet named after what it is ("the national news agency Bernama",
"Estonian public broadcaster ERR") keeps the cue before the description; a contributor's
"Additional reporting by" credit is no source; a wire's name after a dash closing the last
paragraph signs the copy ("… the operator. — Bernama")."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.model import Article, Source

_SOURCE = Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain")
_PROSE = (
    "The state will limit treated water for new data centres to 30 per cent of their daily "
    "needs from next year, with the rest to come from recycled sources.\n\n"
)


def _fields(text: str) -> dict[str, Any]:
    return analyse(Article(text, _SOURCE))


def test_a_cue_before_a_described_outlet_credits_it() -> None:
    text = (
        "As reported by the national news agency Bernama, the committee chairman announced "
        "the cap on Friday.\n\n"
        "The ferry operator skipped drills, according to reporting by Estonian public "
        "broadcaster ERR.\n"
    )
    names = sorted(hop["name"] for hop in _fields(text)["attribution"]["chain"])
    assert names[0] == "Bernama" and names[1].startswith("ERR") and len(names) == 2


def test_additional_reporting_by_a_wire_is_no_source() -> None:
    text = f"{_PROSE}{_PROSE}Additional reporting by Reuters\n"
    assert _fields(text)["attribution"]["origin"] is None


def test_a_wire_after_a_dash_closing_the_story_signs_the_copy() -> None:
    text = (
        f"Malay Post\n\nJohor caps water for data centres\n\n{_PROSE}{_PROSE}"
        "More than 12,000 households lost supply this year, according to the operator. "
        "— Bernama\n\nRelated Articles\n"
    )
    assert _fields(text)["republication"]["original_outlet"] == "Bernama"
