"""Ingest: turn a source (file, folder, URL, stdin) into normalised Articles."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from audit.errors import InputError
from audit.ingest import html as html_reader
from audit.ingest.fetch import FetchLimits, fetch
from audit.ingest.text import decode, normalise, unwrap
from audit.model import Article, Source

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def expand(sources: tuple[str, ...]) -> Iterator[str]:
    """Sources with each folder replaced by its articles (sorted, symlinks not followed)."""
    for source in sources:
        path = Path(source)
        if source != "-" and not _is_url(source) and path.is_dir():
            files = sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not p.is_symlink()
            )
            if not files:
                raise InputError(source, "folder holds no .txt, .html or .htm articles")
            yield from (str(p) for p in files)
        else:
            yield source


def _is_url(source: str) -> bool:
    return _URL.match(source) is not None


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(path, f"file is larger than the {max_bytes}-byte limit ({size} bytes)")
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def from_bytes(
    data: bytes,
    name: str,
    kind: str,
    retrieved: str,
    *,
    is_html: bool,
    charset: str | None = None,
    url: str | None = None,
) -> Article:
    """Build an Article from raw bytes already read."""
    if is_html:
        markup = decode(data, name, charset or html_reader.declared_charset(data))
        extracted = html_reader.extract(markup, name, url=url)
        source = Source(kind, url or name, retrieved, "text/html")
        return Article(extracted.text, source, extracted.hints, extracted.header_lines)
    text = unwrap(normalise(decode(data, name, charset)))
    if not text.strip():
        raise InputError(name, "empty input (only white space)")
    return Article(text, Source(kind, url or name, retrieved, "text/plain"))


def load(source: str, retrieved: str, limits: FetchLimits) -> Article:
    """Read one source into an Article; raises InputError with a readable reason.

    ``limits.max_bytes`` caps every kind of source; the rest applies to URLs.
    """
    max_bytes = limits.max_bytes
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError("-", f"standard input is larger than the {max_bytes}-byte limit")
        return from_bytes(data, "-", "stdin", retrieved, is_html=_looks_like_html(data))
    if _is_url(source):
        fetched = fetch(source, limits)
        return from_bytes(
            fetched.body,
            source,
            "url",
            retrieved,
            is_html=fetched.media_type != "text/plain" or _looks_like_html(fetched.body),
            charset=fetched.charset,
            url=fetched.url,
        )
    data = _read_file(source, max_bytes)
    is_html = source.lower().endswith(HTML_SUFFIXES)
    return from_bytes(data, source, "html" if is_html else "file", retrieved, is_html=is_html)
