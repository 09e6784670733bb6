"""Reader comments run into the article: everything after a comment-section heading, or
from the first of several comment headers ("Name - 22/01/2020 à 12:01")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from audit.analyse.content.model import Flag, Unit, lines
from audit.analyse.spans import Spans

_HEADING = 45
_BODY_LINE = 150
_SENTENCE_LINE = 80  # a bullet or short paragraph of prose
_MIN_SENTENCE_LINES = 3
# A short line naming a date and a time: the header of one reader comment.
_STAMP = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\D{0,12}\d{1,2}[:.]\d{2}"
    r"|\d{1,2}\.\d{1,2},? \d{4} @ \d{1,2}:\d{2}"
)
_MAX_STAMP_LINE = 90
_MIN_STAMPS = 2


def _is_stamp(unit: Unit) -> bool:
    return len(unit.text) <= _MAX_STAMP_LINE and bool(_STAMP.search(unit.text))


def _article_above(units: Sequence[Unit]) -> bool:
    """Whether the lines hold some of the article: a paragraph, or several lines of prose
    (a newsletter's bullets)."""
    if any(len(u.text) >= _BODY_LINE for u in units):
        return True
    return sum(len(u.text) >= _SENTENCE_LINE for u in units) >= _MIN_SENTENCE_LINES


def _late(text: str, unit: Unit) -> bool:
    """In the last 60 % of the text, where comments follow the article."""
    return unit.start * 5 >= len(text) * 2


def reader_comments(text: str, comment_flags: Sequence[Flag]) -> Iterator[Flag]:
    """RES018: the reader comments following a comment heading or comment headers."""
    units = lines(text)
    start = None
    index_at = {u.start: i for i, u in reversed(list(enumerate(units)))}  # the first unit
    for flag in comment_flags:
        index = index_at.get(flag.start)
        if index is None or len(units[index].text) > _HEADING:
            continue
        # A counter in the page header, above any paragraph of the article, opens nothing;
        # a heading opens the comments when it sits late in the text or headers follow.
        if not _article_above(units[:index]):
            continue
        following = sum(_is_stamp(u) for u in units[index + 1 : index + 13])
        if _late(text, units[index]) or following >= _MIN_STAMPS:
            start = index + 1 if start is None else min(start, index + 1)
    stamps = [i for i, u in enumerate(units) if _is_stamp(u) and _late(text, u)]
    if len(stamps) >= _MIN_STAMPS + 1 and stamps[-1] - stamps[0] <= 8 * len(stamps):
        start = stamps[0] if start is None else min(start, stamps[0])
    if start is None or start >= len(units):
        return
    flagged = Spans((f.start, f.end) for f in comment_flags)
    body = [u for u in units[start:] if not flagged.contains(u.start, u.end)]
    if sum(len(u.text) for u in body) < 40:
        return  # a form or a counter, nothing written by readers
    yield Flag(
        "RES018",
        "reader_comments",
        "boilerplate",
        "medium",
        body[0].start,
        body[-1].end,
        "reader comments after the article: readers' opinions, not the outlet's reporting",
    )
