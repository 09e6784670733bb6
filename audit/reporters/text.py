"""Plain text: one `file:line:col: CODE message [pointer]` line per finding."""

from __future__ import annotations

from typing import TextIO

from audit.engine import CheckResult
from audit.findings import Finding, Severity
from audit.reporters.base import Reporter


def location(finding: Finding) -> str:
    where = finding.path or "<input>"
    if finding.line is not None:
        where += f":{finding.line}"
        if finding.column is not None:
            where += f":{finding.column}"
    return where


class TextReporter(Reporter):
    name = "text"

    def render(self, result: CheckResult, stream: TextIO) -> None:
        for finding in result.findings:
            pointer = f" [{finding.pointer}]" if finding.pointer else ""
            stream.write(
                f"{location(finding)}: {finding.code} {finding.severity.value}: "
                f"{finding.message}{pointer}\n"
            )
        counts = ", ".join(
            f"{result.count(s)} {s.value}"
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        )
        verdict = "failed" if self.exit_code else "passed"
        stream.write(
            f"{verdict}: {result.files} file(s), {len(result.findings)} finding(s) ({counts})\n"
        )
