"""Each top-level module imports on its own, first, in a fresh interpreter: no import cycle
hides behind the order in which the command line happens to load them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "audit"
MODULES = sorted(
    f"audit.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")
)


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_alone(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
