"""What a reporter is: renders a finished CheckResult to a stream."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from audit.engine import CheckResult
from audit.findings import Finding, Severity


class Reporter:
    """Base class: subclasses implement ``render``.

    ``exit_code`` is the run's outcome; ``fail_on`` the lowest severity that fails it
    (JUnit marks a test case failed only for such findings).
    """

    name = "base"

    def __init__(self, exit_code: int, fail_on: Severity = Severity.ERROR) -> None:
        self.exit_code = exit_code
        self.fail_on = fail_on

    def render(self, result: CheckResult, stream: TextIO) -> None:
        raise NotImplementedError

    def fails(self, finding: Finding) -> bool:
        return finding.severity.rank >= self.fail_on.rank


@lru_cache(maxsize=4096)
def display_path(path: str | None) -> str:
    """A path as reports show it: relative to the working folder when inside it, with /
    (remembered per path: a report names each file once per finding)."""
    if not path:
        return "<input>"
    if path == "-":
        return "<stdin>"
    if os.path.isabs(path):
        try:
            path = os.path.relpath(path)
        except ValueError:
            return Path(path).as_posix()
        if path.startswith(".."):
            return Path(os.path.abspath(path)).as_posix()
    return Path(os.path.normpath(path)).as_posix()
