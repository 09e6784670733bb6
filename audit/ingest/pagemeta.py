"""Metadata an HTML page states for machines: JSON-LD, <meta> tags, <title>, <h1>, <time>,
the site's icon and logo.

The values are kept raw, as ``(key, value)`` pairs in page order, so the analysis can weigh
them and say which one it used (``ld:headline``, ``meta:og:title``, ``h1``, ...).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|NewsArticle|Posting|WebPage", re.I)
_META_KEY = re.compile(
    r"title|author|creator|byl|date|time|publish|site_name|application-name|copyright|generator",
    re.I,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_MAX_VALUE = 400
_MAX_PAIRS = 200
_MAX_LD_CHARS = 200_000
_DATED_CLASS = re.compile(r"date|time|byline|author|meta|publish|posted|info", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MAX_SHORT = 160
_MAX_DATED = 8
_MAX_EXAMINED = 200  # byline/date-class elements whose text is read at most
_MAX_YEAR_TEXTS = 40


def _clean(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(value).split())[:_MAX_VALUE]


def _names(value: Any) -> Iterator[str]:
    """Names in a schema.org author/publisher value (string, object or list)."""
    if isinstance(value, str):
        yield _clean(value)
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, dict):  # {"name": {"@value": ...}} occurs in the wild
            name = name.get("@value")
        if isinstance(name, str):
            yield _clean(name)
    elif isinstance(value, list):
        for item in value[:12]:
            yield from _names(item)


def _people(value: Any) -> Any:
    """An author value without the objects typed as organisations (a desk credited as
    ``{"@type": "Organization", "name": "HT/STT"}`` is no person's byline)."""
    if isinstance(value, list):
        return [v for v in value if not _organisation(v)]
    return None if _organisation(value) else value


def _organisation(value: Any) -> bool:
    return isinstance(value, dict) and "Organization" in _ld_type(value)


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph, depth + 1)
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict):
            yield from _ld_objects(main, depth + 1)


def _ld_type(obj: dict[str, Any]) -> str:
    kind = obj.get("@type")
    if isinstance(kind, list):
        return " ".join(k for k in kind if isinstance(k, str))
    return kind if isinstance(kind, str) else ""


def _json_ld(tree: Any) -> Iterator[tuple[str, str]]:
    """JSON-LD values; only the first article (and first web page) object counts as the
    page's own, later ones (related stories, image objects) are ``ld:other:*``."""
    seen: set[str] = set()
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_LD_CHARS:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = _ld_type(obj)
            if kind in {"WebSite", "Organization", "NewsMediaOrganization"}:
                for name in _names(obj.get("name")):
                    yield "ld:site", name
                continue
            if not _ARTICLE_TYPES.search(kind):
                continue
            page = "page" if "WebPage" in kind and "Article" not in kind else "article"
            if page in seen:
                page = "other"
            seen.add(page)
            for key in ("headline", "name"):
                value = _clean(obj.get(key))
                if value:
                    yield f"ld:{page}:{key}", value
            for key in ("datePublished", "dateCreated", "dateModified"):
                value = _clean(obj.get(key))
                if value:
                    yield f"ld:{page}:{key}", value
            for name in _names(_people(obj.get("author"))):
                if name:
                    yield f"ld:{page}:author", name
            for name in _names(obj.get("publisher")):
                if name:
                    yield "ld:publisher", name


