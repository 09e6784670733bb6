"""One frozen options object per command run; no 20-keyword functions."""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.findings import Severity

DEFAULT_MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What `provaudit check` was asked to do."""

    paths: tuple[str, ...] = ("records",)
    format: str = "text"
    fail_on: Severity = Severity.ERROR
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    rule_packs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What `provaudit ingest` was asked to do."""

    sources: tuple[str, ...]
    out: str | None = None
    print_only: bool = False
    force: bool = False
    retrieved: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    progress: bool = True
    rule_packs: tuple[str, ...] = ()
