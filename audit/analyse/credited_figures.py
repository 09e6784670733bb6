"""Credited figures: a number the article gives on someone's word is an attributed estimate.

"Police said four people had not yet been accounted for", "Health Canada said it had
received two reports", "… up 14% from a year earlier, the company said in a filing": the
figure stands on its source's say-so. The caveat cues (``caveats.yaml`` ``kinds``) find
estimates worded as such ("an estimated", "about …, officials said"); this pass adds, once
per sentence, a figure a reporting verb or "according to" credits to a source, with the
clauses from the credit to the figure as evidence. Left out (``credited_figures`` in the
same file): periods of time, plans and promises, passives, first-person accounts,
background in a relative clause ("the hospital, which has 212 beds"), figures inside a
long quotation (the speaker's own words, credited as a quote), and sentences that already
carry an anonymous-source or hedge caveat.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from audit.analyse import lexicons
from audit.analyse.caveats import clause
from audit.analyse.segment import sentences
from audit.analyse.spans import Spans
from audit.model import Article, Evidence

#: Caveat kinds whose sentence is no credited figure's: the source is unnamed or unsure.
_HEARSAY = frozenset({"anonymous_source", "hedge"})
_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\s+(?:[\w’']+\s+)?$")
# Not a source's credit: "That said, …", "an estimated 3,000", "the reported figure".
_NO_CREDIT_BEFORE = re.compile(r"(?:\b(?:that|having)|\b(?:an?|the))\s+$", re.I)
# A relative clause: background on a name ("the hospital, which has 212 beds,"), not its
# say-so; nor is a verb inside one a credit (", who it says have waited").
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b", re.I)
_CLAUSE_START = re.compile(r"[,;:(—–]\s*")
#: A quotation this long is the speaker's own account, credited as a quote; a shorter one
#: is a phrase the writer credits ("said that “around half” had left").
_QUOTED_WORDS = 6


@dataclass(frozen=True)
class _Cues:
    after: re.Pattern[str]  # a credit after the figure: ", the company said"
    before: re.Pattern[str]  # a credit before it: "Health Canada said"
    not_after_verb: tuple[re.Pattern[str], ...]
    not_in_sentence: tuple[re.Pattern[str], ...]
    periods: frozenset[str]


@cache
def _cues() -> _Cues:
    data = lexicons.load("caveats")["credited_figures"]
    verbs = "|".join(re.escape(v) for v in data["verbs"])
    before = "|".join(re.escape(v) for v in data["verbs"] if v not in data["after_only"])
    return _Cues(
        re.compile(rf",\s+(?:according\s+to\b|(?:[\w’'.&-]+\s+){{0,6}}?(?:{verbs})\b)", re.I),
        re.compile(rf"\b(?:according\s+to|{before})\b", re.I),
        lexicons.compiled(tuple(data["not_after_verb"])),
        lexicons.compiled(tuple(data["not_in_sentence"])),
        frozenset(str(p).lower() for p in data["periods"]),
    )


def find_credited(
    text: str,
    figures: list[dict[str, Any]],
    caveats: list[dict[str, Any]],
    quotes: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Attributed-estimate caveats for the sentences of ``text`` whose figure a source is
    credited with, leaving out sentences an attributed estimate in ``caveats`` covers and
    figures inside ``quotes`` (the speaker's own words, credited as a quote)."""
    cues = _cues()
    quoted = _spans(q for q in quotes if len(q["text"].split()) >= _QUOTED_WORDS)
    sents = sentences(text)
    starts = [s.start for s in sents]
    estimates = _spans(c for c in caveats if c["kind"] == "attributed_estimate")
    hearsay = _spans(c for c in caveats if c["kind"] in _HEARSAY)
    out: list[dict[str, Any]] = []
    done: set[int] = set()
    for fig in figures:
        if str(fig["unit"]).lower() in cues.periods:
            continue
        fs, fe = fig["evidence"]["start"], fig["evidence"]["end"]
        if quoted.overlaps(fs, fe):
            continue
        k = bisect.bisect_right(starts, fs) - 1
        if k < 0 or k in done or fe > sents[k].end:
            continue
        sent = sents[k]
        span = _credit(text, fs, fe, sent.start, sent.end, cues)
        if span is None:
            continue
        done.add(k)
        s, e = span
        if (
            estimates.overlaps(s, e)
            or hearsay.overlaps(sent.start, sent.end)
            or any(p.search(text, sent.start, sent.end) for p in cues.not_in_sentence)
        ):
            continue
        out.append(
            {
                "kind": "attributed_estimate",
                "stated_by": "self",
                "evidence": Evidence.of(text, s, e).as_json(),
                "method": "body",
            }
        )
    return out


def _spans(items: Iterable[dict[str, Any]]) -> Spans:
    """The evidence spans of ``items``."""
    return Spans((i["evidence"]["start"], i["evidence"]["end"]) for i in items)


def _credit(text: str, fs: int, fe: int, lo: int, hi: int, cues: _Cues) -> tuple[int, int] | None:
    """The clauses from the figure ``text[fs:fe]`` to the credit that names its source in
    the sentence ``text[lo:hi]``, or None when no source is credited with it."""
    s, _ = clause(text, fs, fe, lo, hi)
    relative = _clause_start(text, lo, fs)
    if _RELATIVE.match(text, relative):
        if cues.before.search(text, relative, fs) is None:
            return None  # "The hospital, which has 212 beds, …, a spokesperson said"
        lo = relative  # "…, which she said had passed 100,000 downloads"
    after = cues.after.search(text, fe, hi)
    if after is not None and _RELATIVE.search(text, after.start(), after.end()):
        after = None  # ", who it says have waited"
    if after is not None:
        if any(p.search(text, s, fs) for p in cues.not_after_verb):
            return None  # "… will pay a dividend of 95 pesos, the company said"
        _, e = clause(text, after.end() - 1, after.end(), lo, hi)
        return s, max(e, after.end())
    for m in cues.before.finditer(text, lo, fs):
        head = text[max(lo, m.start() - 20) : m.start()]
        if _FIRST_PERSON.search(head) or _NO_CREDIT_BEFORE.search(head):
            continue
        if any(p.search(text, m.end(), fs) for p in cues.not_after_verb):
            return None
        s, _ = clause(text, m.start(), m.end(), lo, hi)
        _, e = clause(text, fs, fe, lo, hi)
        return min(s, m.start()), max(e, fe)
    return None


def _clause_start(text: str, lo: int, position: int) -> int:
    """Where the comma-, dash- or bracket-delimited clause holding ``position`` starts."""
    start = lo
    for m in _CLAUSE_START.finditer(text, lo, position):
        start = m.end()
    return start


def analyse_credited_figures(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """The caveats, with an attributed estimate added for each credited figure."""
    added = find_credited(article.text, found["figures"], found["caveats"], found["quotes"])
    if not added:
        return {}
    caveats = sorted([*found["caveats"], *added], key=lambda c: c["evidence"]["start"])
    return {"caveats": caveats}
