"""Choosing title, authors, date and site name among an HTML page's metadata.

A page states its metadata several times, not always consistently: JSON-LD, Open Graph and
other <meta> tags, <title>, <h1>, <time>, plus what trafilatura/htmldate derived. Each
chooser returns the value with the ``method`` (record vocabulary) and the key it came from.
Preference orders and junk filters were measured on the trafilatura evaluation corpus
(``bench/eval_metadata.py``); nothing here knows any particular site.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from audit.analyse.credit_lines import Line, read_byline
from audit.analyse.dates import cue_before, find_dates, parse_machine_date, vocabulary
from audit.analyse.names import looks_like_name
from audit.analyse.vocab import phrases
from audit.model import HtmlHints

_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " › ", " » ", " / ", "|")
_KEY = re.compile(r"[\W_]+")
_DATEISH = re.compile(r"^[\d\s./:-]+$")
_JUNK_AUTHOR = re.compile(
    r"https?://|www\.|@|\.(?:com|de|org|net)\b|^(?:admin|redaktion|no author|unknown|staff|"
    r"editor|author|autor|guest|anonymous|datum|date|fecha|agencies)$",
    re.IGNORECASE,
)
_AUTHOR_PREFIX = re.compile(
    r"^(?:by|von|par|por|di|autor(?:in)?|author|auteur|text|texte|interview)\b[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||\s/\s)\s*")
_AUTHOR_KEY = re.compile(r"author|creator|byl", re.I)
_HANDLE = re.compile(r"^[a-z0-9]+(?:[._][a-z0-9]+)+$|\d{2}")
_BYLINE_TAIL = re.compile(r",?[ \t]*(?:\d|\||\ble |\bam |\bon ).*$")
_MAX_AUTHORS = 8
_BYLINE_BEFORE = re.compile(
    r"\b(?i:by|par|von|por|di|door|av)[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}"
    r"[ \t]*[|,·•–—-]?[ \t]*$"
)


@dataclass(frozen=True, slots=True)
class Choice:
    """A value chosen from page metadata, with how it was found."""

    value: str
    method: str  # json_ld | html_meta | trafilatura | htmldate | url
    key: str
    time: str | None = None
    zone: str | None = None


def _key(value: str) -> str:
    return _KEY.sub("", value.casefold())


def _clean(value: str) -> str:
    once = html.unescape(value)
    if "&" in once:  # double-escaped entities ("Redacci&amp;oacute;n") occur in the wild
        once = html.unescape(once)
    return " ".join(once.split())


def _method(key: str) -> str:
    return "json_ld" if key.startswith("ld:") else "html_meta"


def site_names(hints: HtmlHints) -> list[str]:
    """Names the page gives its site (publisher, og:site_name, application-name, host)."""
    names = [
        *hints.values("ld:publisher"),
        *hints.values("ld:site"),
        *hints.values("meta:og:site_name"),
        *hints.values("meta:application-name"),
        *(v.lstrip("@") for v in hints.values("meta:twitter:site")),
    ]
    if hints.sitename:
        names.append(hints.sitename)
    host = hints.hostname or (urlsplit(hints.url).hostname if hints.url else None)
    if host:
        labels = host.lower().removeprefix("www.").split(".")
        names.append(".".join(labels))
        names.extend(label for label in labels[:-1] if len(label) >= 2)
    return [n for n in dict.fromkeys(_clean(n) for n in names) if n]


def _is_site(part: str, sites: list[str], *, within: bool = True) -> bool:
    """True when ``part`` is (or, with ``within``, contains) one of the site's names."""
    key = _key(part)
    if not key:
        return True
    if _DATEISH.match(part.strip()):
        return True
    for site in sites:
        other = _key(site)
        if len(other) < 2:
            continue
        if key == other or (
            min(len(key), len(other)) >= 4 and ((within and other in key) or key in other)
        ):
            return True
    return False


def strip_site(title: str, sites: list[str]) -> str:
    """``title`` without a site name before or after a separator ("Story | Site")."""
    value = _clean(title)
    for sep in _SEPARATORS:
        parts = value.split(sep)
        if len(parts) < 2:
            continue
        while len(parts) > 1 and _is_site(parts[-1], sites):
            parts.pop()
        while len(parts) > 1 and _is_site(parts[0], sites):
            parts.pop(0)
        value = sep.join(parts).strip()
    return value


