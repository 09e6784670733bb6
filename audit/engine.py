"""Runs `check`: every record through the per-record rules, then the corpus rules."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit import suppress
from audit.analyse.crosssource.spill import Spill
from audit.cache import Cache, Unencodable, decode, encode, ruleset_version
from audit.errors import InputError
from audit.findings import FINDING_CLASSES, Finding, Severity, finding_from_json
from audit.heap import freeze, frozen_heap
from audit.jsonio import JsonSyntaxError, loads_strict
from audit.locate import Locator, Region, locate_files
from audit.options import CheckOptions
from audit.parallel import ordered_map
from audit.rules import CorpusRule, Draft, RecordContext, Rule, every_rule, rule_by_code
from audit.rules.cross.pool import PoolUnits
from audit.schema import violations
from audit.spool import Filed, Spool
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
    """Instantiate the selected rules (built-in and rule packs) once per run, configured."""
    return [
        rule(options.rule_settings.get(rule.code))
        for rule in every_rule(options.rule_packs)
        if _selected(rule.code, options)
    ]


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


@dataclass(slots=True)
class _Checked:
    """One file's outcome: fresh or from the cache."""

    findings: list[Finding]
    notes: RecordNotes
    parsed: bool
    collect: dict[str, Any]


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

    def _fresh(self, path: str, data: bytes) -> tuple[_Checked, RecordContext]:
        ctx = parse_record(path, data)
        findings = self._located(ctx)
        collect = {
            rule.code: rule.collect(ctx)
            for rule in self.corpus_rules
            if not rule.needs_valid_record or ctx.schema_valid
        }
        notes = RecordNotes.of(path, ctx.data, ctx.schema_valid)
        return _Checked(findings, notes, ctx.parse_error is None, collect), ctx

    @staticmethod
    def _entry(digest: str, checked: _Checked) -> dict[str, Any]:
        collect = {}
        for code, value in checked.collect.items():
            with contextlib.suppress(Unencodable):  # else recomputed on a cache hit
                collect[code] = encode(value)
        return {
            "sha256": digest,
            "parsed": checked.parsed,
            "notes": checked.notes.as_json(),
            "findings": [f.as_json() for f in checked.findings],
            "collect": collect,
        }

    def _cached(self, path: str, data: Callable[[], bytes], entry: dict[str, Any]) -> _Checked:
        """The outcome stored in ``entry``; ``data`` is read only if a digest must be redone."""
        notes = RecordNotes.from_json(entry["notes"])
        collect = {code: decode(value) for code, value in entry["collect"].items()}
        missing = [
            rule
            for rule in self.corpus_rules
            if (not rule.needs_valid_record or notes.schema_valid) and rule.code not in collect
        ]
        if missing:
            ctx = parse_record(path, data())
            ctx.schema_valid = notes.schema_valid
            collect.update({rule.code: rule.collect(ctx) for rule in missing})
        findings = [finding_from_json(f) for f in entry["findings"]]
        return _Checked(findings, notes, bool(entry["parsed"]), collect)

    def _outcomes(
        self, sources: Sequence[str], load: Callable[[str], bytes] | None, cache: Cache | None
    ) -> Iterator[tuple[str, _Checked, str | None]]:
        """(path, outcome, raw text for stdin) per source, in order; misses may run in a pool."""
        dask = self.options.engine == "dask"
        if load is not None or (self.options.jobs <= 1 and not dask) or "-" in sources:
            for path in sources:
                data = read_bytes(path, self.options.max_bytes) if load is None else load(path)
                yield self._one(path, data, cache)
            return
        items = [(path, cache.digest_of(path) if cache else None) for path in sources]
        if dask:
            from audit.distributed import Session, check_map

            outcomes: Iterable[tuple[str, _Checked | None]] = (
                self.remote.check_map(items)
                if isinstance(self.remote, Session)
                else check_map(items, self.options)
            )
        else:
            outcomes = ordered_map(
                _work,
                items,
                jobs=self.options.jobs,
                initializer=_start_worker,
                initargs=(self.options,),
            )
        max_bytes = self.options.max_bytes
        for (path, known), (digest, checked) in zip(items, outcomes, strict=True):
            if checked is None and cache is not None and known is not None:
                entry = cache.get(path, digest)
                with contextlib.suppress(KeyError, TypeError, ValueError):
                    if entry is not None:
                        checked = self._cached(path, partial(read_bytes, path, max_bytes), entry)
            if checked is None:  # damaged cache entry: do it here
                yield self._one(path, read_bytes(path, self.options.max_bytes), None)
                continue
            if cache is not None and known != digest:
                cache.put(path, self._entry(digest, checked))
            yield path, checked, None

    def _one(self, path: str, data: bytes, cache: Cache | None) -> tuple[str, _Checked, str | None]:
        digest = hashlib.sha256(data).hexdigest()
        entry = cache.get(path, digest) if cache is not None and path != "-" else None
        if entry is not None:
            with contextlib.suppress(KeyError, TypeError, ValueError):  # damaged entry
                return path, self._cached(path, lambda: data, entry), None
        checked, ctx = self._fresh(path, data)
        if path != "-" and cache is not None:
            cache.put(path, self._entry(digest, checked))
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
        # Each file's findings wait (on disk in a large run) until the corpus rules are done.
        with Spool[list[Finding]](weight=len, classes=FINDING_CLASSES) as per_file:
            for path, checked, raw in self._outcomes(sources, load, cache):
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
            result.findings, result.suppressed, tally = self._suppress(
                per_file, self._corpus(collected, notes), notes, raws, result.paths
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

    def _suppress(
        self,
        per_file: Iterable[list[Finding]],
        corpus: Iterable[Finding],
        notes: list[RecordNotes],
        raws: dict[str, str],
        paths: list[str],
    ) -> tuple[Spool[Finding], int, Counter[Severity]]:
        """The findings left after suppression, in report order, how many were hidden, and
        how many of each severity were kept.

        Works file by file: a file's own findings, the corpus findings naming it and the
        REC101 findings for its unused acknowledgements, sorted by line. Findings of no
        checked file and the baseline's REC102 come last.
        """
        opts = self.options
        place = {path: index for index, path in enumerate(paths)}  # a repeated path: last
        end = len(paths)
        waiting = Filed[Finding](end, classes=FINDING_CLASSES)  # by file, on disk if many
        for number, finding in enumerate(corpus, 1):
            waiting.add(place.get(finding.path or "", end), finding)
            if number % 4096 == 0:
                freeze()  # the cross-source findings waiting so far
        notes_at: dict[int, list[RecordNotes]] = {}
        for note in notes:
            notes_at.setdefault(place[note.path], []).append(note)
        acknowledgements = suppress.Acknowledgements(notes)
        baseline = (
            suppress.Baseline(suppress.read_baseline(opts.baseline), opts.baseline)
            if opts.baseline and not opts.write_baseline
            else None
        )
        valid = {n.path: n.schema_valid for n in notes}
        kept = Spool[Finding](classes=FINDING_CLASSES)
        tally: Counter[Severity] = Counter()
        hidden = 0

        def settle(
            own: list[Finding], corpus: list[Finding], stale: Callable[[], list[Finding]]
        ) -> None:
            """Suppress one file's findings, add its stale-suppression findings, keep both."""
            nonlocal hidden
            group = own + locate_files(corpus, raws)
            group, by_path = suppress.by_path(group, opts.per_path_ignores, opts.root)
            group, in_record = acknowledgements.apply(group)
            by_baseline = 0
            if baseline is not None:
                group, by_baseline = baseline.apply(group)
            reported, dropped = suppress.by_path(
                locate_files(stale(), raws), opts.per_path_ignores, opts.root
            )
            hidden += by_path + in_record + by_baseline + dropped
            settled = sorted(group + reported, key=_line_order)
            tally.update(f.severity for f in settled)
            kept.extend(settled)

        def unused_acknowledgements(index: int) -> list[Finding]:
            unused = acknowledgements.unused(notes_at.get(index, ()))
            return self._report([u for u in unused if self._ran(u.code, valid[u.path])], "REC101")

        def unused_baseline() -> list[Finding]:
            old = baseline.unused(notes) if baseline is not None else []
            return self._report([u for u in old if u.code in self._by_code], "REC102")

        early: dict[int, list[Finding]] = {}
        for index, findings in enumerate(per_file):
            target = place[paths[index]]
            if target != index:  # a path given twice: its findings go with its last turn
                early.setdefault(target, []).extend(findings)
                continue
            own = [*early.pop(index, []), *findings]
            settle(own, waiting.take(index), partial(unused_acknowledgements, index))
            if index % 1024 == 1023:
                freeze()  # the findings kept so far
        settle([], waiting.take(end), unused_baseline)
        return kept, hidden, tally

    def _ran(self, code: str, schema_valid: bool) -> bool:
        """Whether rule ``code`` ran on a record (True for unknown codes: always stale)."""
        if rule_by_code(code) is None:
            return True
        rule = self._by_code.get(code)
        return rule is not None and (not rule.needs_valid_record or schema_valid)

    def _report(self, unused: list[suppress.Unused], code: str) -> list[Finding]:
        """Findings of rule ``code`` (REC101/REC102) for suppressions that matched nothing."""
        rule = self._by_code.get(code)
        if rule is None:
            return []
        return [
            self._stamp(
                rule,
                Draft(
                    u.message
                    if rule_by_code(u.code)
                    else f"ignore entry names unknown rule code {u.code!r}; remove or correct it",
                    pointer=u.pointer,
                    path=u.path,
                    record_id=u.record_id,
                ),
                None,
            )
            for u in unused
        ]


def _line_order(finding: Finding) -> tuple[int, int]:
    return (finding.line or 0, finding.column or 0)


_WORKER: Engine | None = None


def _start_worker(options: CheckOptions) -> None:
    """Pool initializer: one engine (rules, validators) per worker process."""
    global _WORKER
    _WORKER = Engine(options)


def _work(item: tuple[str, str | None]) -> tuple[str, _Checked | None]:
    """Check one file in a worker; ``None`` when its digest matches the cached one."""
    path, known = item
    assert _WORKER is not None
    data = read_bytes(path, _WORKER.options.max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    if digest == known:
        return digest, None
    return digest, _WORKER._fresh(path, data)[0]
