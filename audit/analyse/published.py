"""When this copy was published: page metadata, header and footer date lines, datelines.

Preference: page metadata for HTML (JSON-LD, publication <meta> tags, htmldate; a
republished copy's <time> element when its metadata repeats the original's earlier date); then a
header date line marked "Published" or unmarked; a footer ("Source: X - 2019/11/18"); a
wire dateline with a full date; and only then an "Updated" date. Dates of events in the body
("In July 2009", "in 2014") are never the publication date: with no stated date, ``date`` is
null and ``not_before`` is the latest past date the body refers to, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from audit.analyse.credit_lines import DateLine, footer_lines, lines_of, read_date_line
from audit.analyse.dates import DateMatch, find_dates, holds_year, vocabulary
from audit.analyse.header import Header, date_bar, read_header
from audit.analyse.html_meta import choose_date, republished_copy_date
from audit.analyse.segment import sentences
from audit.model import Article, Evidence

_DATELINE_CHARS = 80
_DATELINE_LINES = 8
_DATELINE_LEAD = 40  # "BEIJING, Nov. 18, 2019 (Reuters) -": a place may precede the date
_AFTER_DATELINE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|/[^/\n]{1,40}/[ \t]*)?(?:—|–|-{1,2})"
)
_WEAK_KEYS = frozenset(
    {"htmldate", "time", "meta:date", "meta:dc.date", "itemprop:datePublished", "url"}
)
_WORD = re.compile(r"\w+")


def _published(
    text: str, date: DateMatch, evidence: tuple[int, int], method: str, reason: str
) -> dict[str, Any]:
    return {
        "published": {
            "date": date.value,
            "time": date.time,
            "zone": date.zone,
            "not_before": None,
            "evidence": Evidence.of(text, *evidence).as_json(),
            "method": method,
            "reason": reason,
        }
    }


def _text_date(text: str) -> tuple[DateLine, str] | None:
    """The best stated publication date line of a plain text, with its method."""
    header = read_header(text)
    bar = date_bar(header)
    ranked: list[tuple[float, DateLine, str]] = []
    for dated in header.dates:
        if dated.date.precision == "day":
            rank: float = {"published": 0, None: 1, "updated": 4}[dated.cue]
            if dated.cue is None and (_under_masthead(text, header, dated) or dated.line == bar):
                rank = 1.5  # "The Portugal News / Monday, 16 November 2026": the site's day
            ranked.append((rank, dated, "header_line"))
    for line in footer_lines(text):
        footer = read_date_line(line)
        if footer is None and line.text.lower().startswith("source"):
            found = find_dates(line.text)
            if found:
                first = found[0]
                date = replace(first, start=line.start + first.start, end=line.start + first.end)
                footer = DateLine(line, date, None, None)
        if footer is not None:
            rank = {"published": 2, None: 2, "updated": 5}[footer.cue]
            ranked.append((rank, footer, "footer"))
    header_end = header.lines[-1].end if header.lines else 0
    for line in lines_of(text, header_end, min(len(text), header_end + 2000))[:_DATELINE_LINES]:
        found = [d for d in find_dates(line.text[:_DATELINE_CHARS]) if d.precision == "day"]
        if (
            found
            and found[0].start <= _DATELINE_LEAD
            and _AFTER_DATELINE.match(line.text, found[0].end)
        ):
            first = found[0]
            shifted = DateMatch(
                line.start + first.start, line.start + first.end, first.value, "day"
            )
            ranked.append((3, DateLine(line, shifted, None, None), "dateline"))
            break
    if not ranked:
        return None
    _, best, method = min(ranked, key=lambda r: (r[0], r[1].date.start))
    return best, method


def _under_masthead(text: str, header: Header, dated: DateLine) -> bool:
    """Whether ``dated`` is the line right below the masthead, above the headline: the day
    the site's front page shows, which a date line of the story's own comes before."""
    masthead, title = header.masthead, header.title
    return (
        masthead is not None
        and title is not None
        and masthead.end <= dated.line.start
        and dated.line.end <= title.start
        and not text[masthead.end : dated.line.start].strip()
    )


def _not_before(text: str, retrieved: str) -> tuple[DateMatch, str] | None:
    """The latest past date the body refers to (never a planned or future one)."""
    future = vocabulary().future
    best: tuple[str, DateMatch, str] | None = None
    for sentence in sentences(text):
        if not holds_year(sentence.text):
            continue  # no date without a year: find_dates would find none
        words = {w.lower() for w in _WORD.findall(sentence.text)}
        if words & future:
            continue
        for found in find_dates(sentence.text, partial=True):
            key = found.value + "-01" * (3 - len(found.value.split("-")))
            if key > retrieved[:10]:
                continue
            if best is None or key > best[0]:
                shifted = DateMatch(
                    sentence.start + found.start,
                    sentence.start + found.end,
                    found.value,
                    found.precision,
                )
                best = (key, shifted, key)
    return (best[1], best[2]) if best else None


def analyse_published(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Publication date (and time) with evidence, or null with ``not_before`` and a reason."""
    text = article.text
    stated = _text_date(text)
    if article.html is not None:
        choice = choose_date(article.html)
        if choice is not None and stated is not None and choice.key in _WEAK_KEYS:
            choice = None  # the article's own date line beats htmldate's guess
        if choice is not None and found.get("republication"):
            copied = republished_copy_date(article.html, choice)
            if copied is not None:
                choice = replace(
                    copied, key=f"{copied.key} (its {choice.key} repeats the original's date)"
                )
        if choice is not None:
            visible = [d for d in find_dates(text[:3000]) if d.value == choice.value]
            span = (visible[0].start, visible[0].end) if visible else None
            return {
                "published": {
                    "date": choice.value,
                    "time": choice.time,
                    "zone": choice.zone,
                    "not_before": None,
                    "evidence": Evidence.of(text, *span).as_json() if span else None,
                    "method": choice.method,
                    "reason": f"from the page's {choice.key}",
                }
            }
    if stated is not None:
        dated, method = stated
        reason = f"stated in the {method.replace('_', ' ')} {dated.line.text!r}"
        if dated.cue == "updated":
            reason += "; only an update date is stated, first publication may be earlier"
        return _published(text, dated.date, (dated.date.start, dated.date.end), method, reason)
    bound = _not_before(text, article.source.retrieved)
    if bound is None:
        return {
            "published": {
                "date": None,
                "time": None,
                "zone": None,
                "not_before": None,
                "evidence": None,
                "method": "none",
                "reason": "no publication date is stated and the text refers to no past date",
            }
        }
    match, not_before = bound
    quote = text[match.start : match.end]
    return {
        "published": {
            "date": None,
            "time": None,
            "zone": None,
            "not_before": not_before,
            "evidence": Evidence.of(text, match.start, match.end).as_json(),
            "method": "inferred",
            "reason": (
                f"no publication date is stated; the latest past date the text refers to is "
                f"{quote!r} (an event, not the publication), so it was published no earlier "
                f"than {not_before}"
            ),
        }
    }
