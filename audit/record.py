"""Article + analysis -> ProvenanceRecord: ids, deterministic JSON, safe writing."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.jsonio import JsonSyntaxError, dumps, loads_strict, write_atomic
from audit.model import Article

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{2,99}$")
_MAX_SLUG = 80


def slugify(value: str) -> str:
    """ASCII slug of ``value`` ("Leaked CCP files!" -> "leaked-ccp-files")."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def stated_time(published: dict[str, Any]) -> str:
    """A record's time of publication for readers: "06:05 GMT", "06:05 (time zone not
    stated)", or "" when no time is stated. Records made before zones were read give the
    time alone."""
    time = published.get("time")
    if not time:
        return ""
    if published.get("zone"):
        return f"{time} {published['zone']}"
    return f"{time} (time zone not stated)" if "zone" in published else str(time)


def make_id(fields: dict[str, Any], text_sha256: str) -> str:
    """Slug from date, outlet and title when known; a hash-based id otherwise."""
    parts = [
        fields["published"].get("date") or "",
        fields["outlet"].get("name") or "",
        fields["title"].get("value") or "",
    ]
    slug = "-".join(s for s in (slugify(p) for p in parts) if s)
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0]
    if len(slug) < 3:
        slug = f"article-{text_sha256[:12]}"
    return slug


def build(article: Article, fields: dict[str, Any], record_id: str | None = None) -> dict[str, Any]:
    """The record in contract order (same input, same bytes)."""
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": record_id or make_id(fields, digest),
        "source": article.source.as_json(),
        "text": article.text,
        "text_sha256": digest,
        "title": fields["title"],
        "outlet": fields["outlet"],
        "published": fields["published"],
        "byline": fields["byline"],
        "republication": fields["republication"],
        "attribution": fields["attribution"],
        "caveats": fields["caveats"],
        "quotes": fields["quotes"],
        "figures": fields["figures"],
        "flags": fields["flags"],
    }
    if fields.get("detection") is not None:  # the stamp of the detectors that found flags
        record["detection"] = fields["detection"]
    record["review"] = {"status": "unreviewed", "by": None, "at": None, "notes": None}
    return record


def _existing(path: Path) -> dict[str, Any] | None:
    try:
        data = loads_strict(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, JsonSyntaxError) as exc:
        raise InputError(
            str(path), f"existing record is unreadable ({exc}); not overwritten"
        ) from None
    return data if isinstance(data, dict) else None


def place(record: dict[str, Any], folder: Path, *, force: bool) -> Path:
    """Choose the file for ``record`` in ``folder`` and write it atomically.

    The same source updates its own record, and so does the same text read from another
    place (a copy of the file elsewhere): one article, one record. Another source with the
    same id gets a numbered id, claimed atomically so that concurrent ingests never
    overwrite each other. A reviewed record is never overwritten unless ``force``.
    """
    base = record["id"]
    if not ID_PATTERN.match(base):
        raise InputError(base, "not a valid record id")
    location = record["source"]["location"]
    for n in range(1, 1000):
        candidate = base if n == 1 else f"{base[:95]}-{n}"
        path = folder / f"{candidate}.json"
        existing = _existing(path)
        if existing is None:
            record["id"] = candidate
            try:
                write_atomic(path, dumps(record), exclusive=True)
            except FileExistsError:
                continue  # another writer claimed this id a moment ago
            return path
        same_text = existing.get("text_sha256") == record["text_sha256"]
        if existing.get("source", {}).get("location") == location or same_text:
            reviewed = existing.get("review", {}).get("status") == "reviewed"
            if reviewed and not force:
                elsewhere = existing.get("source", {}).get("location")
                moved = elsewhere != location
                why = f"record of the same text (from {elsewhere})" if moved else "record"
                raise InputError(
                    str(path), f"{why} is reviewed; not overwritten (use --force to replace it)"
                )
            record["id"] = candidate
            write_atomic(path, dumps(record))
            return path
    raise InputError(base, "too many records share this id")


def serialise(record: dict[str, Any]) -> str:
    """Deterministic JSON text of a record."""
    return dumps(record)
