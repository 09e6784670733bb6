"""The check cache: identical output on a hit, invalidation, corpus rules, --no-cache."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit import engine
from audit.cache import FOLDER, decode, encode
from audit.engine import Engine
from audit.model import Evidence
from audit.options import CheckOptions
from audit.rules import CorpusRule, Draft, RecordContext, Rule
from tests.ci_support import break_title_evidence, copy_records, load, run, save

pytestmark = pytest.mark.usefixtures("machinery_rules")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def _cache_files() -> list[Path]:
    return sorted(Path(FOLDER).glob("check-*.json"))


def test_cache_hit_gives_identical_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    break_title_evidence(paths[0])
    first = run(capsys, "check", "records", "--format", "sarif")
    assert len(_cache_files()) == 1
    assert (Path(FOLDER) / ".gitignore").read_text().strip().endswith("*")
    second = run(capsys, "check", "records", "--format", "sarif")
    assert second == first
    options = CheckOptions()
    result = Engine(options).run(["records"])
    assert result.cache_hits == len(paths)


def test_changed_record_or_configuration_is_checked_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    assert run(capsys, "check", "records")[0] == 0
    break_title_evidence(paths[3])
    code, out, _ = run(capsys, "check", "records", "--format", "json")
    assert code == 1 and [f["code"] for f in json.loads(out)["findings"]] == ["REC004"]
    assert Engine(CheckOptions()).run(["records"]).cache_hits == len(paths)
    Path(".provaudit.toml").write_text("[rules.REC004]\nseverity = 'warning'\n")
    code, out, _ = run(capsys, "check", "records", "--format", "json")
    assert code == 0 and json.loads(out)["findings"][0]["severity"] == "warning"
    assert len(_cache_files()) == 1  # the old rule-set version was dropped


def test_no_cache_and_damaged_cache(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    copy_records(tmp_path)
    assert run(capsys, "check", "records", "--no-cache")[0] == 0
    assert not Path(FOLDER).exists()
    run(capsys, "check", "records")
    (cache,) = _cache_files()
    cache.write_text("{not json")
    assert run(capsys, "check", "records")[0] == 0
    data = json.loads(cache.read_text())
    assert data["entries"]
    for entry in data["entries"].values():
        entry["findings"] = [{"code": "REC004"}]  # damaged, though the hash matches
    cache.write_text(json.dumps(data))
    code, out, err = run(capsys, "check", "records", "--format", "json")
    assert (code, json.loads(out)["findings"], err) == (0, [], "")


def test_cross_source_rules_still_see_cached_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    twin = tmp_path / "records" / "more" / paths[0].name
    twin.parent.mkdir()
    shutil.copy(paths[0], twin)
    outputs = [run(capsys, "check", "records", "--format", "json") for _ in range(2)]
    assert outputs[0] == outputs[1]
    assert [f["code"] for f in json.loads(outputs[1][1])["findings"]] == ["REC006"]


class _Collecting(CorpusRule):
    """Test corpus rule keeping an unencodable value.

    Why it matters:
        Tests.

    Fails:
        x

    Passes:
        y

    Options:
        none
    """

    code = "TST002"
    name = "collecting"
    summary = "test"
    needs_valid_record = False
    calls = 0

    def collect(self, ctx: RecordContext) -> Any:
        type(self).calls += 1
        return (ctx.record_id, object()) if ctx.record_id else None

    def finish(self, collected: list[Any]) -> Iterable[Draft]:
        yield Draft(f"saw {len([c for c in collected if c])}", record_id="corpus")


def test_unencodable_collect_output_is_recomputed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    rules: tuple[type[Rule], ...] = (*engine.every_rule(), _Collecting)
    monkeypatch.setattr(engine, "every_rule", lambda packs=(): rules)
    options = CheckOptions(select=("TST",))
    first = Engine(options).run(["records"])
    second = Engine(options).run(["records"])
    assert second.cache_hits == len(paths)
    assert [f.message for f in second.findings] == [f.message for f in first.findings]
    assert first.findings[0].message == f"saw {len(paths)}"
    assert _Collecting.calls == 2 * len(paths)


values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=5)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner, inner)
        | st.frozensets(st.text(max_size=3), max_size=3)
        | st.dictionaries(st.text(max_size=3) | st.integers(), inner, max_size=3)
    ),
    max_leaves=10,
)


@given(values)
def test_encode_round_trips(value: Any) -> None:
    assert decode(json.loads(json.dumps(encode(value)))) == value


def test_encode_keeps_evidence_and_tuple_keys() -> None:
    value = {("a", 1): [Evidence(0, 1, "x")], "s": {1, 2}}
    assert decode(json.loads(json.dumps(encode(value)))) == value


def test_reformatted_record_is_rechecked_with_new_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = copy_records(tmp_path)
    break_title_evidence(paths[0])
    _, out, _ = run(capsys, "check", "records", "--format", "json")
    save(paths[0], load(paths[0]), indent=6)
    _, again, _ = run(capsys, "check", "records", "--format", "json")
    first, second = json.loads(out)["findings"][0], json.loads(again)["findings"][0]
    assert first["fingerprint"] == second["fingerprint"]
    assert first["column"] != second["column"]


class _Tracking(Rule):
    """Test record rule counting its calls.

    Why it matters:
        Tests.

    Fails:
        x

    Passes:
        y

    Options:
        none
    """

    code = "TST004"
    name = "tracking"
    summary = "test"
    calls = 0

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        type(self).calls += 1
        return ()


def test_cache_hit_runs_no_record_rule(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    paths = copy_records(tmp_path)
    tracked = (*engine.every_rule(), _Tracking)
    monkeypatch.setattr(engine, "every_rule", lambda packs=(): tracked)
    options = CheckOptions()
    Engine(options).run(["records"])
    assert _Tracking.calls == len(paths)
    Engine(options).run(["records"])
    assert _Tracking.calls == len(paths)
    Engine(CheckOptions(cache=False)).run(["records"])
    assert _Tracking.calls == 2 * len(paths)
