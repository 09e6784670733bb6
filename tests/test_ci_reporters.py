"""Reporters: SARIF (schema-valid), GitHub workflow commands, JUnit XML, JSON, text, auto."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, Draft202012Validator

from audit import engine
from audit.engine import CheckResult, Engine
from audit.findings import Confidence, Finding, Related, Severity
from audit.locate import Locator
from audit.model import Evidence
from audit.options import CheckOptions
from audit.reporters import REPORTERS
from audit.reporters.auto import choose
from audit.reporters.github import GithubReporter, command, escape_property
from audit.reporters.sarif import SarifReporter
from audit.reporters.text import ColourTextReporter, TextReporter
from audit.rules import CorpusRule, Draft, RecordContext
from audit.schema import FINDINGS_SCHEMA, load_schema
from tests.ci_support import (
    SARIF_SCHEMA,
    break_id,
    break_title_evidence,
    copy_records,
    run,
)

pytestmark = pytest.mark.usefixtures("machinery_rules")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture()
def broken(tmp_path: Path) -> list[Path]:
    """Records where the first has a bad title span (REC004) and the second a bad id."""
    paths = copy_records(tmp_path)
    break_title_evidence(paths[0])
    break_id(paths[1])
    return paths


def _sarif_validator() -> Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def test_sarif_is_schema_valid_with_rules_and_located_results(
    capsys: pytest.CaptureFixture[str], broken: list[Path]
) -> None:
    code, out, _ = run(capsys, "check", "records", "--format", "sarif")
    assert code == 1
    doc = json.loads(out)
    errors = sorted(_sarif_validator().iter_errors(doc), key=str)
    assert not errors, errors[0].message
    run_ = doc["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [rule.code for rule in engine.every_rule()]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert "Why it matters:" in rule["help"]["text"]
    results = {r["ruleId"]: r for r in run_["results"]}
    assert set(results) == {"REC004", "REC005"}
    for result in results.values():
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1
        assert re.fullmatch(r"[0-9a-f]{32}", result["partialFingerprints"]["provaudit/v1"])
    lines = broken[0].read_text(encoding="utf-8").split("\n")
    region = results["REC004"]["locations"][0]["physicalLocation"]["region"]
    assert lines[region["startLine"] - 1][region["startColumn"] - 1 :].startswith('"evidence"')


def test_sarif_related_locations_for_cross_source_findings(tmp_path: Path) -> None:
    paths = copy_records(tmp_path)
    text = json.loads(paths[1].read_text(encoding="utf-8"))["text"]
    finding = Finding(
        "REC006",
        "duplicate-id",
        Severity.ERROR,
        Confidence.HIGH,
        "shared, with: colons",
        path=str(paths[0]),
        record_id="a-record",
        pointer="/id",
        line=3,
        column=3,
        related=(
            Related("b-record", str(paths[1]), None, Evidence.of(text, 0, 5), "the other"),
            Related("c-record", None, "/id"),
        ),
    )
    pathless = Finding(
        "REC006",
        "duplicate-id",
        Severity.ERROR,
        Confidence.HIGH,
        "m",
        record_id="x-record",
        pointer="/id",
    )
    result = CheckResult(
        findings=[finding, pathless], files=2, records=2, paths=[str(p) for p in paths]
    )
    doc = SarifReporter(1).document(result)
    assert not list(_sarif_validator().iter_errors(doc))
    logical = doc["runs"][0]["results"][1]["locations"][0]["logicalLocations"][0]
    assert logical["fullyQualifiedName"] == "x-record/id"
    related = doc["runs"][0]["results"][0]["relatedLocations"]
    assert related[0]["message"]["text"] == "the other"
    assert related[0]["physicalLocation"]["region"]["startLine"] >= 1
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == "records/" + paths[1].name


GITHUB_LINE = re.compile(
    r"::(error|warning|notice) file=[^,:]+(,line=\d+,endLine=\d+(,col=\d+(,endColumn=\d+)?)?)?"
    r",title=[^,:]+::[^\r\n]*"
)


def test_github_lines_follow_workflow_command_syntax(
    capsys: pytest.CaptureFixture[str], broken: list[Path]
) -> None:
    code, out, _ = run(capsys, "check", "records", "--format", "github")
    assert code == 1
    *lines, closing = out.splitlines()
    assert len(lines) == 2 and closing.startswith("failed: 5 file(s), 2 finding(s)")
    for line in lines:
        assert GITHUB_LINE.fullmatch(line), line
    assert any(line.startswith("::error file=records/") for line in lines)


def test_github_escaping() -> None:
    assert escape_property("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae"
    finding = Finding(
        "REC002",
        "schema-violation",
        Severity.WARNING,
        Confidence.HIGH,
        "100% wrong:\nsee, here",
        path="dir,x/a:b.json",
        line=2,
        column=4,
        end_line=2,
        end_column=9,
    )
    line = command(finding)
    assert line == (
        "::warning file=dir%2Cx/a%3Ab.json,line=2,endLine=2,col=4,endColumn=9,"
        "title=REC002 schema-violation::100%25 wrong:%0Asee, here"
    )
    multi = command(
        Finding(
            "REC002",
            "n",
            Severity.INFO,
            Confidence.HIGH,
            "m",
            path="p",
            line=2,
            column=4,
            end_line=5,
            end_column=1,
        )
    )
    assert multi.startswith("::notice file=p,line=2,endLine=5,title=")


def test_junit_parses_with_one_case_per_record(
    capsys: pytest.CaptureFixture[str], broken: list[Path]
) -> None:
    code, out, _ = run(capsys, "check", "records", "--format", "junit")
    assert code == 1
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [f"records/{p.name}" for p in broken]
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 2 == int(suite.get("failures", "-1"))
    assert int(suite.get("tests", "-1")) == len(broken)
    failure = failed[0].find("failure")
    assert failure is not None and failure.get("type") == "REC004"
    assert "REC004" in (failure.text or "")


def test_junit_warnings_below_fail_level_go_to_system_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    break_id(paths[0])
    Path(".provaudit.toml").write_text('[rules.REC005]\nseverity = "warning"\n')
    code, out, _ = run(capsys, "check", "records", "--format", "junit")
    assert code == 0
    case = ET.fromstring(out).find("testsuite/testcase")
    assert case is not None and case.find("failure") is None
    assert "REC005" in (case.findtext("system-out") or "")


def test_json_is_versioned_and_valid(
    capsys: pytest.CaptureFixture[str], broken: list[Path]
) -> None:
    code, out, err = run(capsys, "check", "records", "--format", "json")
    doc = json.loads(out)
    Draft202012Validator(load_schema(FINDINGS_SCHEMA)).validate(doc)
    assert doc["version"] == 1 and doc["summary"]["exit_code"] == code == 1
    assert all(re.fullmatch(r"[0-9a-f]{32}", f["fingerprint"]) for f in doc["findings"])
    assert all(f["line"] for f in doc["findings"])
    assert err == ""


def test_text_lines_carry_file_line_column_code_and_pointer(
    capsys: pytest.CaptureFixture[str], broken: list[Path]
) -> None:
    _code, out, _ = run(capsys, "check", "records", "--format", "text")
    first = out.splitlines()[0]
    assert re.fullmatch(
        rf"records/{re.escape(broken[0].name)}:\d+:\d+: REC004 error: .* \[/title/evidence\]",
        first,
    )
    assert out.splitlines()[-1].startswith("failed: 5 file(s), 2 finding(s)")
    assert "\x1b[" not in out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_auto_picks_github_colour_or_text(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose(io.StringIO()) is TextReporter
    assert choose(_Tty()) is ColourTextReporter
    monkeypatch.setenv("NO_COLOR", "1")
    assert choose(_Tty()) is TextReporter
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert choose(io.StringIO()) is GithubReporter


def test_auto_is_the_default_and_follows_github_actions(
    capsys: pytest.CaptureFixture[str], broken: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = run(capsys, "check", "records")
    assert out.startswith("::error file=")


def test_colour_output() -> None:
    finding = Finding("REC004", "n", Severity.ERROR, Confidence.HIGH, "m", path="x.json")
    stream = io.StringIO()
    ColourTextReporter(1).render(CheckResult(findings=[finding], files=1), stream)
    assert "\x1b[1;31mREC004\x1b[0m" in stream.getvalue()


def test_every_reporter_renders_an_empty_run() -> None:
    for name, reporter in REPORTERS.items():
        stream = io.StringIO()
        reporter(0).render(CheckResult(), stream)
        assert stream.getvalue(), name


class _Pairing(CorpusRule):
    """Test corpus rule naming records by id only.

    Why it matters:
        Tests.

    Fails:
        x

    Passes:
        y

    Options:
        none
    """

    code = "TST003"
    name = "pairing"
    summary = "test"

    def collect(self, ctx: RecordContext) -> Any:
        return ctx.record_id

    def finish(self, collected: list[Any]) -> Iterable[Draft]:
        first, second = sorted(collected)[:2]
        yield Draft(
            "told differently",
            pointer="/title",
            record_id=first,
            related=(Related(second, pointer="/title", note="the other telling"),),
        )


def test_cross_source_finding_named_by_id_is_located_with_related(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    copy_records(tmp_path)
    pairing = (*engine.every_rule(), _Pairing)
    monkeypatch.setattr(engine, "every_rule", lambda packs=(): pairing)
    result = Engine(CheckOptions(select=("TST",), cache=False)).run(["records"])
    (finding,) = result.findings
    assert finding.path is not None and finding.path.endswith(f"{finding.record_id}.json")
    assert finding.line is not None
    doc = SarifReporter(1).document(result)
    assert not list(_sarif_validator().iter_errors(doc))
    (related,) = doc["runs"][0]["results"][0]["relatedLocations"]
    assert related["physicalLocation"]["region"]["startLine"] == finding.line


def test_sarif_columns_are_utf16_code_units(tmp_path: Path) -> None:
    text = "Smile 😀😀 then the flagged words."
    path = tmp_path / "r.json"
    raw = json.dumps({"id": "r-1", "text": text}, ensure_ascii=False, indent=2)
    path.write_text(raw, encoding="utf-8")
    start = text.index("flagged")
    evidence = Evidence.of(text, start, start + 7)
    region = Locator(raw).text_span(evidence)
    assert region is not None
    finding = Finding(
        "REC004",
        "n",
        Severity.ERROR,
        Confidence.HIGH,
        "m",
        path=str(path),
        record_id="r-1",
        evidence=evidence,
        line=region.line,
        column=region.column,
        end_line=region.end_line,
        end_column=region.end_column,
    )
    doc = SarifReporter(1).document(CheckResult(findings=[finding], files=1))
    assert doc["runs"][0]["columnKind"] == "utf16CodeUnits"
    got = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    line = raw.split("\n")[region.line - 1]
    units = line.encode("utf-16-le")
    start16, end16 = got["startColumn"] - 1, got["endColumn"] - 1
    assert units[2 * start16 : 2 * end16].decode("utf-16-le") == "flagged"
    assert got["startColumn"] == region.column + 2  # two astral characters before it