def choose_title(hints: HtmlHints) -> Choice | None:
    """The headline: the visible <h1> when page metadata agrees with it, else metadata."""
    sites = site_names(hints)
    candidates: list[tuple[str, str]] = []
    for key in ("ld:article:headline", "meta:og:title", "meta:twitter:title", "title"):
        candidates.extend((key, strip_site(v, sites)) for v in hints.values(key))
    if hints.title:
        candidates.append(("trafilatura", strip_site(hints.title, sites)))
    candidates = [(k, v) for k, v in candidates if len(v) >= 3]
    meta_keys = [_key(v) for _, v in candidates]
    parts = [strip_site(p, sites) for p in hints.values("h1:part")]
    parts = [p for p in parts if len(p.split()) >= 2]
    if parts:  # "<h1><span>Kicker</span><span>Headline</span></h1>": the headline
        value = max(parts, key=len)
        if any(_key(value) and _key(value) in other for other in meta_keys):
            return Choice(value, "html_meta", "h1 headline part")
    for h1 in hints.values("h1"):
        value = strip_site(h1, sites)
        key = _key(value)
        if len(value.split()) >= 2 and any(key and key in other for other in meta_keys):
            return Choice(value, "html_meta", "h1")
    if not candidates:
        return None
    key, value = candidates[0]
    return Choice(value, "trafilatura" if key == "trafilatura" else _method(key), key)


_SHOWN_WORDS = 4  # a headline shown on the page, not a section's name ("Latest news")
_SHARED_WORDS = 1  # words a headline shares with its story (besides itself)
_STEM = 5  # letters two forms of a word share ("Korean", "Koreans")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def _stems(value: str) -> set[str]:
    return {w[:_STEM].lower() for w in _LONG_WORD.findall(value)}


def displayed_headline(
    hints: HtmlHints, text: str, title: str | None, shown: Callable[[str], bool] = bool
) -> str | None:
    """The page's one <h1> of a headline's length that a reader sees in place of the
    metadata's ``title``: not the site's name, sharing words with the story in ``text``,
    and another headline of the same story (sharing a word with ``title``) unless the
    title is only the site's name (or the page's logo <h1>). None when there is no such
    <h1> (a logo, "The Voice of the Islands", or a section, "Local News and Politics", is
    none). Only the <h1>s ``shown`` accepts count (those the text shows, for the title)."""
    sites = site_names(hints)
    found = {
        value
        for value in (strip_site(h1, sites) for h1 in hints.values("h1"))
        if len(value.split()) >= _SHOWN_WORDS
        and not _is_site(value, sites, within=False)
        and shown(value)
    }
    if len(found) != 1:
        return None
    value = found.pop()
    if title is not None and (
        value.casefold() in title.casefold() or title.casefold() in value.casefold()
    ):
        return None  # the same headline
    stems, story = _stems(value), text.replace(value, "", 1).lower()
    if sum(stem in story for stem in stems) < _SHARED_WORDS:
        return None
    if title is None or stems & _stems(title) or only_site_name(hints, title, value):
        return value
    return None


def only_site_name(hints: HtmlHints, title: str, headline: str | None = None) -> bool:
    """Whether a metadata ``title`` is only the site's name: a name the page gives its
    site, or the text of an <h1> other than ``headline`` (the site's logo)."""
    sites = site_names(hints)
    bare = strip_site(title, sites)
    headings = {h1.casefold() for h1 in hints.values("h1")}
    logos = headings - {(headline or "").casefold()}
    return _is_site(bare, sites, within=False) or (len(headings) > 1 and bare.casefold() in logos)


def shown_headline(
    hints: HtmlHints, text: str, title: str, locate: Callable[[str], tuple[int, int] | None]
) -> tuple[Choice, tuple[int, int]] | None:
    """The displayed headline (:func:`displayed_headline`) where the text shows it
    (``locate`` finds it there), for a page whose metadata ``title`` the text does not
    show: the metadata is stale or written for search engines, and the reader sees it."""
    value = displayed_headline(hints, text, title, lambda v: locate(v) is not None)
    span = locate(value) if value else None
    if value is None or span is None:
        return None
    return Choice(value, "html_meta", "h1, which the text shows where the metadata's is not"), span


# Desks' and agencies' codes joined by slashes ("HT/STT"): a credit, no one's names.
DESK_CODES = re.compile(r"[A-Z]{1,6}(?:[ \t]*/[ \t]*[A-Z]{1,6})+")


