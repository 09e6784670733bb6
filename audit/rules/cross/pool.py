"""The XSC rules' stories checked by local worker processes, as the Dask engine does.

Story grouping needs every record's digest, so the cross-source rules run after the
per-record pass, in this process; with several cores that is the run's serial tail.
:class:`PoolUnits` deals the units (stories, lone records) into small batches and checks
them in a process pool, a few batches in flight per worker: each batch carries its packed
digests (read back from the run's spill file as it is sent), never the whole corpus. Results
are sorted by the caller, so the findings are the same as when one process checks every unit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from audit.locate import Locator, read_record_text
from audit.parallel import ordered_map
from audit.rules.base import Draft
from audit.rules.cross.base import StoryRule
from audit.rules.cross.runner import Result, Unit, check_units

BATCH = 16  # units per task: stories are small, the pickling per task is not


class PoolUnits:
    """A :class:`~audit.rules.cross.runner.UnitRunner` over ``jobs`` local processes."""

    def __init__(self, jobs: int, whole: Callable[[Any], Any]) -> None:
        self.jobs = jobs
        self.whole = whole  # a parked packed digest -> the same with its blob

    def _batches(self, units: list[Unit]) -> Iterator[list[Unit]]:
        for start in range(0, len(units), BATCH):
            yield [
                (order, [(index, self.whole(item)) for index, item in members])
                for order, members in units[start : start + BATCH]
            ]

    def run_units(self, rules: Sequence[StoryRule], units: list[Unit]) -> list[Result]:
        work = partial(_checked_and_located, list(rules))
        out: list[Result] = []
        for results in ordered_map(
            work, self._batches(units), jobs=self.jobs, chunk=1, min_items=4
        ):
            out.extend(results)
        return out


def _located(drafts: list[Draft]) -> list[Draft]:
    """The drafts with the line and column of their pointer or span in the file each names,
    looked up here, by the worker, instead of by the run's main process afterwards."""
    by_path: dict[str, list[int]] = {}
    for number, draft in enumerate(drafts):
        if draft.path and draft.line is None:
            by_path.setdefault(draft.path, []).append(number)
    out = list(drafts)
    for path, numbers in by_path.items():
        raw = read_record_text(path)
        if raw is None:
            continue
        locator = Locator(raw)
        for number in numbers:
            draft = drafts[number]
            region = locator.region(draft.pointer, draft.evidence)
            if region is not None:
                out[number] = replace(
                    draft,
                    line=region.line,
                    column=region.column,
                    end_line=region.end_line,
                    end_column=region.end_column,
                )
    return out


def _checked_and_located(rules: list[StoryRule], batch: list[Unit]) -> list[Result]:
    results = check_units(rules, batch)
    drafts = _located([draft for *_, draft in results])
    return [(*result[:3], draft) for result, draft in zip(results, drafts, strict=True)]
