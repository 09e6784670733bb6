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


def display_path(path: str | None) -> str:
    """A path as reports show it: relative to the working folder when inside it, with /
    (remembered per path and working folder: a report names each file once per finding)."""
    if path and os.path.isabs(path):
        return _shown(path, os.getcwd())
    return _shown(path, "")


@lru_cache(maxsize=4096)
def _shown(path: str | None, cwd: str) -> str:
    """:func:`display_path` of ``path`` from working folder ``cwd`` (given for an absolute
    path only: a relative one reads the same from anywhere)."""
    if not path:
        return "<input>"
    if path == "-":
        return "<stdin>"
    if cwd:
        if os.sep == "/":
            return _from_working_folder(path, cwd)
        try:
            path = os.path.relpath(path, cwd)
        except ValueError:
            return Path(path).as_posix()
        if path.startswith(".."):
            return Path(os.path.abspath(path)).as_posix()
    return _posix(os.path.normpath(path))


def _from_working_folder(path: str, cwd: str) -> str:
    """An absolute POSIX path relative to working folder ``cwd`` when inside it, else as
    it is (normalised): ``os.path.relpath``'s answer without its work."""
    normal = "/" + os.path.normpath(path).lstrip("/")  # "//a" is "/a"
    if normal == cwd:
        return os.curdir
    prefix = cwd if cwd.endswith("/") else cwd + "/"
    inside = normal.startswith(prefix) and not normal[len(prefix) :].startswith("..")
    return normal[len(prefix) :] if inside else normal


def _posix(normal: str) -> str:
    """A normalised path with / between its parts."""
    return normal if os.sep == "/" else Path(normal).as_posix()
