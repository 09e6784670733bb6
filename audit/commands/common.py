"""Options several subcommands share, defined once."""

from __future__ import annotations

import argparse

from audit.errors import InputError
from audit.parallel import default_jobs


def add_rule_packs(parser: argparse.ArgumentParser, verb: str = "load") -> None:
    """``--rule-pack DIR`` (repeatable): user YAML rule packs beside the shipped ones."""
    parser.add_argument(
        "--rule-pack",
        dest="rule_packs",
        action="append",
        default=[],
        metavar="DIR",
        help=f"also {verb} the YAML rule packs in DIR (repeatable)",
    )


def add_jobs(parser: argparse.ArgumentParser, work: str, items: str) -> None:
    """``--jobs N``: worker processes (default: the cores)."""
    parser.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        metavar="N",
        help=f"worker processes for {work} (default: the cores; used from 64 {items})",
    )


def positive_jobs(value: int) -> int:
    """``--jobs`` as given, refusing values below one."""
    if value < 1:
        raise InputError("--jobs", "must be at least 1")
    return value
