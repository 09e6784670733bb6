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
from dataclasses import dataclass, replace
from itertools import accumulate, chain
from json.decoder import scanstring  # type: ignore[attr-defined]  # C, untyped
from operator import sub
from typing import Protocol, TypeVar

from audit.model import Evidence

# A JSON string, "unrolled" so that it runs in linear time: runs of plain characters
# separated by escapes (the two alternatives can never match the same character).
_SPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"[^ \t\n\r,\]}]*")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)", re.DOTALL)
_MEMBER = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")[ \t\n\r]*:[ \t\n\r]*', re.DOTALL)
_NEXT = re.compile(r"[ \t\n\r]*(,[ \t\n\r]*)?")
_DECODER = json.JSONDecoder()
_COUNTED = 16  # positions found by counting newlines before a file's lines are indexed


def escape_key(key: str) -> str:
    """``key`` as one reference token of a JSON pointer (RFC 6901: ~ -> ~0, / -> ~1)."""
    return key.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True, slots=True)
class Region:
    """A located range: 1-based lines and columns, end column exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


class _Scanner:
    """Value and key offsets, found on demand: an object or array is scanned one level
    at a time, only when a pointer below it is asked for, and only as far as the member
    asked for (siblings are skipped by the C JSON decoder), so a file costs at most about
    one parse however many findings it has. (A duplicate key, which a record cannot
    have, resolves to its first occurrence.)"""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.spans: dict[str, tuple[int, int]] = {}
        self.keys: dict[str, int] = {}
        #: Containers read to their end (or to an error), and where the others stopped.
        self._done: set[str] = set()
        self._cursor: dict[str, tuple[int, int, str]] = {}
        start = self._skip(1 if raw.startswith("\ufeff") else 0)
        if start < len(raw):
            self.spans[""] = (start, len(raw.rstrip()))

    def _skip(self, i: int) -> int:
        return _SPACE.match(self.raw, i).end()  # type: ignore[union-attr]  # always matches

    def _value_end(self, i: int) -> int:
        """Index just past the value that starts at ``i``."""
        raw = self.raw
        c = raw[i]
        if c == '"':
            with contextlib.suppress(ValueError):  # the C scanner, when the string is valid
                return int(scanstring(raw, i + 1)[1])  # (a long text: about 8x faster)
            match = _STRING.match(raw, i)
            if match is None:
                raise ValueError("unterminated string")
            return match.end()
        if c in "{[":
            return _DECODER.raw_decode(raw, i)[1]
        end = _SCALAR.match(raw, i).end()  # type: ignore[union-attr]  # always matches
        if end == i:
            raise ValueError("unexpected character")
        return end

    def span(self, pointer: str) -> tuple[int, int] | None:
        """Start and end offsets of the value ``pointer`` names, if the file has it."""
        if pointer in self.spans or not pointer:
            return self.spans.get(pointer)
        chain = [pointer]
        while chain[-1] and chain[-1] not in self.spans:
            chain.append(chain[-1].rsplit("/", 1)[0])
        # From the nearest ancestor found down: read each level up to the child wanted.
        for parent, child in zip(chain[:0:-1], chain[-2::-1], strict=True):
            if parent in self.spans and child not in self.spans and parent not in self._done:
                try:
                    self._read_members(parent, child)
                except (ValueError, IndexError):  # keep what came before
                    self._done.add(parent)
        return self.spans.get(pointer)

    def _read_members(self, pointer: str, want: str) -> None:
        """Record the spans (and key offsets) of the direct children of ``pointer``, in
        order, until ``want`` is among them; later calls go on where this one stopped."""
        raw = self.raw
        state = self._cursor.pop(pointer, None)
        if state is None:
            i = self.spans[pointer][0]
            closing = {"{": "}", "[": "]"}.get(raw[i], "")
            i = self._skip(i + 1) if closing else i
            if not closing or raw[i] == closing:
                self._done.add(pointer)
                return
            index = 0
        else:
            i, index, closing = state
        while True:
            if closing == "}":
                member = _MEMBER.match(raw, i)  # "key" : (one match: key, colon, spaces)
                if member is None:
                    raise ValueError("expected a key and ':'")
                key_start = i
                key = _decode(member.group(1))
                child = pointer + "/" + escape_key(key)
                i = member.end()
            else:
                child, key_start = f"{pointer}/{index}", -1
                index += 1
            end = self._value_end(i)
            self.spans[child] = (i, end)
            if key_start >= 0:
                self.keys[child] = key_start
            after = _NEXT.match(raw, end)  # spaces, then a comma and spaces if there is one
            i = after.end()  # type: ignore[union-attr]  # always matches
            if after.group(1):  # type: ignore[union-attr]
                if child == want:
                    self._cursor[pointer] = (i, index, closing)
                    return
                continue
            if raw[i] == closing:
                self._done.add(pointer)
                return
            raise ValueError(f"expected ',' or '{closing}'")


def _decode(token: str) -> str:
    if "\\" not in token:
        return token[1:-1]
    value = json.loads(token)
    return value if isinstance(value, str) else str(value)


class Locator:
    """Locates pointers and text spans in one JSON file's text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._starts: list[int] | None = None  # built on the first lookup that needs it
        self._asked = 0
        self._text_map: tuple[list[int], list[int], int] | None = None
        self._scanner = _Scanner(raw)

    @property
    def _lines(self) -> list[int]:
        """Offsets where lines start: 0, then just past each "\n" (summed in C)."""
        if self._starts is None:
            lengths = map((1).__add__, map(len, self.raw.split("\n")))
            self._starts = list(accumulate(lengths, initial=0))
            self._starts.pop()
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset.

        The first few lookups count newlines (C ``str.count``) rather than index every
        line of the file: a file with a finding or two, as in most stories, needs no index.
        """
        if self._starts is None and offset >= 0 and self._asked < _COUNTED:
            self._asked += 1
            return self.raw.count("\n", 0, offset) + 1, offset - self.raw.rfind("\n", 0, offset)
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
            span = self._scanner.span(current)
            if span is not None:
                start, end = span
                start = self._scanner.keys.get(current, start)
                line_end = self.raw.find("\n", start)
                if line_end >= 0:
                    end = min(end, line_end)  # stay on the first line: "key": { ...
                return self._region(start, end)
            if not current:
                return None
            current = current.rsplit("/", 1)[0]

    def text_span(self, evidence: Evidence, text_pointer: str = "/text") -> Region | None:
        """Region of ``text[start:end]`` inside the escaped ``text`` string of the file."""
        if self._text_map is None:
            span = self._scanner.span(text_pointer)
            self._text_map = self._map_text(*span) if span else ([], [], -1)
        length = self._text_map[2]
        if not 0 <= evidence.start <= evidence.end <= length:
            return None
        return self._region(self._raw_offset(evidence.start), self._raw_offset(evidence.end))

    def _raw_offset(self, index: int) -> int:
        """Raw file offset of decoded code point ``index`` of the mapped string."""
        decoded, offsets, _ = self._text_map  # type: ignore[misc]  # set by text_span
        k = bisect_right(decoded, index) - 1
        return offsets[k] + (index - decoded[k])

    def _map_text(self, start: int, end: int) -> tuple[list[int], list[int], int]:
        """Anchors of the string at raw[start:end]: decoded index -> raw offset, one at
        its start and one after each escape (plain characters map one to one between);
        and the decoded length."""
        raw = self.raw
        decoded, offsets = [0], [start + 1]
        count, last = 0, start + 1
        stop = end - 1
        if raw.find("\\u", last, stop) < 0:  # every escape is two characters: \n, \", \\
            at = [m.start() for m in _ESCAPE.finditer(raw, last, stop)]
            # escape k has at[k] - last - k decoded characters before it; the next anchor
            # is one decoded character (two raw ones) on (pairs built in C, not one by one)
            before = list(map(sub, at, range(last, last + len(at))))
            decoded += chain.from_iterable(zip(before, map((1).__add__, before), strict=True))
            offsets += chain.from_iterable(zip(at, map((2).__add__, at), strict=True))
            return decoded, offsets, stop - last - len(at)
        escapes = _ESCAPE.finditer(raw, start + 1, stop)
        for m in escapes:
            count += m.start() - last
            decoded.append(count)
            offsets.append(m.start())
            last = m.end()
            unit = int(m.group()[2:], 16) if m.group()[1] == "u" else -1
            if 0xD800 <= unit < 0xDC00 and raw.startswith("\\u", last):
                low = raw[last + 2 : last + 6]
                with contextlib.suppress(ValueError):
                    if 0xDC00 <= int(low, 16) < 0xE000:
                        next(escapes)
                        last += 6
            count += 1
            decoded.append(count)
            offsets.append(last)
        count += stop - last
        return decoded, offsets, count

    def region(self, pointer: str | None, evidence: Evidence | None) -> Region | None:
        """Best region for a finding: its text span if it has one, else its pointer."""
        if evidence is not None:
            found = self.text_span(evidence)
            if found is not None:
                return found
        return self.pointer(pointer) if pointer is not None else None


def read_record_text(path: str) -> str | None:
    """A record file's text as the locator reads it (None when it cannot be read)."""
    if "://" in path:  # a record in object storage (Dask engine)
        from audit.distributed import read_text

        return read_text(path)
    try:
        with open(path, "rb", buffering=0) as handle:  # one read: no buffer to fill first
            return handle.read().decode("utf-8-sig", errors="replace")
    except OSError:
        return None


