"""`provaudit compare` and `audit.compare`: tables for lateral reading."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import audit
from audit.cli import main
from audit.record import stated_time
from tests.cross_fixtures import synthetic, write_filled


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cmp")
    write_filled(folder)
    return folder


def test_api_returns_one_row_per_record(filled: Path) -> None:
    table = audit.compare([filled])
    assert len(table) == 5 and {"outlet", "chain", "origin", "key figures"} <= set(table.columns)
    record_001 = next(r for r in table["record"] if "leaked-ccp-files" in r)
    row = table.set_index("record").loc[record_001]
    assert row["republication"] == "Taipei Times" and "403 pages" in row["key figures"]
    found = audit.discrepancies([filled])
    assert {"XSC002", "XSC010", "XSC011"} <= set(found["code"])


def test_api_accepts_one_folder_given_alone(filled: Path) -> None:
    assert len(audit.compare(str(filled))) == len(audit.compare(filled)) == 5


def test_api_accepts_record_dicts(filled: Path) -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(filled.glob("*.json"))]
    assert list(audit.compare(records)["record"]) == [r["id"] for r in records]


def test_terminal_table(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(filled), "--width", "150"]) == 0
    out = capsys.readouterr().out
    assert "origin" in out and "The New York Times" in out and "discrepancies (" in out


def test_csv_one_row_per_record(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(filled), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 5 and rows[0]["record"]


def test_json_and_markdown(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(filled), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["records"]) == 5 and doc["discrepancies"]
    assert main(["compare", str(filled), "--format", "markdown", "--table", "records"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("| record |") and len(lines) == 7


HOSTILE = '=HYPERLINK("http://x")\x1b[31m|evil\u202e'


def _hostile(tmp_path: Path) -> Path:
    text = f"{HOSTILE}\n\nA short article about nothing at all."
    rec = synthetic("hostile-record", text, title=HOSTILE)
    (tmp_path / "hostile-record.json").write_text(json.dumps(rec), encoding="utf-8")
    return tmp_path


def test_csv_cells_are_neutralised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(_hostile(tmp_path)), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["title"].startswith("'=HYPERLINK") and "\x1b" not in rows[0]["title"]


def test_terminal_and_markdown_strip_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _hostile(tmp_path)
    for fmt in ("text", "markdown"):
        assert main(["compare", str(folder), "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\u202e" not in out and "HYPERLINK" in out
    assert "\\|evil" in out  # markdown pipes escaped


def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main(["compare", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.json" in err
    assert main(["compare", str(tmp_path / "missing")]) == 2
    capsys.readouterr()
    assert main(["compare", str(bad), "--width", "-5"]) == 2
    assert "--width" in capsys.readouterr().err


def test_check_does_not_import_pandas() -> None:
    code = "import sys, audit.cli; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_schema_invalid_record_is_shown_but_not_compared(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = json.loads(next(filled.glob("*leaked-ccp*.json")).read_text(encoding="utf-8"))
    rec["figures"] = "not a list"
    (tmp_path / f"{rec['id']}.json").write_text(json.dumps(rec), encoding="utf-8")
    assert main(["compare", str(tmp_path), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "fail the schema" in captured.err and len(captured.err.splitlines()) == 1
    assert len(list(csv.DictReader(io.StringIO(captured.out)))) == 1


def test_an_article_given_to_compare_says_to_ingest_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "story.txt"
    article.write_text("A headline\n\nSome text.\n", "utf-8")
    assert main(["compare", str(article)]) == 2
    assert "make records of articles with `provaudit ingest`" in capsys.readouterr().err


def test_date_cell_shows_the_bound_inferred_across_records() -> None:
    tail = "\n\nAccording to the Daily Planet, Mayor Ines Kowalczyk of Lindqvist spoke."
    planet = ("The Daily Planet", "reports", "Daily Planet")
    said = (
        "The Daily Planet obtained the memos. The newspaper said on Saturday that 31 people died."
    )
    body = "The Daily Planet obtained memos on the flood that killed 31 people."
    dated = synthetic("rec-a", f"Flood a\n\n{said}{tail}", chain=[planet], date="2024-03-11")
    undated = synthetic(
        "rec-b", f"Flood b\n\n{body}{tail}", chain=[planet], not_before="2024-03-01"
    )
    table = audit.compare([dated, undated]).set_index("record")
    cell = table.loc["rec-b", "date"]
    assert cell.startswith("undated (not before 2024-03-09") and "own text: 2024-03-01" in cell
    assert table.loc["rec-a", "date"] == "2024-03-11"


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ({"time": "06:05", "zone": "GMT"}, "06:05 GMT"),
        ({"time": "06:05", "zone": None}, "06:05 (time zone not stated)"),
        ({"time": "06:05"}, "06:05"),  # a record made before zones were read
        ({"time": None, "zone": None}, ""),
    ],
)
def test_times_name_their_zone_or_say_it_is_not_stated(
    published: dict[str, str | None], shown: str
) -> None:
    assert stated_time(published) == shown
