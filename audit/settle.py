"""The last stage of ``check``: the findings suppressed, joined by the findings for
suppressions that matched nothing (REC101, REC102), and put in report order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import partial

from audit import suppress
from audit.findings import FINDING_CLASSES, Finding, Severity
from audit.heap import freeze
from audit.locate import locate_files
from audit.options import CheckOptions
from audit.rules import Draft, RecordContext, Rule, rule_by_code
from audit.spool import Filed, Spool
from audit.suppress import RecordNotes

#: Makes the finding of a rule's draft (the engine's, with the run's severities).
Stamp = Callable[[Rule, Draft, RecordContext | None], Finding]


def settle(
    per_file: Iterable[list[Finding]],
    corpus: Iterable[Finding],
    notes: list[RecordNotes],
    raws: dict[str, str],
    paths: list[str],
    *,
    options: CheckOptions,
    rules: Mapping[str, Rule],
    stamp: Stamp,
) -> tuple[Spool[Finding], int, Counter[Severity]]:
    """The findings left after suppression, in report order, how many were hidden, and
    how many of each severity were kept. ``rules`` are the run's rules by code.

    Works file by file: a file's own findings, the corpus findings naming it and the
    REC101 findings for its unused acknowledgements, sorted by line. Findings of no
    checked file and the baseline's REC102 come last.
    """
    opts = options
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

    def settle_file(
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
        ran = [u for u in unused if _ran(rules, u.code, valid[u.path])]
        return _stale_findings(ran, "REC101", rules, stamp)

    def unused_baseline() -> list[Finding]:
        old = baseline.unused(notes) if baseline is not None else []
        return _stale_findings([u for u in old if u.code in rules], "REC102", rules, stamp)

    early: dict[int, list[Finding]] = {}
    for index, findings in enumerate(per_file):
        target = place[paths[index]]
        if target != index:  # a path given twice: its findings go with its last turn
            early.setdefault(target, []).extend(findings)
            continue
        own = [*early.pop(index, []), *findings]
        settle_file(own, waiting.take(index), partial(unused_acknowledgements, index))
        if index % 1024 == 1023:
            freeze()  # the findings kept so far
    settle_file([], waiting.take(end), unused_baseline)
    return kept, hidden, tally


def _ran(rules: Mapping[str, Rule], code: str, schema_valid: bool) -> bool:
    """Whether rule ``code`` ran on a record (True for unknown codes: always stale)."""
    if rule_by_code(code) is None:
        return True
    rule = rules.get(code)
    return rule is not None and (not rule.needs_valid_record or schema_valid)


def _stale_findings(
    unused: list[suppress.Unused], code: str, rules: Mapping[str, Rule], stamp: Stamp
) -> list[Finding]:
    """Findings of rule ``code`` (REC101/REC102) for suppressions that matched nothing."""
    rule = rules.get(code)
    if rule is None:
        return []
    return [
        stamp(
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
