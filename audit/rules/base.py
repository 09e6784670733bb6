"""What a rule is: metadata, documentation (its docstring) and a check that yields drafts.

Rules never read severity configuration: they yield :class:`Draft` findings and the engine
stamps code, name, severity and record onto them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from audit.findings import Confidence, Related, Severity
from audit.model import Evidence


@dataclass(frozen=True, slots=True)
class Option:
    """A rule option with its type and default."""

    type: type
    default: Any
    help: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding before the engine stamps it."""

    message: str
    pointer: str | None = None
    evidence: Evidence | None = None
    confidence: Confidence | None = None
    line: int | None = None
    column: int | None = None
    related: tuple[Related, ...] = ()
    # Set with line and column when the whole region is known (located by a worker).
    end_line: int | None = None
    end_column: int | None = None
    # Set by corpus rules, which speak about records other than the current one.
    path: str | None = None
    record_id: str | None = None


@dataclass(slots=True)
class RecordContext:
    """One record file as the rules see it."""

    path: str
    raw: str
    data: Any = None
    parse_error: Any = None
    schema_valid: bool = False
    violations: list[Any] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def record(self) -> dict[str, Any] | None:
        return self.data if isinstance(self.data, dict) else None

    @property
    def record_id(self) -> str | None:
        rec = self.record
        value = rec.get("id") if rec else None
        return value if isinstance(value, str) else None

    @property
    def text(self) -> str | None:
        rec = self.record
        value = rec.get("text") if rec else None
        return value if isinstance(value, str) else None

    def text_sha256(self) -> str | None:
        """SHA-256 of the record's text as it is (computed once per record)."""
        text = self.text
        if text is None:
            return None
        if "text_sha256" not in self.extras:
            self.extras["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        value: str = self.extras["text_sha256"]
        return value


class Rule:
    """Base of every rule. Subclasses set the class attributes and override ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    confidence: ClassVar[Confidence] = Confidence.HIGH
    category: ClassVar[str | None] = None
    options: ClassVar[Mapping[str, Option]] = {}
    #: Rules that need a schema-valid record set this (most do).
    needs_valid_record: ClassVar[bool] = True

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        values = {name: opt.default for name, opt in self.options.items()}
        values.update(settings or {})
        self.settings = values

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        """Yield drafts for one record."""
        return ()


class CorpusRule(Rule):
    """A rule over all records checked together: collect per record, then finish."""

    def collect(self, ctx: RecordContext) -> Any:
        """Return what this rule must keep of one record (keep it small)."""
        return None

    def finish(self, collected: list[Any]) -> Iterable[Draft]:
        """Yield drafts once every record has been collected."""
        return ()
