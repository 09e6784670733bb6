"""Which figures and quotations of one story refer to the same thing (indexed, not all pairs)."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, TypeVar

from audit.analyse.crosssource.digest import Digest, FigureRef, QuoteRef
from audit.analyse.crosssource.figures import agree, conflict, same_event_possible
from audit.analyse.crosssource.lexicon import stem, value_key
from audit.analyse.crosssource.quotes import Comparison, compare, meaningful

MAX_BUCKET = 400  # a context word shared by more figures than this says nothing
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FigurePair:
    """Two statements of one quantity that conflict, each with the records making it."""

    a: tuple[tuple[Digest, FigureRef], ...]
    b: tuple[tuple[Digest, FigureRef], ...]


def _pair(x: FigureRef) -> tuple[float, str]:
    return (x.value, x.qualifier)


def same_figure_buckets(story: Sequence[Digest]) -> dict[str, list[tuple[Digest, FigureRef]]]:
    """Figures keyed by what they count and their value ("person|7e+03")."""
    buckets: dict[str, list[tuple[Digest, FigureRef]]] = defaultdict(list)
    for d in story:
        for fig in d.figures:
            if fig.unit_class is not None:
                buckets[f"{fig.unit_class}|{value_key(fig.value)}"].append((d, fig))
    return buckets


def _has_agreeing(d: Digest, fig: FigureRef) -> bool:
    return any(g.unit_class == fig.unit_class and agree(_pair(g), _pair(fig)) for g in d.figures)


def _pairs_sharing(keys_of: Sequence[AbstractSet[Hashable]]) -> Counter[tuple[int, int]]:
    """How many keys each pair of items shares, through an inverted index; keys shared by
    more than MAX_BUCKET items are skipped (they say nothing).

    Only keys of two items or more are indexed: most keys belong to one item, and they
    are found by counting in C (``Counter``) rather than by indexing each in Python.
    """
    counts = Counter(itertools.chain.from_iterable(keys_of))
    common = {key for key, n in counts.items() if 1 < n <= MAX_BUCKET}
    index: dict[Hashable, list[int]] = defaultdict(list)
    for position, keys in enumerate(keys_of):
        for key in common.intersection(keys):
            index[key].append(position)
    pairs = (itertools.combinations(members, 2) for members in index.values())
    return Counter(itertools.chain.from_iterable(pairs))  # counted in C, not pair by pair


def _across(
    xs: Sequence[tuple[Digest, T]], ys: Sequence[tuple[Digest, T]]
) -> tuple[tuple[Digest, T], tuple[Digest, T]] | None:
    """One item of each list from two different records, if there is such a pair."""
    for x in xs:
        for y in ys:
            if x[0] is not y[0]:
                return x, y
    return None


def conflicting_figures(story: Sequence[Digest], min_shared: int = 2) -> Iterator[FigurePair]:
    """Figures of one quantity (same kind, similar words around them) that cannot both be true.

    A figure is not in conflict with a record that also states a figure agreeing with it:
    "403 pages" beside "96 pages" in a breakdown of the same 403 is not a contradiction.
    Identical statements (syndicated copies) are compared once.
    """
    statements: dict[tuple[Any, ...], list[tuple[Digest, FigureRef]]] = defaultdict(list)
    for d in story:
        for fig in d.figures:
            if fig.unit_class is not None:
                key = (fig.unit_class, fig.value, fig.qualifier, fig.context.window)
                statements[key].append((d, fig))
    unique = list(statements.values())
    keys_of = []
    for copies in unique:
        fig = copies[0][1]
        unit_words = {stem(w.lower()) for w in (fig.unit or "").split()}
        keys_of.append({(fig.unit_class, w) for w in fig.context.window - unit_words})
    for (x, y), count in sorted(_pairs_sharing(keys_of).items()):
        fa, fb = unique[x][0][1], unique[y][0][1]
        if count < min_shared:
            continue
        wa, wb = fa.context.window, fb.context.window
        if count < 0.2 * (len(wa) + len(wb) - len(wa & wb)):  # 0.2 * len(wa | wb)
            continue
        if not conflict(_pair(fa), _pair(fb)) or not same_event_possible(fa.context, fb.context):
            continue
        side_a = tuple((d, f) for d, f in unique[x] if not _has_agreeing(d, fb))
        side_b = tuple((d, f) for d, f in unique[y] if not _has_agreeing(d, fa))
        if _across(side_a, side_b) is not None:
            yield FigurePair(side_a, side_b)


@dataclass(frozen=True, slots=True)
class QuoteLink:
    a: tuple[Digest, QuoteRef]
    b: tuple[Digest, QuoteRef]
    comparison: Comparison


def quote_links(story: Sequence[Digest], min_shared: int = 2) -> Iterator[QuoteLink]:
    """Pairs of quotations in different records that quote the same passage.

    Identical wordings are grouped first (copies link to the first copy), so a line quoted
    by hundreds of records costs one comparison per distinct wording, not per pair.
    """
    groups: dict[tuple[str, ...], list[tuple[Digest, QuoteRef]]] = defaultdict(list)
    for d in story:
        for quote in d.quotes:
            if quote.words.keys:
                groups[quote.words.keys].append((d, quote))
    wordings = list(groups.values())
    for copies in wordings:
        first = copies[0]
        same: Comparison | None = None  # one for every copy of this wording (immutable)
        for other in copies[1:]:
            if other[0] is not first[0]:
                same = same or Comparison(" ".join(first[1].words.shown), ())
                yield QuoteLink(first, other, same)
    keys_of = [set(meaningful(copies[0][1].words.keys)) for copies in wordings]
    speakers = [{q.speaker_key for _, q in copies if q.speaker_key} for copies in wordings]
    for (x, y), count in sorted(_pairs_sharing(keys_of).items()):
        if count < min_shared:  # too few even for one speaker
            continue
        same_speaker = not speakers[x].isdisjoint(speakers[y])
        if count < (min_shared if same_speaker else min_shared + 1):
            continue
        pair = _across(wordings[x], wordings[y])
        if pair is None:
            continue
        (da, qa), (db, qb) = pair
        result = compare(qa.words, qb.words, same_speaker)
        if result is not None:
            yield QuoteLink((da, qa), (db, qb), result)
