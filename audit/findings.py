"""Findings: immutable results of checks, with severity and confidence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from audit.model import Evidence


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True, slots=True)
class Related:
    """Another record a cross-source finding involves."""

    record_id: str
    path: str | None = None
    pointer: str | None = None
    evidence: Evidence | None = None
    note: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one record (or file). Equality ignores the message wording."""

    code: str
    name: str
    severity: Severity
    confidence: Confidence
    message: str = field(compare=False)
    path: str | None = None
    record_id: str | None = None
    pointer: str | None = None
    evidence: Evidence | None = None
    line: int | None = None
    column: int | None = None
    related: tuple[Related, ...] = ()
    end_line: int | None = None
    end_column: int | None = None

    @property
    def fingerprint(self) -> str:
        """Stable identity for baselines: code, record, and the quote (or the pointer).

        Line numbers and message wording are left out, so it survives reformatting and
        rewording; a quoted span survives reordering of the record's lists too.
        """
        subject = self.evidence.quote if self.evidence is not None else (self.pointer or "")
        parts = [
            "v1",
            self.code,
            self.record_id or (self.path or "").replace("\\", "/"),
            "q" if self.evidence is not None else "p",
            subject,
            *sorted(r.record_id for r in self.related),
        ]
        return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:32]

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "confidence": self.confidence.value,
            "message": self.message,
            "path": self.path,
            "record_id": self.record_id,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "fingerprint": self.fingerprint,
            "evidence": self.evidence.as_json() if self.evidence else None,
            "related": [
                {
                    "record_id": r.record_id,
                    "path": r.path,
                    "pointer": r.pointer,
                    "evidence": r.evidence.as_json() if r.evidence else None,
                    "note": r.note,
                }
                for r in self.related
            ],
        }


def _evidence(data: Any) -> Evidence | None:
    return Evidence(data["start"], data["end"], data["quote"]) if data else None


#: The dataclasses a finding is made of, pickled as field values when parked on disk.
FINDING_CLASSES: tuple[type, ...] = (Finding, Related, Evidence)


def finding_from_json(data: dict[str, Any]) -> Finding:
    """Rebuild a Finding from :meth:`Finding.as_json` output (used by the cache)."""
    return Finding(
        code=data["code"],
        name=data["name"],
        severity=Severity(data["severity"]),
        confidence=Confidence(data["confidence"]),
        message=data["message"],
        path=data["path"],
        record_id=data["record_id"],
        pointer=data["pointer"],
        evidence=_evidence(data["evidence"]),
        line=data["line"],
        column=data["column"],
        end_line=data.get("end_line"),
        end_column=data.get("end_column"),
        related=tuple(
            Related(r["record_id"], r["path"], r["pointer"], _evidence(r["evidence"]), r["note"])
            for r in data["related"]
        ),
    )
