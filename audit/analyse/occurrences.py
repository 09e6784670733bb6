"""Where a literal name stands in a text, found with ``str.find`` and a character test.

A regular expression built around each name (``rf"(?<!\\w){re.escape(name)}(?!\\w)"``)
costs a compilation per name and article, which the ``re`` module's cache cannot save
when every article brings new names; these helpers give the same answers as those
patterns at the cost of a string search. Boundaries follow ``re``: a word character is
``str.isalnum()`` or ``_``; the text before ``low`` is seen, the text from ``high`` on is
not (as a pattern's ``pos`` and ``endpos``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def is_word_char(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches."""
    return char.isalnum() or char == "_"


def free_before(text: str, at: int, joiners: str = "") -> bool:
    """Whether no word character (nor one of ``joiners``) stands right before ``at``."""
    if at <= 0:
        return True
    char = text[at - 1]
    return not is_word_char(char) and char not in joiners


def free_after(text: str, end: int, high: int, joiners: str = "") -> bool:
    """Whether no word character (nor one of ``joiners``) stands at ``end`` before ``high``."""
    if end >= high:
        return True
    char = text[end]
    return not is_word_char(char) and char not in joiners


def word_boundary(text: str, at: int, high: int) -> bool:
    """Whether ``\\b`` holds at ``at`` in ``text[:high]``."""
    before = at > 0 and is_word_char(text[at - 1])
    after = at < high and is_word_char(text[at])
    return before != after


def next_start(text: str, name: str, low: int, high: int, joiners: str = "") -> int:
    """The first start of ``name`` in ``text[low:high]`` with nothing word-like before it,
    or -1."""
    at = text.find(name, low, high)
    while at >= 0 and not free_before(text, at, joiners):
        at = text.find(name, at + 1, high)
    return at


def whole_word_spans(
    text: str, name: str, low: int = 0, high: int | None = None, joiners: str = ""
) -> Iterator[tuple[int, int]]:
    """Spans of ``name`` standing as a word of its own (no word character nor one of
    ``joiners`` on either side), left to right and never overlapping."""
    high = len(text) if high is None else high
    if not name:
        return
    at = next_start(text, name, low, high, joiners)
    while at >= 0:
        end = at + len(name)
        if free_after(text, end, high, joiners):
            yield at, end
            at = next_start(text, name, end, high, joiners)
        else:
            at = next_start(text, name, at + 1, high, joiners)


def bounded_spans(text: str, name: str, high: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of ``name`` with ``\\b`` on both sides (``rf"\\b{re.escape(name)}\\b"``), left to
    right and never overlapping."""
    high = len(text) if high is None else high
    if not name:
        return
    at = text.find(name, 0, high)
    while at >= 0:
        end = at + len(name)
        if word_boundary(text, at, high) and word_boundary(text, end, high):
            yield at, end
            at = text.find(name, end, high)
        else:
            at = text.find(name, at + 1, high)


def run_before(
    text: str, name: str, run: re.Pattern[str], low: int, high: int, reach: int = 400
) -> tuple[int, int] | None:
    """The leftmost span ``<run><name>`` in ``text[low:high]`` with ``\\b`` after the name,
    as ``re.search(rf"{run}{re.escape(name)}\\b")`` finds it: ``run`` ends in ``\\Z`` and is
    searched over the ``reach`` characters before each start of the name."""
    best: tuple[int, int] | None = None
    at = text.find(name, low, high)
    while at >= 0:
        if best is not None and at - reach > best[0]:
            break  # no later start of the name can have a run starting further left
        end = at + len(name)
        if word_boundary(text, end, high):
            found = run.search(text, max(low, at - reach), at)
            if found is not None and (best is None or found.start() <= best[0]):
                best = (found.start(), end)  # on a tie the longer, as a greedy run takes
        at = text.find(name, at + 1, high)
    return best
