"""Test helpers for the claims analysers: a registry that works before outlets.yaml lands."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import yaml

from audit.analyse import outlets

FIXTURE = Path(__file__).parent / "data" / "outlets_fixture.yaml"
REPO = Path(__file__).resolve().parent.parent


def seeds_dir() -> Path | None:
    """../shared/seeds beside the repository (main checkout or a worktree one level down)."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "seeds" / "expected.json").is_file():
            return base / "shared" / "seeds"
    return None


def shipped_registry_present() -> bool:
    return (files("audit.lexicon") / "outlets.yaml").is_file()


def fixture_registry() -> outlets.Registry:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return outlets.Registry([outlets._outlet(e) for e in data["outlets"]])


def install_registry(monkeypatch: object) -> None:
    """Use the shipped registry when installed, else the test fixture."""
    if not shipped_registry_present():
        reg = fixture_registry()
        monkeypatch.setattr(outlets, "registry", lambda: reg)  # type: ignore[attr-defined]
