"""Result cache for `check`: re-checking an unchanged folder skips parsing and rules.

One JSON file per rule-set version under ``.provaudit-cache/``: the version hashes the
tool version, the package's code and data (rules, lexicons, engine), the selected rules
(code, name, module source), the record schema, rule packs and every option that changes
findings, so any change starts a fresh file. An entry
is keyed on the record file's path and SHA-256 and holds its per-record findings (already
located), what suppression needs, and each corpus rule's ``collect`` output, so
cross-source rules still see every record. JSON only (no pickle: a cache folder is data a
pull request could plant); outputs JSON cannot hold are recomputed. Writes are atomic.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from audit import __version__
from audit.jsonio import write_atomic
from audit.model import Evidence
from audit.rules.base import Rule
from audit.schema import RECORD_SCHEMA, load_schema

FOLDER = ".provaudit-cache"
FORMAT = 1


class Unencodable(TypeError):
    """A value the cache cannot store faithfully as JSON."""


def encode(value: Any) -> Any:
    """JSON-able form that keeps tuples, sets, non-string keys and Evidence."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise Unencodable("non-finite float")
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"__t": [encode(v) for v in value]}
    if isinstance(value, frozenset | set):
        tag = "__fs" if isinstance(value, frozenset) else "__s"
        return {tag: [encode(v) for v in value]}
    if isinstance(value, dict):
        return {"__d": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, Evidence):
        return {"__ev": [value.start, value.end, value.quote]}
    raise Unencodable(type(value).__name__)


def decode(value: Any) -> Any:
    """Inverse of :func:`encode`."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    ((tag, body),) = value.items()
    if tag == "__t":
        return tuple(decode(v) for v in body)
    if tag == "__fs":
        return frozenset(decode(v) for v in body)
    if tag == "__s":
        return {decode(v) for v in body}
    if tag == "__d":
        return {decode(k): decode(v) for k, v in body}
    if tag == "__ev":
        return Evidence(*body)
    raise ValueError(f"unknown cache tag {tag!r}")


def _source(rule: type[Rule]) -> bytes:
    try:
        return Path(inspect.getfile(rule)).read_bytes()
    except (OSError, TypeError):
        return b""


def package_digest() -> bytes:
    """Hash of the package's code and data (lexicons, schemas): any edit invalidates."""
    import audit

    digest = hashlib.sha256()
    root = Path(audit.__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".yaml", ".yml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.digest()


def ruleset_version(rules: Iterable[type[Rule]], settings: Any, packs: Iterable[str]) -> str:
    """Hash of everything besides the record itself that decides a record's findings."""
    digest = hashlib.sha256(f"provaudit {__version__} cache {FORMAT}\n".encode())
    digest.update(package_digest())
    for rule in rules:
        digest.update(f"{rule.code} {rule.__module__}.{rule.__qualname__}\n".encode())
        digest.update(hashlib.sha256(_source(rule)).digest())
    digest.update(json.dumps(load_schema(RECORD_SCHEMA), sort_keys=True).encode())
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    for folder in sorted(packs):
        for path in sorted(Path(folder).rglob("*")) if Path(folder).is_dir() else ():
            if path.is_file():
                digest.update(str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


class Cache:
    """Entries of one rule-set version, read at start and written once at the end."""

    def __init__(self, root: Path, version: str) -> None:
        self.folder = root / FOLDER
        self.file = self.folder / f"check-{version}.json"
        self.entries: dict[str, Any] = {}
        self.hits = 0
        self._dirty = False
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("entries"), dict):
                self.entries = data["entries"]
        except (OSError, ValueError):
            pass  # no cache yet, or a damaged one: start afresh

    def get(self, path: str, digest: str) -> dict[str, Any] | None:
        entry = self.entries.get(path)
        if isinstance(entry, dict) and entry.get("sha256") == digest:
            self.hits += 1
            return entry
        return None

    def digest_of(self, path: str) -> str | None:
        """The file digest the cache holds for ``path``, if any (no file is read)."""
        entry = self.entries.get(path)
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        return digest if isinstance(digest, str) else None

    def put(self, path: str, entry: dict[str, Any]) -> None:
        self.entries[path] = entry
        self._dirty = True

    def save(self) -> None:
        """Write the entries (atomically) and drop files of other rule-set versions."""
        if not self._dirty:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            write_atomic(ignore, "# created by provaudit\n*\n")
        for old in self.folder.glob("check-*.json"):
            if old != self.file:
                old.unlink(missing_ok=True)
        entries = {p: e for p, e in self.entries.items() if os.path.exists(p)}
        write_atomic(self.file, json.dumps({"format": FORMAT, "entries": entries}))
