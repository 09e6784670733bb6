"""The small digest of one record that cross-source rules keep (never the whole text)."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import itemgetter
from typing import Any

from audit.analyse.crosssource.dates import ReportDate, hop_evidence, parse_date, report_dates
from audit.analyse.crosssource.figures import EventContext, SentenceWords, is_year, numbers_in
from audit.analyse.crosssource.lexicon import lexicon, name_key, tokens, unit_class
from audit.analyse.crosssource.quotes import (
    GAP,
    QuoteWords,
    contains,
    headline_quotes,
    quote_words,
)
from audit.analyse.segment import Segment, sentences_in
from audit.model import Evidence

_CAPITALISED_SPLIT = re.compile(r"([A-Z][\w'’-]+)")
_MAX_ENTITIES = 25
_SPAN_KEYS = frozenset({"start", "end", "quote"})
_LAST_TWO = itemgetter(slice(-2, None))
_SENTENCE_START = frozenset('.!?\n“"‘:')
_MAX_QUOTE = 600
_CITING = ("republishes", "reports", "cites", "obtained")


@dataclass(frozen=True, slots=True)
class FigureRef:
    pointer: str
    value: float
    qualifier: str
    unit: str | None
    unit_class: str | None
    evidence: Evidence
    sentence: Evidence
    context: EventContext

    @property
    def label(self) -> str:
        return self.evidence.quote


@dataclass(frozen=True, slots=True)
class QuoteRef:
    pointer: str
    text: str
    speaker: str | None
    speaker_key: str | None
    words: QuoteWords
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class HeadlinePhrase:
    phrase: str
    keys: tuple[str, ...]
    evidence: Evidence
    in_body: bool


@dataclass(frozen=True, slots=True)
class Hop:
    name: str
    key: str
    relation: str
    evidence: Evidence | None


@dataclass(frozen=True, slots=True)
class Digest:
    """What the XSC rules know about one record."""

    record_id: str
    path: str
    story: str | None
    origin: str | None
    origin_key: str | None
    hops: tuple[Hop, ...]
    outlet_keys: frozenset[str]  # this copy's outlet and the outlet whose article it is
    published: dt.date | None
    not_before: dt.date | None
    entities: frozenset[str]
    numbers: frozenset[str]
    figures: tuple[FigureRef, ...]
    quotes: tuple[QuoteRef, ...]
    headline: tuple[HeadlinePhrase, ...]
    report_dates: tuple[ReportDate, ...]

    def cites(self, key: str) -> Hop | None:
        """The hop by which this record relays outlet ``key`` (origin included)."""
        for hop in self.hops:
            if hop.key == key and hop.relation in _CITING:
                return hop
        if self.origin_key == key:
            return Hop(self.origin or key, key, "reports", self.origin_evidence())
        return None

    def origin_evidence(self) -> Evidence | None:
        return next((h.evidence for h in self.hops if h.key == self.origin_key), None)


def _evidence(node: Any) -> Evidence | None:
    if isinstance(node, dict) and node.keys() >= _SPAN_KEYS:
        return Evidence(int(node["start"]), int(node["end"]), str(node["quote"]))
    return None


def _entities(text: str, outlets: set[str]) -> frozenset[str]:
    """The most frequent capitalised words not starting a sentence, outlet names left out
    (origins are compared on their own)."""
    stop = lexicon().entity_stopwords  # and the outlets' words, looked up apart (no copy)
    parts = _CAPITALISED_SPLIT.split(text)  # gap, word, gap, word, ..., gap: all in C
    gaps, words = parts[0:-1:2], parts[1::2]
    if not words:
        return frozenset()
    # What decides is the two characters before a word; when the gap is one character
    # the first is the previous word's last, which is neither space nor a sentence end
    # ("a" stands for it). Gaps between words are never empty; the first one (from the
    # text's start) is read as it is.
    tails = list(map(_LAST_TWO, gaps))
    counted = {tail: _mid_sentence(tail if len(tail) > 1 else "a" + tail) for tail in set(tails)}
    counts = Counter(words[:1] if _mid_sentence(tails[0]) else ())
    counts.update(compress(words[1:], map(counted.__getitem__, tails[1:])))  # in C
    # Lower-case once per distinct word (the counts of words that meet there add up).
    merged: Counter[str] = Counter()
    for word, n in counts.items():
        key = word.lower().replace("’", "'")
        if len(key) > 2 and key not in stop and key not in outlets:
            merged[key] += n
    return frozenset(word for word, _ in merged.most_common(_MAX_ENTITIES))


def _mid_sentence(before: str) -> bool:
    """Whether a capital after these (up to two) characters is not sentence-initial."""
    before = before.strip()
    return bool(before) and before[-1] not in _SENTENCE_START


class _Sentences:
    """The sentence around an offset, segmenting only the lines asked about.

    Sentences never cross a line (nor a paragraph, which is made of whole lines), and
    what the text's paragraphs strip from a line's ends is white space, which no sentence
    holds: so the last sentence starting at or before an offset lies in the offset's own
    line, and segmenting that line alone gives what searching every sentence of the text
    gives.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lengths = map((1).__add__, map(len, text.split("\n")))  # each line with its "\n"
        self.starts = list(accumulate(lengths, initial=0))[:-1]  # where each line starts
        self.done: dict[int, tuple[list[int], list[Segment]]] = {}

    def at(self, offset: int) -> Segment | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index not in self.done:
            start = self.starts[index]
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            spans = list(sentences_in(Segment(start, end, self.text[start:end])))
            self.done[index] = ([s.start for s in spans], spans)
        starts, spans = self.done[index]
        position = bisect.bisect_right(starts, offset) - 1
        return spans[position] if position >= 0 and spans[position].end >= offset else None


