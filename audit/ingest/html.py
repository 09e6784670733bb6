"""HTML articles: trafilatura for main text and metadata, plus the credit lines it drops."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import html as lxml_html

from audit.errors import InputError
from audit.ingest.pagemeta import page_fields
from audit.ingest.text import normalise
from audit.model import HtmlHints

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CREDIT_CLASS = re.compile(r"byline|author|credit|dateline", re.I)
_MAX_CREDIT_LINES = 4
_MAX_CREDIT_CHARS = 160


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a <meta> tag, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


@dataclass(frozen=True, slots=True)
class ExtractedHtml:
    text: str
    hints: HtmlHints
    header_lines: tuple[str, ...]


def _credit_lines(markup: str) -> list[str]:
    """Short byline/credit/dateline elements' texts ("By Jane Doe, Reuters")."""
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    lines: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in {"script", "style", "meta", "a"}:
            continue
        attrs = " ".join(element.get(a, "") for a in ("class", "id", "rel", "itemprop"))
        if not _CREDIT_CLASS.search(attrs):
            continue
        text = " ".join(element.text_content().split())
        fits = 2 < len(text) <= _MAX_CREDIT_CHARS
        if fits and not any(text in kept or kept in text for kept in lines):
            lines.append(text)
        if len(lines) >= _MAX_CREDIT_LINES:
            break
    return lines


def extract(markup: str, name: str, url: str | None = None) -> ExtractedHtml:
    """Main text with precision favoured and comments excluded, plus page metadata."""
    document = None
    for precise in (True, False):  # precision first; recall when precision finds no text
        document = trafilatura.bare_extraction(
            markup,
            url=url,
            favor_precision=precise,
            favor_recall=not precise,
            include_comments=False,
            with_metadata=True,
            date_extraction_params={"original_date": True, "extensive_search": True},
        )
        if document is not None and (getattr(document, "text", None) or "").strip():
            break
    if document is None:
        meta: dict[str, Any] = {}
    elif isinstance(document, dict):
        meta = document
    else:
        meta = document.as_dict()
    body = normalise(meta.get("text") or "")
    if not body:
        raise InputError(name, "no article text found in the HTML page")
    hints = HtmlHints(
        title=meta.get("title"),
        author=meta.get("author"),
        date=meta.get("date"),
        sitename=meta.get("sitename"),
        url=meta.get("url"),
        hostname=meta.get("hostname"),
        description=meta.get("description"),
        page=page_fields(markup),
    )
    header: list[str] = []
    if hints.title and hints.title not in body[: len(hints.title) + 200]:
        header.append(" ".join(hints.title.split()))
    for line in _credit_lines(markup):
        if line not in body:
            header.append(line)
    text = "\n\n".join([*header, body])
    return ExtractedHtml(text=text, hints=hints, header_lines=tuple(header))
