"""`provaudit explain CODE`: a rule's documentation, in words a trainer can read aloud."""

from __future__ import annotations

import argparse
import inspect
import sys

from audit.analyse.content import use_pack_dirs
from audit.commands.common import add_rule_packs
from audit.errors import InputError
from audit.rules import rule_by_code

NAME = "explain"
HELP = "print what a rule checks, why it matters, and examples"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", metavar="CODE", help="rule code, e.g. SPM001")
    add_rule_packs(parser, "search")


def document(code: str, dirs: tuple[str, ...] = ()) -> str:
    """The text `explain` prints for ``code``."""
    rule = rule_by_code(code, dirs)
    if rule is None:
        raise InputError(code, "no rule has this code (see `provaudit rules`)")
    doc = inspect.cleandoc(rule.__doc__ or rule.summary)
    head = f"{rule.code} {rule.name} ({rule.severity.value}"
    head += f", {rule.category})" if rule.category else ")"
    return f"{head}\n\n{doc}\n"


def run(args: argparse.Namespace) -> int:
    dirs = tuple(args.rule_packs)
    use_pack_dirs(dirs)
    sys.stdout.write(document(args.code, dirs))
    return 0
