"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Every registered rule is listed in ``tool.driver.rules`` with its documentation (the
rule's docstring). Results carry stable ``ruleId``s, repository-relative paths,
``partialFingerprints`` (the finding's fingerprint, so alerts survive reformatting),
``relatedLocations`` for cross-source findings, and regions by line and column. Columns
are converted from provaudit's code points to UTF-16 code units: SARIF's default
``columnKind``, which consumers that ignore the declaration assume anyway.
"""

from __future__ import annotations

import inspect
import json
from typing import Any, TextIO
from urllib.parse import quote

from audit import __version__
from audit.engine import CheckResult
from audit.findings import Finding, Related, Severity
from audit.locate import Locator, Region
from audit.reporters.base import Reporter, display_path
from audit.rules import ALL_RULES, Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "provaudit/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_docs(rule: type[Rule]) -> tuple[str, str, str]:
    """(summary, description, full help) from a rule's docstring."""
    doc = inspect.cleandoc(rule.__doc__ or rule.summary)
    first, _, rest = doc.partition("\n")
    description = rest.strip().split("Why it matters:", 1)[0].strip() or first
    return first.strip(), " ".join(description.split()), doc


def rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    summary, description, help_text = rule_docs(rule)
    prefix = rule.code[:3]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": description},
        "help": {"text": help_text, "markdown": f"**{rule.code} {rule.name}**\n\n{help_text}"},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": [prefix, rule.category] if rule.category else [prefix],
            "precision": {"high": "high", "medium": "medium", "low": "low"}[rule.confidence.value],
        },
    }


def _uri(path: str | None) -> str:
    return quote(display_path(path), safe="/")


def _region(region: Region, locator: Locator | None) -> dict[str, int]:
    """SARIF region in UTF-16 code units (the file's text converts code-point columns)."""

    def unit(line: int, column: int) -> int:
        return locator.utf16_column(line, column) if locator is not None else column

    found = {"startLine": region.line, "startColumn": unit(region.line, region.column)}
    if region.end_line:  # else SARIF's default: to the end of the line
        found["endLine"] = region.end_line
        found["endColumn"] = max(unit(region.end_line, region.end_column), 1)
    return found


def _finding_region(finding: Finding) -> Region | None:
    """The finding's region in code points (end unknown: end_line 0)."""
    if finding.line is None:
        return None
    if finding.end_line is not None and finding.end_column is not None:
        return Region(finding.line, finding.column or 1, finding.end_line, finding.end_column)
    return Region(finding.line, finding.column or 1, 0, 0)


def _location(path: str | None, region: dict[str, int] | None) -> dict[str, Any]:
    """A SARIF location: physical when the finding names a file."""
    if not path:
        return {}
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if region is not None:
        physical["region"] = region
    return {"physicalLocation": physical}


class SarifReporter(Reporter):
    name = "sarif"

    def __init__(self, exit_code: int, fail_on: Severity = Severity.ERROR) -> None:
        super().__init__(exit_code, fail_on)
        self._locators: dict[str, Locator | None] = {}

    def _locator(self, path: str | None) -> Locator | None:
        """A locator over a file with findings (read once), for related spans and units."""
        if not path or path == "-":
            return None
        if path not in self._locators:
            try:
                with open(path, encoding="utf-8-sig") as handle:
                    self._locators[path] = Locator(handle.read())
            except (OSError, UnicodeDecodeError):
                self._locators[path] = None
        return self._locators[path]

    def _locate_related(self, related: Related) -> dict[str, int] | None:
        locator = self._locator(related.path)
        region = locator.region(related.pointer, related.evidence) if locator else None
        return _region(region, locator) if region is not None else None

    def _result(self, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
        located = _finding_region(finding)
        region = _region(located, self._locator(finding.path)) if located else None
        logical = f"{finding.record_id or display_path(finding.path)}{finding.pointer or ''}"
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [
                {
                    **_location(finding.path, region),
                    "logicalLocations": [{"fullyQualifiedName": logical, "kind": "member"}],
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
            "properties": {
                "confidence": finding.confidence.value,
                "pointer": finding.pointer,
                "recordId": finding.record_id,
            },
        }
        if finding.code in index:
            result["ruleIndex"] = index[finding.code]
        if finding.evidence is not None:
            result["properties"]["quote"] = finding.evidence.quote
        if finding.related:
            result["relatedLocations"] = [
                {
                    "id": number,
                    **_location(rel.path, self._locate_related(rel)),
                    "logicalLocations": [
                        {"fullyQualifiedName": f"{rel.record_id}{rel.pointer or ''}"}
                    ],
                    "message": {"text": rel.note or f"record {rel.record_id}"},
                }
                for number, rel in enumerate(finding.related, start=1)
            ]
        return result

    def document(self, result: CheckResult) -> dict[str, Any]:
        rules = [rule_descriptor(rule) for rule in result.rules or ALL_RULES]
        index = {rule["id"]: number for number, rule in enumerate(rules)}
        return {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "provaudit",
                            "version": __version__,
                            "semanticVersion": __version__,
                            "rules": rules,
                        }
                    },
                    "columnKind": "utf16CodeUnits",
                    "invocations": [{"executionSuccessful": True, "exitCode": self.exit_code}],
                    "results": [self._result(f, index) for f in result.findings],
                }
            ],
        }

    def render(self, result: CheckResult, stream: TextIO) -> None:
        json.dump(self.document(result), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
