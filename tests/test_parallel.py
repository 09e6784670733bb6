"""Checking with worker processes gives exactly the sequential result."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from audit.engine import Engine
from audit.options import CheckOptions
from tests.conftest import RECORDS


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    sources = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RECORDS.glob("*.json"))]
    for index in range(count):
        record = dict(sources[index % len(sources)])
        record["id"] = f"copy-{index:04d}"
        if index % 17 == 0:
            record["text_sha256"] = "0" * 64  # a finding every so often
        name = record["id"] if index % 29 else f"other-{index:04d}"  # REC005 too
        (folder / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    shutil.copy(folder / "copy-0001.json", folder / "copy-0001-twin.json")  # duplicate id
    return folder


def _run(folder: Path, tmp_path: Path, **options: object) -> list[dict[str, object]]:
    result = Engine(CheckOptions(root=str(tmp_path), **options)).run([str(folder)])  # type: ignore[arg-type]
    return [f.as_json() for f in result.findings]


def test_pool_matches_sequential(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 150)
    sequential = _run(folder, tmp_path, jobs=1, cache=False)
    assert any(f["code"] == "REC006" for f in sequential)
    assert _run(folder, tmp_path, jobs=2, cache=False) == sequential


def test_pool_with_cache_matches_sequential(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 150)
    expected = _run(folder, tmp_path, jobs=1, cache=False)
    assert _run(folder, tmp_path, jobs=2, cache=True) == expected  # cold cache
    assert _run(folder, tmp_path, jobs=2, cache=True) == expected  # warm cache
    (folder / "copy-0003.json").write_text("[]", encoding="utf-8")  # one changed file
    assert _run(folder, tmp_path, jobs=2, cache=True) == _run(folder, tmp_path, jobs=1, cache=False)
