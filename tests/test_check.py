"""`provaudit check`: schema, integrity, ids, formats and exit codes."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from audit.schema import FINDINGS_SCHEMA, validator
from tests.conftest import RECORDS, run_cli

pytestmark = pytest.mark.usefixtures("machinery_rules")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled records to break."""
    target = tmp_path / "records"
    shutil.copytree(RECORDS, target)
    return target


def _first(folder: Path) -> tuple[Path, dict]:
    path = sorted(folder.glob("*.json"))[0]
    return path, json.loads(path.read_text(encoding="utf-8"))


def _write(path: Path, record: dict) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")


def test_one_changed_character_fails_naming_file_hash_and_evidence(folder: Path) -> None:
    path, record = _first(folder)
    start = record["title"]["evidence"]["start"]
    text = record["text"]
    record["text"] = text[:start] + ("X" if text[start] != "X" else "Y") + text[start + 1 :]
    _write(path, record)
    result = run_cli("check", str(folder))
    assert result.code == 1
    assert re.search(rf"^{re.escape(str(path))}:\d+:\d+: REC003 ", result.out, re.M)
    assert re.search(
        rf"^{re.escape(str(path))}:\d+:\d+: REC004 .*\[/title/evidence\]", result.out, re.M
    )


def test_malformed_json_has_line_and_column(folder: Path) -> None:
    path, _ = _first(folder)
    path.write_text('{\n  "id": "x",\n  "text": "a",\n}\n', encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.code == 1
    assert f"{path}:3:14: REC001 error: invalid JSON: trailing comma before '}}'" in result.out


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"id": "a", "id": "b"}', 'duplicate key "id"'),
        ('{"value": NaN}', "NaN is not valid JSON"),
        ('{"value": 1e999}', "1e999 is out of range"),  # read as infinity otherwise
        ('{"value": -2.5E+400}', "-2.5E+400 is out of range"),
        ('{"value": -Infinity}', "-Infinity is not valid JSON"),
        ("[" * 100000, "nesting too deep"),
    ],
)
def test_json_constructs_records_forbid(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.code == 1
    assert "REC001" in result.out and message in result.out


def test_schema_violation_names_pointer(folder: Path) -> None:
    path, record = _first(folder)
    record["review"]["status"] = "done"
    record["surprise"] = 1
    _write(path, record)
    result = run_cli("check", str(folder))
    assert result.code == 1
    assert "REC002" in result.out and "[/review/status]" in result.out
    assert "unexpected field(s) 'surprise'" in result.out


def test_format_checks_really_run(folder: Path) -> None:
    path, record = _first(folder)
    record["source"]["retrieved"] = "yesterday"
    record["published"]["date"] = "2019-02-30"
    _write(path, record)
    result = run_cli("check", str(folder))
    assert "[/source/retrieved]" in result.out
    assert "[/published/date]" in result.out


def test_id_with_a_path_and_duplicate_ids(folder: Path) -> None:
    path, record = _first(folder)
    record["id"] = "../x"
    _write(path, record)
    other = sorted(folder.glob("*.json"))[1]
    twin = json.loads(other.read_text(encoding="utf-8"))
    (folder / "sub").mkdir()
    _write(folder / "sub" / other.name, twin)
    result = run_cli("check", str(folder))
    assert result.code == 1
    assert "REC002" in result.out and "[/id]" in result.out
    assert "REC005" in result.out
    assert f"REC006 error: id {twin['id']!r} is already used by {other}" in result.out


def test_evidence_out_of_bounds(folder: Path) -> None:
    path, record = _first(folder)
    record["title"]["evidence"] = {"start": 10**6, "end": 10**6 + 3, "quote": "abc"}
    _write(path, record)
    result = run_cli("check", str(folder))
    assert "lies outside the text" in result.out


def test_hash_of_edited_text_is_caught_even_if_spans_hold(folder: Path) -> None:
    path, record = _first(folder)
    record["text"] += " Appended."
    _write(path, record)
    result = run_cli("check", str(folder))
    assert "REC003" in result.out and "REC004" not in result.out
    record["text_sha256"] = hashlib.sha256(record["text"].encode()).hexdigest()
    _write(path, record)
    assert run_cli("check", str(folder)).code == 0


@pytest.mark.parametrize("make", ["empty-folder", "missing"])
def test_unusable_paths_exit_2(tmp_path: Path, make: str) -> None:
    target = tmp_path / "nothing"
    if make == "empty-folder":
        target.mkdir()
    result = run_cli("check", str(target))
    assert result.code == 2
    assert result.err.startswith(f"provaudit: {target}: ")
    assert result.err.count("\n") == 1


def test_json_output_validates_against_findings_schema(folder: Path) -> None:
    path, record = _first(folder)
    record["text_sha256"] = "0" * 64
    _write(path, record)
    result = run_cli("check", str(folder), "--format", "json")
    assert result.code == 1
    document = json.loads(result.out)
    assert list(validator(FINDINGS_SCHEMA).iter_errors(document)) == []
    assert document["summary"]["exit_code"] == 1
    assert document["findings"][0]["code"] == "REC003"


def test_select_and_ignore(folder: Path) -> None:
    path, record = _first(folder)
    record["text_sha256"] = "0" * 64
    _write(path, record)
    assert run_cli("check", str(folder), "--ignore", "REC003").code == 0
    assert run_cli("check", str(folder), "--select", "REC00").code == 1


def test_bad_option_is_a_usage_error() -> None:
    result = run_cli("check", "--format", "nope")
    assert result.code == 2
    assert "invalid choice" in result.err


def test_paths_may_follow_options(folder: Path) -> None:
    path, record = _first(folder)
    record["text_sha256"] = "0" * 64
    _write(path, record)
    others = [str(p) for p in sorted(folder.glob("*.json"))[1:]]
    result = run_cli("check", others[0], "--format", "json", str(path), *others[1:])
    assert result.code == 1
    assert json.loads(result.out)["summary"]["files"] == len(others) + 1
    assert run_cli("check", "--format", "json", "--bogus", str(path)).code == 2