class _Placeable(Protocol):
    """A finding or a draft: what locating reads (it fills in line and column by replace)."""

    @property
    def path(self) -> str | None: ...
    @property
    def pointer(self) -> str | None: ...
    @property
    def evidence(self) -> Evidence | None: ...
    @property
    def line(self) -> int | None: ...


P = TypeVar("P", bound=_Placeable)


def locate(items: list[P], raw: str) -> list[P]:
    """``items`` of one file (findings or drafts) with the line and column of their pointer
    or text span filled in where they had none."""
    if not items:
        return items
    locator = Locator(raw)
    located = []
    for item in items:
        if item.line is None:
            region = locator.region(item.pointer, item.evidence)
            if region is not None:
                item = replace(
                    item,  # type: ignore[type-var]
                    line=region.line,
                    column=region.column,
                    end_line=region.end_line,
                    end_column=region.end_column,
                )
        located.append(item)
    return located


def locate_files(items: list[P], raws: dict[str, str]) -> list[P]:
    """``items`` located in whichever files they name (``raws`` holds stdin's text), in the
    order given; a file is read only when one of its items has no line yet."""
    by_file: dict[str, list[int]] = {}
    for number, item in enumerate(items):
        if item.line is None and item.path:
            by_file.setdefault(item.path, []).append(number)
    located = list(items)
    for path, numbers in by_file.items():
        raw = raws[path] if path in raws else read_record_text(path)
        if raw is not None:
            found = locate([items[n] for n in numbers], raw)
            for number, item in zip(numbers, found, strict=True):
                located[number] = item
    return located
