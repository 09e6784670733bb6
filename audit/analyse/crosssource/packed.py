"""The compact form of a digest that a run holds until the cross-source rules run.

A :class:`~audit.analyse.crosssource.digest.Digest` is a tree of small Python objects
(about 45 KB for a long article); a run of 100,000 records cannot keep one per record.
:class:`Packed` keeps only what grouping records into stories reads, in plain form (the
``story`` key, the origin and the story index keys as 64-bit hashes), and the digest
itself as compressed bytes (about 2.5 KB), unpacked one story at a time when the rules
compare its records. The bytes are made and read by this process or its own workers
(pool or Dask), never stored: the on-disk cache never holds them.
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from dataclasses import dataclass
from hashlib import blake2b

import numpy as np

from audit.analyse.crosssource.dates import ReportDate
from audit.analyse.crosssource.digest import (
    Digest,
    FigureRef,
    HeadlinePhrase,
    Hop,
    QuoteRef,
    story_keys,
)
from audit.analyse.crosssource.figures import EventContext
from audit.analyse.crosssource.quotes import QuoteWords
from audit.model import Evidence
from audit.pickling import dumps, field_table

#: Index key families (the key's first letter) -> the low two bits of its hash.
FAMILIES = {"e": 0, "s": 1, "q": 2, "f": 3}
_HIGH_BITS = np.uint64((1 << 64) - 4)  # a key hash keeps these of its digest
_LEVEL = 1  # zlib level: nearly the size of level 6 here at a third of the cost


@dataclass(frozen=True, slots=True, eq=False)
class Packed:
    """One record's digest, compressed, with the fields story grouping reads kept plain."""

    record_id: str
    story: str | None
    origin_key: str | None
    keys: bytes  # sorted distinct hashed story keys, little-endian int64
    headline: bool  # the title quotes words (XSC011 checks such records even alone)
    blob: bytes  # empty when held elsewhere: on a Dask worker, or parked in a Spill
    at: tuple[int, int] | None = None  # (offset, size) of the blob in the run's Spill

    def unpack(self) -> Digest:
        if not self.blob:
            where = "in the run's spill file" if self.at else "on a Dask worker"
            raise LookupError(f"the digest of {self.record_id} is held {where}")
        digest = pickle.loads(zlib.decompress(self.blob))
        assert isinstance(digest, Digest)
        return digest


def key_hash(key: str) -> int:
    """A stable 64-bit hash of an index key ("e:xinjiang"), its family in the low bits.

    Stable across processes (unlike ``hash``), so Dask workers agree on it.
    """
    value = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")
    value = (value & ~3) | FAMILIES[key[0]]
    return value - (1 << 64) if value >= 1 << 63 else value


def hashed_keys(d: Digest) -> bytes:
    """The digest's story index keys, hashed, sorted and packed: :func:`key_hash` of each
    key, done for all of them at once (the digests joined and masked as one array)."""
    keys = story_keys(d)
    digests = b"".join([blake2b(k.encode(), digest_size=8).digest() for k in keys])
    families = np.fromiter([FAMILIES[k[0]] for k in keys], dtype=np.uint64, count=len(keys))
    values = (np.frombuffer(digests, dtype="<u8") & _HIGH_BITS) | families
    return np.unique(values.view(np.int64)).astype("<i8", copy=False).tobytes()


#: Every dataclass a digest is made of (one left out would only pickle the slower way).
_CLASSES = (
    Digest,
    Hop,
    FigureRef,
    EventContext,
    QuoteRef,
    QuoteWords,
    HeadlinePhrase,
    ReportDate,
    Evidence,
)
_DISPATCH = field_table(_CLASSES)


def pack(d: Digest) -> Packed:
    blob = zlib.compress(dumps(d, _DISPATCH), _LEVEL)
    return Packed(d.record_id, d.story, d.origin_key, hashed_keys(d), bool(d.headline), blob)


def unpacked(item: Digest | Packed) -> Digest:
    """The digest of ``item``, whichever form it is held in."""
    return item.unpack() if isinstance(item, Packed) else item
