"""provaudit: source-reliability and provenance auditor for news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # typed for callers; imported lazily at run time (pandas is heavy)
    from audit.comparison import compare as compare
    from audit.comparison import discrepancies as discrepancies


def __getattr__(name: str) -> Any:
    """Lazy public API: `audit.compare(records)` and `audit.discrepancies(records)` return
    pandas DataFrames; pandas is imported only when they are first used."""
    if name in ("compare", "discrepancies"):
        from audit import comparison

        return getattr(comparison, name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
