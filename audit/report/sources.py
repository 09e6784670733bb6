"""What `report` reads: record files, or raw articles ingested and analysed on the fly."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit import ingest
from audit.analyse import analyse
from audit.engine import Engine
from audit.errors import InputError
from audit.findings import Finding
from audit.ingest.fetch import FetchLimits
from audit.jsonio import JsonSyntaxError, dumps, loads_strict
from audit.options import DEFAULT_MAX_BYTES, CheckOptions
from audit.record import build
from audit.schema import violations


@dataclass(slots=True)
class Loaded:
    """Records in the order given, and the record files a `check` run can read."""

    records: list[dict[str, Any]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    ingested: list[dict[str, Any]] = field(default_factory=list)
    refused: list[InputError] = field(default_factory=list)  # sources not read, and why


def _expand(paths: Sequence[str], skip: Path | None = None) -> Iterator[tuple[str, bool]]:
    """(source, is_record) for each path; folders give their records and articles.

    Folders are searched recursively, skipping hidden entries (.git, .venv) and symlinks.
    """
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not p.is_symlink()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and (skip is None or p.resolve() != skip)
                and p.suffix.lower() in (".json", *ingest.ARTICLE_SUFFIXES)
            )
            if not found:
                raise InputError(raw, "folder holds no records (.json) or articles")
            yield from ((str(p), p.suffix.lower() == ".json") for p in found)
        else:
            yield raw, raw.lower().endswith(".json") and not raw.startswith(("http:", "https:"))


def read_record(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """One record file, parsed and schema-valid, or an InputError saying why not."""
    try:
        if Path(path).stat().st_size > max_bytes:
            raise InputError(path, f"file is larger than the {max_bytes}-byte limit")
        data = loads_strict(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    except JsonSyntaxError as exc:
        raise InputError(path, f"not a valid record: {exc}") from None
    problems = list(violations(data))
    if problems:
        first = problems[0]
        raise InputError(
            path,
            f"not a valid record ({len(problems)} schema error(s), first at "
            f"{first.pointer or '/'}: {first.message}); run `provaudit check {path}`",
        )
    assert isinstance(data, dict)  # the schema requires an object
    return data


def load(
    paths: Sequence[str],
    retrieved: str,
    max_bytes: int,
    timeout: float,
    skip: Path | None = None,
    allow_private: bool = False,
) -> Loaded:
    """Read records as they are; ingest and analyse anything else (but not ``skip``). A
    source that cannot be read is kept in ``refused`` with the reason, and the rest read."""
    loaded = Loaded()
    limits = FetchLimits(
        max_bytes=max_bytes,
        connect_timeout=timeout,
        read_timeout=timeout,
        allow_private=allow_private,
    )
    for source, is_record in _expand(paths, skip.resolve() if skip else None):
        try:
            if is_record:
                loaded.records.append(read_record(source, max_bytes))
                loaded.files.append(source)
            else:
                article = ingest.load(source, retrieved, limits)
                record = build(article, analyse(article))
                loaded.records.append(record)
                loaded.ingested.append(record)
        except InputError as refused:
            loaded.refused.append(refused)
    return loaded


def check(loaded: Loaded) -> list[Finding]:
    """Findings of a `check` run over every record (ingested ones via a scratch folder)."""
    with tempfile.TemporaryDirectory(prefix="provaudit-report-") as scratch:
        files = list(loaded.files)
        for n, record in enumerate(loaded.ingested):
            path = Path(scratch) / str(n) / f"{record['id']}.json"
            path.parent.mkdir()
            path.write_text(dumps(record), encoding="utf-8")
            files.append(str(path))
        if not files:
            return []
        return list(Engine(CheckOptions(paths=tuple(files))).run(files).findings)
