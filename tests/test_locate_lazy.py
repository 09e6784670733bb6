"""The locator reads a file's members lazily: every pointer still finds exactly its value,
whatever order the findings ask in."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.locate import Locator, Region, _Scanner
from audit.model import Evidence

RECORDS = sorted((Path(__file__).resolve().parents[1] / "records").glob("*.json"))


def pointers(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            escaped = key.replace("~", "~0").replace("/", "~1")
            yield from pointers(value, f"{pointer}/{escaped}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from pointers(value, f"{pointer}/{index}")


def test_every_pointer_spans_its_value_in_any_order() -> None:
    assert RECORDS
    shuffle = random.Random(8)
    for path in RECORDS:
        raw = path.read_text(encoding="utf-8")
        wanted = list(pointers(json.loads(raw)))
        shuffle.shuffle(wanted)
        scanner = _Scanner(raw)
        for pointer, value in wanted:
            span = scanner.span(pointer)
            assert span is not None, pointer
            assert json.loads(raw[span[0] : span[1]]) == value, pointer
        assert scanner.span("/no-such-member") is None


def test_regions_do_not_depend_on_the_order_asked() -> None:
    raw = RECORDS[0].read_text(encoding="utf-8")
    wanted = [p for p, _ in pointers(json.loads(raw))]
    forward = Locator(raw)
    backward = Locator(raw)
    ahead = {p: forward.pointer(p) for p in wanted}
    behind = {p: backward.pointer(p) for p in reversed(wanted)}
    assert ahead == behind


def test_a_broken_member_keeps_what_came_before() -> None:
    raw = '{"a": 1, "b": [1, 2], "c": oops oops, "d": 4}'
    scanner = _Scanner(raw)
    assert scanner.span("/b/1") == (18, 19)
    assert scanner.span("/d") is None
    assert scanner.span("/a") == (6, 7)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.sampled_from('ab \n\t"\\/é€😀\u2028\x01'), max_size=40),
    st.booleans(),
    st.data(),
)
def test_text_spans_map_through_escapes(text: str, ascii_only: bool, data: st.DataObject) -> None:
    raw = '{"id": "x", "text": ' + json.dumps(text, ensure_ascii=ascii_only) + "}"
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    region = Locator(raw).text_span(Evidence(start, end, text[start:end]))
    assert region is not None and region.line == region.end_line == 1
    fragment = raw[region.column - 1 : region.end_column - 1]
    assert json.loads('"' + fragment + '"') == text[start:end]


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="ab\n€", max_size=40), st.lists(st.integers(-3, 45), max_size=40))
def test_counted_positions_equal_indexed_ones(raw: str, offsets: list[int]) -> None:
    """The first lookups count newlines, later ones use the line index: same answers."""
    counted, indexed = Locator(raw), Locator(raw)
    indexed.position(-1)  # a negative offset builds the index at once
    for offset in offsets:
        assert counted.position(offset) == indexed.position(offset)
    assert counted.utf16_column(1, 1) == indexed.utf16_column(1, 1)


@given(
    st.text(alphabet='ab"\\\n\té€\x01', max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
    st.booleans(),
)
def test_text_spans_map_through_every_escape(text: str, a: int, b: int, ascii_: bool) -> None:
    """A span of the text lands on the raw characters that encode it, whatever the escapes
    (two-character ones only, or \\uXXXX ones too)."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    raw = '{"id": 1,\n "text": ' + json.dumps(text, ensure_ascii=ascii_) + "\n}\n"
    region = Locator(raw).text_span(Evidence(start, end, text[start:end]))
    opening = raw.index('"text": ') + len('"text": ')
    column = opening + 1 - raw.rindex("\n", 0, opening)  # of the first character, 1-based

    def raw_column(index: int) -> int:  # a prefix encodes to the same characters alone
        return column + len(json.dumps(text[:index], ensure_ascii=ascii_)) - 2

    assert region == Region(2, raw_column(start), 2, raw_column(end))
