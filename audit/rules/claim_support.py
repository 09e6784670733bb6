"""Shared helpers of the ATT/CAV claim rules: cue lists and sentence access over a record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from audit.analyse import lexicons
from audit.analyse.prefilter import Gate, Scan
from audit.analyse.segment import Segment, paragraphs, sentences_in
from audit.model import Evidence


def cues(name: str) -> tuple[re.Pattern[str], ...]:
    """Compiled patterns of one list in audit/lexicon/claim_rules.yaml."""
    return lexicons.compiled(tuple(lexicons.load("claim_rules")[name]))


#: The cue lists the rules search; one keyword gate covers them all.
GATED_CUES = ("secondhand_cues", "unverified_material_cues", "allegation_cues", "strong_claim_cues")


@cache
def _gate() -> tuple[Gate, dict[str, range]]:
    """One gate over every gated cue list, and each list's indexes in it."""
    patterns: list[re.Pattern[str]] = []
    ranges: dict[str, range] = {}
    for name in GATED_CUES:
        listed = cues(name)
        ranges[name] = range(len(patterns), len(patterns) + len(listed))
        patterns.extend(listed)
    return Gate(patterns), ranges


@lru_cache(maxsize=1)
def _scan(text: str) -> Scan:
    return _gate()[0].scan(text)


def cues_in(name: str, text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of cue list ``name`` that can match somewhere in ``text``.

    One keyword pass over the text (shared by the rules of one record) rules out the
    patterns whose required words are absent: those match neither the text nor any part
    of it.
    """
    gate = _gate()[0]
    return tuple(gate.patterns[i] for i in _possible(name, text))


@lru_cache(maxsize=len(GATED_CUES))
def _possible(name: str, text: str) -> tuple[int, ...]:
    """Indexes (in the gate) of the patterns of cue list ``name`` that can match ``text``."""
    scan = _scan(text)
    return tuple(i for i in _gate()[1][name] if scan.can_match(i))


def sentence_cues(name: str, text: str, sentence: Segment) -> tuple[re.Pattern[str], ...]:
    """The patterns of cue list ``name`` that can match ``sentence`` (a span of ``text``)
    searched alone: the record's keyword pass tells which cue words lie inside it."""
    gate = _gate()[0]
    found = _scan(text).matchable_in(_possible(name, text), sentence.start, sentence.end)
    return tuple(gate.patterns[i] for i in found)


def first_cue(name: str, text: str) -> re.Match[str] | None:
    """The earliest match in ``text`` of any pattern of cue list ``name`` (the first listed
    on a tie): :func:`first_match` over :func:`cues_in`, each pattern tried only where the
    keyword pass says a match can start."""
    scan = _scan(text)
    hits = [m for i in _possible(name, text) if (m := next(scan.finditer(i), None))]
    return min(hits, key=lambda m: m.start()) if hits else None


def first_match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """The earliest match of any pattern in ``text``."""
    hits = [m for p in patterns if (m := p.search(text))]
    return min(hits, key=lambda m: m.start()) if hits else None


def evidence(text: str, start: int, end: int) -> Evidence:
    return Evidence.of(text, start, end)


def caveat_kinds(record: dict[str, Any]) -> set[str]:
    """Kinds of the caveats a record states."""
    return {str(c.get("kind")) for c in record.get("caveats") or [] if isinstance(c, dict)}


def cue_paragraphs(name: str, text: str) -> Iterator[list[Segment]]:
    """Sentences, grouped by paragraph, of just the paragraphs where some pattern of cue
    list ``name`` can match: a paragraph holding none of a cue's words holds no sentence
    the cue can match, so it is neither segmented nor searched."""
    scan, possible = _scan(text), _possible(name, text)
    for index, para in enumerate(paragraphs(text)):
        if scan.matchable_in(possible, para.start, para.end):
            yield list(_sentences_of(text, index, para))


def _sentences_of(text: str, index: int, para: Segment) -> tuple[Segment, ...]:
    """The sentences of paragraph ``index`` of ``text``, segmented once per record."""
    done = _segmented(text)
    if index not in done:
        done[index] = tuple(sentences_in(para))
    return done[index]


@lru_cache(maxsize=1)  # the rules of one record ask in turn
def _segmented(text: str) -> dict[int, tuple[Segment, ...]]:
    return {}
