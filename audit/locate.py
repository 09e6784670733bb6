"""Line and column of a JSON pointer or a text span inside a record file.

A small JSON scanner records where every value starts and ends (and where each object
member's key starts). Positions are 1-based; columns count Unicode code points of the
line as it is in the file. A text span (``evidence``) maps through the record's ``text``
member: the text is one JSON string on one line, so its columns are offsets into the
*escaped* string as written in the file (``\\n`` counts as two columns).
Computed only for files that have findings.
"""

from __future__ import annotations

import contextlib
import json
import re
from bisect import bisect_right
from dataclasses import dataclass

from audit.model import Evidence

# A JSON string, "unrolled" so that it runs in linear time: runs of plain characters
# separated by escapes (the two alternatives can never match the same character).
_SPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"[^ \t\n\r,\]}]*")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


@dataclass(frozen=True, slots=True)
class Region:
    """A located range: 1-based lines and columns, end column exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


class _Scanner:
    """Records pointer -> (start, end) character offsets of every value in a document."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.spans: dict[str, tuple[int, int]] = {}
        self.keys: dict[str, int] = {}

    def _skip(self, i: int) -> int:
        return _SPACE.match(self.raw, i).end()  # type: ignore[union-attr]  # always matches

    def _string_end(self, i: int) -> int:
        """Index just past the string that opens at ``i``."""
        match = _STRING.match(self.raw, i)
        if match is None:
            raise ValueError("unterminated string")
        return match.end()

    def value(self, i: int, pointer: str, depth: int = 0) -> int:
        """Scan the value at ``i`` (after whitespace); return the index past it."""
        if depth > 500:
            raise ValueError("nesting too deep")
        raw = self.raw
        i = self._skip(i)
        if i >= len(raw):
            raise ValueError("unexpected end")
        c = raw[i]
        start = i
        if c == "{":
            i = self._skip(i + 1)
            if raw[i : i + 1] == "}":
                i += 1
            else:
                while True:
                    i = self._skip(i)
                    key_start = i
                    key_end = self._string_end(i)
                    key = _decode(raw[key_start:key_end])
                    child = pointer + "/" + key.replace("~", "~0").replace("/", "~1")
                    self.keys[child] = key_start
                    i = self._skip(key_end)
                    if raw[i : i + 1] != ":":
                        raise ValueError("expected ':'")
                    i = self._skip(self.value(i + 1, child, depth + 1))
                    if raw[i : i + 1] == ",":
                        i += 1
                        continue
                    if raw[i : i + 1] == "}":
                        i += 1
                        break
                    raise ValueError("expected ',' or '}'")
        elif c == "[":
            i = self._skip(i + 1)
            if raw[i : i + 1] == "]":
                i += 1
            else:
                index = 0
                while True:
                    i = self._skip(self.value(i, f"{pointer}/{index}", depth + 1))
                    index += 1
                    if raw[i : i + 1] == ",":
                        i += 1
                        continue
                    if raw[i : i + 1] == "]":
                        i += 1
                        break
                    raise ValueError("expected ',' or ']'")
        elif c == '"':
            i = self._string_end(i)
        else:
            i = _SCALAR.match(raw, i).end()  # type: ignore[union-attr]  # always matches
            if i == start:
                raise ValueError("unexpected character")
        self.spans[pointer] = (start, i)
        return i


def _decode(token: str) -> str:
    if "\\" not in token:
        return token[1:-1]
    value = json.loads(token)
    return value if isinstance(value, str) else str(value)


class Locator:
    """Locates pointers and text spans in one JSON file's text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._lines = [0] + [m.end() for m in re.finditer("\n", raw)]
        self._text_map: list[int] | None = None
        scanner = _Scanner(raw)
        with contextlib.suppress(ValueError, IndexError):  # keep what scanned before an error
            scanner.value(1 if raw.startswith("\ufeff") else 0, "")
        self.spans = scanner.spans
        self.keys = scanner.keys

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1

    def utf16_column(self, line: int, column: int) -> int:
        """The same position counted in UTF-16 code units (SARIF's default unit)."""
        if not 1 <= line <= len(self._lines):
            return column
        start = self._lines[line - 1]
        prefix = self.raw[start : start + column - 1]
        return column if prefix.isascii() else len(prefix.encode("utf-16-le")) // 2 + 1

    def _region(self, start: int, end: int) -> Region:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Region(line, column, end_line, end_column)

    def pointer(self, pointer: str) -> Region | None:
        """Region of the member or item a pointer names (its nearest existing ancestor).

        The region starts at the member's key and ends with the value or the line.
        """
        current = pointer
        while True:
            if current in self.spans:
                start, end = self.spans[current]
                start = self.keys.get(current, start)
                line_end = self.raw.find("\n", start)
                if line_end >= 0:
                    end = min(end, line_end)  # stay on the first line: "key": { ...
                return self._region(start, end)
            if not current:
                return None
            current = current.rsplit("/", 1)[0]

    def text_span(self, evidence: Evidence, text_pointer: str = "/text") -> Region | None:
        """Region of ``text[start:end]`` inside the escaped ``text`` string of the file."""
        if text_pointer not in self.spans:
            return None
        if self._text_map is None:
            try:
                self._text_map = self._map_text(*self.spans[text_pointer])
            except (ValueError, IndexError):
                self._text_map = []
        offsets = self._text_map
        if not 0 <= evidence.start <= evidence.end < len(offsets):
            return None
        return self._region(offsets[evidence.start], offsets[evidence.end])

    def _map_text(self, start: int, end: int) -> list[int]:
        """Raw file offset of each decoded code point of the string at raw[start:end]."""
        raw = self.raw
        offsets: list[int] = []
        i = start + 1
        stop = end - 1
        while i < stop:
            offsets.append(i)
            if raw[i] != "\\":
                i += 1
            elif raw[i + 1] != "u":
                i += 2
            else:
                unit = int(raw[i + 2 : i + 6], 16)
                i += 6
                low = raw[i + 2 : i + 6] if raw[i : i + 2] == "\\u" else ""
                if 0xD800 <= unit < 0xDC00 and low and 0xDC00 <= int(low, 16) < 0xE000:
                    i += 6
        offsets.append(stop)
        return offsets

    def region(self, pointer: str | None, evidence: Evidence | None) -> Region | None:
        """Best region for a finding: its text span if it has one, else its pointer."""
        if evidence is not None:
            found = self.text_span(evidence)
            if found is not None:
                return found
        return self.pointer(pointer) if pointer is not None else None