def _split_authors(value: str) -> list[str]:
    names: list[str] = []
    if DESK_CODES.fullmatch(_clean(value)):
        return names
    for part in _AUTHOR_SPLIT.split(_clean(value)):
        pieces = [p.strip() for p in part.split(",")]
        if len(pieces) > 1 and all(2 <= len(p.split()) <= 4 for p in pieces):
            candidates = pieces  # "Jane Doe, John Roe": two people
        else:
            candidates = [part]
        for candidate in candidates:
            name = _AUTHOR_PREFIX.sub("", candidate).strip(" ,-–—:")
            if not name or _JUNK_AUTHOR.search(name) or _HANDLE.search(name) or len(name) > 80:
                continue
            if _generic_credit(name):
                continue  # "By Staff Reporter", "Our Correspondent": nobody named
            if len(name.split()) > 1 and not looks_like_name(name, max_words=10):
                continue
            if name not in names:
                names.append(name)
    return names[:_MAX_AUTHORS]


def _generic_credit(name: str) -> bool:
    """Whether an author value is a job title alone ("Staff Reporter", "Our Correspondent")."""
    words = name.lower().split()
    if words[:1] == ["our"]:
        words = words[1:]
    return bool(words) and all(w in _roles() for w in words)


def _strip_tail(name: str, sites: list[str]) -> str:
    """ "Adam Aaronson PhillyVoice Staff" -> "Adam Aaronson": trailing role words and site
    names go (the name keeps at least two words)."""
    words = name.split()
    while len(words) > 2 and (words[-1].lower() in _roles() or _is_site(words[-1], sites)):
        words.pop()
    return " ".join(words)


@cache
def _roles() -> frozenset[str]:
    return frozenset(w for r in phrases("header.yaml", "byline_roles") for w in r.lower().split())


def _author_keys(hints: HtmlHints) -> list[str]:
    """Keys holding author names, most trusted first (other *author* <meta> keys included)."""
    keys = ["ld:article:author", "meta:author", "meta:article:author", "meta:dc.creator"]
    for key, _ in hints.page:
        if key.startswith("meta:") and _AUTHOR_KEY.search(key) and key not in keys:
            keys.append(key)
    return keys


def choose_authors(hints: HtmlHints, credit_lines: tuple[str, ...] = ()) -> tuple[list[str], str]:
    """Author names and the method that gave them (``none`` when the page names nobody).

    Sources in order: JSON-LD author, author <meta> tags, trafilatura, itemprop="author",
    byline-like page texts ("par Didier Roy, 21 juin 2018"). A source naming only the site
    itself ("Badische Zeitung") is used only when no source names anyone else; a later source
    naming more of the same people (all of the first and others) wins.
    """
    sites = site_names(hints)
    found: list[tuple[list[str], str]] = []
    for key in _author_keys(hints):
        names: list[str] = []
        for value in hints.values(key):
            names.extend(n for n in _split_authors(value) if n not in names)
        if names:
            found.append((names, _method(key)))
    if hints.author:
        # (not the codes of a desk's credit it took apart: "HT; STT" of "HT/STT")
        codes = {
            code.strip()
            for key in _author_keys(hints)
            for value in hints.values(key)
            if DESK_CODES.fullmatch(_clean(value))
            for code in value.split("/")
        }
        extracted = [n for n in _split_authors(hints.author) if n not in codes]
        found.append((extracted, "trafilatura"))
    names = []
    for value in hints.values("itemprop:author"):
        names.extend(n for n in _split_authors(value) if n not in names)
    if names:
        found.append((names, "html_meta"))
    for text in (*credit_lines, *hints.values("dated")):
        # the line whole first: the byline reader cuts a closing date with its time and cue
        byline = read_byline(Line(0, len(text), text)) or read_byline(
            Line(0, len(text), _BYLINE_TAIL.sub("", text))
        )
        if byline:
            found.append((_split_authors(byline.names.text.replace(" and ", "; ")), "byline_line"))
    people = [
        (n, m) for n, m in found if n and not all(_is_site(x, sites, within=False) for x in n)
    ]
    if not people:
        # the site's own name, but not its address dressed as a name ("Tagesschau De" for
        # tagesschau.de, as extraction fills in when the page names no author)
        hosts = {_key(site) for site in sites if "." in site}
        return next(
            ((n, m) for n, m in found if n and not all(_dressed_host(x, hosts) for x in n)),
            ([], "none"),
        )
    people = [
        ([_strip_tail(x, sites) for x in n if not _is_site(x, sites, within=False)], m)
        for n, m in people
    ]
    best, method = people[0]
    wanted = {n.casefold() for n in best}
    for names, other in people[1:]:
        if wanted < {n.casefold() for n in names}:
            return names, other
    return best, method


