"""Bylines: "By Jane Doe", "Written by Taipei Times", "By Jane Doe, Reuters", page authors.

A byline part that names a registered outlet is kept as an organisation author when it is
the only credit ("Written by Taipei Times"); next to a person it is an agency credit
("By Jane Doe, Reuters"), which the republication analyser reads, not an author.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from audit.analyse.credit_lines import SITE_ADDRESS, WIDE_GAP, Byline, credited_part
from audit.analyse.full_names import ACRONYM
from audit.analyse.header import read_header
from audit.analyse.html_meta import DESK_CODES, choose_authors
from audit.analyse.mentions import outlet_head_words
from audit.analyse.occurrences import word_boundary
from audit.analyse.people import is_given_name, organisation_words
from audit.analyse.registry import lookup_in_context, name_in, with_medium
from audit.analyse.reporter_credits import closing_name, live_page_editors, signoff_reporters
from audit.analyse.title import find_span
from audit.analyse.vocab import phrases
from audit.model import Article, Evidence

_PART = re.compile(r"[^,;&]+")
# "BY AKEMI TANABE AND HAROLD FENG", "Ann Roe • Edmonton Journal"
_JOINERS = re.compile(r"\s+(?:and|AND|und|et|y|[·•|])\s+")


def _names_outlet(rest: str) -> bool:
    """Whether the byline's rest, up to its next separator, names an outlet: a registered
    one, or capitalised words ending in an organisation's word ("Global News")."""
    part = _PART.match(rest)
    name = part.group(0).strip() if part else ""
    if not name:
        return False
    if (name_in(name) or lookup_in_context(name)) is not None:
        return True
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in organisation_words()
    )


def _outlet_name(name: str) -> bool:
    """Whether a credited name is an outlet's: registered, or written as outlets are."""
    return name_in(name) is not None or outlet_shaped(name)


