"""`provaudit rules`: list every rule with its code, name, category and default severity."""

from __future__ import annotations

import argparse
import json
import sys

from audit.analyse.content import use_pack_dirs
from audit.commands.common import add_rule_packs
from audit.rules import every_rule

NAME = "rules"
HELP = "list every rule (Python rules and YAML rule packs)"


def configure(parser: argparse.ArgumentParser) -> None:
    add_rule_packs(parser, "list")
    parser.add_argument("--json", action="store_true", help="print a JSON array")


def run(args: argparse.Namespace) -> int:
    dirs = tuple(args.rule_packs)
    use_pack_dirs(dirs)
    rows = [
        {
            "code": rule.code,
            "name": rule.name,
            "category": rule.category or "-",
            "severity": rule.severity.value,
            "summary": rule.summary,
        }
        for rule in sorted(every_rule(dirs), key=lambda r: r.code)
    ]
    if args.json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    sys.stdout.write(_table(rows))
    return 0


def _table(rows: list[dict[str, str]]) -> str:
    """Rows as aligned columns under a header line, each column as wide as its widest cell."""
    columns = ("code", "name", "category", "severity")
    header = {column: column.upper() for column in (*columns, "summary")}
    widths = {c: max(len(row[c]) for row in (header, *rows)) for c in columns}
    lines = [
        "  ".join(row[c].ljust(widths[c]) for c in columns) + "  " + row["summary"]
        for row in (header, *rows)
    ]
    return "\n".join(lines) + "\n"
