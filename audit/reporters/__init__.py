"""Reporter registry: format name -> reporter class; it feeds `--format`."""

from __future__ import annotations

from audit.reporters.base import Reporter
from audit.reporters.json import JsonReporter
from audit.reporters.text import TextReporter

REPORTERS: dict[str, type[Reporter]] = {
    TextReporter.name: TextReporter,
    JsonReporter.name: JsonReporter,
}

__all__ = ["REPORTERS", "Reporter"]
