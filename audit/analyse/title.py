"""The headline: page metadata for HTML, the first substantial line for plain text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from audit.model import Article, Evidence

_MAX_TITLE = 300


def _first_line(text: str) -> tuple[int, int] | None:
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            if len(stripped) > _MAX_TITLE:
                return None
            return start, start + len(stripped)
        offset += len(line) + 1
    return None


def analyse_title(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Title with its evidence span; null with a reason when none can be found."""
    text = article.text
    hint = article.html.title if article.html else None
    if hint:
        wanted = " ".join(hint.split())
        index = text.find(wanted)
        if index >= 0:
            ev = Evidence.of(text, index, index + len(wanted))
            return {"title": {"value": wanted, "evidence": ev.as_json(), "method": "html_meta"}}
        return {
            "title": {
                "value": wanted,
                "evidence": None,
                "method": "html_meta",
                "reason": "stated in page metadata, not in the text",
            }
        }
    span = _first_line(text)
    if span is None:
        return {
            "title": {
                "value": None,
                "evidence": None,
                "method": "none",
                "reason": "the text has no headline line",
            }
        }
    ev = Evidence.of(text, *span)
    return {"title": {"value": ev.quote, "evidence": ev.as_json(), "method": "header_line"}}