def _finite(value: Any) -> float | None:
    """A figure's value as a float, or None when it is no number or beyond a float's range
    (an integer of 400 digits is valid JSON, and compares with nothing)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _figures(record: Mapping[str, Any], text: str) -> tuple[FigureRef, ...]:
    around = _Sentences(text)
    read: dict[tuple[int, int], tuple[Evidence, SentenceWords]] = {}
    out: list[FigureRef] = []
    for index, fig in enumerate(record.get("figures") or ()):
        evidence = _evidence(fig.get("evidence")) if isinstance(fig, dict) else None
        value = _finite(fig.get("value")) if isinstance(fig, dict) else None
        if evidence is None or value is None:
            continue
        if not evidence.holds_in(text) or is_year(value, fig.get("unit")):
            continue
        seg = around.at(evidence.start) or Segment(evidence.start, evidence.end, evidence.quote)
        if (seg.start, seg.end) not in read:  # figures often share a sentence: read it once
            read[seg.start, seg.end] = (
                Evidence.of(text, seg.start, seg.end),
                SentenceWords(seg.text),
            )
        sentence, words = read[seg.start, seg.end]
        unit = fig.get("unit") if isinstance(fig.get("unit"), str) else None
        out.append(
            FigureRef(
                pointer=f"/figures/{index}",
                value=value,
                qualifier=str(fig.get("qualifier") or "exact"),
                unit=unit,
                unit_class=unit_class(unit),
                evidence=evidence,
                sentence=sentence,
                context=words.context(evidence.start - seg.start),
            )
        )
    return tuple(out)


def _quotes(record: Mapping[str, Any], text: str) -> tuple[QuoteRef, ...]:
    out: list[QuoteRef] = []
    speakers: dict[str | None, str | None] = {}
    for index, quote in enumerate(record.get("quotes") or ()):
        if not isinstance(quote, dict) or not isinstance(quote.get("text"), str):
            continue
        evidence = _evidence(quote.get("evidence"))
        if evidence is None or not evidence.holds_in(text):
            continue
        body = quote["text"][:_MAX_QUOTE]
        body = evidence.quote if body == evidence.quote else body  # one string to pack
        speaker = quote.get("speaker") if isinstance(quote.get("speaker"), str) else None
        if speaker not in speakers:  # a record quotes the same few people again and again
            speakers[speaker] = name_key(speaker)
        out.append(
            QuoteRef(
                f"/quotes/{index}", body, speaker, speakers[speaker], quote_words(body), evidence
            )
        )
    return tuple(out)


def _headline(record: Mapping[str, Any], text: str) -> tuple[HeadlinePhrase, ...]:
    title = record.get("title") or {}
    span = _evidence(title.get("evidence"))
    if span is None or not span.holds_in(text):
        return ()
    found = headline_quotes(span.quote)
    if not found:
        return ()
    rest = text[: span.start] + " \n " + text[span.end :]
    # Every key of the body is a prefix of one of its words lower-cased, so a key that is
    # nowhere in the lower-cased body is in none of its quotations' words either: then
    # the body need not be split into words. (Lower-casing is char by char but for a
    # capital sigma, whose form depends on its neighbours: a body holding one is split.)
    low = rest.lower().replace("’", "'") if "Σ" not in rest else None
    body: tuple[str, ...] | None = None
    out = []
    for start, end, phrase in found:
        keys = quote_words(phrase).keys
        if low is not None and not all(k in low for k in keys if k != GAP):
            in_body = False
        else:
            body = body if body is not None else quote_words(rest).keys
            in_body = contains(body, keys)
        evidence = Evidence.of(text, span.start + start, span.start + end)
        out.append(HeadlinePhrase(phrase, keys, evidence, in_body))
    return tuple(out)


def _hops(record: Mapping[str, Any]) -> tuple[Hop, ...]:
    out = []
    for hop in (record.get("attribution") or {}).get("chain") or ():
        key = name_key(hop.get("name")) if isinstance(hop, dict) else None
        if key is None:
            continue
        evidence = next((e for e in map(_evidence, hop.get("evidence") or ()) if e), None)
        out.append(Hop(hop["name"], key, str(hop.get("relation") or "cites"), evidence))
    return tuple(out)


def digest(record: Mapping[str, Any], path: str) -> Digest:
    """Build the digest of one schema-valid record."""
    text = str(record.get("text") or "")
    low = text.lower()  # read by numbers_in and report_dates
    attribution = record.get("attribution") or {}
    origin = attribution.get("origin") if isinstance(attribution.get("origin"), str) else None
    published = record.get("published") or {}
    date = parse_date(published.get("date"))
    outlets = {
        name_key((record.get("outlet") or {}).get("name")),
        name_key((record.get("republication") or {}).get("original_outlet")),
    }
    story = record.get("story")
    hops = _hops(record)
    outlet_words = {w for name in [*outlets, *(h.key for h in hops)] if name for w in name.split()}
    return Digest(
        record_id=str(record.get("id") or path),
        path=path,
        story=story if isinstance(story, str) else None,
        origin=origin,
        origin_key=name_key(origin),
        hops=hops,
        outlet_keys=frozenset(k for k in outlets if k),
        published=date,
        not_before=parse_date(published.get("not_before")),
        entities=_entities(text, outlet_words),
        numbers=numbers_in(text, low),
        figures=_figures(record, text),
        quotes=_quotes(record, text),
        headline=_headline(record, text),
        report_dates=tuple(report_dates(text, date, hop_evidence(record), origin, low)),
    )


def story_keys(d: Digest) -> set[str]:
    """Index keys that suggest two records tell the same story."""
    return set().union(*story_key_families(d))


def story_key_families(d: Digest) -> tuple[set[str], set[str], set[str], set[str]]:
    """:func:`story_keys` by family: entities ("e:"), speakers ("s:"), quoted word runs
    ("q:") and figures ("f:"), in the order of ``packed.FAMILIES``."""
    entities = {"e:" + e for e in d.entities}
    speakers = {"s:" + q.speaker_key for q in d.quotes if q.speaker_key}
    figures = {f"f:{fig.unit_class}|{fig.value:.3g}" for fig in d.figures if fig.value >= 10}
    runs: set[str] = set()
    for quote in d.quotes:
        words = [k for k in quote.words.keys if len(k) > 3][:12]
        triples = zip(words, words[1:], words[2:], strict=False)  # " ".join of each run of 3
        runs.update([f"q:{a} {b} {c}" for a, b, c in triples])
    return entities, speakers, runs, figures


__all__ = ["Digest", "FigureRef", "HeadlinePhrase", "Hop", "QuoteRef", "digest", "tokens"]
