"""`provaudit check`: validate records (schema, integrity, rules) in one process."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace

from audit import config, distributed
from audit.analyse.content import use_pack_dirs
from audit.commands.common import add_jobs, add_rule_packs, positive_jobs
from audit.engine import CheckResult, Engine
from audit.errors import InputError
from audit.findings import Severity
from audit.heap import frozen_heap
from audit.options import DEFAULT_MAX_BYTES, CheckOptions
from audit.reporters import REPORTERS
from audit.suppress import write_baseline

NAME = "check"
POSITIONALS = "paths"
HELP = "validate provenance records: schema, text hash, evidence spans, ids, rules"


def configure(parser: argparse.ArgumentParser) -> None:
    add_rule_packs(parser)
    parser.add_argument(
        "paths",
        nargs="*",
        default=None,
        metavar="PATH",
        help="record files or folders (default: records/)",
    )
    add_jobs(parser, "per-record checks", "files")
    distributed.add_arguments(parser)
    parser.add_argument(
        "--format",
        default="auto",
        choices=sorted(REPORTERS),
        help="output format (default: auto = github under GitHub Actions, else text)",
    )
    parser.add_argument(
        "--fail-on",
        default=None,
        choices=[s.value for s in Severity],
        help="lowest severity that makes the run fail (default: error)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on warnings too (= --fail-on warning)"
    )
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when findings fail the run"
    )
    parser.add_argument(
        "--select",
        default=None,
        metavar="CODES",
        help="comma-separated rule codes or prefixes to run (replaces the configured list)",
    )
    parser.add_argument(
        "--ignore",
        default="",
        metavar="CODES",
        help="comma-separated rule codes or prefixes to skip (added to the configured list)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: .provaudit.toml or pyproject.toml, searched upwards)",
    )
    parser.add_argument(
        "--baseline", metavar="FILE", help="accept the findings listed in this baseline file"
    )
    parser.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="write every current finding to FILE as the new baseline and exit 0",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="do not read or write .provaudit-cache/"
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest record file read; a larger one is a REC001 finding "
        f"(default: {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--articles",
        action="store_true",
        help="PATHs are articles (text, HTML, folders): ingest each in memory and check "
        "the record it gives",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="with --articles: allow URLs on loopback, private and link-local addresses",
    )


def _codes(value: str, where: str, packs: tuple[str, ...]) -> tuple[str, ...]:
    return config.check_codes(value.split(","), where, packs)


def options_from(args: argparse.Namespace) -> CheckOptions:
    if args.max_bytes <= 0:
        raise InputError("--max-bytes", "must be a positive number of bytes")
    conf = config.load(args.config)
    packs = (*conf.rule_packs, *(args.rule_packs or ()))
    select = conf.select or ()
    if args.select is not None:
        select = _codes(args.select, "--select", packs)
    fail_on = Severity(args.fail_on) if args.fail_on else conf.fail_on or Severity.ERROR
    if args.strict and fail_on.rank > Severity.WARNING.rank:
        fail_on = Severity.WARNING
    root = os.path.dirname(conf.path) if conf.path else "."
    engine, scheduler = distributed.engine_of(args)
    paths = tuple(args.paths or ["records"])
    remote = any(distributed.is_remote(p) for p in paths)
    return CheckOptions(
        engine=engine,
        scheduler=scheduler,
        paths=paths,
        format=args.format,
        fail_on=fail_on,
        select=select,
        ignore=conf.ignore + _codes(args.ignore, "--ignore", packs),
        severity=conf.severity,
        rule_settings=conf.rule_settings,
        per_path_ignores=conf.per_path_ignores,
        rule_packs=packs,
        baseline=args.baseline or conf.baseline,
        write_baseline=args.write_baseline,
        exit_zero=args.exit_zero,
        cache=conf.cache and not args.no_cache and not remote,
        jobs=positive_jobs(args.jobs),
        root=root or ".",
        max_bytes=args.max_bytes,
    )


def _article_loader(max_bytes: int, allow_private: bool = False) -> Callable[[str], bytes]:
    """Bytes of the record each article source gives (nothing is written)."""
    from audit import ingest
    from audit.analyse import analyse
    from audit.commands.ingest import retrieved_time
    from audit.ingest.fetch import FetchLimits
    from audit.record import build, serialise

    retrieved = retrieved_time(None)
    limits = FetchLimits(max_bytes=max_bytes, allow_private=allow_private)

    def load(source: str) -> bytes:
        article = ingest.load(source, retrieved, limits)
        return serialise(build(article, analyse(article))).encode("utf-8")

    return load


def _check_articles(options: CheckOptions, allow_private: bool) -> CheckResult:
    """Check articles: a record is built per source; ids are generated, so REC005 is off."""
    from audit import ingest

    options = replace(options, ignore=(*options.ignore, "REC005"), cache=False)
    sources = list(ingest.expand(options.paths))
    result = Engine(options).run(sources, load=_article_loader(options.max_bytes, allow_private))
    # Lines and columns would point into the in-memory record, not the article file.
    result.findings = [
        replace(f, line=None, column=None, end_line=None, end_column=None) for f in result.findings
    ]
    return result


def run(args: argparse.Namespace) -> int:
    with frozen_heap():  # through the report too: it reads every kept finding back
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    options = options_from(args)
    use_pack_dirs(options.rule_packs)
    result = (
        _check_articles(options, args.allow_private)
        if args.articles
        else Engine(options).run(options.paths)
    )
    if options.write_baseline:
        count = write_baseline(options.write_baseline, result.findings)
        sys.stderr.write(f"provaudit: wrote {count} finding(s) to {options.write_baseline}\n")
        return 0
    exit_code = 0 if options.exit_zero else result.exit_code(options.fail_on)
    REPORTERS[options.format](exit_code, options.fail_on).render(result, sys.stdout)
    return exit_code
