"""Configuration: discovery, select/ignore, severity, options, per-path ignores, errors."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

import pytest

from audit import config, engine
from audit.engine import Engine
from audit.errors import InputError
from audit.options import CheckOptions
from audit.rules import ALL_RULES, Draft, Option, RecordContext, Rule
from tests.ci_support import break_id, break_title_evidence, copy_records, run

pytestmark = pytest.mark.usefixtures("machinery_rules")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture()
def broken(tmp_path: Path) -> list[Path]:
    paths = copy_records(tmp_path)
    break_title_evidence(paths[0])  # REC004 error
    break_id(paths[1])  # REC005 error
    return paths


def _codes(out: str) -> list[str]:
    return [f["code"] for f in json.loads(out)["findings"]]


@pytest.mark.parametrize(
    ("file", "content", "named"),
    [
        ("pyproject.toml", "[tool.provaudit]\nselct = ['REC']\n", "tool.provaudit.selct"),
        (".provaudit.toml", "fail_on = 'warning'\n", "fail_on"),
        (".provaudit.toml", "select = ['XYZ']\n", "'XYZ'"),
        (".provaudit.toml", "[rules.REC999]\nseverity = 'info'\n", "rules.REC999"),
        (".provaudit.toml", "[rules.REC004]\nseverity = 'fatal'\n", "rules.REC004.severity"),
        (".provaudit.toml", "[rules.REC004]\nmax-length = 3\n", "rules.REC004.max-length"),
        (".provaudit.toml", "fail-on = 'fatal'\n", "fail-on"),
        (".provaudit.toml", "[per-path-ignores]\n'a/*' = ['NOPE']\n", "per-path-ignores.a/*"),
        (".provaudit.toml", "cache = 'yes'\n", "cache"),
        (".provaudit.toml", "select = [\n", "not valid TOML"),
    ],
)
def test_configuration_errors_exit_2_naming_the_key(
    capsys: pytest.CaptureFixture[str], broken: list[Path], file: str, content: str, named: str
) -> None:
    Path(file).write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", "records")
    assert code == 2
    assert out == ""
    assert named in err and err.count("\n") == 1, err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--select", "REC,XX"), "XX"),
        (("--ignore", "ZZZ1"), "ZZZ1"),
        (("--config", "missing.toml"), "missing.toml"),
    ],
)
def test_cli_errors_exit_2(
    capsys: pytest.CaptureFixture[str], broken: list[Path], args: tuple[str, ...], named: str
) -> None:
    code, _, err = run(capsys, "check", "records", *args)
    assert code == 2 and named in err


def test_config_found_by_walking_up_from_cwd(
    capsys: pytest.CaptureFixture[str], broken: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("pyproject.toml").write_text("[tool.provaudit]\nignore = ['REC005']\n")
    monkeypatch.chdir("records")
    _, out, _ = run(capsys, "check", ".", "--format", "json")
    assert _codes(out) == ["REC004"]


def test_dot_provaudit_toml_wins_and_pyproject_without_table_is_skipped(
    capsys: pytest.CaptureFixture[str], broken: list[Path], tmp_path: Path
) -> None:
    Path("pyproject.toml").write_text("[tool.provaudit]\nignore = ['REC']\n")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert config.discover(sub) == tmp_path / "pyproject.toml"
    Path(".provaudit.toml").write_text("ignore = ['REC004']\n")
    assert config.discover(sub) == tmp_path / ".provaudit.toml"
    _, out, _ = run(capsys, "check", "records", "--format", "json")
    assert _codes(out) == ["REC005"]


def test_select_and_ignore_by_prefix(
    capsys: pytest.CaptureFixture[str], broken: list[Path]
) -> None:
    assert _codes(run(capsys, "check", "records", "--format", "json", "--select", "REC004")[1]) == [
        "REC004"
    ]
    assert _codes(run(capsys, "check", "records", "--format", "json", "--ignore", "REC00")[1]) == []
    Path(".provaudit.toml").write_text("select = ['REC005']\n")
    # --select replaces the configured list; --ignore adds to it.
    assert _codes(run(capsys, "check", "records", "--format", "json")[1]) == ["REC005"]
    assert _codes(run(capsys, "check", "records", "--format", "json", "--select", "REC0")[1]) == [
        "REC004",
        "REC005",
    ]


def test_severity_fail_on_strict_and_exit_zero(
    capsys: pytest.CaptureFixture[str], broken: list[Path]
) -> None:
    Path(".provaudit.toml").write_text(
        "[rules.REC004]\nseverity = 'warning'\n[rules.REC005]\nseverity = 'info'\n"
    )
    code, out, _ = run(capsys, "check", "records", "--format", "json")
    severities = {f["code"]: f["severity"] for f in json.loads(out)["findings"]}
    assert severities == {"REC004": "warning", "REC005": "info"}
    assert code == 0
    assert run(capsys, "check", "records", "--strict")[0] == 1
    assert run(capsys, "check", "records", "--fail-on", "info")[0] == 1
    assert run(capsys, "check", "records", "--strict", "--exit-zero")[0] == 0
    Path(".provaudit.toml").write_text("fail-on = 'warning'\n[rules.REC004]\nseverity='warning'\n")
    assert run(capsys, "check", "records", "--select", "REC004")[0] == 1


def test_per_path_ignores(capsys: pytest.CaptureFixture[str], broken: list[Path]) -> None:
    Path(".provaudit.toml").write_text(
        f"[per-path-ignores]\n'records/{broken[1].name}' = ['REC005']\n'other/*' = ['REC']\n"
    )
    _code, out, _ = run(capsys, "check", "records", "--format", "json")
    doc = json.loads(out)
    assert _codes(out) == ["REC004"] and doc["summary"]["suppressed"] == 1


class _Counting(Rule):
    """Counts words (test rule).

    Why it matters:
        Tests.

    Fails:
        x

    Passes:
        y

    Options:
        limit: the limit
    """

    code = "TST001"
    name = "counting"
    summary = "test"
    options: ClassVar[dict[str, Option]] = {
        "limit": Option(int, 10, "most words"),
        "words": Option(tuple, (), "words"),
    }

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        yield Draft(f"limit={self.settings['limit']} words={self.settings['words']}", pointer="")


def test_rule_options_are_validated_and_reach_the_rule(
    monkeypatch: pytest.MonkeyPatch, broken: list[Path]
) -> None:
    rules: tuple[type[Rule], ...] = (*ALL_RULES, _Counting)

    def with_counting(packs: tuple[str, ...] = ()) -> tuple[type[Rule], ...]:
        return rules

    def counting_by_code(code: str, packs: tuple[str, ...] = ()) -> type[Rule] | None:
        return next((r for r in rules if r.code == code), None)

    monkeypatch.setattr(config, "every_rule", with_counting)
    monkeypatch.setattr(config, "rule_by_code", counting_by_code)
    monkeypatch.setattr(engine, "every_rule", with_counting)
    data: dict[str, Any] = {"rules": {"TST001": {"limit": 3, "words": ["a"]}}}
    conf = config.parse(data, "cfg")
    assert conf.rule_settings == {"TST001": {"limit": 3, "words": ("a",)}}
    options = CheckOptions(select=("TST",), rule_settings=conf.rule_settings, cache=False)
    messages = [f.message for f in Engine(options).run(["records"]).findings]
    assert messages[0] == "limit=3 words=('a',)"
    with pytest.raises(config.ConfigError, match=r"rules\.TST001\.limit must be of type int"):
        config.parse({"rules": {"TST001": {"limit": "3"}}}, "cfg")
    with pytest.raises(config.ConfigError, match=r"rules\.TST001\.limit must be of type int"):
        config.parse({"rules": {"TST001": {"limit": True}}}, "cfg")
    with pytest.raises(config.ConfigError, match=r"unknown option rules\.TST001\.limt"):
        config.parse({"rules": {"TST001": {"limt": 3}}}, "cfg")


def test_rule_packs_are_carried_relative_to_the_config(tmp_path: Path) -> None:
    Path(".provaudit.toml").write_text("rule-packs = ['packs/extra']\n")
    with pytest.raises(InputError, match="rule pack folder does not exist"):
        config.load()
    (tmp_path / "packs" / "extra").mkdir(parents=True)
    conf = config.load()
    assert conf.rule_packs == (str(Path("packs/extra")),)
    assert Path(conf.rule_packs[0]).resolve() == (tmp_path / "packs" / "extra").resolve()
