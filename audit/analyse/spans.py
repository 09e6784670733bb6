"""Questions about many spans of one text, answered in logarithmic time.

"Is this position inside any quotation?", "does this name overlap an outlet's name?" asked
for every item of a long text against every span is quadratic: a 20 MB text took minutes.
:class:`Spans` sorts the spans once and keeps, for each prefix of them in order of start,
the furthest end reached, so each question is one binary search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """A set of ``(start, end)`` spans, possibly overlapping."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def _furthest(self, count: int) -> int | None:
        """The furthest end among the first ``count`` spans (None when none)."""
        return self._reach[count - 1] if count else None

    def covers(self, position: int) -> bool:
        """Whether some span has ``start <= position < end``."""
        reach = self._furthest(bisect_right(self._starts, position))
        return reach is not None and reach > position

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has ``s < end and start < e``."""
        reach = self._furthest(bisect_left(self._starts, end))
        return reach is not None and reach > start

    def contains(self, start: int, end: int) -> bool:
        """Whether some span has ``s <= start and end <= e``."""
        reach = self._furthest(bisect_right(self._starts, start))
        return reach is not None and reach >= end
