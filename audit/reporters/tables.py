"""Rendering comparison tables: terminal, Markdown, and CSV cells made safe.

Terminal and Markdown text has control characters (escape sequences included) and bidi
overrides removed; CSV cells that a spreadsheet would run as a formula get a leading `'`.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA = ("=", "+", "-", "@", "\t")


def clean(value: Any) -> str:
    """Text safe for a terminal: no control characters except newlines."""
    return _CONTROL.sub("", "" if value is None else str(value))


def csv_cell(value: Any) -> Any:
    """Neutralise a CSV cell a spreadsheet would evaluate (=, +, -, @ at the start)."""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value)
    return "'" + value if value.startswith(_FORMULA) else value


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for part in clean(text).split("\n"):
        lines.extend(textwrap.wrap(part, width) or [""])
    return lines


def side_by_side(rows: Sequence[Mapping[Any, Any]], columns: Sequence[str], width: int) -> str:
    """Fields down the side, one column per record, cells wrapped to fit ``width``."""
    if not rows:
        return "no records\n"
    label = max(len(c) for c in columns[1:]) + 2
    per = max(18, (width - label) // len(rows) - 3)
    header = [clean(r[columns[0]]) for r in rows]
    out: list[str] = []

    def emit(name: str, cells: list[list[str]]) -> None:
        height = max(len(c) for c in cells)
        for i in range(height):
            left = name if i == 0 else ""
            parts = [(c[i] if i < len(c) else "").ljust(per) for c in cells]
            out.append((left.ljust(label) + " │ ".join(parts)).rstrip())

    emit("", [_wrap(h, per) for h in header])
    out.append("─" * min(width, label + (per + 3) * len(rows)))
    for column in columns[1:]:
        emit(column, [_wrap(str(r[column]), per) for r in rows])
    return "\n".join(out) + "\n"


def discrepancy_lines(rows: Sequence[Mapping[Any, Any]]) -> str:
    if not rows:
        return "discrepancies: none found\n"
    out = [f"discrepancies ({len(rows)}):"]
    for r in rows:
        others = f" (with {r['others']})" if r["others"] else ""
        out.append(f"- {r['code']} {r['severity']}: {clean(r['record'])}{clean(others)}")
        out.append(textwrap.indent(textwrap.fill(clean(r["message"]), 96), "    "))
    return "\n".join(out) + "\n"


def markdown(rows: Sequence[Mapping[Any, Any]], columns: Sequence[str]) -> str:
    """A GitHub-flavoured Markdown table (pipes escaped, line breaks as <br>)."""

    def cell(value: Any) -> str:
        text = clean(value).replace("\\", "\\\\").replace("|", "\\|")
        return text.replace("<", "&lt;").replace("\n", "<br>")

    lines = ["| " + " | ".join(columns) + " |", "| " + " | ".join("---" for _ in columns) + " |"]
    lines.extend("| " + " | ".join(cell(r[c]) for c in columns) + " |" for r in rows)
    return "\n".join(lines) + "\n"