def _dressed_host(name: str, hosts: set[str]) -> bool:
    """Whether ``name`` is a host name written as words ("Mdr De" for mdr.de); a host written
    as such ("uncut-news.ch") is the page's own credit and stays."""
    return "." not in name and _key(name) in hosts


_PUBLISHED_KEYS = (
    "meta:article:published_time",
    "meta:og:article:published_time",
    "meta:dc.date.issued",
    "meta:dcterms.issued",
    "ld:page:datePublished",
    "ld:article:datePublished",
    "ld:article:dateCreated",
    "meta:cxenseparse:recs:publishtime",
    "meta:datepublished",
    "meta:date.published",
    "meta:publishdate",
    "meta:publish-date",
    "meta:publish_date",
    "meta:pubdate",
    "meta:sailthru.date",
    "meta:parsely-pub-date",
    "meta:vr:published-time",
)
_UPDATED_KEYS = (
    "meta:article:modified_time",
    "meta:og:updated_time",
    "ld:article:dateModified",
    "ld:page:dateModified",
    "meta:datemodified",
)
_LATE_KEYS = ("meta:date", "meta:dc.date", "itemprop:datePublished")


def _visible_date(hints: HtmlHints, *, cued: bool) -> Choice | None:
    """A date shown on the page: after a "Published"/"Erschienen am" cue, or (``cued=False``)
    in a byline/date element ("Julia Lauter 31.03.2020")."""
    for key in ("dated", "yeartext") if cued else ("dated",):
        for value in hints.values(key):
            for found in find_dates(value):
                cue = cue_before(value, found.start, 60)
                if cue is None and _BYLINE_BEFORE.search(value[: found.start]):
                    cue = "published"  # "Par Loïc Le Clerc | 30 septembre 2018"
                if (cued and cue == "published") or (not cued and cue is None):
                    return Choice(
                        found.value, "html_meta", f"visible {key} text", found.time, found.zone
                    )
    return None


def _first_date(hints: HtmlHints, keys: tuple[str, ...]) -> Choice | None:
    for key in keys:
        for value in hints.values(key):
            parsed = parse_machine_date(value)
            if parsed:
                return Choice(parsed[0], _method(key), key, parsed[1], parsed[2])
    return None


# UTC as parse_machine_date gives it ("Z" becomes "UTC", "+0000" becomes "+00:00")
_UTC = frozenset({"UTC", "GMT", "+00:00", "-00:00"})
_MAX_AHEAD, _MAX_BEHIND = 14, 12  # hours the world's time zones are ahead of or behind UTC


def _local_day(hints: HtmlHints, stated: Choice) -> Choice | None:
    """The day the page shows, when the metadata states the time in UTC and the page shows
    the day before or after it that a time zone reaches ("2026-11-17T21:30Z" on a page
    dated "November 18, 2026" in Port Moresby): the story's own calendar day."""
    if stated.zone not in _UTC or not stated.time:
        return None
    shown = _visible_date(hints, cued=True)
    if shown is None:
        shown = _one_day_shown(hints)
        if shown is None:
            return None
    hour = int(stated.time[:2]) if stated.time[:2].isdigit() else None
    ahead = _days_before(stated.value, shown.value)
    if hour is None or not (
        (ahead == 1 and hour + _MAX_AHEAD >= 24) or (ahead == -1 and hour < _MAX_BEHIND)
    ):
        return None
    return shown


def _shown_before_update(hints: HtmlHints, stated: Choice) -> Choice | None:
    """The day every byline and date element shows, when the publication date the metadata
    states is to the minute its update date and a later day than that: the page wrote its
    last change into both keys ("datePublished" = "dateModified" = 24 November on a story
    shown as of 23 November)."""
    updated = _first_date(hints, _UPDATED_KEYS)
    if updated is None or (updated.value, updated.time) != (stated.value, stated.time):
        return None
    shown = _one_day_shown(hints)
    if shown is None or _days_before(shown.value, stated.value) <= 0:
        return None
    return shown


