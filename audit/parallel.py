"""Process pools for per-item work, order-preserving, started only when they pay off."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items a pool costs more (start-up, pickling) than it saves.
MIN_ITEMS_FOR_POOL = 64


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(
    work: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    batch: int = 512,
) -> Iterator[R]:
    """``map(work, items)`` in order, over ``jobs`` processes when there are enough items.

    Items are taken in batches so a huge input is never held in memory at once. With one
    job (or few items) everything runs here, in this process.
    """
    pending: list[T] = []
    iterator = iter(items)
    for item in iterator:
        pending.append(item)
        if len(pending) >= MIN_ITEMS_FOR_POOL:
            break
    if jobs <= 1 or len(pending) < MIN_ITEMS_FOR_POOL:
        if initializer is not None:
            initializer(*initargs)
        yield from map(work, pending)
        yield from map(work, iterator)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=initializer, initargs=initargs) as pool:
        while pending:
            yield from pool.map(work, pending, chunksize=max(1, len(pending) // (jobs * 4)))
            pending = [item for _, item in zip(range(batch), iterator, strict=False)]
