"""Content flags and the text units (lines, paragraphs, quoted spans) detectors work on."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from audit.model import Evidence

CATEGORIES = ("spam", "boilerplate", "residue", "unrelated")


@dataclass(frozen=True, slots=True)
class Flag:
    """One span of the text a detector judged not to belong to the article."""

    code: str
    kind: str
    category: str
    confidence: str
    start: int
    end: int
    message: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.code, self.start, self.end)

    def as_record(self, text: str) -> dict[str, Any]:
        """The record's ``flags`` item (status open, no reason yet)."""
        return {
            "code": self.code,
            "kind": self.kind,
            "category": self.category,
            "confidence": self.confidence,
            "evidence": Evidence.of(text, self.start, self.end).as_json(),
            "status": "open",
            "reason": None,
        }


@dataclass(frozen=True, slots=True)
class Unit:
    """A trimmed line or paragraph with its offsets."""

    start: int
    end: int
    text: str


def lines(text: str) -> list[Unit]:
    """Non-empty lines, trimmed, with offsets (split once per text: every detector and
    pack rule asks for the same text's lines)."""
    return list(_lines(text))


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[Unit, ...]:
    out: list[Unit] = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + raw.index(stripped)
            out.append(Unit(start, start + len(stripped), stripped))
        position += len(raw) + 1
    return tuple(out)


def unit_at(units: Sequence[Unit], starts: Sequence[int], position: int) -> int:
    """Index of the unit holding ``position``, or -1 (``units`` in order and not
    overlapping, ``starts`` their start offsets)."""
    k = bisect_right(starts, position) - 1
    return k if k >= 0 and position < units[k].end else -1


def holding(units: Sequence[Unit], ends: Iterable[int]) -> Iterator[Unit]:
    """The ``units`` (in order, not overlapping) holding one of the offsets ``ends`` (in
    increasing order), each once."""
    starts = [u.start for u in units]
    seen = -1
    for end in ends:
        k = unit_at(units, starts, end)
        if k > seen:
            seen = k
            yield units[k]


def blocks(text: str, short: int = 40) -> list[Unit]:
    """Lines, with runs of adjacent short lines (a phrase wrapped over several lines by
    the page layout) merged into one unit."""
    out: list[Unit] = []
    first: Unit | None = None  # the first line of the block being built
    previous: Unit | None = None  # its last line so far
    for unit in lines(text):
        if (
            previous is not None
            and len(unit.text) <= short
            and len(previous.text) <= short
            and previous.text[-1] not in _WRAP_END
            and "\n\n" not in text[previous.end : unit.start]
        ):
            previous = unit  # the phrase goes on on this line
            continue
        if first is not None and previous is not None:
            out.append(_block(text, first, previous))
        first = previous = unit
    if first is not None and previous is not None:
        out.append(_block(text, first, previous))
    return out


_WRAP_END = '.!?:"”»'  # a short line ending so closes its phrase


def _block(text: str, first: Unit, last: Unit) -> Unit:
    return first if first is last else Unit(first.start, last.end, text[first.start : last.end])


_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def paragraphs(text: str) -> list[Unit]:
    """Blank-line separated blocks; a text without blank lines falls back to its lines."""
    if not _BREAK.search(text):
        return lines(text)
    out: list[Unit] = []
    position = 0
    for match in [*_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped)
            out.append(Unit(start, start + len(stripped), stripped))
        position = match.end() if match else len(text)
    return out


# Quotations: opening mark, no closing mark or newline inside, bounded length (linear time).
_QUOTED = re.compile(r"“[^”\n]{1,3000}”|„[^“”\n]{1,3000}[“”]|«[^»\n]{1,3000}»|\"[^\"\n]{1,3000}\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of quotations in the text (for scopes that exclude quoted speech)."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def runs(
    units: Sequence[Unit], member: Callable[[str], bool], start: int = 0
) -> Iterator[tuple[int, int]]:
    """Each longest run ``[first, end)`` of consecutive units from ``start`` whose text is a
    ``member`` (a list of headlines, of bylines, …)."""
    index = start
    while index < len(units):
        if not member(units[index].text):
            index += 1
            continue
        end = index + 1
        while end < len(units) and member(units[end].text):
            end += 1
        yield index, end
        index = end + 1
