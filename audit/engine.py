"""Runs `check`: every record through the per-record rules, then the corpus rules."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.findings import Finding, Severity
from audit.jsonio import JsonSyntaxError, loads_strict
from audit.options import CheckOptions
from audit.rules import CorpusRule, Draft, RecordContext, Rule, every_rule
from audit.schema import violations


@dataclass(slots=True)
class CheckResult:
    """Findings of one run plus the counts reporters need."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    records: int = 0

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def exit_code(self, fail_on: Severity) -> int:
        return 1 if any(f.severity.rank >= fail_on.rank for f in self.findings) else 0


def discover(paths: Sequence[str]) -> list[str]:
    """Record files named by ``paths``: files as given, folders searched for ``*.json``."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            found.append("-")
        elif path.is_dir():
            matches = sorted(
                str(p) for p in path.rglob("*.json") if p.is_file() and not p.is_symlink()
            )
            if not matches:
                raise InputError(raw, "folder holds no .json records")
            found.extend(matches)
        elif path.is_file():
            found.append(raw)
        elif path.exists():
            raise InputError(raw, "not a regular file or folder")
        else:
            raise InputError(raw, "no such file or folder")
    return found


def _selected(code: str, options: CheckOptions) -> bool:
    def matches(patterns: Iterable[str]) -> bool:
        return any(code.startswith(p) for p in patterns)

    if options.select and not matches(options.select):
        return False
    return not matches(options.ignore)


def build_rules(options: CheckOptions) -> list[Rule]:
    """Instantiate the selected rules once per run."""
    rules = every_rule(options.rule_packs)
    return [rule() for rule in rules if _selected(rule.code, options)]


def read_record(path: str, max_bytes: int) -> RecordContext:
    """Read and parse one record file into a context (parse errors become part of it)."""
    try:
        if path == "-":
            import sys

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


class Engine:
    """Runs the rules over records; build once, feed many files."""

    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        self.rules = build_rules(options)
        self.record_rules = [r for r in self.rules if not isinstance(r, CorpusRule)]
        self.corpus_rules = [r for r in self.rules if isinstance(r, CorpusRule)]

    def _stamp(self, rule: Rule, draft: Draft, ctx: RecordContext | None) -> Finding:
        severity = self.options.severity.get(rule.code, rule.severity)
        return Finding(
            code=rule.code,
            name=rule.name,
            severity=severity,
            confidence=draft.confidence or rule.confidence,
            message=draft.message,
            path=draft.path or (ctx.path if ctx else None),
            record_id=draft.record_id or (ctx.record_id if ctx else None),
            pointer=draft.pointer,
            evidence=draft.evidence,
            line=draft.line,
            column=draft.column,
            related=draft.related,
        )

    def check_record(self, ctx: RecordContext) -> Iterator[Finding]:
        """Findings of the per-record rules for one parsed file."""
        if ctx.parse_error is None:
            ctx.violations = list(violations(ctx.data))
            ctx.schema_valid = not ctx.violations
        for rule in self.record_rules:
            if rule.needs_valid_record and not ctx.schema_valid:
                continue
            for draft in rule.check(ctx):
                yield self._stamp(rule, draft, ctx)

    def run(self, paths: Sequence[str]) -> CheckResult:
        result = CheckResult()
        collected: dict[int, list[Any]] = {id(rule): [] for rule in self.corpus_rules}
        for path in discover(paths):
            ctx = read_record(path, self.options.max_bytes)
            result.files += 1
            if ctx.parse_error is None:
                result.records += 1
            result.findings.extend(self.check_record(ctx))
            for rule in self.corpus_rules:
                if rule.needs_valid_record and not ctx.schema_valid:
                    continue
                collected[id(rule)].append(rule.collect(ctx))
        for rule in self.corpus_rules:
            for draft in rule.finish(collected[id(rule)]):
                result.findings.append(self._stamp(rule, draft, None))
        return result
