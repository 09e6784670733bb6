"""Locations: JSON pointers and text spans map to lines and columns of the file."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from audit.locate import Locator
from audit.model import Evidence

DOC = """{
  "id": "a-record",
  "text": "Line one\\nHe said \\"hi\\" \\u00e9t\\u00e9 \\ud83d\\ude00 end",
  "title": {
    "value": "T",
    "evidence": {"start": 0, "end": 4, "quote": "Line"}
  },
  "flags": [
    {"code": "SPM001"},
    {"code": "RES002", "a/b": 1}
  ]
}
"""


def test_pointer_to_member_gives_the_key_position() -> None:
    loc = Locator(DOC)
    region = loc.pointer("/title/evidence")
    assert region is not None
    line = DOC.splitlines()[region.line - 1]
    assert line[region.column - 1 :].startswith('"evidence"')
    assert region.end_line == region.line


def test_pointer_to_array_item_and_escaped_key() -> None:
    loc = Locator(DOC)
    second = loc.pointer("/flags/1")
    assert second is not None and second.line == 10
    escaped = loc.pointer("/flags/1/a~1b")
    assert escaped is not None
    assert DOC.splitlines()[9][escaped.column - 1 :].startswith('"a/b"')


def test_missing_pointer_falls_back_to_nearest_ancestor() -> None:
    loc = Locator(DOC)
    assert loc.pointer("/title/nothing/here") == loc.pointer("/title")
    assert loc.pointer("") is not None


def test_text_span_maps_through_escapes() -> None:
    text = json.loads(DOC)["text"]
    loc = Locator(DOC)
    start = text.index("hi")
    region = loc.text_span(Evidence.of(text, start, start + 2))
    assert region is not None and region.line == 3
    raw_line = DOC.splitlines()[2]
    assert raw_line[region.column - 1 : region.end_column - 1] == "hi"
    # A character after a surrogate-pair escape: twelve escaped columns for one code point.
    end = text.index("end")
    after = loc.text_span(Evidence.of(text, end, end + 3))
    assert after is not None
    assert raw_line[after.column - 1 : after.end_column - 1] == "end"


def test_invalid_json_does_not_crash() -> None:
    loc = Locator('{"id": "x", "text": "abc",,}')
    assert loc.pointer("/id") is not None
    assert loc.text_span(Evidence(0, 1, "a")) is not None
    assert Locator("").pointer("/x") is None


@given(st.text(max_size=60), st.data())
def test_any_span_round_trips_through_the_file(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for ensure_ascii in (True, False):
        raw = json.dumps({"id": "x", "text": text}, indent=2, ensure_ascii=ensure_ascii)
        region = Locator(raw).text_span(Evidence.of(text, start, end))
        assert region is not None and region.line == region.end_line == 3
        line = raw.split("\n")[2]
        piece = line[region.column - 1 : region.end_column - 1]
        assert json.loads(f'"{piece}"') == text[start:end]
