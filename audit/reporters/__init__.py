"""Reporter registry: format name -> reporter class; it feeds `--format`."""

from __future__ import annotations

from audit.reporters.auto import AutoReporter
from audit.reporters.base import Reporter
from audit.reporters.github import GithubReporter
from audit.reporters.json import JsonReporter
from audit.reporters.junit import JunitReporter
from audit.reporters.sarif import SarifReporter
from audit.reporters.text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    TextReporter.name: TextReporter,
    JsonReporter.name: JsonReporter,
    SarifReporter.name: SarifReporter,
    GithubReporter.name: GithubReporter,
    JunitReporter.name: JunitReporter,
    AutoReporter.name: AutoReporter,
}

__all__ = ["REPORTERS", "Reporter"]
