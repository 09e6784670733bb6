"""Author biographies left at the foot of a story ("Jane Roe is a political reporter for
The Daily Post. She joined the paper in 2021.")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.analyse.content.model import Flag, lines

# A paragraph opening with a name and what the person does.
_OPENING = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s(?:[A-Z][\w'’.-]+|de|da|del|van|von|bin)){1,4})"
    r"\s(?:is|was|covers|writes|reports|has\s+(?:been|covered|reported|written))\b"
)
# Words saying the person writes for a living, in the paragraph's first sentence.
_TRADE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer"
    r"|presenter|critic|blogger|freelance|covers|writes|reports|covered|reported)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MAX_BIO = 600
_FOOT = 0.4  # a biography starts past this share of the text
_HEADER_LINES = 40
_HEADER_LINE = 120  # a byline or credit line is short


def author_bios(text: str) -> Iterator[Flag]:
    """RES017: a paragraph in the story's later part that opens with the name a short line
    near the top credits (the byline, above the later part) and says what that person
    writes or covers."""
    units = lines(text)
    foot = len(text) * _FOOT
    header = [u.text for u in units[:_HEADER_LINES] if len(u.text) <= _HEADER_LINE and u.end < foot]
    for unit in units:
        if unit.start < foot or len(unit.text) > _MAX_BIO:
            continue
        opening = _OPENING.match(unit.text)
        if opening is None:
            continue
        name = opening.group("name")
        end = _SENTENCE_END.search(unit.text, opening.end())
        first_sentence = unit.text[opening.end("name") : end.start() if end else len(unit.text)]
        if _TRADE.search(first_sentence) and any(_names(line, name) for line in header):
            yield Flag(
                "RES017",
                "author_bio",
                "boilerplate",
                "low",
                unit.start,
                unit.end,
                "a biography of the byline's author: page furniture, not the story",
            )


def _names(line: str, name: str) -> bool:
    """Whether ``line`` holds ``name`` as whole words."""
    at = line.find(name)
    if at < 0:
        return False
    before, after = line[at - 1 : at], line[at + len(name) : at + len(name) + 1]
    return not (before.isalnum() or after.isalnum())
