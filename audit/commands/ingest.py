"""`provaudit ingest`: turn articles (text, HTML, URL, folder, stdin) into records."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from audit import ingest
from audit.analyse import analyse
from audit.analyse.content import use_pack_dirs
from audit.errors import InputError
from audit.options import DEFAULT_MAX_BYTES, IngestOptions
from audit.progress import Progress
from audit.record import build, place, serialise

NAME = "ingest"
HELP = "read articles and write provenance records"


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
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="text or HTML file, URL, folder of articles, or - for stdin",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="DIR", help="write DIR/<id>.json for each source")
    where.add_argument(
        "--print",
        dest="print_only",
        action="store_true",
        help="print the record(s) to stdout instead of writing files",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite records even when they are marked reviewed"
    )
    parser.add_argument(
        "--retrieved",
        metavar="RFC3339",
        help="pin the retrieval time (default: SOURCE_DATE_EPOCH or now)",
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


def retrieved_time(pinned: str | None) -> str:
    """RFC 3339 retrieval time: --retrieved, then SOURCE_DATE_EPOCH, then now (UTC)."""
    if pinned:
        try:
            moment = datetime.fromisoformat(pinned.replace("Z", "+00:00"))
        except ValueError:
            raise InputError("--retrieved", f"{pinned!r} is not an RFC 3339 time") from None
        if moment.tzinfo is None:
            raise InputError("--retrieved", f"{pinned!r} has no time zone")
        return moment.isoformat().replace("+00:00", "Z")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            moment = datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError):
            raise InputError("SOURCE_DATE_EPOCH", f"{epoch!r} is not a Unix time") from None
    else:
        moment = datetime.now(tz=UTC).replace(microsecond=0)
    return moment.isoformat().replace("+00:00", "Z")


def options_from(args: argparse.Namespace) -> IngestOptions:
    if args.max_bytes <= 0:
        raise InputError("--max-bytes", "must be a positive number of bytes")
    return IngestOptions(
        rule_packs=tuple(args.rule_packs),
        sources=tuple(args.sources),
        out=args.out,
        print_only=args.print_only,
        force=args.force,
        retrieved=args.retrieved,
        max_bytes=args.max_bytes,
        timeout=args.timeout,
    )


def run(args: argparse.Namespace) -> int:
    options = options_from(args)
    use_pack_dirs(options.rule_packs)
    retrieved = retrieved_time(options.retrieved)
    sources = list(ingest.expand(options.sources))
    folder = Path(options.out) if options.out else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise InputError(str(folder), "--out must be a folder")
    with Progress(len(sources), "ingest") as progress:
        for source in sources:
            article = ingest.load(source, retrieved, options.max_bytes, options.timeout)
            record = build(article, analyse(article))
            if folder is None:
                sys.stdout.write(serialise(record))
            else:
                path = place(record, folder, force=options.force)
                progress.log(f"wrote {path}")
            progress.advance()
    return 0
