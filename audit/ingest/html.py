"""HTML articles: trafilatura for main text and metadata, plus the credit lines and the
original publisher's notes it drops."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import htmldate
import trafilatura
from lxml import html as lxml_html

from audit.analyse.html_meta import displayed_headline
from audit.analyse.republication import credit_note, may_hold_credit_note
from audit.errors import InputError
from audit.ingest.pagemeta import page_fields
from audit.ingest.text import normalise
from audit.model import HtmlHints

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# "writer" only as a whole class name (<p class="writer">KYODO</p>), never a widget's part
_CREDIT_CLASS = re.compile(r"byline|author|credit|dateline|(?<![\w-])writer(?![\w-])", re.I)
_MAX_CREDIT_LINES = 4
_MAX_CREDIT_CHARS = 160
# Notes crediting the original publisher ("This article originally appeared in …") that a
# page keeps in its own element below the article, where the extractor drops them.
_NOTE_TAGS = ("p", "div", "section", "aside", "footer", "small", "em", "i", "span")
_MAX_NOTE_CHARS = 300
_MAX_NOTES = 2
# Real news pages hold a few thousand elements (at most 2,881 in the 279-page evaluation
# corpus); far more means a generated page or an HTML bomb.
MAX_ELEMENTS = 100_000


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a <meta> tag, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


@dataclass(frozen=True, slots=True)
class ExtractedHtml:
    text: str
    hints: HtmlHints
    header_lines: tuple[str, ...]


def parse(markup: str, name: str) -> lxml_html.HtmlElement:
    """Parse a page once, refusing pages too large in elements to process safely."""
    if markup.count("<") > MAX_ELEMENTS * 4:  # cheap pre-check before building a tree
        raise InputError(
            name, f"HTML has far more than {MAX_ELEMENTS} tags (an HTML bomb?); refused"
        )
    # lxml refuses str input that carries an XML encoding declaration (XHTML pages).
    markup = _XML_DECLARATION.sub("", markup, count=1)
    try:
        tree = lxml_html.document_fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise InputError(name, f"HTML could not be parsed ({exc})") from None
    for count, _ in enumerate(tree.iter(), start=1):
        if count > MAX_ELEMENTS:
            raise InputError(
                name, f"HTML has more than {MAX_ELEMENTS} elements (an HTML bomb?); refused"
            )
    return tree


def _credit_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Short byline/credit/dateline elements' texts ("By Jane Doe, Reuters")."""
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


def _credit_notes(tree: lxml_html.HtmlElement) -> list[str]:
    """Short elements' texts that credit another outlet with the article, in page order."""
    notes: list[str] = []
    if not may_hold_credit_note(tree.text_content()):
        return notes
    for element in tree.iter(*_NOTE_TAGS):
        if len(element) > 3:  # a container of several blocks, not one note
            continue
        text = " ".join(element.text_content().split())
        if not 10 < len(text) <= _MAX_NOTE_CHARS or text in notes:
            continue
        if credit_note(text):
            notes.append(text)
            if len(notes) >= _MAX_NOTES:
                break
    return notes


def _dated(date: str | None, markup: str) -> str | None:
    """The page's date, unless it is 1 January that only a bare year gave: the extensive
    search turns "© 2026" into 2026-01-01, which a search of the page's dated markup does
    not confirm."""
    if date is None or not date.endswith("-01-01"):
        return date
    confirmed = htmldate.find_date(markup, extensive_search=False, original_date=True)
    return date if confirmed == date else None


def extract(markup: str, name: str, url: str | None = None) -> ExtractedHtml:
    """Main text with precision favoured and comments excluded, plus page metadata."""
    tree = parse(markup, name)
    credits = _credit_lines(tree)
    notes = _credit_notes(tree)
    page = page_fields(tree)
    document = None
    for precise in (True, False):  # precision first; recall when precision finds no text
        document = trafilatura.bare_extraction(
            tree if precise else parse(markup, name),  # trafilatura prunes the tree it gets
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
        date=_dated(meta.get("date"), markup),
        sitename=meta.get("sitename"),
        url=meta.get("url"),
        hostname=meta.get("hostname"),
        description=meta.get("description"),
        page=page,
    )
    header: list[str] = []
    # the headline a reader sees: the displayed <h1> where the metadata's title is stale
    title = displayed_headline(hints, body, hints.title) or hints.title
    if title and title not in body[: len(title) + 200]:
        header.append(" ".join(title.split()))
    for line in credits:
        if line not in body:
            header.append(line)
    flat_body = " ".join(body.split())
    footer = [note for note in notes if note not in flat_body]
    text = "\n\n".join([*header, body, *footer])
    return ExtractedHtml(text=text, hints=hints, header_lines=tuple(header))
