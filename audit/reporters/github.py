"""GitHub Actions workflow commands: each finding becomes an annotation on the PR.

``::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=T::message`` (``warning``;
``notice`` for info). ``col``/``endColumn`` are sent only when the range is on one line.
Messages escape ``%``, CR and LF; property values also escape ``:`` and ``,``.
"""

from __future__ import annotations

from typing import TextIO

from audit.engine import CheckResult
from audit.findings import Finding, Severity
from audit.reporters.base import Reporter, display_path
from audit.reporters.text import summary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a command property value."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    """One workflow command line for a finding."""
    props = [("file", display_path(finding.path))]
    if finding.line is not None:
        props.append(("line", str(finding.line)))
        end_line = finding.end_line or finding.line
        props.append(("endLine", str(end_line)))
        if finding.column is not None and end_line == finding.line:
            props.append(("col", str(finding.column)))
            if finding.end_column is not None and finding.end_column > finding.column:
                # Exclusive, as in SARIF (GitHub's docs leave it open: github/docs#40038).
                props.append(("endColumn", str(finding.end_column)))
    props.append(("title", f"{finding.code} {finding.name}"))
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    message = finding.message
    if finding.pointer:
        message += f" [{finding.pointer}]"
    return f"::{COMMANDS[finding.severity]} {head}::{escape_data(message)}"


class GithubReporter(Reporter):
    name = "github"

    def render(self, result: CheckResult, stream: TextIO) -> None:
        for finding in result.findings:
            stream.write(command(finding) + "\n")
        # A plain line (not a command) closes the log, as in the text format.
        stream.write(summary(result, self.exit_code, lambda text, _: text) + "\n")
