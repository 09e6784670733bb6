"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Every registered rule is listed in ``tool.driver.rules`` with its documentation (the
rule's docstring); results carry stable ``ruleId``s, repository-relative paths, regions by
line and column (``columnKind`` is declared as Unicode code points, the unit provaudit
counts in), ``partialFingerprints`` (the finding's fingerprint, so alerts survive
reformatting) and ``relatedLocations`` for cross-source findings.
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


def _region(region: Region) -> dict[str, int]:
    return {
        "startLine": region.line,
        "startColumn": region.column,
        "endLine": region.end_line,
        "endColumn": max(region.end_column, 1),
    }


def _finding_region(finding: Finding) -> dict[str, int] | None:
    """The finding's region; without a known end, SARIF's default runs to the line's end."""
    if finding.line is None:
        return None
    region = {"startLine": finding.line, "startColumn": finding.column or 1}
    if finding.end_line is not None and finding.end_column is not None:
        region.update(endLine=finding.end_line, endColumn=finding.end_column)
    return region


def _location(path: str | None, region: dict[str, int] | None) -> dict[str, Any]:
    """A SARIF location: physical when the finding names a file."""
    if not path or path == "-":
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

    def _locate_related(self, related: Related) -> dict[str, int] | None:
        path = related.path
        if not path or path == "-":
            return None
        if path not in self._locators:
            try:
                with open(path, encoding="utf-8-sig") as handle:
                    self._locators[path] = Locator(handle.read())
            except (OSError, UnicodeDecodeError):
                self._locators[path] = None
        locator = self._locators[path]
        region = locator.region(related.pointer, related.evidence) if locator else None
        return _region(region) if region is not None else None

    def _result(self, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
        region = _finding_region(finding)
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
        rules = [rule_descriptor(rule) for rule in ALL_RULES]
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
                    "columnKind": "unicodeCodePoints",
                    "invocations": [{"executionSuccessful": True, "exitCode": self.exit_code}],
                    "results": [self._result(f, index) for f in result.findings],
                }
            ],
        }

    def render(self, result: CheckResult, stream: TextIO) -> None:
        json.dump(self.document(result), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
