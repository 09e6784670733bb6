"""Lists too long to hold: items parked in an anonymous temporary file, read back in order.

A check of 100,000 records finds about a million findings. Holding them all until the
report is what made memory grow with the folder, so the engine keeps them in a
:class:`Spool`: the first ``hold`` items stay in memory (a small run never touches the
disk); beyond that, items are pickled in chunks to a file that is unlinked at once and so
disappears with the run, even on a crash. Reading iterates the chunks back in order.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import weakref
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import Generic, TypeVar, overload

from audit.pickling import dumps, field_table

T = TypeVar("T")

#: Items held in memory before a spool starts writing to disk (about 80 MB of findings).
HOLD = 100_000
#: Items pickled together: large enough for pickle's memo to share repeated strings.
CHUNK = 2_000


class BlobFile:
    """An anonymous temporary file of appended blobs, each read back by its place."""

    def __init__(self, prefix: str) -> None:
        self._file = tempfile.TemporaryFile(prefix=prefix)  # noqa: SIM115 (closed by close)
        self._end = 0
        weakref.finalize(self, self._file.close)  # closed when dropped, whoever holds it

    def append(self, data: bytes) -> tuple[int, int]:
        """Write ``data`` at the end; return its (offset, size).

        The file's position stays at its end (blobs are read back with ``pread``, which
        leaves it be), so writes go straight into the buffer: no seek, which would flush it.
        """
        self._file.write(data)
        place = (self._end, len(data))
        self._end += len(data)
        return place

    def read(self, place: tuple[int, int]) -> bytes:
        """The blob at ``place`` (as :meth:`append` returned it)."""
        self._file.flush()  # cheap when nothing is buffered
        start, size = place
        return os.pread(self._file.fileno(), size, start)

    def close(self) -> None:
        self._file.close()


class Spool(Sequence[T], Generic[T]):
    """An append-only sequence that parks its items on disk past ``hold`` of them.

    ``weight`` says how many items one entry counts for (a group of findings counts for
    its findings), so ``hold`` bounds memory whatever the entries are.
    """

    def __init__(
        self,
        hold: int | None = None,
        weight: Callable[[T], int] | None = None,
        classes: tuple[type, ...] = (),
    ) -> None:
        self._hold = HOLD if hold is None else hold
        self._weight = weight
        self._table = field_table(classes) if classes else None  # dataclasses as field values
        self._held: list[T] = []
        self._held_weight = 0
        self._chunks: list[tuple[tuple[int, int], int]] = []  # (place, entries)
        self._file: BlobFile | None = None
        self._length = 0

    def append(self, item: T) -> None:
        self._held.append(item)
        self._length += 1
        self._held_weight += self._weight(item) if self._weight else 1
        if self._held_weight > self._hold:
            self._park()

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def _park(self) -> None:
        if self._file is None:
            self._file = BlobFile("provaudit-spool-")
        for start in range(0, len(self._held), CHUNK):
            chunk = self._held[start : start + CHUNK]
            data = zlib.compress(dumps(chunk, self._table), 1)
            self._chunks.append((self._file.append(data), len(chunk)))
        self._held = []
        self._held_weight = 0

    @property
    def spilled(self) -> bool:
        """Whether any item is on disk."""
        return bool(self._chunks)

    def __iter__(self) -> Iterator[T]:
        if self._file is not None:
            for place, _ in self._chunks:
                chunk: list[T] = pickle.loads(zlib.decompress(self._file.read(place)))
                yield from chunk
        yield from self._held

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        """An item by position (reads the disk back when items are parked: slow, rare)."""
        return (list(self) if self._chunks else self._held)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return len(self) == len(other) and all(
                a == b for a, b in zip(self, other, strict=False)
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def close(self) -> None:
        """Drop the parked items (the spool is empty afterwards)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._chunks, self._held, self._length, self._held_weight = [], [], 0, 0

    def __enter__(self) -> Spool[T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Spool({len(self)} items, {len(self._chunks)} chunks on disk)"


class Filed(Generic[T]):
    """Items filed under keys ``0..size``, taken back key by key in increasing order.

    Neighbouring keys share a bucket (a :class:`Spool`, so on disk past its share of
    ``hold``); taking a key reads its bucket back once, so memory holds one bucket's items.
    """

    def __init__(
        self, size: int, buckets: int = 64, hold: int | None = None, classes: tuple[type, ...] = ()
    ) -> None:
        self._width = max(1, -(-(size + 1) // buckets))
        self._hold = max(1, (HOLD if hold is None else hold) // buckets)
        self._classes = classes
        self._buckets: dict[int, Spool[tuple[int, T]]] = {}
        self._open: tuple[int, dict[int, list[T]]] = (-1, {})

    def add(self, key: int, item: T) -> None:
        bucket = key // self._width
        if bucket <= self._open[0]:
            raise ValueError(f"key {key} is filed after its bucket was taken")
        spool = self._buckets.get(bucket)
        if spool is None:
            spool = self._buckets[bucket] = Spool(self._hold, classes=self._classes)
        spool.append((key, item))

    def take(self, key: int) -> list[T]:
        """The items filed under ``key`` (in filing order); keys must come in order."""
        bucket = key // self._width
        if bucket != self._open[0]:
            if bucket < self._open[0]:
                raise ValueError(f"key {key} is taken after a later one")
            items: dict[int, list[T]] = {}
            spool = self._buckets.pop(bucket, None)
            if spool is not None:
                for filed, item in spool:
                    items.setdefault(filed, []).append(item)
                spool.close()
            self._open = (bucket, items)
        return self._open[1].pop(key, [])