def _meta(tree: Any) -> Iterator[tuple[str, str]]:
    for element in tree.xpath("//meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        key = key.strip().lower()
        if key and _META_KEY.search(key):
            value = _clean(element.get("content"))
            if value:
                yield f"meta:{key}", value


def _parts(element: Any) -> list[str]:
    """Texts of a heading's pieces when it has several (kicker span + headline span)."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            pieces.append(child.text_content())
        pieces.append(child.tail or "")
    parts = [_clean(p) for p in pieces]
    parts = [p for p in parts if p]
    return parts if len(parts) >= 2 else []


def _visible(tree: Any) -> Iterator[tuple[str, str]]:
    for element in tree.xpath("//title")[:1]:
        value = _clean(element.text_content())
        if value:
            yield "title", value
    for index, element in enumerate(tree.xpath("//h1")[:4]):
        value = _clean(element.text_content())
        if value:
            yield "h1", value
        if index == 0:
            yield from (("h1:part", part) for part in _parts(element))
    for element in tree.xpath("//time")[:6]:
        value = _clean(element.get("datetime") or element.text_content())
        if value:
            yield "time", value
    for element in tree.xpath('//*[@itemprop="datePublished" and not(self::meta)]')[:2]:
        value = _clean(element.get("datetime") or element.get("content") or element.text_content())
        if value:
            yield "itemprop:datePublished", value
    for element in tree.xpath('//*[@itemprop="author" and not(self::meta)]')[:4]:
        named = element.xpath('.//*[@itemprop="name"]')
        value = _clean((named[0] if named else element).text_content())
        if value:
            yield "itemprop:author", value


def _site_marks(tree: Any) -> Iterator[tuple[str, str]]:
    """The site's own marks: where its icon is served from (``link:icon``) and its logo's
    alternative text (``logo``), for pages that state no site name."""
    for element in tree.xpath('//link[contains(@rel, "icon")][@href]')[:2]:
        value = _clean(element.get("href"))
        if value:
            yield "link:icon", value
    logos = '//img[@alt][ancestor-or-self::*[contains(@class, "logo") or contains(@id, "logo")]]'
    for element in tree.xpath(logos)[:2]:
        value = _clean(element.get("alt"))
        if value:
            yield "logo", value


def _dated_texts(tree: Any) -> Iterator[tuple[str, str]]:
    """Short visible texts holding a year: in byline/date elements, or anywhere (first few).

    ``dated`` pairs come from elements whose class or id says date, time, byline, author or
    meta ("Julia Lauter 31.03.2020"); ``yeartext`` pairs are text nodes with a year, joined
    to the node before them so a cue in a separate element ("Erschienen am:") is kept.
    """
    kept = examined = 0
    for element in tree.iter():
        if kept >= _MAX_DATED or examined >= _MAX_EXAMINED:
            break
        if not isinstance(element.tag, str):
            continue
        if element.tag in {"script", "style", "meta", "head", "title"}:
            continue
        attrs = f"{element.get('class', '')} {element.get('id', '')}"
        if _DATED_CLASS.search(attrs):
            examined += 1
            value = _clean(element.text_content())
            if value and len(value) <= _MAX_SHORT and _YEAR.search(value):
                kept += 1
                yield "dated", value
    previous = ""
    kept = 0
    for node in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
        if kept >= _MAX_YEAR_TEXTS:
            break
        value = _clean(str(node))
        if not value:
            continue
        if len(value) <= _MAX_SHORT and _YEAR.search(value):
            kept += 1
            yield "yeartext", f"{previous[-60:]} {value}".strip()
        previous = value


def page_fields(markup: str | Any) -> tuple[tuple[str, str], ...]:
    """Machine-readable metadata of a page as ``(key, value)`` pairs (empty if unparsable).

    ``markup`` is the page's text or an already parsed lxml tree (read, not changed).
    """
    if isinstance(markup, str):
        try:
            tree = lxml_html.fromstring(_XML_DECLARATION.sub("", markup, count=1))
        except (ValueError, lxml_html.etree.ParserError):
            return ()
    else:
        tree = markup
    pairs: list[tuple[str, str]] = []
    for pair in (
        *_json_ld(tree),
        *_meta(tree),
        *_visible(tree),
        *_site_marks(tree),
        *_dated_texts(tree),
    ):
        if pair not in pairs:
            pairs.append(pair)
        if len(pairs) >= _MAX_PAIRS:
            break
    return tuple(pairs)
