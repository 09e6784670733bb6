"""Runs `check`: every record through the per-record rules, then the corpus rules.

Reading record files is :mod:`audit.recordfiles`; a file's outcome and its cache entry,
:mod:`audit.outcome`; checking files in worker processes or on a cluster,
:mod:`audit.checkpool`; suppressing the findings and putting them in report order,
:mod:`audit.settle`.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit import checkpool
from audit.analyse.crosssource.spill import Spill
from audit.cache import Cache, ruleset_version
from audit.findings import FINDING_CLASSES, Finding, Severity
from audit.heap import freeze, frozen_heap
from audit.locate import Locator, Region
from audit.options import CheckOptions
from audit.outcome import Checked, cache_entry, from_cache_entry
from audit.recordfiles import discover, parse_record, read_bytes, unreadable_files
from audit.rules import CorpusRule, Draft, RecordContext, Rule, every_rule
from audit.rules.cross.pool import PoolUnits
from audit.schema import violations
from audit.settle import settle
from audit.spool import Spool
from audit.suppress import RecordNotes

if TYPE_CHECKING:
    from audit.rules.cross.runner import UnitRunner


@dataclass(slots=True)
class CheckResult:
    """Findings of one run plus the counts reporters need."""

    #: In report order; a large run's findings wait on disk (a :class:`~audit.spool.Spool`).
    findings: Sequence[Finding] = field(default_factory=list)
    files: int = 0
    records: int = 0
    #: Every file checked, in order (JUnit reports one test case per file).
    paths: list[str] = field(default_factory=list)
    #: Findings hidden by acknowledgements, per-path ignores or the baseline.
    suppressed: int = 0
    cache_hits: int = 0
    #: Every rule available to the run (built-in and rule packs), for reporters' catalogues.
    rules: tuple[type[Rule], ...] = ()
    _tally: tuple[Sequence[Finding], Counter[Severity]] | None = field(default=None, repr=False)

    def count(self, severity: Severity) -> int:
        """Findings of ``severity`` (counted in one pass, again only if findings change)."""
        if self._tally is None or self._tally[0] is not self.findings:
            self._tally = (self.findings, Counter(f.severity for f in self.findings))
        return self._tally[1][severity]

    def exit_code(self, fail_on: Severity) -> int:
        return 1 if any(self.count(s) for s in Severity if s.rank >= fail_on.rank) else 0


def _selected(code: str, options: CheckOptions) -> bool:
    def matches(patterns: Iterable[str]) -> bool:
        return any(code.startswith(p) for p in patterns)

    if options.select and not matches(options.select):
        return False
    return not matches(options.ignore)


def build_rules(options: CheckOptions) -> list[Rule]:
    """Instantiate the selected rules (built-in and rule packs) once per run, configured."""
    return [
        rule(options.rule_settings.get(rule.code))
        for rule in every_rule(options.rule_packs)
        if _selected(rule.code, options)
    ]


class Engine:
    """Runs the rules over records; build once, feed many files."""

    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        self.rules = build_rules(options)
        self.record_rules = [r for r in self.rules if not isinstance(r, CorpusRule)]
        self.corpus_rules = [r for r in self.rules if isinstance(r, CorpusRule)]
        self._by_code = {r.code: r for r in self.rules}
        #: Where the XSC rules check stories when not here (the Dask engine's cluster).
        self.remote: UnitRunner | None = None
        #: Where the XSC digests wait during a local run (a temporary file).
        self.spill: Spill | None = None

    def _stamp(
        self, rule: Rule, draft: Draft, ctx: RecordContext | None, region: Region | None = None
    ) -> Finding:
        """The finding of ``draft``, placed at ``region`` when given (else where the draft
        says)."""
        severity = self.options.severity.get(rule.code, rule.severity)
        line, column, end_line, end_column = (
            (region.line, region.column, region.end_line, region.end_column)
            if region is not None
            else (draft.line, draft.column, draft.end_line, draft.end_column)
        )
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
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            related=draft.related,
        )

    def _drafts(self, ctx: RecordContext) -> Iterator[tuple[Rule, Draft]]:
        """The per-record rules' drafts for one parsed file, each with its rule."""
        if ctx.parse_error is None:
            ctx.violations = list(violations(ctx.data))
            ctx.schema_valid = not ctx.violations
        for rule in self.record_rules:
            if rule.needs_valid_record and not ctx.schema_valid:
                continue
            for draft in rule.check(ctx):
                yield rule, draft

    def _located(self, ctx: RecordContext) -> list[Finding]:
        """Findings of the per-record rules for one parsed file, each placed at the line
        and column of its text span or pointer in the file (what
        :func:`~audit.locate.locate` does, without copying each finding to fill them in)."""
        locator: Locator | None = None
        findings = []
        for rule, draft in self._drafts(ctx):
            region = None
            if draft.line is None:
                locator = locator or Locator(ctx.raw)
                region = locator.region(draft.pointer, draft.evidence)
            findings.append(self._stamp(rule, draft, ctx, region))
        return findings

    def _open_cache(self) -> Cache | None:
        if not self.options.cache:
            return None
        settings = {
            "select": self.options.select,
            "ignore": self.options.ignore,
            "severity": self.options.severity,
            "rules": self.options.rule_settings,
        }
        version = ruleset_version((type(r) for r in self.rules), settings, self.options.rule_packs)
        return Cache(Path(self.options.root), version)

    def fresh(self, path: str, data: bytes) -> tuple[Checked, RecordContext]:
        """One file's outcome, checked anew (no cache), and its parsed context."""
        return self.checked(parse_record(path, data))

    def checked(self, ctx: RecordContext) -> tuple[Checked, RecordContext]:
        """The outcome of one parsed file (or of one that could not be read)."""
        path = ctx.path
        findings = self._located(ctx)
        collect = {
            rule.code: rule.collect(ctx)
            for rule in self.corpus_rules
            if not rule.needs_valid_record or ctx.schema_valid
        }
        notes = RecordNotes.of(path, ctx.data, ctx.schema_valid)
        return Checked(findings, notes, ctx.parse_error is None, collect), ctx

    def _outcomes(
        self, sources: Sequence[str], load: Callable[[str], bytes] | None, cache: Cache | None
    ) -> Iterator[tuple[str, Checked, str | None]]:
        """(path, outcome, raw text for stdin) per source, in order; misses may run in a pool."""
        dask = self.options.engine == "dask"
        if load is not None or (self.options.jobs <= 1 and not dask) or "-" in sources:
            for path in sources:
                data = read_bytes(path, self.options.max_bytes) if load is None else load(path)
                yield self._one(path, data, cache)
            return
        items = [(path, cache.digest_of(path) if cache else None) for path in sources]
        outcomes = checkpool.outcomes(items, self.options, self.remote)
        max_bytes = self.options.max_bytes
        for (path, known), (digest, checked) in zip(items, outcomes, strict=True):
            if checked is None and cache is not None and known is not None:
                entry = cache.get(path, digest)
                with contextlib.suppress(KeyError, TypeError, ValueError):
                    if entry is not None:
                        reread = partial(read_bytes, path, max_bytes)
                        checked = from_cache_entry(path, reread, entry, self.corpus_rules)
            if checked is None:  # damaged cache entry: do it here
                yield self._one(path, read_bytes(path, self.options.max_bytes), None)
                continue
            if cache is not None and known != digest:
                cache.put(path, cache_entry(digest, checked))
            yield path, checked, None

    def _one(self, path: str, data: bytes, cache: Cache | None) -> tuple[str, Checked, str | None]:
        digest = hashlib.sha256(data).hexdigest()
        entry = cache.get(path, digest) if cache is not None and path != "-" else None
        if entry is not None:
            with contextlib.suppress(KeyError, TypeError, ValueError):  # damaged entry
                return path, from_cache_entry(path, lambda: data, entry, self.corpus_rules), None
        checked, ctx = self.fresh(path, data)
        if path != "-" and cache is not None:
            cache.put(path, cache_entry(digest, checked))
        return path, checked, ctx.raw if path == "-" else None

    def run(self, paths: Sequence[str], load: Callable[[str], bytes] | None = None) -> CheckResult:
        """Check record files (or, with ``load``, the record bytes it gives per source)."""
        with frozen_heap():  # what the run keeps is not walked by every collection
            return self._run_in(paths, load)

    def _run_in(self, paths: Sequence[str], load: Callable[[str], bytes] | None) -> CheckResult:
        if self.options.engine != "dask" or load is not None:
            with Spill() as self.spill:  # XSC digests wait on disk, not in memory
                if self.options.jobs > 1 and load is None:  # stories checked by workers too
                    self.remote = PoolUnits(self.options.jobs, self.spill.whole)
                try:
                    return self._run(paths, load)
                finally:
                    self.spill, self.remote = None, None
        from audit.distributed import session  # digests stay on the cluster (XSC group-by)

        with session(self.options) as self.remote:
            try:
                return self._run(paths, load)
            finally:
                self.remote = None

    def _run(self, paths: Sequence[str], load: Callable[[str], bytes] | None) -> CheckResult:
        result = CheckResult(rules=every_rule(self.options.rule_packs))
        cache = self._open_cache()
        collected: dict[str, list[Any]] = {rule.code: [] for rule in self.corpus_rules}
        notes: list[RecordNotes] = []
        raws: dict[str, str] = {}
        if load is not None:
            sources = list(paths)
        elif self.options.engine == "dask":
            from audit.distributed import discover as discover_urls

            sources = discover_urls(paths)
        else:
            sources = discover(paths)
        # a file too large or not readable is a finding of its own; the others are checked
        local = load is None and self.options.engine != "dask"  # dask reads through fsspec
        unreadable = unreadable_files(sources, self.options.max_bytes) if local else []
        if unreadable:
            skipped = {ctx.path for ctx in unreadable}
            sources = [s for s in sources if s not in skipped]
        # Each file's findings wait (on disk in a large run) until the corpus rules are done.
        with Spool[list[Finding]](weight=len, classes=FINDING_CLASSES) as per_file:
            refused = ((ctx.path, self.checked(ctx)[0], None) for ctx in unreadable)
            for path, checked, raw in chain(refused, self._outcomes(sources, load, cache)):
                if raw is not None:
                    raws[path] = raw
                result.paths.append(path)
                result.files += 1
                if result.files % 1024 == 0:
                    freeze()
                result.records += checked.parsed
                per_file.append(checked.findings)
                notes.append(checked.notes)
                for code, value in checked.collect.items():
                    if code in collected:
                        collected[code].append(self.spill.keep(value) if self.spill else value)
            result.findings, result.suppressed, tally = settle(
                per_file,
                self._corpus(collected, notes),
                notes,
                raws,
                result.paths,
                options=self.options,
                rules=self._by_code,
                stamp=self._stamp,
            )
            result._tally = (result.findings, tally)  # counted on the way: no pass over disk
        if cache is not None:
            result.cache_hits = cache.hits
            try:
                cache.save()
            except OSError as exc:
                sys.stderr.write(f"provaudit: cache not written: {exc.strerror or exc}\n")
        return result

    def _corpus(
        self, collected: dict[str, list[Any]], notes: list[RecordNotes]
    ) -> Iterator[Finding]:
        """Cross-source findings (not yet located); a record named by id gets its file."""
        from audit.analyse.crosssource.packed import unpacked
        from audit.rules.cross.runner import story_drafts  # one pass per story

        files = {n.record_id: n.path for n in notes if n.record_id}
        load = self.spill.load if self.spill else unpacked
        freeze()  # the digests and notes kept so far
        together = story_drafts(self.corpus_rules, collected, self.remote, load)
        for rule in self.corpus_rules:
            drafts = together.pop(rule.code, None)
            for draft in rule.finish(collected[rule.code]) if drafts is None else drafts:
                finding = self._stamp(rule, draft, None)
                if finding.path and all(r.path for r in finding.related):
                    yield finding  # the usual case: the digests carry their paths
                    continue
                yield replace(
                    finding,
                    path=finding.path or files.get(finding.record_id or ""),
                    related=tuple(
                        replace(r, path=r.path or files.get(r.record_id)) for r in finding.related
                    ),
                )
        collected.clear()  # the digests are done with: free them before the report is built
