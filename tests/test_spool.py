"""The spool: an append-only sequence that parks its items on disk past a limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit import spool
from audit.engine import Engine
from audit.options import CheckOptions
from audit.spool import Filed, Spool
from tests.conftest import REPO


def test_items_come_back_in_order_whether_held_or_parked() -> None:
    items = [{"n": n, "text": f"item {n}"} for n in range(12_345)]
    with Spool[dict[str, object]](hold=1_000) as parked:
        parked.extend(items)
        assert parked.spilled
        assert len(parked) == len(items)
        assert list(parked) == items
        assert list(parked) == items  # reading does not consume
        assert parked[12_000] == items[12_000] and parked[-1] == items[-1]
        assert list(parked[5:8]) == items[5:8]
        assert parked == items and parked != items[:-1]
    held = Spool[int](hold=10)
    held.extend(range(10))
    assert not held.spilled and held == list(range(10))


def test_weight_counts_an_entry_for_its_items() -> None:
    groups = Spool[list[int]](hold=5, weight=len)
    groups.append([1, 2, 3])
    assert not groups.spilled
    groups.append([4, 5, 6])
    assert groups.spilled and list(groups) == [[1, 2, 3], [4, 5, 6]]
    groups.append([])
    assert list(groups)[-1] == [] and len(groups) == 3


def test_close_empties_the_spool() -> None:
    parked = Spool[int](hold=2)
    parked.extend(range(5))
    parked.close()
    assert len(parked) == 0 and list(parked) == []


@pytest.mark.parametrize("hold", [1, 1_000])
def test_filed_items_come_back_by_key_in_filing_order(hold: int) -> None:
    filed = Filed[str](size=500, buckets=8, hold=hold)
    expected: dict[int, list[str]] = {}
    for n in range(2_000):
        key = (n * 7919) % 501  # every key 0..500, in scattered order
        filed.add(key, f"item {n}")
        expected.setdefault(key, []).append(f"item {n}")
    assert [filed.take(key) for key in range(501)] == [expected[k] for k in range(501)]
    assert filed.take(500) == []


def test_filed_keys_must_be_taken_in_order() -> None:
    filed = Filed[int](size=100, buckets=10)
    filed.add(5, 1)
    filed.add(95, 2)
    assert filed.take(95) == [2]
    with pytest.raises(ValueError):
        filed.take(5)
    with pytest.raises(ValueError):
        filed.add(3, 3)


def _copies(folder: Path, count: int) -> Path:
    sources = [json.loads(p.read_text("utf-8")) for p in sorted((REPO / "records").glob("*.json"))]
    folder.mkdir()
    for n in range(count):
        record = dict(sources[n % len(sources)], id=f"copy-{n:03d}")
        record["story"] = f"story-{n // len(sources)}"
        (folder / f"copy-{n:03d}.json").write_text(json.dumps(record), "utf-8")
    return folder


def test_a_spooled_check_reports_what_a_held_one_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _copies(tmp_path / "records", 15)
    options = CheckOptions(cache=False, jobs=1)
    held = Engine(options).run([str(folder)])
    assert not held.findings or not getattr(held.findings, "spilled", False)
    monkeypatch.setattr(spool, "HOLD", 3)
    spooled = Engine(options).run([str(folder)])
    assert getattr(spooled.findings, "spilled", False)
    assert [f.as_json() for f in spooled.findings] == [f.as_json() for f in held.findings]
    assert len(held.findings) > 15
    assert (spooled.suppressed, spooled.files) == (held.suppressed, held.files)
