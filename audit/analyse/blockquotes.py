"""Quotations printed without quotation marks: the paragraph after an attribution line.

Press releases and government news pages set a quotation off as its own paragraph (a
``<blockquote>`` on the page, plain text once extracted) right after a line that only
attributes it: "Dr Jane Roe, Consultant in Public Health at the agency, said:". A line
whose last words are the reporting verb and a colon promises the words that follow; the
next paragraph is taken as the quotation when it has no quotation marks of its own (else
the marks say where the quote is) and reads as prose. "President Xi told officials during a
speech:" ends in other words, so a missing quotation after it is still found missing
(RES010).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A line ending in its reporting verb and a colon ("…, said:", "…, said in a statement:").
# Posts quoted the same way end in their own verb, perhaps with the place ("…, wrote:",
# "…, posted on Facebook:", "…, wrote in a post on X:").
_TAG_END = re.compile(
    r"\b(?:said|says|added|adds|commented|comments|explained|explains|continued|stated"
    r"|states|warned|warns|noted|notes|urged|urges|wrote|writes|posted|posts|tweeted|tweets)"
    r"(?:\s+(?:in|on)\s+(?:a\s+)?(?:statement|post|tweet|X|Twitter|Facebook|Instagram"
    r"|TikTok|Threads|Bluesky|LinkedIn|Reddit|Telegram|social\s+media)"
    r"(?:\s+(?:post|on\s+(?:X|Twitter|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn)))?)?"
    r"\s*:$"
)
_LINE = re.compile(r"[^\n]+")
_COLON_AT_LINE_END = re.compile(r":[ \t]*\n")
_MARKS = frozenset('"“”„«»')
_MIN_INTRO_WORDS = 3
_MAX_QUOTE = 1500


@dataclass(frozen=True, slots=True)
class UnmarkedQuote:
    """An attribution line at ``intro_start:intro_end`` and the quotation after it."""

    intro_start: int
    intro_end: int
    start: int
    end: int


def unmarked_quotes(text: str) -> Iterator[UnmarkedQuote]:
    """Every paragraph quoted without marks after a line attributing it, in order (only the
    lines ending in a colon are read)."""
    for colon in _COLON_AT_LINE_END.finditer(text):
        intro_end = colon.start() + 1
        intro_start = text.rfind("\n", 0, colon.start()) + 1
        intro = text[intro_start:intro_end]
        stripped = intro.lstrip()
        if not _is_attribution(stripped):
            continue
        following = _LINE.search(text, colon.end())
        while following is not None and not following.group().strip():
            following = _LINE.search(text, following.end())
        if following is None:
            continue
        line = following.group().strip()
        if _is_quotation(line):
            start = following.start() + following.group().index(line)
            yield UnmarkedQuote(
                intro_start + len(intro) - len(stripped), intro_end, start, start + len(line)
            )


def _is_attribution(line: str) -> bool:
    return (
        len(line.split()) >= _MIN_INTRO_WORDS
        and _TAG_END.search(line) is not None
        and not _MARKS.intersection(line)
    )


def _is_quotation(line: str) -> bool:
    """Prose with no quotation marks: a capital first, a sentence's end last."""
    return (
        len(line) <= _MAX_QUOTE
        and line[:1].isupper()
        and line.rstrip("”\"’')")[-1:] in ".!?"
        and not _MARKS.intersection(line)
    )
