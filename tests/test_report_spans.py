"""Overlapping highlights nest correctly and each still covers exactly text[start:end]."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.report.page import render
from audit.report.spans import Highlight, Piece, nest, pieces_text


def _hl(start: int, end: int, n: int) -> Highlight:
    h = Highlight(start, end, "quote", f"h{n}", "why")
    h.hid = f"a1-h{n}"
    return h


def _flat(pieces: list[Piece]) -> str:
    return "".join(p.text if p.highlight is None else _flat(p.children) for p in pieces)


def test_crossing_spans_are_split_and_reopened() -> None:
    text = "abcdefghij"
    outer, crossing = _hl(1, 6, 1), _hl(4, 9, 2)
    pieces = nest(text, [outer, crossing])
    assert _flat(pieces) == text
    assert pieces_text(pieces, "a1-h1") == "bcdef"
    assert pieces_text(pieces, "a1-h2") == "efghi"
    firsts = []

    def walk(nodes: list[Piece]) -> None:
        for node in nodes:
            if node.highlight is not None:
                firsts.append((node.highlight.hid, node.first))
                walk(node.children)

    walk(pieces)
    # h2 opens inside h1, is cut at h1's end and reopened as a continuation piece.
    assert firsts == [("a1-h1", True), ("a1-h2", True), ("a1-h2", False)]


def test_identical_and_contained_spans_nest() -> None:
    text = "the quick brown fox"
    spans = [_hl(4, 15, 1), _hl(4, 15, 2), _hl(10, 15, 3), _hl(0, 19, 4)]
    pieces = nest(text, spans)
    for h in spans:
        assert pieces_text(pieces, h.hid) == text[h.start : h.end]
    assert len(pieces) == 1 and pieces[0].highlight is spans[3]  # the longest is outermost


def test_empty_and_out_of_range_spans_are_skipped() -> None:
    pieces = nest("abc", [_hl(1, 1, 1), _hl(2, 9, 2)])
    assert _flat(pieces) == "abc"
    assert all(p.highlight is None for p in pieces)


class _Marks(HTMLParser):
    """Text covered by each data-hl id, read from rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.covered: dict[str, list[str]] = {}
        self.kinds: dict[str, str] = {}
        self.in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and a.get("class") == "text":
            self.in_text = 1
            return
        if self.in_text and tag == "mark":
            self.stack.append(a.get("data-hl"))
            if a.get("data-hl"):
                self.kinds[str(a["data-hl"])] = str(a.get("data-kind"))
        elif self.in_text and tag == "div":
            self.in_text += 1

    def handle_endtag(self, tag: str) -> None:
        if self.in_text and tag == "mark":
            self.stack.pop()
        elif self.in_text and tag == "div":
            self.in_text -= 1

    def handle_data(self, data: str) -> None:
        if self.in_text:
            for hid in set(self.stack):
                if hid:
                    self.covered.setdefault(hid, []).append(data)


def _record(text: str, spans: list[tuple[int, int]]) -> dict[str, object]:
    return {
        "id": "a-record",
        "source": {"kind": "file", "location": "x.txt"},
        "text": text,
        "title": {"value": "T"},
        "outlet": {"name": None, "kind": "unknown"},
        "published": {"date": None},
        "byline": [],
        "republication": None,
        "attribution": {"chain": [], "origin": None, "primary_material": None},
        "caveats": [],
        "quotes": [
            {
                "text": text[s:e],
                "speaker": None,
                "evidence": {"start": s, "end": e, "quote": text[s:e]},
            }
            for s, e in spans
        ],
        "figures": [],
        "flags": [],
    }


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="ab<>&\"' \n“é", min_size=1, max_size=40).flatmap(
        lambda text: st.tuples(
            st.just(text),
            st.lists(
                st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted),
                max_size=6,
            ),
        )
    )
)
def test_rendered_marks_cover_exactly_their_spans(case: tuple[str, list[list[int]]]) -> None:
    text, spans = case
    distinct = sorted({(s, e) for s, e in spans if s < e})
    html = render([_record(text, distinct)])  # type: ignore[list-item]
    parser = _Marks()
    parser.feed(html)
    covered = {hid: "".join(parts) for hid, parts in parser.covered.items()}
    assert sorted(covered.values()) == sorted(text[s:e] for s, e in distinct)
