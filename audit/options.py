"""One frozen options object per command run; no 20-keyword functions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from audit.findings import Severity

DEFAULT_MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What `provaudit check` was asked to do."""

    paths: tuple[str, ...] = ("records",)
    format: str = "auto"
    fail_on: Severity = Severity.ERROR
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Per-rule settings (rule code -> option name -> value), validated by audit.config.
    rule_settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: (glob, codes-or-prefixes) pairs; globs match paths relative to ``root``.
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Folders of YAML rule packs (read by the content rules).
    rule_packs: tuple[str, ...] = ()
    baseline: str | None = None
    write_baseline: str | None = None
    exit_zero: bool = False
    cache: bool = True
    #: Worker processes for per-record work (1: everything in this process).
    jobs: int = 1
    #: Where per-record work runs: "local" (this machine) or "dask" (a Dask cluster).
    engine: str = "local"
    #: Dask scheduler address (None: a LocalCluster of ``jobs`` workers).
    scheduler: str | None = None
    #: Folder the configuration was found in; relative globs and the cache live there.
    root: str = "."


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
    allow_private: bool = False
    jobs: int = 1
    rule_packs: tuple[str, ...] = ()
    engine: str = "local"
    scheduler: str | None = None
