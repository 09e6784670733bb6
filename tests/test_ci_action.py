"""The composite GitHub Action: well-formed, injection-safe, and its script really works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft4Validator

from tests.ci_support import REPO, SARIF_SCHEMA, break_title_evidence, copy_records


def _action() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    return data


def test_action_is_a_composite_with_safe_run_steps() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    for step in action["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], "inputs must reach scripts through env"
    for name in ("paths", "args", "sarif-file"):
        assert name in action["inputs"]


def _run_check_step(tmp_path: Path, args: str) -> tuple[int, str, dict[str, str]]:
    step = next(s for s in _action()["runs"]["steps"] if s.get("id") == "check")
    output = tmp_path / "github_output"
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        GITHUB_OUTPUT=str(output),
        GITHUB_ACTIONS="true",
        PROVAUDIT_PATHS="records",
        PROVAUDIT_ARGS=args,
        PROVAUDIT_SARIF="out.sarif",
        PROVAUDIT_ANNOTATE="true",
    )
    done = subprocess.run(
        ["bash", "-c", step["run"]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return done.returncode, done.stdout, outputs


def test_check_step_writes_sarif_and_annotations(tmp_path: Path) -> None:
    paths = copy_records(tmp_path)
    break_title_evidence(paths[0])
    code, stdout, outputs = _run_check_step(tmp_path, "--select REC --ignore REC101")
    assert code == 1 and outputs["exit-code"] == "1"
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert not list(Draft4Validator(schema).iter_errors(sarif))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["REC004"]
    assert stdout.startswith(f"::error file=records/{paths[0].name},line=")
    assert _run_check_step(tmp_path, "--exit-zero")[0] == 0
