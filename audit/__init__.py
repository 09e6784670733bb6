"""provaudit: source-reliability and provenance auditor for news articles."""

from __future__ import annotations

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """Lazy public API: `audit.compare(records)` and `audit.discrepancies(records)` return
    pandas DataFrames; pandas is imported only when they are first used."""
    if name in ("compare", "discrepancies"):
        from audit import comparison

        return getattr(comparison, name)
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
