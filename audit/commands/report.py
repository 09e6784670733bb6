"""`provaudit report`: one self-contained HTML report of records or raw articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audit.commands.ingest import retrieved_time
from audit.errors import InputError
from audit.jsonio import write_atomic
from audit.options import DEFAULT_MAX_BYTES

NAME = "report"
HELP = "write one self-contained HTML report of records or articles (for trainers)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="record (.json), article (.txt, .html), URL, folder of either, or - for stdin",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="HTML file to write")
    parser.add_argument(
        "--no-check",
        action="store_true",
        help="leave out the findings of `provaudit check` (faster on large folders)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest input accepted (default: {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="connect and read timeout for URLs (default: 20)",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow URLs on loopback, private and link-local addresses (intranet use)",
    )


def run(args: argparse.Namespace) -> int:
    from audit.report import page, sources

    if args.max_bytes <= 0:
        raise InputError("--max-bytes", "must be a positive number of bytes")
    output = Path(args.output)
    if output.is_dir():
        raise InputError(str(output), "-o must name a file, not a folder")
    if not output.parent.is_dir():
        raise InputError(str(output), "the folder to write into does not exist")
    # The report itself is never read back as an article when written into a scanned folder.
    loaded = sources.load(
        args.paths,
        retrieved_time(None),
        args.max_bytes,
        args.timeout,
        skip=output,
        allow_private=args.allow_private,
    )
    if not loaded.records:  # nothing to report on: the first reason is the error
        raise loaded.refused[0]
    findings = [] if args.no_check else sources.check(loaded)
    write_atomic(output, page.render(loaded.records, findings, loaded.refused))
    sys.stderr.write(f"provaudit: wrote {output} ({len(loaded.records)} article(s))\n")
    for refused in loaded.refused:  # the report says so too; the run fails
        sys.stderr.write(f"provaudit: not in the report: {refused}\n")
    return 2 if loaded.refused else 0
