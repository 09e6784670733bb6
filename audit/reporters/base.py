"""What a reporter is: renders a finished CheckResult to a stream."""

from __future__ import annotations

from typing import TextIO

from audit.engine import CheckResult


class Reporter:
    """Base class: subclasses implement ``render``."""

    name = "base"

    def __init__(self, exit_code: int) -> None:
        self.exit_code = exit_code

    def render(self, result: CheckResult, stream: TextIO) -> None:
        raise NotImplementedError
