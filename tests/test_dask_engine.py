"""The Dask engine gives exactly what the local engine gives: findings and record bytes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from audit.engine import Engine
from audit.options import CheckOptions
from tests.conftest import RECORDS, run_cli

pytest.importorskip("distributed")
pytest.importorskip("fsspec")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a two-worker LocalCluster shared by the tests here."""
    from audit.distributed import local_cluster

    with local_cluster(2) as cluster:
        yield cluster.scheduler_address


def _corpus(tmp_path: Path) -> Path:
    """records/ plus 80 variants: bad hashes, mismatched names, bad JSON, a duplicate id."""
    folder = tmp_path / "corpus"
    shutil.copytree(RECORDS, folder)
    sources = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RECORDS.glob("*.json"))]
    for index in range(80):
        record = dict(sources[index % len(sources)])
        record["id"] = f"variant-{index:03d}"
        if index % 11 == 0:
            record["text_sha256"] = "0" * 64
        if index % 13 == 0:
            del record["text"]  # schema violation
        name = record["id"] if index % 17 else f"misnamed-{index:03d}"
        (folder / f"{name}.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    (folder / "broken.json").write_text('{"id": "broken",\n  "text": }', encoding="utf-8")
    (folder / "latin1.json").write_bytes(b'{"id": "caf\xe9"}')
    shutil.copy(folder / "variant-001.json", folder / "variant-001-twin.json")
    return folder


def _findings(options: CheckOptions, paths: list[str]) -> list[dict[str, Any]]:
    return [f.as_json() for f in Engine(options).run(paths).findings]


def test_check_dask_matches_local(tmp_path: Path, scheduler: str) -> None:
    folder = _corpus(tmp_path)
    local = CheckOptions(root=str(tmp_path), cache=False, jobs=1)
    expected = _findings(local, [str(folder)])
    codes = {f["code"] for f in expected}
    assert {"REC001", "REC005", "REC006"} <= codes, codes  # the broken variants were seen
    dask = replace(local, engine="dask", scheduler=scheduler, jobs=2)
    assert _findings(dask, [str(folder)]) == expected
    # Object-storage style: the same files as file:// URLs, listed and read through fsspec.
    url = folder.as_uri()
    remote = _findings(dask, [url])
    assert remote and all(f["path"].startswith(url) for f in remote)
    for finding in (*remote, *expected):  # fingerprints hash the path: compare the rest
        finding.pop("fingerprint")
    unified = json.dumps(remote).replace(url, str(folder))
    assert json.loads(unified) == expected


def test_check_dask_with_cache_matches_local(tmp_path: Path, scheduler: str) -> None:
    folder = _corpus(tmp_path)
    expected = _findings(CheckOptions(root=str(tmp_path), cache=False), [str(folder)])
    dask = CheckOptions(root=str(tmp_path), engine="dask", scheduler=scheduler, jobs=2)
    assert _findings(dask, [str(folder)]) == expected  # cold cache
    assert _findings(dask, [str(folder)]) == expected  # warm cache


def test_ingest_dask_matches_local(tmp_path: Path) -> None:
    source = tmp_path / "articles"
    source.mkdir()
    for index in range(70):
        (source / f"a{index:03d}.txt").write_text(
            f"Harbour story {index % 25}\n\nThe council said on Monday that {index} boats "
            f"returned, according to harbour master Ana Ruiz.\n",
            encoding="utf-8",
        )
    outputs = []
    for engine in ("local", "dask"):
        out = tmp_path / engine
        result = run_cli(
            "ingest",
            str(source),
            "--out",
            str(out),
            "--engine",
            engine,
            "--jobs",
            "2",
            "--retrieved",
            "2026-01-01T00:00:00Z",
        )
        assert result.code == 0, result.err
        outputs.append({p.name: p.read_bytes() for p in out.glob("*.json")})
    assert len(outputs[0]) == 70
    assert outputs[1] == outputs[0]


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run_cli(
            "check", str(RECORDS), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"
        )
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("provaudit: --scheduler: cannot connect")


def test_scheduler_needs_dask_engine() -> None:
    result = run_cli("check", str(RECORDS), "--scheduler", "tcp://127.0.0.1:9")
    assert result.code == 2 and "--engine dask" in result.err


def test_missing_dask_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    for argv in (
        ("check", str(RECORDS), "--engine", "dask"),
        ("ingest", str(tmp_path), "--print", "--engine", "dask"),
    ):
        result = run_cli(*argv)
        assert result.code == 2
        assert result.err.strip().splitlines() == [
            "provaudit: --engine dask: needs dask[distributed] and fsspec: "
            "pip install 'provaudit[dask]'"
        ]


def test_bad_source_on_a_worker_is_one_line(tmp_path: Path) -> None:
    """Bad input found on a worker ends the run with one line, no worker traceback log."""
    good = tmp_path / "good.txt"
    good.write_text("Harbour\n\nThe council said boats returned.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    argv = ["ingest", str(good), str(missing), "--print", "--engine", "dask", "--jobs", "1"]
    done = subprocess.run(
        [sys.executable, "-m", "audit", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"provaudit: {missing}: no such file"]


def test_xsc_rules_run_as_a_story_group_by_on_the_cluster(tmp_path: Path, scheduler: str) -> None:
    """The client gets only stubs of the packed digests; the stories are checked on the
    workers and give the drafts the same rules give here on the full digests."""
    from audit.analyse.crosssource.packed import Packed
    from audit.distributed import session
    from audit.recordfiles import discover, read_bytes
    from audit.rules.cross.runner import story_drafts

    folder = _corpus(tmp_path)
    paths = discover([str(folder)])
    local = Engine(CheckOptions(root=str(tmp_path), cache=False, jobs=1))
    rules = local.corpus_rules
    outcomes = [local.fresh(path, read_bytes(path, 1 << 24))[0] for path in paths]
    expected = story_drafts(
        rules, {r.code: [c.collect[r.code] for c in outcomes if r.code in c.collect] for r in rules}
    )
    assert sum(len(v) for k, v in expected.items() if k.startswith("XSC")) > 10
    options = CheckOptions(
        root=str(tmp_path), cache=False, engine="dask", scheduler=scheduler, jobs=2
    )
    with session(options) as cluster:
        remote = [checked for _, checked in cluster.check_map([(p, None) for p in paths])]
        assert all(c is not None for c in remote)
        held = [v for c in remote if c for v in c.collect.values() if isinstance(v, Packed)]
        assert held and not any(p.blob for p in held)  # this process holds no digest
        collected = {
            r.code: [c.collect[r.code] for c in remote if c and r.code in c.collect] for r in rules
        }
        assert story_drafts(rules, collected, cluster) == expected
