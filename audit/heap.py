"""Keeping a long run's own objects out of the garbage collector's way.

A check holds much for its whole length (records' notes, parked digests' places, kept
findings). Every full collection walks all of it, so their cost grows with the run: at
30,000 records they took a third of the main process's time. Objects frozen here are
skipped by collections (and by each forked worker's, which then copies fewer pages) and
are collected as usual once the outermost :func:`frozen_heap` ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Collections leave alone the objects that exist now, and those :func:`freeze` adds,
    until the outermost of these blocks ends (blocks nest)."""
    global _depth
    gc.freeze()
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            gc.unfreeze()


def freeze() -> None:
    """Inside :func:`frozen_heap`: spare the objects made since, too (what a run keeps)."""
    if _depth:
        gc.freeze()
