"""The detection stamp: proof that a record's flags are what the current detectors find.

Re-running every content detector on every record (RES099) is the dearest part of
``check``. A record written by ingest carries a stamp instead::

    "detection": {"detectors": "<version>", "flags_sha256": "<fingerprint>"}

``detectors`` names the detectors that ran: a hash of provaudit's version, their code (the
modules of ``audit.analyse.content`` and every ``audit`` module they import, found by
reading the imports), their word lists and the rule packs in use, shipped and the user's.
``flags_sha256`` hashes that version, the SHA-256 of the text and the code, start and end
of every flag found. ``check`` recomputes the fingerprint from the record's own text and
*listed* flags: when it matches, the same detectors on the same text found exactly the
listed flags, so nothing can be missing and the detectors need not run again. Any change
to the text, the flags, the detectors' code or data, or the packs breaks the match and the
detectors run as before, so a stamp can only save time, never hide a flag.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

_PACKAGE = "audit.analyse.content"


def _module_file(name: str) -> Path | None:
    spec = find_spec(name)
    origin = spec.origin if spec is not None else None
    return Path(origin) if origin and origin.endswith(".py") else None


def _imported(name: str, path: Path) -> set[str]:
    """The ``audit`` modules ``path`` (module ``name``) imports, at any depth of the file."""
    tree = ast.parse(path.read_bytes(), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], base]).strip(".")
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    # The package itself is left out: its __init__ gathers every command; its version is
    # hashed on its own.
    return {m for m in found if m.startswith("audit.")}


def detector_modules() -> dict[str, Path]:
    """Every ``audit`` module the content detectors are built from (name -> file)."""
    files: dict[str, Path] = {}
    waiting = [_PACKAGE]
    package_dir = _module_file(_PACKAGE)
    if package_dir is not None:
        modules = sorted(p.stem for p in package_dir.parent.glob("*.py"))
        waiting += [f"{_PACKAGE}.{stem}" for stem in modules if stem != "__init__"]
    while waiting:
        name = waiting.pop()
        if name in files:
            continue
        try:
            path = _module_file(name)
        except (ImportError, ValueError):
            path = None  # "from audit.x import name" where name is not a module
        if path is None:
            continue
        files[name] = path
        waiting.extend(_imported(name, path) - files.keys())
    return files


def _data_files(pack_dirs: Iterable[str]) -> list[tuple[str, bytes]]:
    lexicon = resources.files("audit.lexicon")
    shipped = Path(str(lexicon / "packs"))
    out = [("lexicon/content.yaml", (lexicon / "content.yaml").read_bytes())]
    out += [(f"packs/{p.name}", p.read_bytes()) for p in sorted(shipped.glob("*.yaml"))]
    for number, folder in enumerate(pack_dirs):
        for path in sorted(Path(folder).glob("*.yaml")):
            out.append((f"user{number}/{path.name}", path.read_bytes()))
    return out


@cache
def detector_version(pack_dirs: tuple[str, ...] = ()) -> str:
    """Version of the detectors with the user rule packs in ``pack_dirs`` (16 hex digits)."""
    from audit import __version__  # a release changes it even where sources are compiled

    hasher = hashlib.sha256(f"provaudit {__version__}\n".encode())
    for name, path in sorted(detector_modules().items()):
        hasher.update(f"module {name}\n".encode())
        hasher.update(path.read_bytes())
    for name, data in _data_files(pack_dirs):
        hasher.update(f"data {name}\n".encode())
        hasher.update(data)
    return hasher.hexdigest()[:16]


def fingerprint(version: str, text_sha256: str, keys: Iterable[tuple[Any, Any, Any]]) -> str:
    """SHA-256 over the detectors' version, the text's hash and the flags' keys."""
    lines = sorted(f"{code}\t{start}\t{end}" for code, start, end in keys)
    body = "\n".join([version, text_sha256, *lines])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def stamp(version: str, text_sha256: str, keys: Iterable[tuple[str, int, int]]) -> dict[str, str]:
    """The record's ``detection`` field for flags with ``keys`` found by ``version``."""
    return {"detectors": version, "flags_sha256": fingerprint(version, text_sha256, keys)}


def listed_keys(record: Mapping[str, Any]) -> list[tuple[Any, Any, Any]]:
    """(code, start, end) of every flag the record lists, whatever its status."""
    keys = []
    for item in record.get("flags") or ():
        if not isinstance(item, dict):
            keys.append((None, None, None))  # matches no fingerprint: the detectors run
            continue
        evidence = item.get("evidence")
        evidence = evidence if isinstance(evidence, dict) else {}
        keys.append((item.get("code"), evidence.get("start"), evidence.get("end")))
    return keys


def is_current(record: Mapping[str, Any], text_sha256: str, version: str) -> bool:
    """Whether the record's stamp shows its listed flags are exactly what the detectors of
    ``version`` find in the text hashing to ``text_sha256`` (the text's actual hash)."""
    found = record.get("detection")
    if not isinstance(found, dict) or found.get("detectors") != version:
        return False
    expected = fingerprint(version, text_sha256, listed_keys(record))
    return found.get("flags_sha256") == expected
