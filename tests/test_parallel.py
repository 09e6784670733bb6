"""Checking with worker processes gives exactly the sequential result."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

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


def test_parallel_ingest_matches_sequential(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    source = tmp_path / "articles"
    source.mkdir()
    for index in range(100):
        (source / f"a{index:03d}.txt").write_text(
            f"Harbour story {index % 30}\n\nThe council said {index} boats returned on Monday.\n",
            encoding="utf-8",
        )
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = run_cli(
            "ingest",
            str(source),
            "--out",
            str(out),
            "--jobs",
            jobs,
            "--retrieved",
            "2026-01-01T00:00:00Z",
        )
        assert result.code == 0, result.err
        outputs.append({p.name: p.read_bytes() for p in out.glob("*.json")})
    assert len(outputs[0]) == 100 and outputs[0] == outputs[1]


def test_stories_checked_by_workers_match_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With jobs > 1 the XSC rules check stories in a pool (PoolUnits); same findings."""
    import audit.rules.cross.pool as pool

    folder = tmp_path / "stories"
    folder.mkdir()
    sources = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RECORDS.glob("*.json"))]
    for index in range(5 * 80):  # 80 stories of five records: more than four batches
        record = dict(sources[index % 5])
        record["id"] = f"copy-{index:04d}"
        record["story"] = f"story-{index // 5:03d}"
        (folder / f"{record['id']}.json").write_text(json.dumps(record), encoding="utf-8")
    calls: list[int] = []
    real = pool.PoolUnits.run_units

    def counted(self: pool.PoolUnits, rules: Any, units: Any) -> Any:
        calls.append(len(units))
        return real(self, rules, units)

    monkeypatch.setattr(pool.PoolUnits, "run_units", counted)
    sequential = _run(folder, tmp_path, jobs=1, cache=False)
    assert calls == []  # one process: no pool
    assert any(f["code"].startswith("XSC") for f in sequential)
    assert _run(folder, tmp_path, jobs=2, cache=False) == sequential
    assert calls == [80]  # every story went through the pool
    units = pool.PoolUnits(1, lambda item: item)
    assert len(list(units._batches([(n, []) for n in range(80)]))) == 5
