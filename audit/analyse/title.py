"""The headline: chosen among page metadata for HTML, read from the header for plain text.

In plain text the title is the first headline-like header line that is not the masthead
(a blog's name above its date line), a byline, a date line or a section label.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from audit.analyse.header import read_header
from audit.analyse.html_meta import choose_title, only_site_name, shown_headline
from audit.model import Article, Evidence


def find_span(text: str, value: str, limit: int | None = None) -> tuple[int, int] | None:
    """Span of ``value`` in ``text`` (white space may differ), searched in ``text[:limit]``."""
    haystack = text if limit is None else text[:limit]
    index = haystack.find(value)
    if index >= 0:
        return index, index + len(value)
    words = value.split()
    if not words:
        return None
    index = haystack.find(words[0])
    while index >= 0:
        position = index
        for word in words:
            found = haystack.find(word, position)
            if found < 0 or haystack[position:found].strip():
                break
            position = found + len(word)
        else:
            return index, position
        index = haystack.find(words[0], index + 1)
    return None


def _none(reason: str) -> dict[str, Any]:
    return {"title": {"value": None, "evidence": None, "method": "none", "reason": reason}}


def analyse_title(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Title with its evidence span; null with a reason when none can be found."""
    text = article.text
    if article.html is not None:
        choice = choose_title(article.html)
        if choice is None:
            return _from_header(text, "the page states no title in its metadata or headings")
        span = find_span(text, choice.value, 2000)
        if span is None or only_site_name(article.html, choice.value):
            shown = shown_headline(
                article.html, text, choice.value, lambda v: find_span(text, v, 2000)
            )
            if shown is not None:
                choice, span = shown
        title: dict[str, Any] = {
            "value": choice.value,
            "evidence": Evidence.of(text, *span).as_json() if span else None,
            "method": choice.method,
        }
        title["reason"] = f"from the page's {choice.key}" + (
            "" if span else "; the extracted text does not repeat it"
        )
        return {"title": title}
    return _from_header(text, "the text has no headline line before its body")


def _from_header(text: str, why_not: str) -> dict[str, Any]:
    header = read_header(text)
    if header.title is None:
        return _none(why_not)
    ev = Evidence.of(text, header.title.start, header.title.end)
    reason = None
    if header.masthead is not None:
        reason = f"first header line {header.masthead.text!r} is the site's name, not the title"
    return {
        "title": {
            "value": ev.quote,
            "evidence": ev.as_json(),
            "method": "header_line",
            "reason": reason,
        }
    }
