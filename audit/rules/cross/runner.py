"""Runs the XSC rules together, story by story: each story's digests are unpacked once.

Stories come from :func:`~audit.analyse.crosssource.stories.story_indices` over the
packed digests (hashed keys only). Each *unit* (a story, or a record in no story that a
``per_record`` rule wants alone) is unpacked, every rule checks it, and the digests are
dropped before the next unit, so only one story's digests are ever unpacked at a time.
Drafts come back in the order rule after rule would give them. The Dask engine hands the
units to its workers instead (:func:`audit.distributed.check_units`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from audit.analyse.crosssource.digest import Digest
from audit.analyse.crosssource.packed import Packed, unpacked
from audit.analyse.crosssource.stories import story_indices
from audit.rules.base import Draft, Rule
from audit.rules.cross.base import StoryRule, held

#: (story number, or -1 for a record checked alone; members as (record index, digest))
Unit = tuple[int, list[tuple[int, Any]]]
#: (rule position, story number or record index, position among its drafts, draft)
Result = tuple[int, int, int, Draft]


class UnitRunner(Protocol):
    """Something that checks units elsewhere (a Dask cluster) and returns the results."""

    def run_units(self, rules: Sequence[StoryRule], units: list[Unit]) -> list[Result]: ...


def units(items: Sequence[Digest | Packed], rules: Sequence[StoryRule]) -> list[Unit]:
    """The stories of ``items``, then the records in no story some rule wants alone."""
    found: list[Unit] = []
    placed: set[int] = set()
    for order, members in enumerate(story_indices(items)):
        found.append((order, [(i, items[i]) for i in members]))
        placed.update(members)
    alone = [r for r in rules if r.per_record]
    for index, item in enumerate(items):
        if index not in placed and any(r.wants(item) for r in alone):
            found.append((-1, [(index, item)]))
    return found


def check_units(
    rules: Sequence[StoryRule],
    batch: Iterable[Unit],
    load: Callable[[Digest | Packed], Digest] = unpacked,
) -> list[Result]:
    """Every rule over each unit, the unit's digests unpacked (by ``load``) once."""
    out: list[Result] = []
    for order, members in batch:
        digests = [load(item) for _, item in members]
        for position, rule in enumerate(rules):
            if rule.per_record:
                for (index, _), d in zip(members, digests, strict=True):
                    drafts = rule.check_record(d, digests)
                    out.extend((position, index, n, x) for n, x in enumerate(drafts))
            elif order >= 0:
                drafts = rule.check_story(digests)
                out.extend((position, order, n, x) for n, x in enumerate(drafts))
    return out


def story_drafts(
    rules: Sequence[Rule],
    collected: Mapping[str, list[Any]],
    remote: UnitRunner | None = None,
    load: Callable[[Digest | Packed], Digest] = unpacked,
) -> dict[str, list[Draft]]:
    """Drafts of every story rule among ``rules`` (by code), from their collected digests.

    Rules that collected the same digests (all XSC rules do) share one pass over the
    stories; ``remote`` runs the units on a cluster instead of here; ``load`` unpacks a
    digest here (a :class:`~audit.analyse.crosssource.spill.Spill` reads parked ones).
    """
    passes: list[tuple[list[Digest | Packed], list[StoryRule]]] = []
    for rule in rules:
        if not isinstance(rule, StoryRule):
            continue
        items = held(collected[rule.code])
        for known, sharing in passes:
            if len(known) == len(items) and all(a is b for a, b in zip(known, items, strict=True)):
                sharing.append(rule)
                break
        else:
            passes.append((items, [rule]))
    out: dict[str, list[Draft]] = {}
    for items, sharing in passes:
        batch = units(items, sharing)
        if remote is not None:
            results = remote.run_units(sharing, batch)
        else:
            results = check_units(sharing, batch, load)
        results.sort(key=lambda result: result[:3])
        for rule in sharing:
            out[rule.code] = []
        for position, _, _, draft in results:
            out[sharing[position].code].append(draft)
    return out
