"""The Dask engine: per-record work as tasks on a Dask distributed cluster.

``check`` and ``ingest`` hand their per-source work here instead of to the local process
pool (``--engine dask``). Sources go out in chunks (one task each), results come back in
input order. For ``check``, each record's packed cross-source digest stays on the
cluster, and the XSC rules run there as a group-by on stories (:class:`Session`). Paths
with a URL scheme (``s3://``, ``gs://``, ``file://``) are listed and read through fsspec
on the workers, so records can live in object storage.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from audit.errors import InputError

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

    from audit.analyse.crosssource.packed import Packed
    from audit.engine import Engine
    from audit.ingest.fetch import FetchLimits
    from audit.options import CheckOptions
    from audit.outcome import Checked
    from audit.rules.cross.base import StoryRule
    from audit.rules.cross.runner import Result, Unit

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")
#: Sources per task: big enough to amortise scheduling, small enough to balance load.
CHUNK = 32
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--engine`` and ``--scheduler`` for a command that can run on Dask."""
    parser.add_argument(
        "--engine",
        default="local",
        choices=ENGINES,
        help="where per-source work runs: local processes (default) or a Dask cluster",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler, e.g. tcp://host:8786 (default: a local cluster of --jobs workers)",
    )


def engine_of(args: argparse.Namespace) -> tuple[str, str | None]:
    """The (engine, scheduler) asked for; fails early when Dask is asked for but missing."""
    if args.scheduler is not None and args.engine != "dask":
        raise InputError("--scheduler", "only applies with --engine dask")
    if args.engine == "dask":
        require()
    return args.engine, args.scheduler


def require() -> None:
    """Fail with one line when the optional Dask dependencies are missing."""
    try:
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError:
        raise InputError(
            "--engine dask", "needs dask[distributed] and fsspec: pip install 'provaudit[dask]'"
        ) from None


