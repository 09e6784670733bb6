"""CPython's private ``re`` modules (parser, constants, compiler, case tables), if present.

Reading a pattern's structure through them avoids re-implementing its syntax. They are
private, so each is guarded: where one is missing, its users leave patterns as they are
(nothing is gated or cut, every pattern simply runs whole).
"""

from __future__ import annotations

import importlib
from typing import Any


def private(name: str) -> Any:
    """The module ``re.<name>``, or None where this Python does not ship it."""
    try:
        return importlib.import_module(f"re.{name}")
    except ImportError:  # pragma: no cover - CPython >= 3.11 ships these
        return None
