"""`provaudit ingest`: records from files, folders and stdin; safe writing; bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audit.schema import violations
from tests.conftest import REPO, run_cli

PINNED = "2026-01-02T03:04:05Z"


def _article(folder: Path, name: str, title: str = "Council approves new budget") -> Path:
    path = folder / name
    path.write_text(
        f"{title}\n\nThe city council approved the budget on Monday, officials said.\n",
        encoding="utf-8",
    )
    return path


def test_print_gives_a_schema_valid_record(seeds: Path) -> None:
    result = run_cli(
        "ingest", str(seeds / "003_9e54326c62e84f3c.txt"), "--print", "--retrieved", PINNED
    )
    assert result.code == 0, result.err
    record = json.loads(result.out)
    assert list(violations(record)) == []
    assert record["review"]["status"] == "unreviewed"
    assert record["source"]["retrieved"] == PINNED
    assert record["text"].startswith("Leaked documents reveal details")


def test_same_input_same_bytes(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1574035200")
    source = str(seeds / "001_69cdf78541fd54f4.txt")
    first = run_cli("ingest", source, "--print")
    second = run_cli("ingest", source, "--print")
    assert first.code == 0 and first.out == second.out
    assert json.loads(first.out)["source"]["retrieved"] == "2019-11-18T00:00:00Z"


def test_out_writes_and_updates_unreviewed(tmp_path: Path) -> None:
    article = _article(tmp_path, "a.txt")
    out = tmp_path / "records"
    assert run_cli("ingest", str(article), "--out", str(out), "--retrieved", PINNED).code == 0
    [path] = out.glob("*.json")
    record = json.loads(path.read_text(encoding="utf-8"))
    assert path.stem == record["id"] == "council-approves-new-budget"
    article.write_text(article.read_text() + "\nA later paragraph.\n", encoding="utf-8")
    assert run_cli("ingest", str(article), "--out", str(out), "--retrieved", PINNED).code == 0
    assert [p.name for p in out.iterdir()] == [path.name]
    assert "A later paragraph." in json.loads(path.read_text(encoding="utf-8"))["text"]


def test_reviewed_record_is_not_overwritten_without_force(tmp_path: Path) -> None:
    article = _article(tmp_path, "a.txt")
    out = tmp_path / "records"
    run_cli("ingest", str(article), "--out", str(out), "--retrieved", PINNED)
    [path] = out.glob("*.json")
    record = json.loads(path.read_text(encoding="utf-8"))
    record["review"] = {"status": "reviewed", "by": "Ed", "at": PINNED, "notes": "checked"}
    path.write_text(json.dumps(record), encoding="utf-8")
    before = path.read_bytes()
    result = run_cli("ingest", str(article), "--out", str(out), "--retrieved", PINNED)
    assert result.code == 2 and "record is reviewed" in result.err and "--force" in result.err
    assert path.read_bytes() == before
    forced = run_cli("ingest", str(article), "--out", str(out), "--retrieved", PINNED, "--force")
    assert forced.code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["review"]["status"] == "unreviewed"


def test_ids_are_unique_within_the_folder(tmp_path: Path) -> None:
    one, two = _article(tmp_path, "one.txt"), _article(tmp_path, "two.txt")
    two.write_text(two.read_text(encoding="utf-8") + "\nA second story's paragraph.\n", "utf-8")
    out = tmp_path / "records"
    assert run_cli("ingest", str(one), str(two), "--out", str(out)).code == 0
    assert sorted(p.stem for p in out.glob("*.json")) == [
        "council-approves-new-budget",
        "council-approves-new-budget-2",
    ]
    assert run_cli("check", str(out)).code == 0


def test_the_same_text_from_another_place_is_the_same_record(tmp_path: Path) -> None:
    first = _article(tmp_path, "a.txt")
    (tmp_path / "copy").mkdir()
    copy = _article(tmp_path / "copy", "a.txt")
    out = tmp_path / "records"
    assert run_cli("ingest", str(first), "--out", str(out), "--retrieved", PINNED).code == 0
    [path] = out.glob("*.json")
    record = json.loads(path.read_text(encoding="utf-8"))
    record["review"] = {"status": "reviewed", "by": "Ed", "at": PINNED, "notes": "checked"}
    path.write_text(json.dumps(record), encoding="utf-8")
    result = run_cli("ingest", str(copy), "--out", str(out), "--retrieved", PINNED)
    assert result.code == 2 and f"record of the same text (from {first})" in result.err
    assert [p.name for p in out.iterdir()] == [path.name]  # no duplicate beside it


def test_folder_and_stdin(tmp_path: Path, seeds: Path) -> None:
    out = tmp_path / "records"
    assert run_cli("ingest", str(seeds), "--out", str(out)).code == 0
    assert len(list(out.glob("*.json"))) == 5
    assert run_cli("check", str(out)).code == 0
    piped = run_cli("ingest", "-", "--print", stdin=b"Headline here\n\nBody text.\n")
    assert piped.code == 0 and json.loads(piped.out)["source"]["kind"] == "stdin"


def test_html_file(tmp_path: Path) -> None:
    from tests.http_server import ARTICLE_HTML

    page = tmp_path / "story.html"
    page.write_bytes(ARTICLE_HTML)
    result = run_cli("ingest", str(page), "--print")
    assert result.code == 0, result.err
    record = json.loads(result.out)
    assert record["source"]["kind"] == "html"
    assert record["title"]["evidence"]["quote"] == "Harbour reopens after storm"
    assert "Home | World | Sport" not in record["text"]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"\xef\xbb\xbfBOM says UTF-8 but \xff is not", "invalid UTF-8"),
    ],
)
def test_bad_files_exit_2_and_write_nothing(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "records"
    result = run_cli("ingest", str(bad), "--out", str(out))
    assert result.code == 2
    assert result.err == result.err.splitlines()[0] + "\n"
    assert str(bad) in result.err and reason in result.err
    assert not out.exists() or not any(out.iterdir())


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    big = _article(tmp_path, "big.txt")
    result = run_cli("ingest", str(big), "--print", "--max-bytes", "10")
    assert result.code == 2 and "larger than the 10-byte limit" in result.err


def test_folder_with_no_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    result = run_cli("ingest", str(tmp_path), "--print")
    assert result.code == 2 and "holds no .txt, .html or .htm articles" in result.err


def test_bad_retrieved_time(tmp_path: Path) -> None:
    result = run_cli("ingest", str(_article(tmp_path, "a.txt")), "--print", "--retrieved", "soon")
    assert result.code == 2 and "--retrieved" in result.err


def test_binary_input_via_the_real_command_has_no_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(os.urandom(2048) + b"\x00")
    done = subprocess.run(
        [sys.executable, "-m", "audit", "ingest", str(binary), "--print"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_a_bad_source_does_not_stop_the_others(tmp_path: Path) -> None:
    good = _article(tmp_path, "a-good.txt")
    bad = tmp_path / "b-bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    later = _article(tmp_path, "c-later.txt", title="Harbour reopens after storm")
    out = tmp_path / "records"
    result = run_cli("ingest", str(good), str(bad), str(later), "--out", str(out))
    assert result.code == 2
    assert result.err.splitlines() == [
        f"provaudit: {bad}: binary data (NUL bytes), not a text article",
        "provaudit: 1 of 3 source(s) failed",
    ]
    assert sorted(p.stem for p in out.glob("*.json")) == [
        "council-approves-new-budget",
        "harbour-reopens-after-storm",
    ]
