"""Shared helpers for the CI-integration tests (records in a temporary folder, CLI runs)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from audit.cli import main

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO / "records"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def copy_records(root: Path) -> list[Path]:
    """Copy the bundled records to ``root/records``; return the copies in name order."""
    folder = root / "records"
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted(RECORDS.glob("*.json")):
        shutil.copy(source, folder / source.name)
    return sorted(folder.glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def save(path: Path, data: dict[str, Any], indent: int = 2) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")


def break_title_evidence(path: Path) -> None:
    """Make /title/evidence quote the wrong words (REC004)."""
    data = load(path)
    data["title"]["evidence"]["quote"] = "WRONG " + data["title"]["evidence"]["quote"]
    save(path, data)


def break_id(path: Path) -> None:
    """Give the record an id that is not its file name (REC005)."""
    data = load(path)
    data["id"] = data["id"] + "-renamed"
    save(path, data)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
