"""Command line: parse arguments, run one subcommand, map the outcome to an exit code."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from enum import IntEnum
from types import ModuleType

from audit import __version__
from audit.commands import check, compare, explain, ingest, report, rules, stamp
from audit.errors import InputError

COMMANDS: tuple[ModuleType, ...] = (ingest, check, compare, report, rules, explain, stamp)


class ExitStatus(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    USAGE = 2
    INTERNAL = 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"provaudit: {message}\n")
        raise SystemExit(ExitStatus.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="provaudit", description="Source-reliability and provenance auditor for news articles."
    )
    parser.add_argument("--version", action="version", version=f"provaudit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for command in COMMANDS:
        command.configure(sub.add_parser(command.NAME, help=command.HELP, description=command.HELP))
    return parser


def _take_intermixed_positionals(
    parser: argparse.ArgumentParser,
    module: ModuleType,
    args: argparse.Namespace,
    extra: list[str],
) -> None:
    """Accept positionals after options (`check records --format json more.json`).

    argparse stops filling a ``nargs`` positional once an option follows it; a command
    names the attribute that collects the rest in its ``POSITIONALS``.
    """
    if not extra:
        return
    field = getattr(module, "POSITIONALS", None)
    unknown = [item for item in extra if item.startswith("-") and item != "-"]
    if field is None or unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown or extra)}")
    setattr(args, field, [*(getattr(args, field) or []), *extra])


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    module = next(c for c in COMMANDS if args.command == c.NAME)
    _take_intermixed_positionals(parser, module, args, extra)
    try:
        return int(module.run(args))
    except InputError as err:
        sys.stderr.write(f"provaudit: {err}\n")
        return ExitStatus.USAGE
    except KeyboardInterrupt:
        sys.stderr.write("provaudit: interrupted\n")
        return 130
    except BrokenPipeError:
        return ExitStatus.CLEAN
    except Exception as exc:  # the last line of defence: never a bare traceback
        if os.environ.get("PROVAUDIT_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(
            f"provaudit: internal error: {type(exc).__name__}: {exc} "
            "(set PROVAUDIT_DEBUG=1 for the traceback)\n"
        )
        return ExitStatus.INTERNAL
