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
    for row in rows:
        sys.stdout.write(
            f"{row['code']}  {row['name']:<24} {row['category']:<12} {row['severity']:<8}"
            f" {row['summary']}\n"
        )
    return 0
