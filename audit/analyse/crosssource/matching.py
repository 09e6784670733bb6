"""Which figures and quotations of one story refer to the same thing (indexed, not all pairs)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from audit.analyse.crosssource.digest import Digest, FigureRef, QuoteRef
from audit.analyse.crosssource.figures import agree, conflict, same_event_possible
from audit.analyse.crosssource.lexicon import stem, value_key
from audit.analyse.crosssource.quotes import Comparison, compare, meaningful

MAX_BUCKET = 400  # a context word shared by more figures than this says nothing


@dataclass(frozen=True, slots=True)
class FigurePair:
    a: tuple[Digest, FigureRef]
    b: tuple[Digest, FigureRef]


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


def conflicting_figures(story: Sequence[Digest], min_shared: int = 2) -> Iterator[FigurePair]:
    """Figures of one quantity (same kind, similar words around them) that cannot both be true.

    A figure is not in conflict with a record that also states a figure agreeing with it:
    "403 pages" beside "96 pages" in a breakdown of the same 403 is not a contradiction.
    """
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    figs: list[tuple[Digest, FigureRef]] = []
    for d in story:
        for fig in d.figures:
            if fig.unit_class is None:
                continue
            unit_words = {stem(w.lower()) for w in (fig.unit or "").split()}
            for word in fig.context.window - unit_words:
                index[(fig.unit_class, word)].append(len(figs))
            figs.append((d, fig))
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > MAX_BUCKET:
            continue
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if figs[x][0] is not figs[y][0]:
                    shared[(x, y)] += 1
    for (x, y), count in sorted(shared.items()):
        (da, fa), (db, fb) = figs[x], figs[y]
        union = len(fa.context.window | fb.context.window)
        if count < min_shared or count < 0.2 * union:
            continue
        if not conflict(_pair(fa), _pair(fb)) or not same_event_possible(fa.context, fb.context):
            continue
        if _has_agreeing(da, fb) or _has_agreeing(db, fa):
            continue
        yield FigurePair((da, fa), (db, fb))


@dataclass(frozen=True, slots=True)
class QuoteLink:
    a: tuple[Digest, QuoteRef]
    b: tuple[Digest, QuoteRef]
    comparison: Comparison


def quote_links(story: Sequence[Digest], min_shared: int = 2) -> Iterator[QuoteLink]:
    """Pairs of quotations in different records that quote the same passage."""
    refs: list[tuple[Digest, QuoteRef]] = [(d, q) for d in story for q in d.quotes]
    index: dict[str, list[int]] = defaultdict(list)
    for position, (_, quote) in enumerate(refs):
        for word in set(meaningful(quote.words.keys)):
            index[word].append(position)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > MAX_BUCKET:
            continue
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if refs[x][0] is not refs[y][0]:
                    shared[(x, y)] += 1
    for (x, y), count in sorted(shared.items()):
        (da, qa), (db, qb) = refs[x], refs[y]
        same_speaker = qa.speaker_key is not None and qa.speaker_key == qb.speaker_key
        if count < (min_shared if same_speaker else min_shared + 1):
            continue
        result = compare(qa.words, qb.words, same_speaker)
        if result is not None:
            yield QuoteLink((da, qa), (db, qb), result)
