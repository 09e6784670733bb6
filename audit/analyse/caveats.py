"""Caveats: the limits on its evidence that an article states, by kind.

Cues are data (audit/lexicon/caveats.yaml). A cue's evidence is the clause around it
(between commas, dashes, semicolons, colons, brackets or sentence ends), so a reader sees
what the caveat is about. Negation is handled in the cues themselves ("has not been
verified" is a caveat, "has been verified" is not) and by per-kind exclusions ("has not
denied", "was denied bail"). `stated_by` is the outlet the clause names as the one making
the caveat ("not been independently verified by the Financial Times"), otherwise "self".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from audit.analyse import lexicons, prefilter
from audit.analyse.mentions import outlet_mentions
from audit.analyse.segment import sentences
from audit.model import Article, Evidence

_BOUNDARY = re.compile(r"(?<!\d),(?!\d)|[;:—–()\[\]]|\s-\s")
_MAX_CLAUSE = 260
Kind = tuple[
    str, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]
]


@cache
def _kinds() -> tuple[Kind, ...]:
    data = lexicons.load("caveats")["kinds"]
    return tuple(
        (
            kind,
            lexicons.compiled(tuple(spec["patterns"])),
            lexicons.compiled(tuple(spec.get("exclude_before", ()))),
            lexicons.compiled(tuple(spec.get("exclude_after", ()))),
        )
        for kind, spec in data.items()
    )


@cache
def _gate() -> prefilter.Gate:
    """One keyword pass tells which cue patterns can match an article at all."""
    return prefilter.Gate(p for _, patterns, _, _ in _kinds() for p in patterns)


@cache
def _stated_by() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = lexicons.load("caveats")
    return (
        lexicons.compiled(tuple(data["stated_by_before"])),
        lexicons.compiled(tuple(data["stated_by_after"])),
    )


def clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` (a sentence) around ``start:end``."""
    left = lo
    for b in _BOUNDARY.finditer(text, lo, start):
        left = b.end()
    right = hi
    after = _BOUNDARY.search(text, end, hi)
    if after:
        right = after.start()
    while left < right and not text[left].isalnum() and text[left] not in "“\"‘'":
        left += 1
    while right > left and text[right - 1] in " \t\n.!?":
        right -= 1
    if right - left > _MAX_CLAUSE:
        left = max(left, start - 100)
        right = min(right, end + 100)
        while left < start and not text[left - 1].isspace():
            left += 1
        while end < right < len(text) and not text[right].isspace():
            right -= 1
    return left, right


def _excluded(
    text: str,
    m: re.Match[str],
    before: tuple[re.Pattern[str], ...],
    after: tuple[re.Pattern[str], ...],
) -> bool:
    head = text[max(0, m.start() - 40) : m.start()]
    tail = text[m.end() : m.end() + 40]
    return any(p.search(head) for p in before) or any(p.match(tail) for p in after)


_HEADING = 60  # characters: a shorter line ending inside a cue is a heading, not wrapped text


def _runs_past_a_heading(text: str, m: re.Match[str]) -> bool:
    """Whether a cue runs from one paragraph into the next, or from a heading into the line
    below it ("… officials say\nAt least 12"); a sentence hard-wrapped at a line's end is
    read across."""
    words = m.group()
    if "\n\n" in words:
        return True
    at = words.find("\n")
    if at < 0:
        return False
    end = m.start() + at
    return end - (text.rfind("\n", 0, end) + 1) < _HEADING


def find_caveats(text: str) -> list[dict[str, Any]]:
    """Caveats in ``text``, ordered by position; one per kind and clause."""
    sents = sentences(text)
    starts = [s.start for s in sents]
    mentions = outlet_mentions(text)
    mention_starts = [o.start for o in mentions]  # in order of start
    before_pats, after_pats = _stated_by()
    seen: dict[str, tuple[list[int], list[int]]] = {}  # kind -> starts, ends: apart, in order
    out: list[tuple[int, dict[str, Any]]] = []
    scan = _gate().scan(text)
    index = -1
    for kind, patterns, ex_before, ex_after in _kinds():
        for _ in patterns:
            index += 1
            if not scan.can_match(index):
                continue
            for m in scan.finditer(index):
                if _runs_past_a_heading(text, m) or _excluded(text, m, ex_before, ex_after):
                    continue
                k = bisect.bisect_right(starts, m.start()) - 1
                sent = sents[k] if k >= 0 and m.start() < sents[k].end else None
                lo, hi = (sent.start, max(sent.end, m.end())) if sent else (0, len(text))
                lo, hi = max(lo, m.start() - _MAX_CLAUSE), min(hi, m.end() + _MAX_CLAUSE)
                s, e = clause(text, m.start(), m.end(), lo, hi)
                s, e = min(s, m.start()), max(e, m.end())
                kept_starts, kept_ends = seen.setdefault(kind, ([], []))
                at = bisect.bisect_left(kept_starts, e)  # those before start before ``e``;
                if at and kept_ends[at - 1] > s:  # the last of them reaches furthest
                    continue
                kept_starts.insert(at, s)
                kept_ends.insert(at, e)
                stated_by = "self"
                first = bisect.bisect_left(mention_starts, s)
                for o in mentions[first : bisect.bisect_right(mention_starts, e)]:
                    if o.end > e:
                        continue
                    head = text[max(s, o.start - 30) : o.start]
                    tail = text[o.end : min(e, o.end + 40)]
                    if any(p.search(head) for p in before_pats) or any(
                        p.match(tail) for p in after_pats
                    ):
                        stated_by = o.name
                        break
                ev = Evidence.of(text, s, e)
                out.append(
                    (
                        s,
                        {
                            "kind": kind,
                            "stated_by": stated_by,
                            "evidence": ev.as_json(),
                            "method": "body",
                        },
                    )
                )
    out.sort(key=lambda item: item[0])
    return _without_superseded([c for _, c in out])


_SAME_WORDS = 0.8  # share of the longer evidence two caveats must have in common


@cache
def _supersedes() -> dict[str, frozenset[str]]:
    """Kind -> the more general kinds it replaces on the same words."""
    data = lexicons.load("caveats").get("supersedes") or {}
    return {kind: frozenset(general) for kind, general in data.items()}


def _without_superseded(caveats: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a general caveat on (nearly) the words of a more specific kind's ("We don't
    know for certain who first posted the claim" is provenance, not a limit of evidence)."""
    rules = _supersedes()
    specific = [c for c in caveats if c["kind"] in rules]
    if not specific:
        return caveats

    def same_words(a: dict[str, Any], b: dict[str, Any]) -> bool:
        shared: int = min(a["end"], b["end"]) - max(a["start"], b["start"])
        longest: int = max(a["end"] - a["start"], b["end"] - b["start"])
        return shared >= _SAME_WORDS * longest

    def replaced(c: dict[str, Any]) -> bool:
        return any(
            c["kind"] in rules[s["kind"]] and same_words(c["evidence"], s["evidence"])
            for s in specific
        )

    return [c for c in caveats if not replaced(c)]


def analyse_caveats(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Stated caveats with kind, who states them, and the clause as evidence."""
    return {"caveats": find_caveats(article.text)}
