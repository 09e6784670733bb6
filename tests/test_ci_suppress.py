"""Suppression: a record's ignore list and flag statuses, baselines, stale suppressions."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from audit.findings import Confidence, Finding, Severity
from audit.model import Evidence
from audit.suppress import Acknowledgements, RecordNotes
from tests.ci_support import (
    break_id,
    break_title_evidence,
    copy_records,
    load,
    run,
    save,
)

pytestmark = pytest.mark.usefixtures("machinery_rules")


@pytest.fixture(autouse=True, params=["held", "spooled"])
def _isolated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    """Every test twice: findings held in memory, and findings spooled to disk at once."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    if request.param == "spooled":
        monkeypatch.setattr("audit.spool.HOLD", 0)


def _findings(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, str]]]:
    code, out, _ = run(capsys, "check", "records", "--format", "json", *args)
    return code, json.loads(out)["findings"]


def test_record_ignore_entry_accepts_a_finding(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = copy_records(tmp_path)[0]
    break_title_evidence(path)
    data = load(path)
    data["ignore"] = [{"code": "REC004", "pointer": "/title", "reason": "known, being fixed"}]
    save(path, data)
    code, found = _findings(capsys)
    assert (code, found) == (0, [])


def test_ignore_entry_limited_to_its_pointer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = copy_records(tmp_path)[0]
    break_title_evidence(path)
    data = load(path)
    data["ignore"] = [{"code": "REC004", "pointer": "/byline", "reason": "elsewhere"}]
    save(path, data)
    code, found = _findings(capsys)
    assert code == 1
    assert [(f["code"], f["pointer"]) for f in found] == [
        ("REC004", "/title/evidence"),
        ("REC101", "/ignore/0"),
    ]


def test_unused_and_unknown_ignore_entries_are_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = copy_records(tmp_path)[0]
    data = load(path)
    data["ignore"] = [
        {"code": "REC005", "reason": "was misnamed once"},
        {"code": "QQQ123", "reason": "typo"},
    ]
    save(path, data)
    code, found = _findings(capsys)
    assert code == 0  # REC101 is a warning
    assert [(f["code"], f["pointer"], f["severity"]) for f in found] == [
        ("REC101", "/ignore/0", "warning"),
        ("REC101", "/ignore/1", "warning"),
    ]
    assert "unknown rule code 'QQQ123'" in found[1]["message"]
    assert found[0]["line"] is not None
    # Not reported when the named rule did not run.
    assert _findings(capsys, "--ignore", "REC005")[1] == [found[1]]
    assert _findings(capsys, "--ignore", "REC101")[1] == []


def _finding(code: str, pointer: str | None, evidence: Evidence | None = None) -> Finding:
    return Finding(
        code,
        "n",
        Severity.ERROR,
        Confidence.HIGH,
        "m",
        path="r.json",
        record_id="r",
        pointer=pointer,
        evidence=evidence,
    )


def test_flag_status_acknowledged_or_dismissed_quiets_its_finding() -> None:
    flag = {
        "code": "SPM001",
        "evidence": {"start": 5, "end": 9, "quote": "spam"},
        "status": "dismissed",
        "reason": "it is a quote",
    }
    open_flag = dict(flag, status="open", evidence={"start": 20, "end": 24, "quote": "junk"})
    notes = RecordNotes.of("r.json", {"id": "r", "flags": [flag, open_flag]}, True)
    findings = [
        _finding("SPM001", None, Evidence(5, 9, "spam")),  # quieted by span
        _finding("SPM001", "/flags/0/status"),  # quieted by pointer
        _finding("SPM001", None, Evidence(20, 24, "junk")),  # flag still open
        _finding("RES001", None, Evidence(5, 9, "spam")),  # another rule
    ]
    acknowledgements = Acknowledgements([notes])
    kept, dropped = acknowledgements.apply(findings)
    assert kept == findings[2:] and dropped == 2 and acknowledgements.unused([notes]) == []


def test_baseline_accepts_known_findings_and_fails_new_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    break_title_evidence(paths[0])
    code, out, err = run(capsys, "check", "records", "--write-baseline", "baseline.json")
    assert code == 0 and out == "" and "wrote 1 finding(s)" in err
    assert run(capsys, "check", "records", "--baseline", "baseline.json")[0] == 0
    # Reformatting and reordering the record does not change the fingerprint.
    data = load(paths[0])
    reordered = dict(reversed(list(data.items())))
    save(paths[0], reordered, indent=4)
    code, found = _findings(capsys, "--baseline", "baseline.json")
    assert (code, found) == (0, [])
    # A new problem fails while the known one stays accepted.
    break_id(paths[2])
    code, found = _findings(capsys, "--baseline", "baseline.json")
    assert code == 1 and [f["code"] for f in found] == ["REC005"]


def test_baseline_from_configuration_and_stale_entries(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    original = paths[0].read_text(encoding="utf-8")
    break_title_evidence(paths[0])
    run(capsys, "check", "records", "--write-baseline", "ci/baseline.json")
    Path(".provaudit.toml").write_text("baseline = 'ci/baseline.json'\n")
    assert _findings(capsys) == (0, [])
    paths[0].write_text(original, encoding="utf-8")  # fixed
    code, found = _findings(capsys)
    assert code == 0
    assert [(f["code"], f["path"], f["pointer"]) for f in found] == [
        ("REC102", "ci/baseline.json", "/findings/0")
    ]
    assert found[0]["line"] == 5
    # Entries for records not checked in this run are not stale.
    code, out, _ = run(capsys, "check", "--format", "json", "records/" + paths[1].name)
    assert (code, json.loads(out)["findings"]) == (0, [])


def test_baseline_counts_repeated_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    twin = paths[0].parent / "twin" / paths[0].name
    twin.parent.mkdir()
    twin.write_text(paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    run(capsys, "check", "records", "--write-baseline", "b.json")  # one REC006
    assert _findings(capsys, "--baseline", "b.json") == (0, [])
    base = json.loads(Path("b.json").read_text(encoding="utf-8"))
    assert [e["code"] for e in base["findings"]] == ["REC006"]


@pytest.mark.parametrize("content", ["{", '{"version": 9, "findings": []}', '{"findings": [1]}'])
def test_bad_baseline_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str
) -> None:
    copy_records(tmp_path)
    Path("b.json").write_text(content)
    code, out, err = run(capsys, "check", "records", "--baseline", "b.json")
    assert code == 2 and out == "" and "b.json" in err


def test_fingerprint_ignores_line_numbers_and_wording() -> None:
    a = Finding(
        "REC004", "n", Severity.ERROR, Confidence.HIGH, "one", record_id="r", pointer="/x", line=3
    )
    b = Finding(
        "REC004",
        "n",
        Severity.ERROR,
        Confidence.HIGH,
        "two",
        record_id="r",
        pointer="/x",
        line=30,
        column=2,
    )
    assert a.fingerprint == b.fingerprint
    c = Finding("REC004", "n", Severity.ERROR, Confidence.HIGH, "one", record_id="s", pointer="/x")
    assert c.fingerprint != a.fingerprint
    quotes = [Evidence(random.randrange(100), 200, "same words") for _ in range(3)]
    prints = {_finding("SPM001", f"/flags/{i}", q).fingerprint for i, q in enumerate(quotes)}
    assert len(prints) == 1  # keyed on the quote, not its position or list index


def test_stdin_record_findings_are_located(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = copy_records(tmp_path)[0]
    data = load(path)
    data["ignore"] = [{"code": "REC003", "reason": "old"}]
    raw = json.dumps(data, indent=2).encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    code, out, _ = run(capsys, "check", "-", "--format", "text")
    assert code == 0
    line = raw.decode().split("\n").index('  "ignore": [') + 2
    assert out.splitlines()[0] == (
        f"<stdin>:{line}:5: REC101 warning: ignore entry for REC003 matches no finding; "
        "remove it [/ignore/0]"
    )
