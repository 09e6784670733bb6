"""Grouping records into stories through an inverted index (no all-pairs comparison).

Two records belong to one story when a curator gave both the same ``story`` key, or when
they share distinctive index keys (named entities, speakers, figures, quoted word runs),
weighted by ``WEIGHTS``: a score of ``LINK_SAME_ORIGIN`` with the same origin, ``LINK_ANY``
otherwise. Keys
held by more than ``MAX_POSTING`` records (say "china") are too common to tell stories
apart and are skipped, which keeps the work about linear in the number of records.

The index is built from 64-bit key hashes (:mod:`~audit.analyse.crosssource.packed`) in
numpy arrays sorted in a few passes, so 100,000 records with 70 keys each take tens of MB,
not the gigabyte a dictionary of key strings would.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from typing import TypeVar

import numpy as np

from audit.analyse.crosssource.digest import Digest
from audit.analyse.crosssource.packed import FAMILIES, Packed, hashed_keys

LINK_SAME_ORIGIN = 3.0
LINK_ANY = 6.0
MAX_POSTING = 60
# How much one shared key of each family counts: a speaker's name says more than a number.
# Overlapping word runs of one shared phrase count several times, hence the low "q".
WEIGHTS = {"e": 1.0, "s": 2.0, "q": 0.5, "f": 0.5}
_WEIGHT_OF = [WEIGHTS[family] for family, _ in sorted(FAMILIES.items(), key=lambda f: f[1])]
_PASSES = 8  # the index is sorted in this many slices (by hash bits), to bound memory

Item = TypeVar("Item", Digest, Packed)


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _compatible(a: Digest | Packed, b: Digest | Packed) -> bool:
    return a.story is None or b.story is None or a.story == b.story


def _shared(items: Sequence[Digest | Packed]) -> dict[int, float]:
    """Weight of the keys each pair of records shares (pair ``x * n + y``, x < y), from
    keys held by at most ``MAX_POSTING`` records."""
    size = len(items)
    arrays = [
        np.frombuffer(i.keys if isinstance(i, Packed) else hashed_keys(i), dtype="<i8")
        for i in items
    ]
    counts = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=size)
    keys = np.concatenate(arrays) if arrays else np.zeros(0, dtype="<i8")
    del arrays
    owners = np.repeat(np.arange(size, dtype=np.int64), counts)
    slices = (keys >> 2) & (_PASSES - 1)
    shared: dict[int, float] = defaultdict(float)
    for part in range(_PASSES):
        pick = np.flatnonzero(slices == part)
        order = np.argsort(keys[pick], kind="stable")
        k, o = keys[pick][order], owners[pick][order]
        starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1]))) if len(k) else k
        ends = np.append(starts[1:], len(k))
        sizes = ends - starts
        for run in np.flatnonzero((sizes >= 2) & (sizes <= MAX_POSTING)).tolist():
            start, end = int(starts[run]), int(ends[run])
            weight = _WEIGHT_OF[int(k[start]) & 3]
            for x, y in itertools.combinations(sorted(o[start:end].tolist()), 2):
                shared[x * size + y] += weight
    return shared


def group(items: Sequence[Digest | Packed]) -> list[list[int]]:
    """Stories of two or more records, as lists of indices into ``items``."""
    size = len(items)
    union = _Union(size)
    by_story: dict[str, int] = {}
    for index, d in enumerate(items):
        if d.story is not None:
            union.join(by_story.setdefault(d.story, index), index)
    for pair, count in _shared(items).items():
        index, other = divmod(pair, size)
        d, o = items[index], items[other]
        if not _compatible(d, o):
            continue
        same_origin = d.origin_key is not None and d.origin_key == o.origin_key
        if count >= LINK_ANY or (same_origin and count >= LINK_SAME_ORIGIN):
            union.join(index, other)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(size):
        members[union.find(index)].append(index)
    return [m for m in members.values() if len(m) > 1]


_CACHE: list[tuple[list[Digest | Packed], list[list[int]]]] = []


def story_indices(items: Sequence[Digest | Packed]) -> list[list[int]]:
    """:func:`group` of ``items``; the last answer is kept, as every XSC rule asks."""
    if _CACHE:
        known, answer = _CACHE[0]
        if len(known) == len(items) and all(a is b for a, b in zip(known, items, strict=True)):
            return answer
    answer = group(items)
    _CACHE[:] = [(list(items), answer)]
    return answer


def stories(items: Sequence[Item]) -> list[list[Item]]:
    """Stories of the given digests (or packed digests), in the form given."""
    return [[items[i] for i in members] for members in story_indices(items)]
