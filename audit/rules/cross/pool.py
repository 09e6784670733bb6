"""The XSC rules' stories checked by local worker processes, as the Dask engine does.

Story grouping needs every record's digest, so the cross-source rules run after the
per-record pass, in this process; with several cores that is the run's serial tail.
:class:`PoolUnits` deals the units (stories, lone records) into small batches and checks
them in a process pool, a few batches in flight per worker: each batch carries its packed
digests (read back from the run's spill file as it is sent), never the whole corpus. Results
are sorted by the caller, so the findings are the same as when one process checks every unit.
Batches and results cross as bytes pickled field by field (:mod:`audit.pickling`), which
writes and reads their frozen dataclasses several times faster than the default route.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from audit.analyse.crosssource.packed import Packed
from audit.findings import FINDING_CLASSES
from audit.heap import freeze
from audit.locate import locate_files
from audit.parallel import ordered_map
from audit.pickling import dumps, field_table
from audit.rules.base import Draft
from audit.rules.cross.base import StoryRule
from audit.rules.cross.runner import Result, Unit, check_units

BATCH = 16  # units per task: stories are small, the pickling per task is not
_TABLE = field_table((Packed, Draft, *FINDING_CLASSES))  # what batches and results hold


class PoolUnits:
    """A :class:`~audit.rules.cross.runner.UnitRunner` over ``jobs`` local processes."""

    def __init__(self, jobs: int, whole: Callable[[Any], Any]) -> None:
        self.jobs = jobs
        self.whole = whole  # a parked packed digest -> the same with its blob

    def _batches(self, units: list[Unit]) -> Iterator[bytes]:
        for start in range(0, len(units), BATCH):
            batch = [
                (order, [(index, self.whole(item)) for index, item in members])
                for order, members in units[start : start + BATCH]
            ]
            yield dumps(batch, _TABLE)

    def run_units(self, rules: Sequence[StoryRule], units: list[Unit]) -> list[Result]:
        work = partial(_checked_and_located, list(rules))
        out: list[Result] = []
        for number, results in enumerate(
            ordered_map(work, self._batches(units), jobs=self.jobs, chunk=1, min_items=4), 1
        ):
            out.extend(pickle.loads(results))
            if number % 64 == 0:
                freeze()  # the drafts gathered so far
        return out


def _checked_and_located(rules: list[StoryRule], batch: bytes) -> bytes:
    """Check a batch of units and locate the drafts in the files they name, here in the
    worker rather than in the run's main process afterwards."""
    results = check_units(rules, pickle.loads(batch))
    drafts = locate_files([draft for *_, draft in results], {})
    located = [(*result[:3], draft) for result, draft in zip(results, drafts, strict=True)]
    return dumps(located, _TABLE)
