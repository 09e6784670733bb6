"""`auto`: GitHub annotations under GitHub Actions, colour on a terminal, else plain text.

``NO_COLOR`` (any non-empty value, https://no-color.org) turns colour off.
"""

from __future__ import annotations

import os
from typing import TextIO

from audit.engine import CheckResult
from audit.reporters.base import Reporter
from audit.reporters.github import GithubReporter
from audit.reporters.text import ColourTextReporter, TextReporter


def choose(stream: TextIO) -> type[Reporter]:
    """The reporter `auto` stands for, given the environment and the output stream."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return GithubReporter
    if not os.environ.get("NO_COLOR") and stream.isatty():
        return ColourTextReporter
    return TextReporter


class AutoReporter(Reporter):
    name = "auto"

    def render(self, result: CheckResult, stream: TextIO) -> None:
        choose(stream)(self.exit_code, self.fail_on).render(result, stream)
