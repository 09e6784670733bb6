"""Strict JSON reading, deterministic JSON writing, atomic file replacement."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any


class JsonSyntaxError(ValueError):
    """JSON that does not parse, or that uses constructs records forbid."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f"{message} (line {line}, column {column})")
        self.reason = message
        self.line = line
        self.column = column


class UnreadableFile(JsonSyntaxError):
    """A record file that could not be read at all (too large, no permission)."""


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)  # json hands over a list; built in C, checked by its length
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return obj


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _reject_constant(name: str) -> Any:
    raise _Constant(name, "is not valid JSON")


def _finite(literal: str) -> float:
    """A JSON number with a fraction or exponent; one beyond a double's range ("1e999")
    would be read as infinity, which records forbid like the Infinity constant."""
    value = float(literal)
    if not math.isfinite(value):
        raise _Constant(literal, "is out of range")
    return value


class _Constant(Exception):
    def __init__(self, name: str, why: str) -> None:
        self.name = name
        self.why = why


# The tokens of a JSON text, for placing an error the parser reports without a position: a
# string, a punctuation mark, or a run of anything else (a number or a bare word).
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]:,]|[^\s"{}\[\]:,]+')


def _line_column(text: str, index: int) -> tuple[int, int]:
    if index < 0:
        return 1, 1
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _bare_word(text: str, word: str) -> int:
    """Where ``word`` first stands as a bare token (not inside a string), or -1."""
    return next((t.start() for t in _TOKEN.finditer(text) if t.group() == word), -1)


def _repeated_key(text: str, key: str) -> int:
    """Where ``key`` first repeats among the keys of one object, or -1 (keys are compared
    decoded, so "\\u0069d" is "id")."""
    keys: list[set[str] | None] = []  # per open bracket: an object's keys so far, or None
    previous = None
    for token in _TOKEN.finditer(text):
        value = token.group()
        if value in ("{", "["):
            keys.append(set() if value == "{" else None)
        elif value in ("}", "]"):
            if keys:
                keys.pop()
        elif value == ":" and previous is not None and keys and keys[-1] is not None:
            name = previous.group()
            with contextlib.suppress(ValueError):
                name = json.loads(name)
            if name == key and key in keys[-1]:
                return previous.start()
            keys[-1].add(name)
        previous = token
    return -1


def loads_strict(text: str) -> Any:
    """Parse JSON, rejecting duplicate keys, NaN/Infinity and numbers beyond a double's range;
    errors carry line and column."""
    try:
        return json.loads(
            text,
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
            parse_float=_finite,
        )
    except json.JSONDecodeError as exc:
        comma = _trailing_comma(text, exc.pos)
        if comma is not None:  # '"text": "a",\n}': placed at the comma, named as such
            line, col = _line_column(text, comma)
            raise JsonSyntaxError(f"trailing comma before {text[exc.pos]!r}", line, col) from None
        raise JsonSyntaxError(exc.msg, exc.lineno, exc.colno) from None
    except _Duplicate as dup:
        encoded = json.dumps(dup.key, ensure_ascii=False)
        line, col = _line_column(text, _repeated_key(text, dup.key))
        raise JsonSyntaxError(f"duplicate key {encoded}", line, col) from None
    except _Constant as const:
        line, col = _line_column(text, _bare_word(text, const.name))
        raise JsonSyntaxError(f"{const.name} {const.why}", line, col) from None
    except RecursionError:
        raise JsonSyntaxError("nesting too deep", 1, 1) from None


def _trailing_comma(text: str, position: int) -> int | None:
    """Where a comma stands right before the closing bracket at ``position``, white space
    aside (JSON allows none there), else None."""
    if position >= len(text) or text[position] not in "}]":
        return None
    before = len(text[:position].rstrip())
    return before - 1 if before and text[before - 1] == "," else None


def dumps(data: Any) -> str:
    """Serialise deterministically: key order as built, 2-space indent, UTF-8, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, or a new file's under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, content: str, *, exclusive: bool = False) -> None:
    """Write ``content`` to ``path`` via a temporary file in the same folder.

    The file appears complete or not at all. With ``exclusive`` the final name is claimed
    with a hard link, which fails with FileExistsError if another writer got there first;
    otherwise an existing file is replaced by a rename.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _mode_for(path))  # mkstemp's 0600 would hide the record from others
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            os.link(tmp, path)
        else:
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
