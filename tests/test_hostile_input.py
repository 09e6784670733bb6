"""Hostile and malformed input: bounded work, clear errors, exact spans, no tracebacks."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from audit.ingest.html import MAX_ELEMENTS
from tests.conftest import RECORDS, run_cli


def _ingest(path: Path, *extra: str) -> tuple[int, str, str]:
    result = run_cli("ingest", str(path), "--print", *extra)
    return result.code, result.out, result.err


def _one_clean_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "name, markup",
    [
        ("deep.html", "<html><body>" + "<div>" * 50_000 + "<p>text</p>" + "</div>" * 50_000),
        ("attribute.html", '<html><body><p title="' + "a" * 5_000_000 + '">Hi.</p></body></html>'),
        ("unclosed.html", "<html><body><p>Broken <b><i>markup <div><table><tr><td>" * 2000),
    ],
)
def test_html_bombs_end_cleanly(tmp_path: Path, name: str, markup: str) -> None:
    page = tmp_path / name
    page.write_text(markup, encoding="utf-8")
    code, out, err = _ingest(page)
    assert code in (0, 2)
    if code == 0:
        json.loads(out)
    else:
        assert _one_clean_line(err) and str(page) in err


def test_millions_of_tags_refused_quickly(tmp_path: Path) -> None:
    page = tmp_path / "tags.html"
    page.write_text("<html><body>" + "<b>x</b>" * (MAX_ELEMENTS * 5) + "</body></html>")
    code, _, err = _ingest(page)
    assert code == 2 and "HTML bomb" in err and _one_clean_line(err)


def test_100_mb_single_line_hits_the_default_cap(tmp_path: Path) -> None:
    big = tmp_path / "line.txt"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no 100 MB written to disk
    code, _, err = _ingest(big)
    assert code == 2 and "larger than the" in err and _one_clean_line(err)


def test_long_single_line_within_the_cap_keeps_exact_spans(tmp_path: Path) -> None:
    line = tmp_path / "line.txt"
    line.write_text("word " * 400_000, encoding="utf-8")
    code, out, _ = _ingest(line)
    assert code == 0
    record = json.loads(out)
    assert record["title"]["value"] is None  # a 2 MB line is no headline


@pytest.mark.parametrize(
    "title",
    [
        "Zero\u200bwidth\u200d joiners and \u2060word joiners",
        "RTL \u202etxet desrever\u202c and \u05e2\u05d1\u05e8\u05d9\u05ea text",
        "Emoji 🇺🇦 👩‍👩‍👧 flags and families",
        "Combining marks: e\u0301 a\u0308 n\u0303 Z\u0351\u0352\u0353",
    ],
)
def test_unusual_characters_keep_spans_exact(tmp_path: Path, title: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"{title}\r\n\r\nBody sentence one.\rBody two.\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    assert run_cli("ingest", str(article), "--out", str(out_dir)).code == 0
    [path] = out_dir.glob("*.json")
    record = json.loads(path.read_text(encoding="utf-8"))
    ev = record["title"]["evidence"]
    assert record["text"][ev["start"] : ev["end"]] == ev["quote"] == title
    assert "\r" not in record["text"]
    assert run_cli("check", str(out_dir)).code == 0


def test_nul_bytes_in_text(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(b"Headline\n\nText with a \x00 NUL byte.\n")
    code, _, err = _ingest(article)
    assert code == 2 and "NUL" in err


def test_record_with_bom_is_read(tmp_path: Path) -> None:
    source = sorted(RECORDS.glob("*.json"))[0]
    target = tmp_path / source.name
    target.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())
    assert run_cli("check", str(target)).code == 0


def test_record_not_utf8(tmp_path: Path) -> None:
    target = tmp_path / "latin.json"
    target.write_bytes('{"id": "caf\u00e9"}'.encode("latin-1"))
    result = run_cli("check", str(target))
    assert result.code == 1 and "REC001" in result.out and "not UTF-8" in result.out


def test_record_over_the_size_cap_is_a_finding_and_the_others_are_checked(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "records"
    shutil.copytree(RECORDS, folder)
    target = folder / "huge.json"
    with target.open("wb") as handle:
        handle.truncate(40 * 1024 * 1024)
    result = run_cli("check", str(folder), "--format", "json")
    assert result.code == 1, result.err
    report = json.loads(result.out)
    assert report["summary"]["files"] == len(list(RECORDS.glob("*.json"))) + 1
    huge = [f for f in report["findings"] if f["path"] == str(target)]
    assert [(f["code"], f["message"]) for f in huge] == [
        ("REC001", "file not read: file is larger than the 33554432-byte limit (--max-bytes)")
    ]
    assert report["summary"]["records"] == len(list(RECORDS.glob("*.json")))


def test_an_unreadable_record_is_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "records"
    shutil.copytree(RECORDS, folder)
    locked = sorted(folder.glob("*.json"))[0]
    real_access = os.access

    def refusing(path: str, mode: int) -> bool:  # as for a file without read permission
        return str(path) != str(locked) and real_access(path, mode)

    monkeypatch.setattr("os.access", refusing)
    result = run_cli("check", str(folder), "--jobs", "1")
    assert result.code == 1
    assert (
        f"{locked}:1:1: REC001 error: file not read: cannot read: Permission denied" in result.out
    )


def test_overlapping_paths_check_each_file_once(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    shutil.copytree(RECORDS, folder)
    one = sorted(folder.glob("*.json"))[0]
    result = run_cli("check", str(folder), str(one), str(folder) + "/", "--format", "json")
    assert result.code == 0, result.out
    report = json.loads(result.out)
    assert report["summary"]["files"] == len(list(RECORDS.glob("*.json")))
    assert not [f for f in report["findings"] if f["code"] == "REC006"]


def test_symlinks_leaving_the_folder_are_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    source = sorted(RECORDS.glob("*.json"))[0]
    (folder / source.name).write_bytes(source.read_bytes())
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text('{"not": "a record"}', encoding="utf-8")
    os.symlink(outside / "secret.json", folder / "link.json")
    os.symlink(outside, folder / "linked-dir")
    result = run_cli("check", str(folder))
    assert result.code == 0, result.out
    assert "1 file(s)" in result.out


def test_a_folder_of_links_says_why_it_holds_no_records(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    source = sorted(RECORDS.glob("*.json"))[0]
    os.symlink(source, folder / source.name)
    result = run_cli("check", str(folder))
    assert result.code == 2
    assert "1 linked file(s) skipped: links are not followed" in result.err


def test_xhtml_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    page = tmp_path / "x.html"
    page.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html><head>'
        "<title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
        + "<p>Dock workers returned on Friday after a week-long strike, the union said.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    code, out, err = _ingest(page)
    assert code == 0, err
    assert "Dock workers returned" in json.loads(out)["text"]


def test_control_sequences_in_articles_never_reach_the_terminal(tmp_path: Path) -> None:
    from audit.findings import Confidence, Finding, Severity
    from audit.reporters.safe import printable
    from audit.reporters.text import TextReporter

    hostile = "Click \x1b[2J\x1b]0;owned\x07 here\r\nnext \u202eevil"
    assert printable(hostile) == "Click \\x1b[2J\\x1b]0;owned\\x07 here\\r\\nnext \\u202eevil"
    finding = Finding(
        "SPM001",
        "spam",
        Severity.WARNING,
        Confidence.HIGH,
        f"spam: {hostile}",
        path="records/a\x1b.json",
        pointer="/flags/0",
    )
    from audit.engine import CheckResult

    out = io.StringIO()
    TextReporter(1).render(CheckResult(findings=[finding], files=1), out)
    text = out.getvalue()
    assert "\x1b" not in text and "\u202e" not in text and "\r" not in text
    assert text.count("\n") == 2  # one line for the finding, one summary line


def test_every_unsafe_character_is_one_python_counts_as_unprintable() -> None:
    """printable() returns a text Python counts as printable unchanged: that is only safe
    if every character it escapes is unprintable to Python too."""
    from audit.reporters.safe import _UNSAFE, printable

    unsafe = [chr(c) for c in range(0x3000) if _UNSAFE.fullmatch(chr(c))]
    assert len(unsafe) == 32 + 33 + 5 + 4
    assert not any(c.isprintable() for c in unsafe)
    assert all(printable(f"a{c}b") != f"a{c}b" for c in unsafe)