def is_remote(path: str) -> bool:
    """Whether ``path`` is a URL (read through fsspec), not a local path."""
    return _SCHEME.match(path) is not None


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of ``workers`` single-threaded processes, dashboard off.

    The scheduler still serves /health on HTTP; it gets a free loopback port, so runs
    side by side never fight over the dashboard's 8787.
    """
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )


@contextlib.contextmanager
def client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster of ``workers`` processes."""
    require()
    from distributed import Client

    if scheduler is None:
        with local_cluster(workers) as cluster, Client(cluster) as local:
            yield local
        return
    try:
        remote = Client(scheduler)
    except (OSError, ValueError, TypeError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError("--scheduler", f"cannot connect to {scheduler}: {reason}") from None
    with remote:
        yield remote


def ordered_map(
    task: Callable[[Any, list[T]], list[R]],
    shared: Any,
    items: Iterable[T],
    *,
    scheduler: str | None,
    workers: int,
    chunk: int = CHUNK,
) -> Iterator[R]:
    """``task(shared, chunk)`` over chunks of ``items`` on the cluster, flattened, in order.

    At most a few chunks per worker are in flight, so a huge input streams through.
    ``shared`` (the run's small settings) goes with every task.
    """
    with client(scheduler, workers) as dask:
        window = 4 * max(1, sum(dask.nthreads().values()) or workers)
        pending: deque[Any] = deque()
        iterator = iter(items)
        while True:
            while len(pending) < window:
                batch = [item for _, item in zip(range(chunk), iterator, strict=False)]
                if not batch:
                    break
                pending.append(dask.submit(_guarded, task, shared, batch, pure=False))
            if not pending:
                return
            done = pending.popleft().result()
            if isinstance(done, InputError):
                raise done
            yield from done


def _guarded(
    task: Callable[[Any, list[T]], list[R]], shared: Any, batch: list[T]
) -> list[R] | InputError:
    """Run ``task`` on a worker; bad input comes back as a value (no worker traceback log)."""
    try:
        return task(shared, batch)
    except InputError as err:
        return err


# --- check -------------------------------------------------------------------------------

_local = threading.local()


def _engine(token: str, options: CheckOptions) -> Engine:
    """This worker thread's engine for run ``token`` (rules and validators built once)."""
    if getattr(_local, "token", None) != token:
        from audit.analyse.content import use_pack_dirs
        from audit.engine import Engine

        use_pack_dirs(options.rule_packs)
        _local.engine = Engine(options)
        _local.token = token
    engine: Engine = _local.engine
    return engine


def _check_chunk(
    shared: tuple[str, CheckOptions], items: list[tuple[str, str | None]]
) -> list[tuple[str, Checked | None]]:
    """Check a chunk of files on a worker: (digest, outcome or None when ``known``)."""
    token, options = shared
    engine = _engine(token, options)
    done: list[tuple[str, Checked | None]] = []
    for path, known in items:
        data = read_bytes(path, options.max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        done.append((digest, None if digest == known else engine.fresh(path, data)[0]))
    return done


def check_map(
    items: Sequence[tuple[str, str | None]], options: CheckOptions
) -> Iterator[tuple[str, Checked | None]]:
    """The Dask counterpart of the local pool in :func:`audit.checkpool.outcomes`."""
    shared = (uuid.uuid4().hex, options)
    return ordered_map(
        _check_chunk, shared, items, scheduler=options.scheduler, workers=options.jobs
    )


def _split_chunk(
    shared: tuple[str, CheckOptions], items: list[tuple[str, str | None]]
) -> tuple[list[tuple[str, Checked | None]], dict[int, Packed]] | InputError:
    """:func:`_check_chunk`, with each record's packed digest taken out of its outcome
    (left a stub without the compressed digest) and returned apart, to stay on the cluster."""
    from audit.analyse.crosssource.packed import Packed

    done = _guarded(_check_chunk, shared, items)
    if isinstance(done, InputError):
        return done
    held: dict[int, Packed] = {}
    for position, (_, checked) in enumerate(done):
        if checked is None:
            continue
        stubs: dict[int, Packed] = {}
        for code, value in checked.collect.items():
            if isinstance(value, Packed):
                if id(value) not in stubs:
                    assert position not in held, "one packed digest per record"
                    held[position] = value
                    stubs[id(value)] = replace(value, blob=b"")
                checked.collect[code] = stubs[id(value)]
    return done, held


def _part(result: Any, index: int) -> Any:
    """One part of a task's (outcomes, held digests) result; an error passes through."""
    return result if isinstance(result, InputError) else result[index]


def _check_units(
    rules: Sequence[StoryRule], batch: list[Unit], numbers: list[int], *held: dict[int, Packed]
) -> list[Result]:
    """Check a batch of stories on a worker, the digests fetched from the chunks holding them."""
    from audit.rules.cross.runner import check_units

    chunks = dict(zip(numbers, held, strict=True))
    units = [
        (order, [(i, chunks[x[0]][x[1]] if isinstance(x, tuple) else x) for i, x in members])
        for order, members in batch
    ]
    return check_units(rules, units)


class Session:
    """One ``check`` run's hold on the cluster.

    Per-record outcomes stream back to this process in order, but each record's packed
    digest stays on the worker that made it (one future per chunk). The XSC rules then
    run as a group-by on stories: stories (found here from the hashed index keys, the only
    part of a digest this process receives) are dealt into batches by story number, and
    each batch runs as one task that gathers its stories' digests from the chunks holding
    them and checks them there. This process never holds the digests themselves.
    """

    def __init__(self, dask: Client, options: CheckOptions) -> None:
        self.dask = dask
        self.options = options
        self.token = uuid.uuid4().hex
        self.held: list[Any] = []  # per chunk: future of {position in chunk: Packed}
        self.where: dict[Packed, tuple[int, int]] = {}  # stub -> (chunk, position)
        self.workers = max(1, sum(dask.nthreads().values()) or options.jobs)

    def check_map(
        self, items: Sequence[tuple[str, str | None]], chunk: int = CHUNK
    ) -> Iterator[tuple[str, Checked | None]]:
        """Like :func:`check_map`, keeping the packed digests on the cluster."""
        from audit.analyse.crosssource.packed import Packed

        shared = (self.token, self.options)
        pending: deque[tuple[int, Any]] = deque()
        iterator = iter(items)
        while True:
            while len(pending) < 4 * self.workers:
                batch = [item for _, item in zip(range(chunk), iterator, strict=False)]
                if not batch:
                    break
                both = self.dask.submit(_split_chunk, shared, batch, pure=False)
                self.held.append(self.dask.submit(_part, both, 1, pure=False))
                pending.append((len(self.held) - 1, self.dask.submit(_part, both, 0, pure=False)))
            if not pending:
                return
            number, future = pending.popleft()
            done = future.result()
            if isinstance(done, InputError):
                raise done
            for position, (_, checked) in enumerate(done):
                for value in checked.collect.values() if checked is not None else ():
                    if isinstance(value, Packed) and not value.blob:
                        self.where[value] = (number, position)
            yield from done

    def run_units(self, rules: Sequence[StoryRule], units: list[Unit]) -> list[Result]:
        """Check stories on the cluster, in batches dealt by story number."""
        batches: list[list[Unit]] = [[] for _ in range(min(len(units), 4 * self.workers))]
        for order, members in units:
            key = order if order >= 0 else members[0][0]
            batches[key % len(batches)].append((order, members))
        futures = []
        for batch in batches:
            shipped: list[Unit] = []
            numbers: set[int] = set()
            for order, members in batch:
                refs = []
                for index, item in members:
                    where = self.where.get(item)
                    if where is not None:
                        numbers.add(where[0])
                    refs.append((index, item if where is None else where))
                shipped.append((order, refs))
            chunks = sorted(numbers)
            held = [self.held[n] for n in chunks]
            futures.append(
                self.dask.submit(_check_units, list(rules), shipped, chunks, *held, pure=False)
            )
        results: list[Result] = []
        for future in futures:
            results.extend(future.result())
        return results


@contextlib.contextmanager
def session(options: CheckOptions) -> Iterator[Session]:
    """A :class:`Session` on the cluster ``options`` name (or a LocalCluster)."""
    with client(options.scheduler, options.jobs) as dask:
        yield Session(dask, options)


def discover(paths: Sequence[str]) -> list[str]:
    """Record files named by ``paths``; URLs are listed with fsspec, the rest as locally."""
    from audit.recordfiles import discover as discover_local

    found: list[str] = []
    for raw in paths:
        if not is_remote(raw):
            found.extend(discover_local([raw]))
            continue
        import fsspec

        try:
            fs, root = fsspec.core.url_to_fs(raw)
            if fs.isdir(root):
                names = sorted(p for p in fs.find(root) if p.endswith(".json"))
                if not names:
                    raise InputError(raw, "folder holds no .json records")
                found.extend(fs.unstrip_protocol(name) for name in names)
            elif fs.isfile(root):
                found.append(raw)
            else:
                raise InputError(raw, "no such file or folder")
        except (ImportError, ValueError) as exc:
            raise InputError(raw, f"cannot open: {exc}") from None
        except OSError as exc:
            raise InputError(raw, f"cannot list: {exc.strerror or exc}") from None
    return found


def read_bytes(path: str, max_bytes: int) -> bytes:
    """Bytes of one record file, local or (through fsspec) remote, within the limit."""
    if not is_remote(path):
        from audit.recordfiles import read_bytes as read_local

        return read_local(path, max_bytes)
    import fsspec

    try:
        with fsspec.open(path, "rb") as handle:
            data: bytes = handle.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    if len(data) > max_bytes:
        raise InputError(path, f"file is larger than the {max_bytes}-byte limit")
    return data


def read_text(path: str) -> str | None:
    """Text of a remote record (to locate cross-source findings), or None."""
    try:
        return read_bytes(path, 1 << 30).decode("utf-8-sig", errors="replace")
    except (InputError, ImportError):
        return None


# --- ingest ------------------------------------------------------------------------------


def _ingest_chunk(
    shared: tuple[str, FetchLimits, tuple[str, ...]], sources: list[str]
) -> list[dict[str, Any]]:
    """Build the records of a chunk of sources on a worker."""
    from audit.analyse.content import use_pack_dirs
    from audit.commands.ingest import record_from

    retrieved, limits, packs = shared
    use_pack_dirs(packs)
    return [record_from(source, retrieved, limits) for source in sources]


def ingest_map(
    sources: Sequence[str],
    retrieved: str,
    limits: FetchLimits,
    packs: tuple[str, ...],
    *,
    scheduler: str | None,
    workers: int,
) -> Iterator[dict[str, Any]]:
    """Records of ``sources`` built on the cluster, in order."""
    return ordered_map(
        _ingest_chunk,
        (retrieved, limits, packs),
        sources,
        scheduler=scheduler,
        workers=workers,
    )
