"""One record file's outcome in a ``check`` run, and its form in the cache."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from audit.cache import Unencodable, decode, encode
from audit.findings import Finding, finding_from_json
from audit.recordfiles import parse_record
from audit.rules import CorpusRule
from audit.suppress import RecordNotes


@dataclass(slots=True)
class Checked:
    """One file's outcome: fresh or from the cache."""

    findings: list[Finding]
    notes: RecordNotes
    parsed: bool
    #: What each corpus rule collected from the file, by rule code.
    collect: dict[str, Any]


def cache_entry(digest: str, checked: Checked) -> dict[str, Any]:
    """The cache's entry for ``checked``, the outcome of the file whose SHA-256 is
    ``digest``; a collection the cache cannot encode is left out (redone on a hit)."""
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


def from_cache_entry(
    path: str,
    data: Callable[[], bytes],
    entry: dict[str, Any],
    corpus_rules: Sequence[CorpusRule],
) -> Checked:
    """The outcome stored in ``entry``; ``data`` is read only if a corpus rule's collection
    is missing and must be redone. A damaged entry raises KeyError, TypeError or ValueError."""
    notes = RecordNotes.from_json(entry["notes"])
    collect = {code: decode(value) for code, value in entry["collect"].items()}
    missing = [
        rule
        for rule in corpus_rules
        if (not rule.needs_valid_record or notes.schema_valid) and rule.code not in collect
    ]
    if missing:
        ctx = parse_record(path, data())
        ctx.schema_valid = notes.schema_valid
        collect.update({rule.code: rule.collect(ctx) for rule in missing})
    findings = [finding_from_json(f) for f in entry["findings"]]
    return Checked(findings, notes, bool(entry["parsed"]), collect)