def _one_day_shown(hints: HtmlHints) -> Choice | None:
    """The date the page's byline and date elements show, uncued, when every one of them
    shows that day: no list of other stories' dates, whose first may be any day."""
    shown = _visible_date(hints, cued=False)
    days = {found[0].value for v in hints.values("dated") if (found := find_dates(v))}
    return shown if shown is not None and days == {shown.value} else None


def _days_before(first: str, second: str) -> int:
    """Days from ISO date ``first`` to the later ``second`` (negative when it is earlier);
    0 when either is only partly known."""
    try:
        return (date.fromisoformat(second) - date.fromisoformat(first)).days
    except ValueError:
        return 0


_COPY_DAYS = 60  # how much later than the original a republished copy's page may be dated


def republished_copy_date(hints: HtmlHints, stated: Choice) -> Choice | None:
    """For a republished copy, the day its page shows in a <time> element (else in a byline
    or date element: "Aino Roe, News Now Finland 2026.11.20") when that is after the
    ``stated`` one: metadata copied with the original's story repeats the original's date
    (a copy is never published before its original)."""
    shown = _first_date(hints, ("time",)) or _visible_date(hints, cued=False)
    if shown is None or not 0 < _days_before(stated.value, shown.value) <= _COPY_DAYS:
        return None
    return shown if _in_credit_line(hints, shown.value) else None


_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def _in_credit_line(hints: HtmlHints, day: str) -> bool:
    """Whether ``day`` is shown beside a name in a byline or date element ("Parisa Roe |
    IranWire November 19, 2026"), not as an update ("Updated …") or a site's date bar
    ("Tuesday, November 24, 2026")."""
    calendar = vocabulary()
    for value in hints.values("dated"):
        for found in find_dates(value):
            if found.value != day or cue_before(value, found.start, 60) == "updated":
                continue
            words = _NAME_WORD.findall(value[: found.start] + " " + value[found.end :])
            if any(
                w.lower() not in calendar.weekdays and w.lower() not in calendar.months
                for w in words
            ):
                return True
    return False


def choose_date(hints: HtmlHints) -> Choice | None:
    """The publication date.

    Publication <meta>/JSON-LD keys first; then a date the page shows after a publication
    cue (unless htmldate and a <time> element agree on a day long after it); then htmldate,
    unless htmldate merely repeats an update date while a byline/date element shows another;
    then other date tags and <time> elements; then a date in the page's address.
    """
    stated = _first_date(hints, _PUBLISHED_KEYS)
    if stated:
        return _local_day(hints, stated) or _shown_before_update(hints, stated) or stated
    parsed = parse_machine_date(hints.date) if hints.date else None
    cued = _visible_date(hints, cued=True)
    if cued:
        timed = _first_date(hints, ("time",))
        if (
            parsed
            and timed
            and timed.value == parsed[0]
            and _days_before(cued.value, parsed[0]) > 30
        ):
            # htmldate and the page's <time> element agree on a day long after the cued one:
            # that "Published 14 June 2023" is an older story's (a related-stories list)
            return Choice(parsed[0], "htmldate", "htmldate", parsed[1], parsed[2])
        return cued
    if parsed:
        updated = _first_date(hints, _UPDATED_KEYS)
        shown = _visible_date(hints, cued=False)
        if updated and updated.value == parsed[0] and shown and shown.value != parsed[0]:
            return shown
        return Choice(parsed[0], "htmldate", "htmldate", parsed[1], parsed[2])
    return _first_date(hints, _LATE_KEYS) or _first_date(hints, ("time",)) or _url_date(hints)


# A date written in the page address's path: /2026/nov/19/, /2026/11/19/, /2026-11-19/.
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]([a-z]{3,9}|\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)", re.IGNORECASE
)


def _url_date(hints: HtmlHints) -> Choice | None:
    """The day the page's address names in its path (the last resort: an address may date
    an archive section rather than the story)."""
    path = urlsplit(hints.url).path if hints.url else ""
    m = _URL_DATE.search(path)
    if m is None:
        return None
    month_word = m[2].lower()
    month = int(month_word) if month_word.isdigit() else vocabulary().months.get(month_word)
    try:
        day = date(int(m[1]), month or 0, int(m[3]))
    except ValueError:
        return None
    return Choice(day.isoformat(), "url", "url")
