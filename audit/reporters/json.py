"""Versioned JSON output, described by schema/findings.schema.json."""

from __future__ import annotations

import json
from typing import Any, TextIO

from audit import __version__
from audit.engine import CheckResult
from audit.findings import Severity
from audit.reporters.base import Reporter

OUTPUT_VERSION = 1


def as_document(result: CheckResult, exit_code: int) -> dict[str, Any]:
    """The JSON document of a run (also the serialised form other formats read)."""
    return {
        "version": OUTPUT_VERSION,
        "tool": {"name": "provaudit", "version": __version__},
        "summary": {
            "files": result.files,
            "records": result.records,
            "findings": len(result.findings),
            "by_severity": {s.value: result.count(s) for s in Severity},
            "exit_code": exit_code,
            "suppressed": result.suppressed,
        },
        "findings": [f.as_json() for f in result.findings],
    }


class JsonReporter(Reporter):
    name = "json"

    def render(self, result: CheckResult, stream: TextIO) -> None:
        json.dump(as_document(result, self.exit_code), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
