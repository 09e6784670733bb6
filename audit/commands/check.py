"""`provaudit check`: validate records (schema, integrity, rules) in one process."""

from __future__ import annotations

import argparse
import sys

from audit.analyse.content import use_pack_dirs
from audit.engine import Engine
from audit.findings import Severity
from audit.options import CheckOptions
from audit.reporters import REPORTERS

NAME = "check"
HELP = "validate provenance records: schema, text hash, evidence spans, ids, rules"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rule-pack",
        dest="rule_packs",
        action="append",
        default=[],
        metavar="DIR",
        help="also load the YAML rule packs in DIR (repeatable)",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        default=["records"],
        metavar="PATH",
        help="record files or folders (default: records/)",
    )
    parser.add_argument(
        "--format", default="text", choices=sorted(REPORTERS), help="output format (default: text)"
    )
    parser.add_argument(
        "--fail-on",
        default="error",
        choices=[s.value for s in Severity],
        help="lowest severity that makes the run fail (default: error)",
    )
    parser.add_argument(
        "--select",
        default="",
        metavar="CODES",
        help="comma-separated rule codes or prefixes to run",
    )
    parser.add_argument(
        "--ignore",
        default="",
        metavar="CODES",
        help="comma-separated rule codes or prefixes to skip",
    )


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


def options_from(args: argparse.Namespace) -> CheckOptions:
    return CheckOptions(
        rule_packs=tuple(args.rule_packs),
        paths=tuple(args.paths),
        format=args.format,
        fail_on=Severity(args.fail_on),
        select=_codes(args.select),
        ignore=_codes(args.ignore),
    )


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
    use_pack_dirs(options.rule_packs)
    result = Engine(options).run(options.paths)
    exit_code = result.exit_code(options.fail_on)
    REPORTERS[options.format](exit_code).render(result, sys.stdout)
    return exit_code
