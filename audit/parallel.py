"""Process pools for per-item work, order-preserving, started only when they pay off."""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
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


def _watch_parent(parent: int) -> None:
    """End this worker when the process that started it is gone (killed with -9, say): a
    pool worker otherwise waits for work forever, orphaned."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _start_worker(
    parent: int, initializer: Callable[..., Any] | None, initargs: tuple[Any, ...]
) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while part := list(islice(iterator, size)):
        yield part


def _apply(work: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [work(item) for item in chunk]


def ordered_map(
    work: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    chunk: int = 32,
    min_items: int = MIN_ITEMS_FOR_POOL,
    window: int = 3,
) -> Iterator[R]:
    """``map(work, items)`` in order, over ``jobs`` processes when there are enough items.

    Items go to the workers ``chunk`` at a time, and ``window`` chunks per worker are kept in
    flight: a worker never waits for the slowest chunk of a batch before it gets more, and
    a huge input is never held in memory at once (neither its items nor their results).
    Results come back in order, so a slow item holds up the hand-out of new chunks once the
    window is full: items of very uneven cost want a wider window.
    With one job (or fewer than ``min_items`` items) everything runs here, in this process.
    """
    pending: list[T] = []
    iterator = iter(items)
    for item in iterator:
        pending.append(item)
        if len(pending) >= min_items:
            break
    if jobs <= 1 or len(pending) < min_items:
        if initializer is not None:
            initializer(*initargs)
        yield from map(work, pending)
        yield from map(work, iterator)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(), initializer, initargs)
    ) as pool:
        flying: deque[Future[list[R]]] = deque()
        for part in _chunks(chain(pending, iterator), chunk):
            flying.append(pool.submit(_apply, work, part))
            if len(flying) >= window * jobs:
                yield from flying.popleft().result()
        while flying:
            yield from flying.popleft().result()
