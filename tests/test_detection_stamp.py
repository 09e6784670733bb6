"""The detection stamp: ingest writes it, check trusts it only while it still holds, and
`provaudit stamp` adds it to records whose flags are what the detectors find."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import audit.rules.content
from audit.analyse.content import current_version, detect, use_pack_dirs
from audit.analyse.content.stamp import detector_modules, detector_version, is_current
from audit.schema import RECORD_SCHEMA, load_schema
from tests.conftest import RECORDS, reply_pack, run_cli
from tests.conftest import SPAM_ARTICLE as ARTICLE


def _ingest(tmp_path: Path) -> Path:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "records"
    run = run_cli("ingest", str(source), "--out", str(out), "--retrieved", "2026-01-01T00:00:00Z")
    assert run.code == 0, run.err
    (path,) = out.glob("*.json")
    return path


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _save(path: Path, record: dict[str, Any]) -> None:
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")


def _res099(path: Path) -> list[str]:
    run = run_cli("check", str(path), "--no-cache", "--format", "json", "--select", "RES099")
    return [f["evidence"]["quote"] for f in json.loads(run.out)["findings"]]


@pytest.fixture
def no_detection(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every text the RES099 rule runs the detectors on."""
    seen: list[str] = []

    def spy(text: str) -> Any:
        seen.append(text)
        return detect(text)

    monkeypatch.setattr(audit.rules.content, "detect", spy)
    return seen


def test_ingest_stamps_the_record_and_the_schema_accepts_it(tmp_path: Path) -> None:
    record = _load(_ingest(tmp_path))
    stamp = record["detection"]
    assert stamp["detectors"] == current_version()
    assert is_current(record, record["text_sha256"], current_version())
    assert list(record).index("detection") == list(record).index("flags") + 1
    from jsonschema import Draft202012Validator

    Draft202012Validator(load_schema(RECORD_SCHEMA)).validate(record)


def test_a_current_stamp_skips_the_detectors(tmp_path: Path, no_detection: list[str]) -> None:
    path = _ingest(tmp_path)
    assert _res099(path) == []
    assert no_detection == []


def test_a_removed_flag_breaks_the_stamp_and_is_reported(
    tmp_path: Path, no_detection: list[str]
) -> None:
    path = _ingest(tmp_path)
    record = _load(path)
    record["flags"] = [f for f in record["flags"] if f["code"] != "SPM001"]
    _save(path, record)
    assert _res099(path) == ["Click Here: liverpool mens jersey"]
    assert len(no_detection) == 1


def test_edited_text_breaks_the_stamp(tmp_path: Path, no_detection: list[str]) -> None:
    path = _ingest(tmp_path)
    record = _load(path)
    record["text"] = record["text"].replace("region", "county")  # same length, same offsets
    _save(path, record)
    assert _res099(path) == []  # nothing new to find, but the detectors had to look
    assert len(no_detection) == 1


def test_other_detectors_or_packs_break_the_stamp(tmp_path: Path, no_detection: list[str]) -> None:
    path = _ingest(tmp_path)
    record = _load(path)
    record["detection"]["detectors"] = "0" * 16
    _save(path, record)
    _res099(path)
    assert len(no_detection) == 1
    packs = reply_pack(tmp_path / "packs")
    assert detector_version((str(packs),)) != detector_version(())


def test_the_version_covers_every_module_the_detectors_import() -> None:
    names = set(detector_modules())
    assert {"audit.analyse.content.packs", "audit.analyse.content.topic", "audit.model"} <= names
    assert all(n.startswith("audit.") for n in names)
    assert "audit.engine" not in names  # only what detection is built from


def test_stamp_command_stamps_checks_and_refuses_stale_records(tmp_path: Path) -> None:
    path = _ingest(tmp_path)
    record = _load(path)
    del record["detection"]
    record["review"]["status"] = "reviewed"
    _save(path, record)
    checked = run_cli("stamp", "--check", str(path))
    assert checked.code == 1 and "stamp missing or out of date" in checked.out
    assert "detection" not in _load(path)
    stamped = run_cli("stamp", str(path))
    assert stamped.code == 0 and "1 stamped" in stamped.out
    after = _load(path)
    assert after["review"]["status"] == "reviewed"
    assert {k: v for k, v in after.items() if k != "detection"} == record
    assert run_cli("stamp", "--check", str(path)).code == 0
    after["flags"] = after["flags"][1:]
    _save(path, after)
    refused = run_cli("stamp", str(path))
    assert refused.code == 1 and "not listed (RES099)" in refused.out


def test_stamp_command_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe not json")
    run = run_cli("stamp", str(bad))
    assert run.code == 2 and str(bad) in run.err and "Traceback" not in run.err
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    run = run_cli("stamp", str(tmp_path / "list.json"))
    assert run.code == 2 and "not a provenance record" in run.err
    good = _ingest(tmp_path)  # a bad file beside a good one: the good one is stamped
    record = _load(good)
    del record["detection"]
    _save(good, record)
    run = run_cli("stamp", str(bad), str(good))
    assert run.code == 2 and "1 stamped" in run.out and "1 unreadable" in run.out
    assert "detection" in _load(good)


def test_user_packs_stamp_with_their_own_version(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    try:
        use_pack_dirs((str(packs),))
        assert current_version() == detector_version((str(packs),))
    finally:
        use_pack_dirs(())


def test_bundled_records_carry_a_current_stamp() -> None:
    """Refresh with `provaudit stamp records/` after changing the detectors."""
    run = run_cli("stamp", "--check", str(RECORDS))
    assert run.code == 0, run.out
