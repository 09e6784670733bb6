"""`provaudit compare`: records side by side for lateral reading, then their discrepancies."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from audit.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

NAME = "compare"
HELP = "compare records side by side (lateral reading) and list their discrepancies"
TABLES = ("all", "records", "discrepancies")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        default=["records"],
        metavar="PATH",
        help="record files or folders (default: records/)",
    )
    parser.add_argument(
        "--format",
        default="text",
        choices=sorted(FORMATS),
        help="text (side by side, default), csv, json or markdown",
    )
    parser.add_argument(
        "--table",
        default="all",
        choices=TABLES,
        help="which table to write (csv writes one; 'all' means records there)",
    )
    parser.add_argument(
        "--width", type=int, default=0, help="text width in columns (default: the terminal's)"
    )


def _text(
    records: pd.DataFrame, found: pd.DataFrame, args: argparse.Namespace, out: TextIO
) -> None:
    from audit.reporters.tables import discrepancy_lines, side_by_side

    width = args.width or shutil.get_terminal_size((120, 24)).columns
    if args.table in ("all", "records"):
        out.write(side_by_side(records.to_dict("records"), list(records.columns), width))
    if args.table == "all":
        out.write("\n")
    if args.table in ("all", "discrepancies"):
        out.write(discrepancy_lines(found.to_dict("records")))


def _csv(records: pd.DataFrame, found: pd.DataFrame, args: argparse.Namespace, out: TextIO) -> None:
    from audit.reporters.tables import csv_cell

    table = found if args.table == "discrepancies" else records
    table.map(csv_cell).to_csv(out, index=False, lineterminator="\n")


def _json(
    records: pd.DataFrame, found: pd.DataFrame, args: argparse.Namespace, out: TextIO
) -> None:
    doc = {}
    if args.table in ("all", "records"):
        doc["records"] = json.loads(records.to_json(orient="records", force_ascii=False))
    if args.table in ("all", "discrepancies"):
        doc["discrepancies"] = json.loads(found.to_json(orient="records", force_ascii=False))
    out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def _markdown(
    records: pd.DataFrame, found: pd.DataFrame, args: argparse.Namespace, out: TextIO
) -> None:
    from audit.reporters.tables import markdown

    if args.table in ("all", "records"):
        out.write(markdown(records.to_dict("records"), list(records.columns)))
    if args.table == "all":
        out.write("\n")
    if args.table in ("all", "discrepancies"):
        out.write(markdown(found.to_dict("records"), list(found.columns)))


Writer = Callable[["pd.DataFrame", "pd.DataFrame", argparse.Namespace, TextIO], None]
FORMATS: dict[str, Writer] = {"text": _text, "csv": _csv, "json": _json, "markdown": _markdown}


def run(args: argparse.Namespace) -> int:
    from audit.comparison import tables

    if args.width < 0:
        raise InputError("--width", "must be a positive number of columns (0: the terminal's)")
    records, found = tables(args.paths)
    invalid = records.attrs.get("schema_invalid") or []
    if invalid:
        sys.stderr.write(
            f"provaudit: {len(invalid)} record(s) fail the schema and are left out of the "
            f"discrepancies (run `provaudit check`): {', '.join(invalid[:5])}\n"
        )
    FORMATS[args.format](records, found, args, sys.stdout)
    return 0
