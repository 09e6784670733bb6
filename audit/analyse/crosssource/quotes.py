"""Quotations compared across records: token alignment, anchors and differing words.

Two quotations are the *same passage* when their aligned words share an anchor (a run of
words, several of them meaningful). They *drift* when, inside the stretch both quote, the
words differ, or when both go on past the anchor with different words. A quotation that
is simply shorter (a partial quote) or that marks its cut with an ellipsis or a bracketed
insertion is not drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.analyse.crosssource.lexicon import WORD, lexicon, stem, word_key

GAP = "\x00"
_ELISION = re.compile(r"\[[^\]\n]{0,80}\]|…|\.\s?\.\s?\.")
_SHOWN = 5  # words shown on each side of a difference


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """A quotation as words: ``shown`` as written, ``keys`` lower-cased and stemmed."""

    shown: tuple[str, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Difference:
    a: str
    b: str


@dataclass(frozen=True, slots=True)
class Comparison:
    anchor: str
    differences: tuple[Difference, ...]

    @property
    def drift(self) -> bool:
        return bool(self.differences)


def quote_words(text: str) -> QuoteWords:
    """Split a quotation into words; ellipses and [insertions] become gap markers."""
    if "[" not in text and "…" not in text and text.count(".") < 3:  # no _ELISION in it
        words = WORD.findall(text)
        return QuoteWords(tuple(words), tuple(map(word_key, words)))
    return quote_words_with_gaps(text)


def quote_words_with_gaps(text: str) -> QuoteWords:
    """:func:`quote_words` for any quotation: the words between its elisions, a gap
    marker for each."""
    shown: list[str] = []
    keys: list[str] = []
    position = 0
    for match in [*_ELISION.finditer(text), None]:
        end = match.start() if match else len(text)
        words = WORD.findall(text, position, end)
        shown.extend(words)
        keys.extend(map(word_key, words))
        if match:
            shown.append("…")
            keys.append(GAP)
            position = match.end()
    return QuoteWords(tuple(shown), tuple(keys))


@cache
def _stop() -> frozenset[str]:
    return frozenset(stem(w) for w in lexicon().stopwords)


def meaningful(keys: tuple[str, ...] | list[str]) -> list[str]:
    stop = _stop()
    return [k for k in keys if k != GAP and k not in stop and len(k) > 2]


def _text(words: tuple[str, ...], start: int, end: int, keep_end: bool) -> str:
    part = words[start:end]
    if len(part) > _SHOWN:
        part = part[-_SHOWN:] if keep_end else part[:_SHOWN]
        return ("… " + " ".join(part)) if keep_end else (" ".join(part) + " …")
    return " ".join(part) or "(nothing)"


def compare(a: QuoteWords, b: QuoteWords, same_speaker: bool = False) -> Comparison | None:
    """Compare two quotations; None when they are not the same passage."""
    from rapidfuzz.distance import Indel  # imported on first use: `check` starts faster

    ops = Indel.opcodes(list(a.keys), list(b.keys))
    equal = [op for op in ops if op.tag == "equal"]
    if not equal:
        return None
    matched = [k for op in equal for k in a.keys[op.src_start : op.src_end]]
    longest = max(op.src_end - op.src_start for op in equal)
    need_words, need_meaningful = (3, 2) if same_speaker else (4, 3)
    if len(matched) < need_words or len(meaningful(matched)) < need_meaningful or longest < 2:
        return None
    first, last = equal[0], equal[-1]
    core = min(last.src_end - first.src_start, last.dest_end - first.dest_start)
    if len(matched) < 0.5 * core:
        return None
    anchor = " ".join(a.shown[first.src_start : last.src_end])
    differences: list[Difference] = []
    # inside the shared stretch: consecutive non-equal operations form one difference
    run: list[int] = [-1, -1, -1, -1]
    for op in ops:
        if op.src_start < first.src_end or op.src_start > last.src_start:
            continue
        if op.tag == "equal":
            _close(run, a, b, differences)
            run = [-1, -1, -1, -1]
            continue
        if run[0] < 0:
            run = [op.src_start, op.src_end, op.dest_start, op.dest_end]
        else:
            run[1], run[3] = op.src_end, op.dest_end
    _close(run, a, b, differences)
    # before and after the shared stretch: drift only when both sides go on differently
    if first.src_start and first.dest_start:
        head_a, head_b = a.keys[first.src_start - 1], b.keys[first.dest_start - 1]
        if GAP not in (head_a, head_b):
            differences.insert(
                0,
                Difference(
                    _text(a.shown, 0, first.src_start, True),
                    _text(b.shown, 0, first.dest_start, True),
                ),
            )
    both_go_on = last.src_end < len(a.keys) and last.dest_end < len(b.keys)
    if both_go_on and GAP not in (a.keys[last.src_end], b.keys[last.dest_end]):
        differences.append(
            Difference(
                _text(a.shown, last.src_end, len(a.shown), False),
                _text(b.shown, last.dest_end, len(b.shown), False),
            )
        )
    return Comparison(anchor, tuple(differences))


def _close(run: list[int], a: QuoteWords, b: QuoteWords, out: list[Difference]) -> None:
    if run[0] < 0:
        return
    part_a, part_b = a.keys[run[0] : run[1]], b.keys[run[2] : run[3]]
    if GAP in part_a or GAP in part_b:
        return  # a marked elision or insertion
    out.append(
        Difference(_text(a.shown, run[0], run[1], False), _text(b.shown, run[2], run[3], False))
    )


def contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """True when ``inner`` occurs as a contiguous run of ``outer``."""
    if not inner:
        return False
    needle = "\x01" + "\x01".join(inner) + "\x01"
    return needle in "\x01" + "\x01".join(outer) + "\x01"


@cache
def _headline_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per pair of quotation marks, in the lexicon's order."""
    patterns = []
    for opening, closing in lexicon().quote_pairs:
        exclude = re.escape(opening)  # an apostrophe inside may equal the closing mark
        patterns.append(
            re.compile(
                rf"(?<!\w){re.escape(opening)}([^{exclude}\n]{{1,150}}?){re.escape(closing)}(?!\w)"
            )
        )
    return tuple(patterns)


def headline_quotes(title: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of phrases a headline puts in quotation marks."""
    found: list[tuple[int, int, str]] = []
    for pattern in _headline_patterns():
        for match in pattern.finditer(title):
            if not any(s <= match.start(1) < e for s, e, _ in found):
                found.append((match.start(1), match.end(1), match.group(1)))
    return sorted(found)
