"""Report dates: "the newspaper said on Saturday" in an article dated Monday -> Saturday's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from audit.analyse.crosssource.lexicon import lexicon, name_key
from audit.model import Evidence

_WORD = re.compile(r"\w+")
_END = re.compile(r"[.!?;]\s")
_DETERMINERS = frozenset({"the", "that", "this", "its"})


@dataclass(frozen=True, slots=True)
class ReportDate:
    """The date an outlet's report appeared, as one record establishes it."""

    outlet: str
    key: str
    date: dt.date
    evidence: Evidence
    reason: str


def parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


_FOLD = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


@cache
def _pattern(ignore_case: bool = True) -> re.Pattern[str]:
    lex = lexicon()
    verbs = "|".join(sorted(lex.report_verbs))
    days = "|".join(lex.weekdays)
    return re.compile(
        rf"\b(?:{verbs})\s+(?:on\s+)?(?:(last)\s+)?({days}|yesterday|today)\b",
        re.IGNORECASE if ignore_case else 0,
    )


def _report_phrases(text: str, low: str | None = None) -> Iterator[re.Match[str]]:
    """Matches of the report-date pattern, with the offsets (and groups) of ``text``.

    A case-insensitive alternation scans slowly, so when the lists are plain lower-case
    ASCII words the case-sensitive pattern runs over the text folded instead: ı, İ and ſ
    become i, i and s (the letters they match without case) and the rest is lower-cased,
    one character for one, so offsets, word boundaries and spaces stay as they were.
    About twice as fast; the same matches (``tests/test_cross_digest_speed.py``).
    """
    if not _plain_words():
        return _pattern().finditer(text)
    odd = not text.isascii() and any(c in text for c in "ıİſ")  # translate is slow: if needed
    low = text.lower() if low is None else low  # the caller may have it already
    folded = text.translate(_FOLD).lower() if odd else low
    return (m for m in _unanchored().finditer(folded) if _starts_word(folded, m.start()))


@cache
def _unanchored() -> re.Pattern[str]:
    """The case-sensitive pattern without its leading ``\\b``, kept where a word starts.

    With the report verbs first the scan skips to their first letters (a leading
    ``\\b`` hides them from the regex engine: 1.7x slower). The matches are the same: a
    verb that does not start a word is never a match, and what such a false start takes
    in (the rest of its word, spaces, "on", "last", a day) holds no verb a match could
    start at.
    """
    return re.compile(_pattern(ignore_case=False).pattern.removeprefix(r"\b"))


def _starts_word(text: str, at: int) -> bool:
    """Whether ``\\b`` holds before the word character at ``at``."""
    return not at or not (text[at - 1].isalnum() or text[at - 1] == "_")


@cache
def _plain_words() -> bool:
    """Whether the report verbs and weekdays are plain lower-case ASCII words (and the
    verbs none of the words that follow one in a phrase)."""
    lex = lexicon()
    words = [*lex.report_verbs, *lex.weekdays]
    plain = all(w.isascii() and w.isalpha() and w.islower() for w in words)
    # and no verb is a word that may follow one in a match (see _unanchored)
    return plain and lex.report_verbs.isdisjoint(
        {*lex.weekdays, "on", "last", "yesterday", "today"}
    )


def resolve(word: str, published: dt.date, last: bool = False) -> dt.date | None:
    """The day a relative word names, seen from an article published on ``published``."""
    word = word.lower()
    if word == "today":
        return published
    if word == "yesterday":
        return published - dt.timedelta(days=1)
    weekdays = lexicon().weekdays
    if word not in weekdays:
        return None
    back = (published.weekday() - weekdays.index(word)) % 7
    if back == 0 and last:
        back = 7
    return published - dt.timedelta(days=back)


def _subject(
    text: str, start: int, hops: Sequence[tuple[str, Evidence]], origin: str | None
) -> tuple[str | None, int]:
    """Which outlet the reporting verb at ``start`` belongs to, and where it is named."""
    preceding = [(ev.end, ev.start, name) for name, ev in hops if ev.end <= start]
    near = [
        item
        for item in preceding
        if len(_WORD.findall(text, item[0], start)) <= 3 and not _END.search(text, item[0], start)
    ]
    if near:
        _, named_at, name = max(near)
        return name, named_at
    words = list(_WORD.finditer(text, max(0, start - 40), start))[-3:]
    refs = [i for i, w in enumerate(words) if w.group(0).lower() in lexicon().outlet_references]
    if not refs:
        return None, start
    first = refs[0]
    if first and words[first - 1].group(0).lower() in _DETERMINERS:
        first -= 1  # "the newspaper", "that paper"
    named_at = words[first].start()
    if preceding:
        return max(preceding)[2], named_at
    return origin, named_at


def report_dates(
    text: str,
    published: dt.date | None,
    hops: Sequence[tuple[str, Evidence]],
    origin: str | None,
    low: str | None = None,
) -> list[ReportDate]:
    """Dates of cited outlets' reports that this (dated) article establishes (``low``:
    ``text.lower()`` when the caller has it)."""
    if published is None:
        return []
    found: list[ReportDate] = []
    for match in _report_phrases(text, low):
        outlet, named_at = _subject(text, match.start(), hops, origin)
        key = name_key(outlet)
        day = resolve(match.group(2), published, bool(match.group(1)))
        if outlet is None or key is None or day is None:
            continue
        evidence = Evidence.of(text, named_at, match.end())
        reason = (
            f"“{evidence.quote}” in an article dated {long_date(published)} "
            f"puts {outlet}'s report on {long_date(day)}"
        )
        found.append(ReportDate(outlet, key, day, evidence, reason))
    return found


def hop_evidence(record: Mapping[str, Any]) -> list[tuple[str, Evidence]]:
    """(outlet name, span) for every evidence span of every reporting hop (credits for
    photos or additional reporting are not who "said" something)."""
    out: list[tuple[str, Evidence]] = []
    attribution = record.get("attribution") or {}
    for hop in attribution.get("chain") or ():
        if not isinstance(hop, dict) or not isinstance(hop.get("name"), str):
            continue
        if hop.get("relation") == "credits":
            continue
        for ev in hop.get("evidence") or ():
            if isinstance(ev, dict):
                out.append((hop["name"], Evidence(ev["start"], ev["end"], ev["quote"])))
    return out
