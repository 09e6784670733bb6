"""`provaudit ingest`: turn articles (text, HTML, URL, folder, stdin) into records."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit import distributed
from audit.commands.common import add_jobs, add_rule_packs, positive_jobs
from audit.errors import InputError
from audit.options import DEFAULT_MAX_BYTES, IngestOptions
from audit.parallel import ordered_map
from audit.progress import Progress

if TYPE_CHECKING:  # heavy modules load when the command runs, not at start-up
    from audit.ingest.fetch import FetchLimits

NAME = "ingest"
HELP = "read articles and write provenance records"


def configure(parser: argparse.ArgumentParser) -> None:
    add_rule_packs(parser)
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
    add_jobs(parser, "reading and analysis", "sources")
    distributed.add_arguments(parser)
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow URLs on loopback, private and link-local addresses (intranet use)",
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
    positive_jobs(args.jobs)
    if args.max_bytes <= 0:
        raise InputError("--max-bytes", "must be a positive number of bytes")
    engine, scheduler = distributed.engine_of(args)
    return IngestOptions(
        engine=engine,
        scheduler=scheduler,
        rule_packs=tuple(args.rule_packs),
        sources=tuple(args.sources),
        out=args.out,
        print_only=args.print_only,
        force=args.force,
        retrieved=args.retrieved,
        max_bytes=args.max_bytes,
        timeout=args.timeout,
        allow_private=args.allow_private,
        jobs=args.jobs,
    )


_SETTINGS: tuple[str, FetchLimits] | None = None


def _start_worker(retrieved: str, limits: FetchLimits) -> None:
    global _SETTINGS
    _SETTINGS = (retrieved, limits)


def _record_of(source: str) -> dict[str, Any] | InputError:
    """Read, extract and analyse one source (in a worker process when --jobs > 1).

    A bad source comes back as its InputError, so the other sources still go through.
    """
    assert _SETTINGS is not None
    try:
        return record_from(source, *_SETTINGS)
    except InputError as err:
        return err


def record_from(source: str, retrieved: str, limits: FetchLimits) -> dict[str, Any]:
    """The record of one source: read, extract, analyse."""
    from audit import ingest
    from audit.analyse import analyse
    from audit.record import build

    article = ingest.load(source, retrieved, limits)
    return build(article, analyse(article))


def run(args: argparse.Namespace) -> int:
    from audit import ingest
    from audit.analyse.content import current_version, use_pack_dirs
    from audit.ingest.fetch import FetchLimits
    from audit.record import place, serialise

    options = options_from(args)
    use_pack_dirs(options.rule_packs)
    current_version()  # the detectors' version for the stamps, once, before workers fork
    retrieved = retrieved_time(options.retrieved)
    sources = list(ingest.expand(options.sources))
    folder = Path(options.out) if options.out else None
    if folder is not None and folder.exists() and not folder.is_dir():
        raise InputError(str(folder), "--out must be a folder")
    limits = FetchLimits(
        max_bytes=options.max_bytes,
        connect_timeout=options.timeout,
        read_timeout=options.timeout,
        allow_private=options.allow_private,
    )
    jobs = 1 if "-" in sources else options.jobs
    records: Iterable[dict[str, Any] | InputError]
    if options.engine == "dask" and "-" not in sources:
        records = distributed.ingest_map(
            sources,
            retrieved,
            limits,
            options.rule_packs,
            scheduler=options.scheduler,
            workers=options.jobs,
        )
    else:
        records = ordered_map(
            _record_of,
            sources,
            jobs=jobs,
            initializer=_start_worker,
            initargs=(retrieved, limits),
            # pages cost from milliseconds to seconds: small chunks, many in flight, so one
            # slow page does not hold up the hand-out of new ones
            chunk=4,
            window=12,
        )
    failed = 0
    with Progress(len(sources), "ingest") as progress:
        for record in records:
            progress.advance()
            try:
                if isinstance(record, InputError):
                    raise record
                if folder is None:
                    sys.stdout.write(serialise(record))
                else:
                    path = place(record, folder, force=options.force)
                    progress.log(f"wrote {path}")
            except InputError as err:
                failed += 1
                progress.log(f"provaudit: {err}", always=True)
    if failed and len(sources) > 1:
        sys.stderr.write(f"provaudit: {failed} of {len(sources)} source(s) failed\n")
    return 2 if failed else 0