def outlet_shaped(name: str) -> bool:
    """Whether a credited name the registry does not know is written as an outlet's:
    capitalised words ending in a word outlet names end with, opening with no given name
    ("Mississippi Today"; not "Emily Post")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in outlet_head_words()
        and not is_given_name(words[0])
    )


@cache
def _roles() -> frozenset[str]:
    return frozenset(r.lower() for r in phrases("header.yaml", "byline_roles"))


def _is_role(name: str) -> bool:
    """ "Staff Writer", "Washington correspondent", "in Beijing": a role or place, no name."""
    lowered = name.lower()
    words = lowered.split()
    if words[-1] in _roles() and all(w in _role_openers() for w in words[:-1]):
        return True  # "Chief Sports Writer", "Senior Political Correspondent"
    return (
        lowered in _roles()
        or any(lowered.startswith(r + " ") for r in _roles() if " " in r)
        or (lowered.split()[-1] in _roles() and len(lowered.split()) <= 2 and name_in(name) is None)
    )


@dataclass(frozen=True, slots=True)
class Credit:
    """One name in a byline line: a person or an outlet."""

    name: str
    start: int
    end: int
    outlet: str | None  # canonical outlet name when the part names one
    line_start: int  # start of the whole byline line ("Written by …")
    # credited beside the reporters, not as the story's source: "with The Associated
    # Press", or the site's own address ("By Tessa Harlan, KSL.com")
    aside: bool = False


@cache
def _role_openers() -> frozenset[str]:
    return frozenset(r.lower() for r in phrases("header.yaml", "role_openers"))


def _without_trailing_role(name: str) -> str:
    """ "Danny Prescott News Reporter" -> "Danny Prescott": a one-word role ending the name,
    with the words that open such roles before it (or the paper's short name: "Gideon
    Farrow Globe Staff"), when two or more words remain."""
    words = [(m.group(), m.end()) for m in re.finditer(r"\S+", name)]
    if len(words) < 3 or words[-1][0].lower() not in _roles():
        return name
    cut = len(words) - 1
    while cut > 2 and (
        (before := words[cut - 1][0].lower()) in _role_openers()
        or (before in outlet_head_words() and words[cut - 1][0][:1].isupper())
    ):
        cut -= 1
    return name[: words[cut - 1][1]]


def credits_of(text: str, byline: Byline) -> Iterator[Credit]:
    """The names of a byline line, each with its span and outlet (if it is one)."""
    base = byline.names.start
    segment = _JOINERS.sub(lambda m: "," + " " * (len(m.group(0)) - 1), byline.names.text)
    gaps = [g for g in WIDE_GAP.finditer(segment) if _names_outlet(segment[g.end() :])]
    for gap in gaps:  # "By Ann Roe  Global News": the outlet set beside the name
        segment = segment[: gap.start()] + "," + segment[gap.start() + 1 :]
    beside_gap = {gap.start() + 1 for gap in gaps}  # where a part split off this way starts
    for m in _PART.finditer(segment):
        raw = m.group(0)
        name = raw.strip()
        if not name or _is_role(name):
            continue
        name, beside = credited_part(name)  # "with Claire Duval in Jakarta"
        name = _without_trailing_role(name)
        start = base + m.start() + raw.index(name)
        # a byline's place says an outlet is meant: "By Jane Doe, PA" credits PA Media
        outlet = name_in(name) or lookup_in_context(name) or with_medium(name)
        canonical = outlet.name if outlet else None
        if canonical is None and (
            m.start() in beside_gap or outlet_shaped(name) or _described_as_outlet(text, name)
        ):
            canonical = name  # an outlet the registry does not know, beside the name, named
            # as outlets are ("Mississippi Today", "Harbour Post") or so described in the text
        # an unknown acronym ("Jo Roe, BNS") or the site's address ("By Tessa Harlan,
        # KSL.com") credits a contributor or the site: not a wire whose copy this is
        unknown = canonical is None and (
            ACRONYM.fullmatch(name) is not None or SITE_ADDRESS.fullmatch(name) is not None
        )
        if unknown:
            canonical = name
        aside = unknown or beside
        yield Credit(name, start, start + len(name), canonical, byline.line.start, aside)


_OUTLET_NOUNS = (
    r"news\s+organi[sz]ation|newsroom|news\s+outlet|news\s+site|news\s+service|publication"
    r"|newspaper|magazine|broadcaster|news\s+agency"
)


def _described_as_outlet(text: str, name: str) -> bool:
    """Whether the text says ``name`` is an outlet: "originally published by Searchlight
    New Mexico", "Searchlight New Mexico, a nonprofit news organization"."""
    if len(name.split()) < 2 or not name[:1].isupper():
        return False
    high = len(text)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if word_boundary(text, end, high) and _PUBLISHED_BY.search(text, max(0, at - 80), at):
            return True
        if word_boundary(text, at, high) and _DESCRIBED.match(text, end):
            return True
        at = text.find(name, at + 1)
    return False


_PUBLISHED_BY = re.compile(r"\b(?:published|reported|produced)\s+by\s+(?:the\s+)?\Z")
_DESCRIBED = re.compile(rf",\s+an?\s+(?:[\w,-]+\s+){{0,6}}?(?:{_OUTLET_NOUNS})\b")


# A newsroom's collective credit in a page's author field ("SFR Staff", "News Desk").
# A newsroom's collective credit ("Tribune Desk", "Newsroom"), and with its staff ("SFR Staff").
_DESKS = "desk|newsdesk|newsroom"
_DESK_CREDIT = re.compile(rf"(?:^|\s)(?i:{_DESKS})$")
_STAFF_CREDIT = re.compile(rf"(?:^|\s)(?i:staff|{_DESKS})$")
# A desk's or an agency's code alone ("HT"): no person's name (joined: DESK_CODES).
_LONE_CODE = re.compile(r"[A-Z]{1,6}")
_EDITED_BY = re.compile(r"\s*edited\s+by\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def text_bylines(text: str) -> tuple[tuple[Credit, ...], tuple[Credit, ...]]:
    """(authors, agency credits) from the header's byline lines (cached: the byline,
    republication and attribution analysers each read them)."""
    bylines = read_header(text).bylines
    parts = [part for byline in bylines for part in credits_of(text, byline)]
    edited = [p.line_start for p in parts if _EDITED_BY.match(text, p.line_start)]
    if edited and any(p.outlet is None and p.line_start < min(edited) for p in parts):
        # "Edited by: …" below the reporters' byline credits an editor, not an author
        parts = [p for p in parts if p.line_start not in edited]
    people = tuple(p for p in parts if p.outlet is None)
    if not people:
        return tuple(parts), ()
    # an agency credited beside the reporters, on their line or its own ("BLOOMBERG")
    return people, tuple(p for p in parts if p.outlet is not None)


def analyse_byline(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Credited authors, people or organisations, each with its evidence."""
    text = article.text
    out: list[dict[str, Any]] = []
    if article.html is not None:
        names, method = choose_authors(article.html, article.header_lines)
        if names and all(_outlet_name(n) or _STAFF_CREDIT.search(n) for n in names):
            # the page credits an outlet or its staff ("SFR Staff"): the reporters its text
            # names, if it names any
            people = [a for a in text_bylines(text)[0] if a.outlet is None]
            if people:
                names = []
        elif method == "byline_line":
            # "by Jo Roe and Al Poe, Mississippi Today": the outlet whose reporters they are
            names = [n for n in names if not _outlet_name(n)]
        for name in names:
            span = find_span(text, name, 4000)
            if span is None and _DESK_CREDIT.search(name):
                continue  # "Tribune Desk" in the metadata alone: a newsroom, no one's name
            if DESK_CODES.fullmatch(name) or (
                _LONE_CODE.fullmatch(name) and not _outlet_name(name)
            ):
                continue  # "HT/STT": the site's and an agency's codes (a wire's kept)
            evidence = Evidence.of(text, *span).as_json() if span else None
            out.append({"name": name, "evidence": evidence, "method": method})
    if not out:
        authors, _ = text_bylines(text)
        for credit in authors:
            ev = Evidence.of(text, credit.start, credit.end)
            out.append({"name": credit.name, "evidence": ev.as_json(), "method": "byline_line"})
    return {"byline": _with_reporters(text, out)}


def _with_reporters(text: str, byline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The byline, or where it names no person, the reporters credited elsewhere: a wire
    sign-off's over an agency's name, a live page's editors when nobody is credited."""
    if any(name_in(item["name"]) is None for item in byline):
        return byline  # a person is credited
    found = signoff_reporters(text) or (
        [] if byline else live_page_editors(text) or closing_name(text)
    )
    if not found:
        return byline
    return [
        {"name": name, "evidence": Evidence.of(text, s, e).as_json(), "method": "credit_line"}
        for name, s, e in found
    ]
