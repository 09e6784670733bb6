"""Lateral reading: several records side by side, and the discrepancies between them.

``compare(records)`` gives one row per record (outlet, kind, date, byline, republication,
chain and origin, caveats by kind, key quotes, key figures, content flags) as a pandas
DataFrame; ``discrepancies(records)`` gives the cross-source (XSC) findings as another.
pandas is imported here only, so `provaudit check` does not pay for it at start-up.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from audit.analyse.crosssource import infer_not_before
from audit.errors import InputError
from audit.findings import Finding
from audit.options import DEFAULT_MAX_BYTES
from audit.record import stated_time
from audit.recordfiles import discover, read_record
from audit.rules.base import CorpusRule, RecordContext
from audit.rules.cross import XSC_RULES
from audit.schema import violations

if TYPE_CHECKING:
    import pandas as pd

RECORD_COLUMNS = (
    "record",
    "title",
    "outlet",
    "kind",
    "date",
    "byline",
    "republication",
    "chain",
    "origin",
    "caveats",
    "key quotes",
    "key figures",
    "content flags",
    "discrepancies",
)
DISCREPANCY_COLUMNS = ("code", "name", "severity", "confidence", "record", "others", "message")
_KEY_QUOTES = 3
_KEY_FIGURES = 6
_QUOTE_CHARS = 120


@dataclass(frozen=True, slots=True)
class Loaded:
    path: str
    record: dict[str, Any]
    valid: bool


def load(
    sources: Iterable[str | os.PathLike[str]], max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Loaded]:
    """Read record files and folders; a file that is not a JSON object is an InputError."""
    out: list[Loaded] = []
    for path in discover([os.fspath(s) for s in sources]):
        if path != "-" and not path.lower().endswith(".json"):
            raise InputError(
                path, "not a record file (.json); make records of articles with `provaudit ingest`"
            )
        ctx = read_record(path, max_bytes)
        if ctx.parse_error is not None:
            raise InputError(path, f"not valid JSON: {ctx.parse_error}")
        if ctx.record is None:
            raise InputError(path, "not a provenance record (expected a JSON object)")
        out.append(Loaded(path, ctx.record, not list(violations(ctx.record))))
    return out


def _loaded(records: Iterable[Any]) -> list[Loaded]:
    # one path or record given alone, not in a list: "compare('records/')"
    single = isinstance(records, str | os.PathLike | Mapping)
    items = [records] if single else list(records)
    paths = [r for r in items if isinstance(r, str | os.PathLike)]
    out = load(paths) if paths else []
    for index, item in enumerate(items):
        if isinstance(item, Mapping):
            rec = dict(item)
            out.append(
                Loaded(str(rec.get("id") or f"record-{index}"), rec, not list(violations(rec)))
            )
        elif not isinstance(item, str | os.PathLike):
            raise InputError(repr(item)[:60], "not a record, file or folder")
    return out


def cross_findings(records: Iterable[Any]) -> list[Finding]:
    """The XSC findings of records (dicts, files or folders) checked together."""
    loaded = [item for item in _loaded(records) if item.valid]
    findings: list[Finding] = []
    for rule_class in XSC_RULES:
        rule = rule_class()
        assert isinstance(rule, CorpusRule)
        contexts = [RecordContext(i.path, "", data=i.record, schema_valid=True) for i in loaded]
        for draft in rule.finish([rule.collect(ctx) for ctx in contexts]):
            findings.append(
                Finding(
                    code=rule.code,
                    name=rule.name,
                    severity=rule.severity,
                    confidence=draft.confidence or rule.confidence,
                    message=draft.message,
                    path=draft.path,
                    record_id=draft.record_id,
                    pointer=draft.pointer,
                    evidence=draft.evidence,
                    related=draft.related,
                )
            )
    findings.sort(key=lambda f: (-f.severity.rank, f.code, f.record_id or ""))
    return findings


def _get(node: Any, *keys: str) -> Any:
    for key in keys:
        node = node.get(key) if isinstance(node, Mapping) else None
    return node


def _items(node: Any) -> list[Mapping[str, Any]]:
    return [x for x in node if isinstance(x, Mapping)] if isinstance(node, list) else []


def _short(text: str, limit: int = _QUOTE_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _date(rec: Mapping[str, Any], inferred: str | None = None) -> str:
    date, not_before = _get(rec, "published", "date"), _get(rec, "published", "not_before")
    if date:
        time = stated_time(rec["published"])
        return f"{date} {time}" if time else str(date)
    if inferred and (not not_before or inferred > str(not_before)):
        own = f"; its own text: {not_before}" if not_before else ""
        return f"undated (not before {inferred}, from the other records (XSC031){own})"
    return f"undated (not before {not_before})" if not_before else "undated"


def row(
    rec: Mapping[str, Any], discrepancy_count: int = 0, not_before: str | None = None
) -> dict[str, Any]:
    """One comparison row for a record; ``not_before``: a bound inferred across records."""
    chain = _items(_get(rec, "attribution", "chain"))
    caveats = Counter(str(c.get("kind")) for c in _items(rec.get("caveats")))
    quotes = [q for q in _items(rec.get("quotes")) if q.get("speaker")][:_KEY_QUOTES]
    flags = Counter(
        f"{f.get('kind')} ({f.get('category')})"
        for f in _items(rec.get("flags"))
        if f.get("status") != "dismissed"
    )
    return {
        "record": str(rec.get("id") or ""),
        "title": _short(_get(rec, "title", "value") or ""),
        "outlet": _get(rec, "outlet", "name") or "not identified",
        "kind": _get(rec, "outlet", "kind") or "unknown",
        "date": _date(rec, not_before),
        "byline": ", ".join(str(b.get("name")) for b in _items(rec.get("byline"))),
        "republication": _get(rec, "republication", "original_outlet") or "",
        "chain": " → ".join(f"{h.get('name')} ({h.get('relation')})" for h in chain),
        "origin": _get(rec, "attribution", "origin") or "none reached",
        "caveats": "; ".join(f"{k} ×{n}" if n > 1 else k for k, n in sorted(caveats.items())),
        "key quotes": "\n".join(f"{q['speaker']}: “{_short(q.get('text', ''))}”" for q in quotes),
        "key figures": "; ".join(
            str(_get(f, "evidence", "quote") or f.get("value"))
            for f in _items(rec.get("figures"))[:_KEY_FIGURES]
        ),
        "content flags": "; ".join(f"{k} ×{n}" if n > 1 else k for k, n in sorted(flags.items())),
        "discrepancies": discrepancy_count,
    }


def _tables(
    records: Iterable[Any],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    loaded = _loaded(records)
    valid = [i.record for i in loaded if i.valid]
    findings = cross_findings(valid)
    involved: Counter[str] = Counter()
    found_rows = []
    for f in findings:
        others = sorted({r.record_id for r in f.related} - {f.record_id or ""})
        if f.severity.rank >= 2:
            involved.update({f.record_id or "", *others})
        found_rows.append(
            {
                "code": f.code,
                "name": f.name,
                "severity": f.severity.value,
                "confidence": f.confidence.value,
                "record": f.record_id,
                "others": ", ".join(others),
                "message": f.message,
            }
        )
    bounds = {rid: found.date.isoformat() for rid, found in infer_not_before(valid).items()}
    rows = [
        row(i.record, involved[str(i.record.get("id"))], bounds.get(str(i.record.get("id"))))
        for i in loaded
    ]
    return rows, found_rows, [i.path for i in loaded if not i.valid]


def compare(records: Iterable[Any]) -> pd.DataFrame:
    """One row per record for lateral reading (records: dicts, record files or folders).

    Records that fail the schema still get a row but take no part in the discrepancies;
    their paths are listed in ``table.attrs["schema_invalid"]``.
    """
    import pandas as pd

    rows, _, invalid = _tables(records)
    table = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    table.attrs["schema_invalid"] = invalid
    return table


def discrepancies(records: Iterable[Any]) -> pd.DataFrame:
    """The cross-source findings between records, one row per finding."""
    import pandas as pd

    _, found, _ = _tables(records)
    return pd.DataFrame(found, columns=list(DISCREPANCY_COLUMNS))


def tables(records: Iterable[Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both tables from one pass: (records, discrepancies)."""
    import pandas as pd

    rows, found, invalid = _tables(records)
    table = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    table.attrs["schema_invalid"] = invalid
    return table, pd.DataFrame(found, columns=list(DISCREPANCY_COLUMNS))
