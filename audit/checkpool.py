"""Checking record files away from the main process: in a pool of worker processes
(``--jobs``) or on a Dask cluster (``--engine dask``). Each worker builds one
:class:`~audit.engine.Engine` and checks the files whose bytes differ from the cached ones."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from audit.options import CheckOptions
from audit.outcome import Checked
from audit.parallel import ordered_map
from audit.recordfiles import read_bytes

if TYPE_CHECKING:
    from audit.engine import Engine
    from audit.rules.cross.runner import UnitRunner

_WORKER: Engine | None = None


def outcomes(
    items: Sequence[tuple[str, str | None]], options: CheckOptions, remote: UnitRunner | None
) -> Iterable[tuple[str, Checked | None]]:
    """(digest, outcome) per (path, cached digest) item, in order; the outcome is ``None``
    when the file's digest is the cached one. On the cluster ``remote`` when it is a Dask
    session, else on a new cluster (``--engine dask``) or in a local pool."""
    if options.engine == "dask":
        from audit.distributed import Session, check_map

        return remote.check_map(items) if isinstance(remote, Session) else check_map(items, options)
    return ordered_map(
        _work, items, jobs=options.jobs, initializer=_start_worker, initargs=(options,)
    )


def _start_worker(options: CheckOptions) -> None:
    """Pool initializer: one engine (rules, validators) per worker process."""
    from audit.engine import Engine

    global _WORKER
    _WORKER = Engine(options)


def _work(item: tuple[str, str | None]) -> tuple[str, Checked | None]:
    """Check one file in a worker; ``None`` when its digest matches the cached one."""
    path, known = item
    assert _WORKER is not None
    data = read_bytes(path, _WORKER.options.max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    if digest == known:
        return digest, None
    return digest, _WORKER.fresh(path, data)[0]
