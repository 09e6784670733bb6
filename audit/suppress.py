"""Suppressions: a record's own acknowledgements, per-path ignores and baseline files.

Applied after every rule has run (cross-source findings included), file by file, in this
order: per-path ignores from the configuration, the record's ``ignore`` list and flag
statuses, then the baseline. Suppressions that match nothing are returned so the engine can
report them (REC101, REC102).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, NamedTuple

from audit.errors import InputError
from audit.findings import Finding
from audit.jsonio import JsonSyntaxError, dumps, loads_strict, write_atomic

BASELINE_VERSION = 1
QUIET_STATUSES = ("acknowledged", "dismissed")


class QuietFlag(NamedTuple):
    """A flag the record marks acknowledged or dismissed: its finding is not reported."""

    at: int  # its index in the record's flags
    code: Any
    start: Any
    end: Any


@dataclass(slots=True)
class RecordNotes:
    """What suppression needs to know of one checked record (small: a run keeps one per
    record until the end, so its lists are tuples, empty ones shared)."""

    path: str
    record_id: str | None = None
    schema_valid: bool = False
    ignore: tuple[dict[str, Any], ...] = ()
    flags: tuple[QuietFlag, ...] = ()

    @classmethod
    def of(cls, path: str, record: Any, schema_valid: bool) -> RecordNotes:
        notes = cls(path, schema_valid=schema_valid)
        if not isinstance(record, dict):
            return notes
        rid = record.get("id")
        notes.record_id = rid if isinstance(rid, str) else None
        ignore = record.get("ignore")
        if isinstance(ignore, list) and ignore:
            notes.ignore = tuple(e if isinstance(e, dict) else {} for e in ignore)
        flags = record.get("flags")
        if isinstance(flags, list):
            notes.flags = tuple(
                QuietFlag(index, flag.get("code"), *_span(flag.get("evidence")))
                for index, flag in enumerate(flags)
                if isinstance(flag, dict) and flag.get("status") in QUIET_STATUSES
            )
        return notes

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "record_id": self.record_id,
            "schema_valid": self.schema_valid,
            "ignore": list(self.ignore),
            "flags": [
                {"index": f.at, "code": f.code, "start": f.start, "end": f.end} for f in self.flags
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecordNotes:
        return cls(
            data["path"],
            data["record_id"],
            data["schema_valid"],
            tuple(data["ignore"]),
            tuple(QuietFlag(f["index"], f["code"], f["start"], f["end"]) for f in data["flags"]),
        )


def _span(evidence: Any) -> tuple[Any, Any]:
    ev = evidence if isinstance(evidence, dict) else {}
    return ev.get("start"), ev.get("end")


def _under(pointer: str | None, prefix: str) -> bool:
    return pointer is not None and (pointer == prefix or pointer.startswith(prefix + "/"))


def _flag_quiets(finding: Finding, flag: QuietFlag) -> bool:
    if flag.code != finding.code:
        return False
    if _under(finding.pointer, f"/flags/{flag.at}"):
        return True
    ev = finding.evidence
    return ev is not None and (ev.start, ev.end) == (flag.start, flag.end)


@dataclass(slots=True)
class Unused:
    """A suppression that matched nothing: where it is and what it said."""

    path: str
    record_id: str | None
    pointer: str
    code: str
    message: str


def by_path(
    findings: Iterable[Finding], rules: Sequence[tuple[str, tuple[str, ...]]], root: str
) -> tuple[list[Finding], int]:
    """Drop findings whose file matches a per-path glob listing their code (or prefix)."""
    if not rules:
        return list(findings), 0
    kept, dropped = [], 0
    base = os.path.abspath(root)
    for finding in findings:
        rel = (
            Path(os.path.relpath(os.path.abspath(finding.path), base)).as_posix()
            if finding.path and finding.path != "-"
            else None
        )
        if rel is not None and any(
            fnmatchcase(rel, glob) and any(finding.code.startswith(c) for c in codes)
            for glob, codes in rules
        ):
            dropped += 1
        else:
            kept.append(finding)
    return kept, dropped


class Acknowledgements:
    """The records' ``ignore`` entries and quiet flags, applied to findings as they come.

    Findings may arrive in any number of batches; :meth:`unused` then names the entries
    no finding matched.
    """

    def __init__(self, notes: Sequence[RecordNotes]) -> None:
        self._paths = {n.path: n for n in notes}
        self._ids = {n.record_id: n for n in notes if n.record_id}
        self._used: set[tuple[str, int]] = set()

    def apply(self, findings: Iterable[Finding]) -> tuple[list[Finding], int]:
        """The findings no acknowledgement quiets, and how many were quieted."""
        kept, dropped = [], 0
        for finding in findings:
            note = self._paths.get(finding.path or "") or self._ids.get(finding.record_id or "")
            if note is None:
                kept.append(finding)
                continue
            hit = False
            for index, entry in enumerate(note.ignore):
                if entry.get("code") == finding.code and (
                    "pointer" not in entry or _under(finding.pointer, str(entry["pointer"]))
                ):
                    self._used.add((note.path, index))
                    hit = True
            if hit or any(_flag_quiets(finding, flag) for flag in note.flags):
                dropped += 1
            else:
                kept.append(finding)
        return kept, dropped

    def unused(self, notes: Iterable[RecordNotes]) -> list[Unused]:
        """The ``ignore`` entries of ``notes`` that matched no finding so far."""
        return [
            Unused(
                n.path,
                n.record_id,
                f"/ignore/{i}",
                str(e.get("code")),
                f"ignore entry for {e.get('code')}"
                + (f" at {e['pointer']}" if "pointer" in e else "")
                + " matches no finding; remove it",
            )
            for n in notes
            for i, e in enumerate(n.ignore)
            if (n.path, i) not in self._used
        ]


def read_baseline(path: str) -> list[dict[str, Any]]:
    """Entries of a baseline file; a clear error when it is not one."""
    try:
        data = loads_strict(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(path, f"cannot read baseline: {exc.strerror or exc}") from None
    except (JsonSyntaxError, UnicodeDecodeError) as exc:
        raise InputError(path, f"baseline is not valid JSON: {exc}") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or data.get("version") != BASELINE_VERSION
        or not isinstance(entries, list)
        or not all(
            isinstance(e, dict)
            and isinstance(e.get("fingerprint"), str)
            and isinstance(e.get("code"), str)
            for e in entries
        )
    ):
        raise InputError(path, f"not a provaudit baseline (version {BASELINE_VERSION})")
    return entries


def write_baseline(path: str, findings: Iterable[Finding]) -> int:
    """Write every finding's fingerprint (sorted, deterministic); return how many."""
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "code": f.code,
                "record_id": f.record_id,
                "path": f.path,
                "pointer": f.pointer,
                "message": f.message,
            }
            for f in findings
        ),
        key=lambda e: (e["path"] or "", e["record_id"] or "", e["code"], e["fingerprint"]),
    )
    write_atomic(
        Path(path), dumps({"version": BASELINE_VERSION, "tool": "provaudit", "findings": entries})
    )
    return len(entries)


