"""Dates written for people ("Monday, 18 November 2019 06:05", "Nov 18, 2019", "20-Nov-2019",
"19. Oktober 2019", "2019/11/18") and for machines (ISO 8601, RFC 2822), with their spans.

Vocabulary (month and weekday names in several languages, published/updated cues) is data in
``audit/lexicon/dates.yaml``. Every pattern is a flat sequence of bounded pieces, so matching
stays linear on hostile input.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_tz
from functools import cache
from typing import Any

from audit.analyse.alternation import alternation
from audit.analyse.vocab import load_yaml

_YEAR = r"((?:1[89]|20)\d{2})"
_DAY = r"(\d{1,2})"
_TIME = re.compile(
    r"(?<!\d)([01]?\d|2[0-3])[:.h]([0-5]\d)(?::([0-5]\d))?(?:\s?([AaPp])\.?[Mm]\.?)?(?![\d:])"
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date written in text at ``start:end``; ``value`` is YYYY-MM-DD, YYYY-MM or YYYY."""

    start: int
    end: int
    value: str
    precision: str  # day | month | year
    time: str | None = None
    zone: str | None = None  # as written beside the time: "GMT", "ET", "UTC+8"; only with one


@dataclass(frozen=True, slots=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: tuple[str, ...]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    future: frozenset[str]
    day_month_year: re.Pattern[str]
    month_day_year: re.Pattern[str]
    month_year: re.Pattern[str]
    weekday: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    """The words longest first, as a trie (the same matches as the flat alternation)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return alternation([list(map(re.escape, w)) for w in ordered])


@cache
def vocabulary() -> Vocabulary:
    """The date vocabulary, compiled once."""
    data: dict[str, Any] = load_yaml("dates.yaml")
    months = {str(n).lower(): int(k) for k, names in data["months"].items() for n in names}
    month = f"({_alternation(list(months))})"
    flags = re.IGNORECASE
    return Vocabulary(
        months=months,
        weekdays=tuple(data["weekdays"]),
        published=tuple(data["published_cues"]),
        updated=tuple(data["updated_cues"]),
        future=frozenset(w.lower() for w in data["future_cues"]),
        day_month_year=re.compile(
            rf"(?<![\w.]){_DAY}(?:st|nd|rd|th|er|º)?\.?(?:[ \t]de)?[ \t-]{{1,3}}{month}\b\.?"
            rf"(?:[ \t]de)?,?[ \t-]{{1,3}}{_YEAR}(?!\d)",
            flags,
        ),
        month_day_year=re.compile(
            rf"\b{month}\b\.?[ \t]{{1,3}}{_DAY}(?:st|nd|rd|th)?,?[ \t]{{1,3}}{_YEAR}(?!\d)", flags
        ),
        month_year=re.compile(rf"\b{month}\b\.?,?[ \t]{{1,3}}{_YEAR}(?!\d)", flags),
        weekday=re.compile(rf"\b(?:{_alternation(list(data['weekdays']))})\b\.?,?", flags),
    )


# Time zones written beside a clock time, by abbreviation or as an offset from UTC/GMT.
_ZONE_NAMES = (
    r"(?:UTC|GMT)(?:[ \t]?[+\u2212-][ \t]?[01]?\d(?::?[0-5]\d)?)?"
    r"|(?:[ECMP][SD]?T|BST|IST|WES?T|CES?T|EES?T|MSK|AK[SD]T|HST|A[SD]T|N[SD]T|AE[SD]T"
    r"|AC[SD]T|AWST|NZ[SD]T|JST|KST|HKT|SGT|PHT|WIB|ICT|PKT|SAST|EAT|WAT|CAT|GST)"
)
_ZONE = re.compile(rf"\b(?:{_ZONE_NAMES}|Uhr)\b")
_ZONE_AFTER = re.compile(rf"[ \t]?\(?({_ZONE_NAMES})\)?(?![\w+])")
_GAP = re.compile(r"[ \t,|–—-]{0,4}(?:(?:at|um|à|a las|alle)[ \t])?")
_ISO = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.[ \t]?(\d{1,2})\.[ \t]?((?:1[89]|20)\d{2})(?!\d)")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:1[89]|20)\d{2})(?!\d)")
_YEAR_WRITTEN = re.compile(_YEAR)  # what every date pattern below holds
_YEAR_ALONE = re.compile(r"\b(?:in|since|during|of|from)[ \t]((?:1[89]|20)\d{2})\b(?![-/.]\d)")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _time_near(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """A clock time right after (or just before) the date, with the zone written after it:
    "06:05", "08:08 PM EDT", "10:34 GMT,", "14:00 (UTC+8)"."""
    gap = _GAP.match(text, end)
    found = _TIME.match(text, gap.end() if gap else end)
    source = text  # the string ``found`` matched in
    if found is None:
        window = text[max(0, start - 30) : start]
        before = list(_TIME.finditer(window))
        if before:
            between = vocabulary().weekday.sub("", window[before[-1].end() :])
            if not _ZONE.sub("", between).strip(" ,-|\t"):
                found, source = before[-1], window
    if found is None:
        return None
    zone = _ZONE_AFTER.match(source, found.end())
    return _clock_of(found), zone.group(1) if zone else None


def _clock_of(found: re.Match[str]) -> str:
    """ "HH:MM[:SS]" on the 24-hour clock from a :data:`_TIME` match."""
    hour, minute = int(found.group(1)), int(found.group(2))
    meridiem = (found.group(4) or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    seconds = f":{found.group(3)}" if found.group(3) else ""
    return f"{hour:02d}:{minute:02d}{seconds}"


def holds_year(text: str) -> bool:
    """Whether ``text`` writes a year (1800-2099), which every date :func:`find_dates`
    finds holds: without one it finds none."""
    return _YEAR_WRITTEN.search(text) is not None


def find_dates(text: str, *, partial: bool = False) -> list[DateMatch]:
    """Dates written in ``text``, in order, without overlaps.

    Full dates only, unless ``partial``: then "July 2009" (month) and "in 2014" (year) too.
    Numeric dates are read as Y-M-D, D.M.Y, or D/M/Y and M/D/Y only when unambiguous.
    """
    if not holds_year(text):
        return []  # every date pattern needs a year
    vocab = vocabulary()
    found: list[DateMatch] = []
    starts: list[int] = []  # sorted starts of ``spans``, for overlap checks in O(log n)
    spans: list[tuple[int, int]] = []

    def add(start: int, end: int, value: str | None, precision: str = "day") -> None:
        if value is None:
            return
        i = bisect_left(starts, start)
        if (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end):
            return
        starts.insert(i, start)
        spans.insert(i, (start, end))
        clock = _time_near(text, start, end) if precision == "day" else None
        time, zone = clock if clock else (None, None)
        found.append(DateMatch(start, end, value, precision, time, zone))

    for m in vocab.day_month_year.finditer(text):
        add(m.start(), m.end(), _valid(int(m[3]), vocab.months[m[2].lower()], int(m[1])))
    for m in vocab.month_day_year.finditer(text):
        add(m.start(), m.end(), _valid(int(m[3]), vocab.months[m[1].lower()], int(m[2])))
    for m in _ISO.finditer(text):
        add(m.start(), m.end(), _valid(int(m[1]), int(m[3]), int(m[4])))
    for m in _DOTTED.finditer(text):
        add(m.start(), m.end(), _valid(int(m[3]), int(m[2]), int(m[1])))
    for m in _SLASHED.finditer(text):
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            add(m.start(), m.end(), _valid(int(m[3]), b, a))
        elif b > 12 >= a:
            add(m.start(), m.end(), _valid(int(m[3]), a, b))
    if partial:
        for m in vocab.month_year.finditer(text):
            if m[1][:1].isupper():  # "May 2014", not "they may 2014 ..."
                add(m.start(), m.end(), f"{m[2]}-{vocab.months[m[1].lower()]:02d}", "month")
        for m in _YEAR_ALONE.finditer(text):
            add(m.start(1), m.end(1), m[1], "year")
    return sorted(found, key=lambda m: m.start)


_ISO_MACHINE = re.compile(
    r"^\s*((?:1[89]|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?"
    r"(?:\.\d{1,9})?[ \t]?(Z|[+-]\d{2}:?\d{2})?)?"
)


def _clock(hour: str, minute: str, second: str | None) -> str | None:
    """ "HH:MM[:SS]" when it is a real time of day, else None."""
    h, m, sec = int(hour), int(minute), int(second or 0)
    if not (h < 24 and m < 60 and sec < 60):
        return None
    return f"{h:02d}:{m:02d}" + (f":{sec:02d}" if second else "")


def _offset(seconds: int) -> str:
    """A UTC offset in seconds as "+HH:MM"."""
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours:02d}:{rest // 60:02d}"


def parse_machine_date(value: str) -> tuple[str, str | None, str | None] | None:
    """``(YYYY-MM-DD, HH:MM[:SS] | None, zone | None)`` from ISO 8601, RFC 2822 or a
    written date; the zone is the offset given ("+08:00", "UTC" for "Z") or as written.

    The calendar date is taken as written (no time-zone conversion): a page's local date is
    what its readers saw.
    """
    m = _ISO_MACHINE.match(value)
    if m:
        day = _valid(int(m[1]), int(m[2]), int(m[3]))
        if day is None:
            return None
        clock = _clock(m[4], m[5], m[6]) if m[4] else None
        zone = m[7] if clock else None
        if zone and zone != "Z" and ":" not in zone:
            zone = f"{zone[:3]}:{zone[3:]}"
        return day, clock, "UTC" if zone == "Z" else zone
    parsed = parsedate_tz(value) if "," in value or ":" in value else None
    if parsed:
        day = _valid(parsed[0], parsed[1], parsed[2])
        if day:
            clock = _clock(str(parsed[3]), str(parsed[4]), None)
            zone = _offset(parsed[9]) if clock and parsed[9] is not None else None
            return day, clock, zone
    written = find_dates(value)
    if written:
        return written[0].value, written[0].time, written[0].zone
    return None


def cue_before(text: str, start: int, window: int = 40) -> str | None:
    """ "published" or "updated" when such a cue word precedes ``start`` on the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - window) : start].lower()
    best: tuple[int, str] | None = None
    for kind, cue, pattern in _cue_patterns():
        if cue not in before:
            continue  # the pattern holds the cue literally
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), kind)
    return best[1] if best else None


@cache
def _cue_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each published/updated cue, in order, with its whole-word pattern."""
    vocab = vocabulary()
    return tuple(
        (kind, cue, re.compile(rf"\b{re.escape(cue)}\b"))
        for kind, cues in (("published", vocab.published), ("updated", vocab.updated))
        for cue in cues
    )
