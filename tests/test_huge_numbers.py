"""Numbers JSON allows but a float cannot hold: a clear error or an ordinary run, never an
internal error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from audit.analyse.crosssource.digest import digest
from tests.conftest import RECORDS, run_cli


def _story_with_huge_figures(folder: Path) -> list[Path]:
    """Two copies of a bundled record, one story, their first figure 10**400."""
    record = json.loads(sorted(RECORDS.glob("*.json"))[0].read_text(encoding="utf-8"))
    paths = []
    for n in (1, 2):
        copy = dict(record, id=f"huge-{n}", story="huge")
        copy["figures"] = [dict(copy["figures"][0], value=10**400), *copy["figures"][1:]]
        path = folder / f"huge-{n}.json"
        path.write_text(json.dumps(copy, ensure_ascii=False, indent=2), encoding="utf-8")
        paths.append(path)
    return paths


def test_every_rule_checks_a_story_whose_figures_no_float_holds(tmp_path: Path) -> None:
    paths = _story_with_huge_figures(tmp_path)
    result = run_cli("check", "--no-cache", "--format", "sarif", *map(str, paths))
    assert result.code in (0, 1) and "internal error" not in result.err
    record = json.loads(paths[0].read_text(encoding="utf-8"))
    assert [f.pointer for f in digest(record, "x").figures][:1] != ["/figures/0"]


def test_the_report_shows_such_a_figure(tmp_path: Path) -> None:
    paths = _story_with_huge_figures(tmp_path)
    out = tmp_path / "report.html"
    result = run_cli("report", *map(str, paths), "--out", str(out))
    assert result.code == 0, result.err
    assert "1e+400" in out.read_text(encoding="utf-8")


def test_a_float_beyond_range_is_a_json_error_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    shutil.copy(sorted(RECORDS.glob("*.json"))[0], path)
    text = path.read_text(encoding="utf-8").replace(
        '"text_sha256"', '"x": 1e999,\n  "text_sha256"', 1
    )
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", str(path))
    assert result.code == 1 and "REC001" in result.out and "1e999 is out of range" in result.out
