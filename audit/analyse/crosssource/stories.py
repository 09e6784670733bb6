"""Grouping records into stories through an inverted index (no all-pairs comparison).

Two records belong to one story when a curator gave both the same ``story`` key, or when
they share distinctive index keys (named entities, speakers, figures, quoted word runs),
weighted by ``WEIGHTS``: a score of ``LINK_SAME_ORIGIN`` with the same origin, ``LINK_ANY``
otherwise. Keys
held by more than ``MAX_POSTING`` records (say "china") are too common to tell stories
apart and are skipped, which keeps the work about linear in the number of records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from audit.analyse.crosssource.digest import Digest, story_keys

LINK_SAME_ORIGIN = 3.0
LINK_ANY = 6.0
MAX_POSTING = 60
# How much one shared key of each family counts: a speaker's name says more than a number.
# Overlapping word runs of one shared phrase count several times, hence the low "q".
WEIGHTS = {"e": 1.0, "s": 2.0, "q": 0.5, "f": 0.5}


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


def _compatible(a: Digest, b: Digest) -> bool:
    return a.story is None or b.story is None or a.story == b.story


def group(digests: Sequence[Digest]) -> list[list[int]]:
    """Stories of two or more records, as lists of indices into ``digests``."""
    union = _Union(len(digests))
    by_story: dict[str, int] = {}
    postings: dict[str, list[int]] = defaultdict(list)
    keys_of: list[set[str]] = []
    for index, d in enumerate(digests):
        if d.story is not None:
            union.join(by_story.setdefault(d.story, index), index)
        keys = story_keys(d)
        keys_of.append(keys)
        for key in keys:
            postings[key].append(index)
    for index, d in enumerate(digests):
        shared: dict[int, float] = defaultdict(float)
        for key in keys_of[index]:
            posting = postings[key]
            if len(posting) > MAX_POSTING:
                continue
            weight = WEIGHTS[key[0]]
            for other in posting:
                if other > index:
                    shared[other] += weight
        for other, count in shared.items():
            o = digests[other]
            if not _compatible(d, o):
                continue
            same_origin = d.origin_key is not None and d.origin_key == o.origin_key
            if count >= LINK_ANY or (same_origin and count >= LINK_SAME_ORIGIN):
                union.join(index, other)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(digests)):
        members[union.find(index)].append(index)
    return [m for m in members.values() if len(m) > 1]


_CACHE: list[tuple[list[Digest], list[list[Digest]]]] = []


def stories(digests: Sequence[Digest]) -> list[list[Digest]]:
    """Stories of the given digests; the last answer is kept, as every XSC rule asks."""
    if _CACHE:
        known, answer = _CACHE[0]
        if len(known) == len(digests) and all(a is b for a, b in zip(known, digests, strict=True)):
            return answer
    answer = [[digests[i] for i in members] for members in group(digests)]
    _CACHE[:] = [(list(digests), answer)]
    return answer
