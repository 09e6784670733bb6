"""Crash safety: kill -9 during ingest and concurrent ingests leave only whole records."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from audit.engine import Engine
from audit.options import CheckOptions
from tests.conftest import REPO

ARTICLES = 1000


def _articles(folder: Path, count: int, tag: str) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"{tag}{i:04d}.txt").write_text(
            f"Harbour story {i % 250}\n\nThe council said on Monday that {i} boats returned "
            f"to the harbour ({tag}).\n",
            encoding="utf-8",
        )
    return folder


def _ingest(source: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "audit", "ingest", str(source), "--out", str(out)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _assert_all_whole(out: Path) -> int:
    records = list(out.glob("*.json")) if out.exists() else []
    if records:
        result = Engine(CheckOptions(select=("REC",), cache=False)).run([str(out)])
        assert result.findings == [], result.findings[:3]
    return len(records)


def _children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (from /proc; empty where there is none)."""
    found = set()
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat_file.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def test_kill_9_leaves_records_whole_or_absent(tmp_path: Path) -> None:
    source = _articles(tmp_path / "src", ARTICLES, "a")
    out = tmp_path / "out"
    rng = random.Random(20191118)
    orphans: set[int] = set()
    for _ in range(5):
        process = _ingest(source, out)
        time.sleep(rng.uniform(0.4, 1.6))
        orphans |= _children(process.pid)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        _assert_all_whole(out)
    waited = 0.0
    while any(_running(pid) for pid in orphans) and waited < 20:
        time.sleep(0.2)
        waited += 0.2
    assert not [pid for pid in orphans if _running(pid)]  # workers end with their parent
    finished = _ingest(source, out)
    assert finished.wait() == 0
    assert _assert_all_whole(out) == ARTICLES


def test_two_ingests_into_one_folder_lose_nothing(tmp_path: Path) -> None:
    # Both folders produce the same titles, so both processes race for the same ids.
    first = _articles(tmp_path / "one", 300, "x")
    second = _articles(tmp_path / "two", 300, "y")
    out = tmp_path / "out"
    processes = [_ingest(first, out), _ingest(second, out)]
    assert [p.wait() for p in processes] == [0, 0]
    assert _assert_all_whole(out) == 600


def test_atomic_writes_keep_permissions(tmp_path: Path) -> None:
    """A replaced file keeps its mode; a new one gets the umask's (not mkstemp's 0600)."""
    import os
    import stat

    from audit.jsonio import write_atomic

    shared = tmp_path / "shared.json"
    shared.write_text("{}", encoding="utf-8")
    shared.chmod(0o640)
    write_atomic(shared, "[]\n")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640 and shared.read_text() == "[]\n"
    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        write_atomic(fresh, "{}\n", exclusive=True)
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    finally:
        os.umask(umask)
