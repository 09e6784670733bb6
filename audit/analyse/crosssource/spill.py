"""Packed digests parked on disk while a local run checks its records.

The compressed digest is most of what a record leaves in memory until the XSC rules run
(about three quarters of it). A :class:`Spill` writes it to an anonymous
temporary file (unlinked at once, gone when the run ends, even on a crash) and keeps the
record's grouping fields and the blob's place, so 100,000 records hold about 0.8 KB each.
The rules read each story's blobs back when they check it.
"""

from __future__ import annotations

from dataclasses import replace
from types import TracebackType
from typing import Any

from audit.analyse.crosssource.digest import Digest
from audit.analyse.crosssource.packed import Packed
from audit.spool import BlobFile


class Spill:
    """One run's file of parked blobs; use as a context manager."""

    def __init__(self) -> None:
        self._file = BlobFile("provaudit-xsc-")
        self._last: tuple[Any, Any] = (None, None)

    def keep(self, value: Any) -> Any:
        """``value`` with its blob parked, if it is a packed digest (the same packed object,
        shared by every XSC rule's collected list, is parked once)."""
        if not isinstance(value, Packed) or not value.blob:
            return value
        if value is self._last[0]:
            return self._last[1]
        parked = replace(value, blob=b"", at=self._file.append(value.blob))
        self._last = (value, parked)
        return parked

    def load(self, item: Digest | Packed) -> Digest:
        """The digest of ``item``, read back from this file when it was parked here."""
        if not isinstance(item, Packed) or item.at is None:
            return item.unpack() if isinstance(item, Packed) else item
        whole: Packed = self.whole(item)
        return whole.unpack()

    def whole(self, item: Any) -> Any:
        """``item`` with its blob back in it when it was parked here (to send elsewhere)."""
        if not isinstance(item, Packed) or item.at is None:
            return item
        return replace(item, blob=self._file.read(item.at), at=None)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spill:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
