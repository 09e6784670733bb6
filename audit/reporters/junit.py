"""JUnit XML: one test case per record file; findings at the failing level fail it.

Findings below the failing level are listed in the case's ``system-out``. Findings that
name no checked file (a stale baseline entry, say) get a case of their own file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from audit.engine import CheckResult
from audit.findings import Finding
from audit.reporters.base import Reporter, display_path
from audit.reporters.text import location

# Characters XML 1.0 cannot carry at all.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _line(finding: Finding) -> str:
    pointer = f" [{finding.pointer}]" if finding.pointer else ""
    return _clean(
        f"{location(finding)}: {finding.code} {finding.severity.value}: {finding.message}{pointer}"
    )


class JunitReporter(Reporter):
    name = "junit"

    def render(self, result: CheckResult, stream: TextIO) -> None:
        groups: dict[str, list[Finding]] = {display_path(p): [] for p in result.paths}
        for finding in result.findings:
            groups.setdefault(display_path(finding.path), []).append(finding)
        failed = sum(1 for fs in groups.values() if any(self.fails(f) for f in fs))
        suites = ET.Element(
            "testsuites", name="provaudit", tests=str(len(groups)), failures=str(failed), errors="0"
        )
        suite = ET.SubElement(
            suites,
            "testsuite",
            name="provaudit check",
            tests=str(len(groups)),
            failures=str(failed),
            errors="0",
            skipped="0",
        )
        for path, findings in groups.items():
            case = ET.SubElement(
                suite, "testcase", classname="provaudit.records", name=path, file=path
            )
            failing = [f for f in findings if self.fails(f)]
            if failing:
                codes = ", ".join(sorted({f.code for f in failing}))
                failure = ET.SubElement(
                    case,
                    "failure",
                    type=codes,
                    message=_clean(f"{len(failing)} finding(s): {failing[0].message}"),
                )
                failure.text = "\n".join(_line(f) for f in failing)
            others = [f for f in findings if not self.fails(f)]
            if others:
                ET.SubElement(case, "system-out").text = "\n".join(_line(f) for f in others)
        ET.indent(suites)
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(ET.tostring(suites, encoding="unicode"))
        stream.write("\n")
