"""The several-articles section: comparison table and cross-source discrepancies.

The table comes from ``audit.compare`` (the `provaudit compare` API) when the package
has it; until then :func:`_fallback_table` builds a small one from the records. Swap
the fallback out by deleting it once ``audit.compare`` is always present.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from audit.findings import Finding
from audit.model import Evidence
from audit.report import explain

CONTEXT = 90  # characters of text shown either side of a compared span


def _compare_api() -> Callable[[list[dict[str, Any]]], pd.DataFrame] | None:
    api = getattr(importlib.import_module("audit"), "compare", None)
    if api is None:
        try:
            api = importlib.import_module("audit.compare")
        except ModuleNotFoundError as exc:
            if exc.name != "audit.compare":
                raise
            return None
    if not callable(api):  # a module audit.compare exposing compare()
        api = getattr(api, "compare", None)
    return api if callable(api) else None


def table(records: list[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """Column names and rows of text for the comparison table."""
    api = _compare_api()
    frame = api(records) if api is not None else _fallback_table(records)
    columns = [str(c) for c in frame.columns]
    rows = [[_cell(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    return columns, rows


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fallback_table(records: list[dict[str, Any]]) -> pd.DataFrame:
    rows = []
    for rec in records:
        attribution = rec["attribution"]
        caveats = Counter(c["kind"] for c in rec["caveats"])
        flags = Counter(f["category"] for f in rec["flags"] if f["status"] != "dismissed")
        rows.append(
            {
                "article": _short(rec["title"].get("value") or rec["id"]),
                "outlet": rec["outlet"].get("name") or "(not named)",
                "kind": rec["outlet"].get("kind", "unknown"),
                "date": rec["published"].get("date") or "no date stated",
                "byline": ", ".join(a["name"] for a in rec["byline"]),
                "republishes": (rec.get("republication") or {}).get("original_outlet", ""),
                "chain → origin": " → ".join(
                    [h["name"] for h in attribution["chain"]]
                    + ([f"origin: {attribution['origin']}"] if attribution.get("origin") else [])
                ),
                "caveats": ", ".join(f"{k} ×{n}" for k, n in sorted(caveats.items())),
                "quotes": len(rec["quotes"]),
                "figures": "; ".join(f["evidence"]["quote"] for f in rec["figures"][:5]),
                "flags": ", ".join(f"{k} ×{n}" for k, n in sorted(flags.items())),
            }
        )
    return pd.DataFrame(rows)


@dataclass(slots=True)
class Side:
    """One record's side of a discrepancy: the span with some text around it."""

    record_id: str
    anchor: str | None
    title: str
    before: str
    quote: str
    after: str
    note: str


@dataclass(slots=True)
class Discrepancy:
    finding: Finding
    why: str
    sides: list[Side]


def _side(
    record_id: str | None, evidence: Evidence | None, note: str, by_id: dict[str, Any]
) -> Side:
    found = by_id.get(record_id or "")
    rec, anchor = found if found else (None, None)
    title = str(rec["title"].get("value") or record_id) if rec else str(record_id)
    if rec is None or evidence is None or not evidence.holds_in(rec["text"]):
        return Side(str(record_id), anchor, title, "", "", "", note)
    text = rec["text"]
    start = max(0, evidence.start - CONTEXT)
    end = min(len(text), evidence.end + CONTEXT)
    return Side(
        str(record_id),
        anchor,
        title,
        ("…" if start else "") + text[start : evidence.start],
        evidence.quote,
        text[evidence.end : end] + ("…" if end < len(text) else ""),
        note,
    )


def discrepancies(findings: list[Finding], by_id: dict[str, Any]) -> list[Discrepancy]:
    """Cross-source findings (those naming other records) with every side's span."""
    out = []
    for f in findings:
        if not f.related:
            continue
        _, why = explain.rule_explanation(f.code)
        sides = [_side(f.record_id, f.evidence, "", by_id)] if f.record_id else []
        sides += [_side(r.record_id, r.evidence, r.note, by_id) for r in f.related]
        out.append(Discrepancy(f, why or "", sides))
    return sorted(out, key=lambda d: (-d.finding.severity.rank, d.finding.code))
