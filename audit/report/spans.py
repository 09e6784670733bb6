"""Highlights of one record's text, and their rendering as properly nested pieces.

Spans may overlap arbitrarily. :func:`nest` cuts them into pieces that nest like HTML
elements must: a span that crosses the end of an enclosing span is split there and
reopened, so the pieces of one span, read in order, are exactly ``text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

KINDS: tuple[str, ...] = (
    "metadata",
    "attribution",
    "caveat",
    "quote",
    "figure",
    "spam",
    "boilerplate",
    "residue",
    "unrelated",
)


@dataclass(slots=True)
class Detail:
    """One labelled line of a note ("Speaker: Xi Jinping")."""

    label: str
    value: str


@dataclass(slots=True)
class Highlight:
    """A span of the text, its kind and what its note says."""

    start: int
    end: int
    kind: str
    heading: str
    explanation: str
    details: list[Detail] = field(default_factory=list)
    code: str | None = None
    dismissed: bool = False
    quote: str = ""
    hid: str = ""  # element id, assigned by the page builder

    @property
    def note_id(self) -> str:
        return f"{self.hid}-note"


@dataclass(slots=True)
class Link:
    """A pointer to a highlight (its id is assigned once every highlight is known)."""

    highlight: Highlight

    @property
    def hid(self) -> str:
        return self.highlight.hid

    @property
    def quote(self) -> str:
        return self.highlight.quote


@dataclass(slots=True)
class Piece:
    """A node of the nested rendering: plain text (``highlight`` None) or a mark."""

    text: str = ""
    highlight: Highlight | None = None
    first: bool = False  # the first piece of its highlight carries its id and focus
    children: list[Piece] = field(default_factory=list)


def nest(text: str, highlights: list[Highlight]) -> list[Piece]:
    """Cut ``text`` into nested pieces covering every highlight (empty spans skipped)."""
    spans = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
    bounds = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    starts: dict[int, list[Highlight]] = {}
    for h in spans:
        starts.setdefault(h.start, []).append(h)
    active: list[Highlight] = []  # spans covering the current segment
    root = Piece()
    stack: list[tuple[Highlight | None, Piece]] = [(None, root)]
    opened: set[int] = set()
    for left, right in pairwise(bounds):
        active = [h for h in active if h.end > left] + starts.get(left, [])
        live = {id(h) for h in active}
        # Close from the first open mark that no longer covers this segment.
        keep = 1
        while keep < len(stack) and id(stack[keep][0]) in live:
            keep += 1
        del stack[keep:]
        open_ids = {id(h) for h, _ in stack[1:]}
        # Longest-running spans go outermost, so fewer of them are split later.
        for h in sorted(
            (h for h in active if id(h) not in open_ids), key=lambda h: (-h.end, h.start)
        ):
            piece = Piece(highlight=h, first=id(h) not in opened)
            opened.add(id(h))
            stack[-1][1].children.append(piece)
            stack.append((h, piece))
        stack[-1][1].children.append(Piece(text=text[left:right]))
    return root.children


def pieces_text(pieces: list[Piece], hid: str) -> str:
    """The text a highlight covers, read back from its pieces (for tests)."""
    out: list[str] = []

    def walk(nodes: list[Piece], inside: bool) -> None:
        for node in nodes:
            here = inside or (node.highlight is not None and node.highlight.hid == hid)
            if node.highlight is None:
                if inside:
                    out.append(node.text)
            else:
                walk(node.children, here)

    walk(pieces, False)
    return "".join(out)
