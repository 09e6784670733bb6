"""REC1xx: suppressions that no longer match anything.

The engine applies suppressions (a record's ``ignore`` list, a baseline file) after every
other rule has run, so these rules yield nothing themselves: the engine reports through
them, and they exist so that their codes can be selected, ignored, re-rated and explained.
"""

from __future__ import annotations

from audit.findings import Severity
from audit.rules.base import Rule


class UnusedIgnore(Rule):
    """An entry of the record's `ignore` list matches no finding.

    The record accepts a finding (`{"code": ..., "pointer": ..., "reason": ...}`) that the
    checks no longer report, or names a rule code that does not exist. Reported only when
    the named rule ran on the record.

    Why it matters:
        A stale acknowledgement hides nothing today but will silently hide a new problem
        of the same kind at the same place tomorrow. Remove it once the problem is fixed.

    Fails:
        "ignore": [{"code": "REC005", "reason": "legacy name"}] in a record whose id
        matches its file name

    Passes:
        "ignore": [] (or every entry still matches a finding)

    Options:
        none
    """

    code = "REC101"
    name = "unused-ignore"
    summary = "An ignore entry in the record matches no finding"
    severity = Severity.WARNING
    needs_valid_record = False


class StaleBaselineEntry(Rule):
    """A baseline entry matches no finding any more.

    The baseline file (`--baseline FILE`) accepts a finding in a record that was checked
    in this run, but the checks no longer report it: it was fixed.

    Why it matters:
        A baseline should shrink as problems are fixed. A stale entry would hide the same
        problem if it came back. Rewrite the baseline with `--write-baseline FILE`.

    Fails:
        a baseline listing REC004 for a record whose evidence was repaired

    Passes:
        a baseline whose every entry still matches a finding

    Options:
        none
    """

    code = "REC102"
    name = "stale-baseline-entry"
    summary = "A baseline entry matches no finding"
    severity = Severity.WARNING
    needs_valid_record = False


SUPPRESSION_RULES: tuple[type[Rule], ...] = (UnusedIgnore, StaleBaselineEntry)
