"""Findings: immutable results of checks, with severity and confidence."""

from __future__ import annotations

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