class Baseline:
    """A baseline's entries, each accepting one finding, applied as findings come."""

    def __init__(self, entries: Sequence[dict[str, Any]], path: str) -> None:
        self._entries = entries
        self._path = path
        self._budget = Counter(e["fingerprint"] for e in entries)

    def apply(self, findings: Iterable[Finding]) -> tuple[list[Finding], int]:
        """The findings the baseline does not accept, and how many it accepted."""
        kept, dropped = [], 0
        for finding in findings:
            fp = finding.fingerprint
            if self._budget[fp] > 0:
                self._budget[fp] -= 1
                dropped += 1
            else:
                kept.append(finding)
        return kept, dropped

    def unused(self, checked: Sequence[RecordNotes]) -> list[Unused]:
        """Entries left for records that were checked (fixed findings: stale entries)."""
        budget = Counter(self._budget)
        ids = {n.record_id for n in checked if n.record_id}
        paths = {os.path.normpath(n.path) for n in checked}
        unused = []
        for index, entry in enumerate(self._entries):
            fp = entry["fingerprint"]
            if budget[fp] <= 0:
                continue
            budget[fp] -= 1
            rid, path = entry.get("record_id"), entry.get("path")
            if rid in ids or (isinstance(path, str) and os.path.normpath(path) in paths):
                unused.append(
                    Unused(
                        self._path,
                        rid if isinstance(rid, str) else None,
                        f"/findings/{index}",
                        entry["code"],
                        f"baseline entry {entry['code']} for {rid or path} matches no finding "
                        f"(fixed?); rewrite the baseline with --write-baseline",
                    )
                )
        return unused
