"""`provaudit stamp`: write the detection stamp into records whose flags are current.

Ingest stamps every record it writes. A record made before stamps existed, or whose
detectors have since changed (a new provaudit, other rule packs), has no current stamp and
``check`` runs the content detectors on it again (RES099). This command runs them once and,
where they find exactly the flags the record lists, writes the stamp so later checks skip
them. It changes no other value in a record (the review stays as it is; the file is
rewritten in ingest's layout) and names every file it writes. A record whose flags differ
from what the detectors find is left alone: review it first (``check`` reports what is
missing as RES099).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

from audit.analyse.content import current_version, detect, use_pack_dirs
from audit.analyse.content.stamp import listed_keys, stamp
from audit.commands.common import add_rule_packs
from audit.errors import InputError
from audit.jsonio import JsonSyntaxError, dumps, loads_strict, write_atomic
from audit.options import DEFAULT_MAX_BYTES
from audit.recordfiles import discover, read_bytes

NAME = "stamp"
HELP = "write the detection stamp into records whose flags match the detectors"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", default=["records"], metavar="PATH", help="records (default: records/)"
    )
    add_rule_packs(parser, "detect with")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a record's stamp is missing or out of date",
    )


def _read(path: str) -> dict[str, Any]:
    raw = read_bytes(path, DEFAULT_MAX_BYTES)  # InputError when missing or too large
    try:
        data = loads_strict(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, JsonSyntaxError) as exc:
        raise InputError(path, f"cannot read record ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError(path, "not a provenance record (no text)")
    if not isinstance(data.get("flags"), list):
        raise InputError(path, "not a provenance record (no flags list)")
    return data


def _with_stamp(record: dict[str, Any], detection: dict[str, str]) -> dict[str, Any]:
    """``record`` with ``detection`` set, placed right after ``flags`` as ingest places it."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key != "detection":
            out[key] = value
        if key == "flags":
            out["detection"] = detection
    return out


def _verdict(path: str, version: str) -> tuple[str, dict[str, Any] | None]:
    """What to say about one record, and the record to write (None: nothing to write)."""
    record = _read(path)
    text: str = record["text"]
    detected = {flag.key for flag in detect(text)}
    listed = set(listed_keys(record))
    if not detected <= listed:
        return f"not stamped: {len(detected - listed)} detected flag(s) not listed (RES099)", None
    if listed != detected:
        extra = len(listed - detected)
        return f"not stamped: {extra} listed flag(s) the detectors do not find", None
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    detection = stamp(version, sha256, detected)
    if record.get("detection") == detection:
        return "current", None
    return "stamped", _with_stamp(record, detection)


def run(args: argparse.Namespace) -> int:
    use_pack_dirs(tuple(args.rule_packs))
    version = current_version()
    counts = {"stamped": 0, "current": 0, "out of date": 0, "not stamped": 0, "unreadable": 0}
    for path in discover(args.paths):
        if path == "-":
            raise InputError("-", "stamp writes record files; standard input cannot be stamped")
        try:
            verdict, record = _verdict(path, version)
        except InputError as exc:  # say so and go on with the other records
            sys.stderr.write(f"provaudit: {exc}\n")
            counts["unreadable"] += 1
            continue
        outcome = verdict.split(":")[0]
        if record is not None and args.check:
            outcome, verdict = "out of date", "stamp missing or out of date"
        elif record is not None:
            write_atomic(Path(path), dumps(record))
        counts[outcome] += 1
        if verdict != "current":
            sys.stdout.write(f"{path}: {verdict}\n")
    summary = ", ".join(f"{n} {name}" for name, n in counts.items() if n or name == "current")
    sys.stdout.write(f"{summary} (detectors {version})\n")
    if counts["unreadable"]:
        return 2
    return 1 if counts["not stamped"] or counts["out of date"] else 0
