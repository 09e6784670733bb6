"""Record files: finding them (files and folders), reading them within the size limit and
parsing them into a rule's :class:`~audit.rules.RecordContext`."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from audit.errors import InputError
from audit.jsonio import JsonSyntaxError, UnreadableFile, loads_strict
from audit.rules import RecordContext


def discover(paths: Sequence[str]) -> list[str]:
    """Record files named by ``paths``: files as given, folders searched for ``*.json``
    (links inside a folder are not followed: they may lead out of it). A file named twice,
    by overlapping paths ("records records/a.json"), is read once, under the first name it
    was given."""
    found: list[str] = []
    seen: set[str] = set()
    overlap = len(paths) > 1  # one path cannot name a file twice (links are not followed)

    def add(name: str) -> None:
        real = os.path.realpath(name) if overlap and name != "-" else name
        if real not in seen:
            seen.add(real)
            found.append(name)

    for raw in paths:
        path = Path(raw)
        if raw == "-":
            add("-")
        elif path.is_dir():
            every = [p for p in path.rglob("*.json") if p.is_file()]
            matches = sorted(str(p) for p in every if not p.is_symlink())
            if not matches:
                links = len(every) - len(matches)
                skipped = f" ({links} linked file(s) skipped: links are not followed)"
                raise InputError(raw, "folder holds no .json records" + (skipped if links else ""))
            for match in matches:
                add(match)
        elif path.is_file():
            add(raw)
        elif path.exists():
            raise InputError(raw, "not a regular file or folder")
        else:
            raise InputError(raw, "no such file or folder")
    return found


def unreadable_files(paths: Sequence[str], max_bytes: int) -> list[RecordContext]:
    """The files among ``paths`` that cannot be read, each as a context holding why: a
    finding of its own, so that one bad file does not stop the check of the others."""
    out: list[RecordContext] = []
    for path in paths:
        if path == "-":
            continue
        try:
            if os.path.getsize(path) > max_bytes:
                reason = f"file is larger than the {max_bytes}-byte limit (--max-bytes)"
                out.append(RecordContext(path, "", parse_error=UnreadableFile(reason, 1, 1)))
                continue
            if not os.access(path, os.R_OK):  # one call, where opening would take two
                raise PermissionError(13, "Permission denied", path)
        except OSError as exc:
            reason = f"cannot read: {exc.strerror or exc}"
            out.append(RecordContext(path, "", parse_error=UnreadableFile(reason, 1, 1)))
    return out


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of one record file (or stdin), within the size limit."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            if os.path.getsize(path) > max_bytes:
                raise InputError(path, f"file is larger than the {max_bytes}-byte limit")
            with open(path, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(path, f"input is larger than the {max_bytes}-byte limit")
    return data


def parse_record(path: str, data: bytes) -> RecordContext:
    """Parse one record file's bytes into a context (parse errors become part of it)."""
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raw = data.decode("utf-8", errors="replace")
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return RecordContext(path, raw, parse_error=JsonSyntaxError("not UTF-8", line, col))
    ctx = RecordContext(path, raw)
    try:
        ctx.data = loads_strict(raw)
    except JsonSyntaxError as err:
        ctx.parse_error = err
    return ctx


def read_record(path: str, max_bytes: int) -> RecordContext:
    """Read and parse one record file into a context (parse errors become part of it)."""
    return parse_record(path, read_bytes(path, max_bytes))
