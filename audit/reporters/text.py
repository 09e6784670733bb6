"""Plain text: one `file:line:col: CODE severity: message [pointer]` line per finding."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from audit.engine import CheckResult
from audit.findings import Finding, Severity
from audit.reporters.base import Reporter, display_path
from audit.reporters.safe import printable

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def location(finding: Finding) -> str:
    where = display_path(finding.path)
    if finding.line is not None:
        where += f":{finding.line}"
        if finding.column is not None:
            where += f":{finding.column}"
    return where


class TextReporter(Reporter):
    name = "text"
    color = False

    def _paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def render(self, result: CheckResult, stream: TextIO) -> None:
        lines: list[str] = []
        for finding in result.findings:
            lines.append(self._line(finding))
            if len(lines) == 1024:  # one write per block of lines
                stream.write("".join(lines))
                lines.clear()
        stream.write("".join(lines))
        stream.write(summary(result, self.exit_code, self._paint) + "\n")

    def _line(self, finding: Finding) -> str:
        pointer = f" [{printable(finding.pointer)}]" if finding.pointer else ""
        severity = finding.severity
        return (
            f"{self._paint(printable(location(finding)), '1')}: "
            f"{self._paint(finding.code, '1;' + _COLOURS[severity])} "
            f"{self._paint(severity.value, _COLOURS[severity])}: "
            f"{printable(finding.message)}{self._paint(pointer, '2')}\n"
        )


def summary(result: CheckResult, exit_code: int, paint: Callable[[str, str], str]) -> str:
    """The closing line: verdict, files, findings by severity, suppressed."""
    counts = ", ".join(
        f"{result.count(s)} {s.value}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    verdict = paint("failed", "1;31") if exit_code else paint("passed", "1;32")
    hidden = f", {result.suppressed} suppressed" if result.suppressed else ""
    return (
        f"{verdict}: {result.files} file(s), {len(result.findings)} finding(s) ({counts}){hidden}"
    )


class ColourTextReporter(TextReporter):
    """Text with ANSI colours (what `auto` picks on a terminal without NO_COLOR)."""

    name = "text-colour"
    color = True
