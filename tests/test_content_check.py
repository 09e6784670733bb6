"""Content flags through the record: ingest fills them, check reports open and stale ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.analyse.content import use_pack_dirs
from audit.cli import main
from tests.conftest import SPAM_ARTICLE as ARTICLE
from tests.conftest import reply_pack


def _ingest(tmp_path: Path, text: str = ARTICLE) -> Path:
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "records"
    code = main(["ingest", str(source), "--out", str(out), "--retrieved", "2026-01-01T00:00:00Z"])
    assert code == 0
    (path,) = out.glob("*.json")
    return path


def _check(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["check", str(path), "--format", "json", *extra])
    return code, capsys.readouterr().out


def test_ingest_writes_open_flags_with_evidence(tmp_path: Path) -> None:
    record = json.loads(_ingest(tmp_path).read_text(encoding="utf-8"))
    flags = {f["code"]: f for f in record["flags"]}
    assert set(flags) == {"SPM001", "RES001"}
    spam = flags["SPM001"]
    assert spam["category"] == "spam" and spam["status"] == "open" and spam["reason"] is None
    ev = spam["evidence"]
    assert (
        record["text"][ev["start"] : ev["end"]]
        == ev["quote"]
        == "Click Here: liverpool mens jersey"
    )


def test_check_reports_open_flags_but_not_reviewed_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _ingest(tmp_path)
    code, out = _check(path, capsys, "--select", "SPM,RES")
    codes = sorted(f["code"] for f in json.loads(out)["findings"])
    assert codes == ["RES001", "SPM001"] and code == 0  # warnings do not fail by default
    record = json.loads(path.read_text(encoding="utf-8"))
    record["flags"][0]["status"] = "acknowledged"
    record["flags"][1].update(status="dismissed", reason="the form is part of the archived page")
    path.write_text(json.dumps(record), encoding="utf-8")
    code, out = _check(path, capsys, "--select", "SPM,RES")
    assert json.loads(out)["findings"] == [] and code == 0


def test_check_catches_a_flag_missing_from_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _ingest(tmp_path)
    record = json.loads(path.read_text(encoding="utf-8"))
    record["flags"] = [f for f in record["flags"] if f["code"] != "SPM001"]
    path.write_text(json.dumps(record), encoding="utf-8")
    code, out = _check(path, capsys, "--select", "RES099")
    findings = json.loads(out)["findings"]
    assert code == 1
    assert [f["evidence"]["quote"] for f in findings] == ["Click Here: liverpool mens jersey"]


def test_dismissal_without_reason_is_a_schema_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _ingest(tmp_path)
    record = json.loads(path.read_text(encoding="utf-8"))
    record["flags"][0]["status"] = "dismissed"
    path.write_text(json.dumps(record), encoding="utf-8")
    code, out = _check(path, capsys, "--select", "REC002")
    assert code == 1 and "REC002" in out


def test_rules_and_explain_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    for code in ("REC001", "SPM001", "SPM002", "RES001", "RES099", "ATT050"):
        assert code in listing
    header, *lines = listing.splitlines()
    assert header.split() == ["CODE", "NAME", "CATEGORY", "SEVERITY", "SUMMARY"]
    summary_at = header.index("SUMMARY")
    assert all(line[summary_at - 2 : summary_at] == "  " for line in lines)
    assert main(["explain", "SPM001"]) == 0
    text = capsys.readouterr().out
    assert "Why it matters:" in text and "Click Here" in text
    assert main(["explain", "XYZ999"]) == 2
    assert "no rule has this code" in capsys.readouterr().err


def test_user_rule_pack_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = reply_pack(tmp_path / "packs")
    path = _ingest(tmp_path)
    try:
        code, out = _check(path, capsys, "--select", "RES050", "--rule-pack", str(packs))
        assert code == 0  # info findings do not fail the run
        assert [f["code"] for f in json.loads(out)["findings"]] == ["RES050"]
        assert main(["explain", "RES050", "--rule-pack", str(packs)]) == 0
        assert main(["check", str(path), "--rule-pack", str(tmp_path / "nowhere")]) == 2
        assert "rule pack folder does not exist" in capsys.readouterr().err
    finally:
        use_pack_dirs(())
