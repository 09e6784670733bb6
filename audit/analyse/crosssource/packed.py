"""The compact form of a digest that a run holds until the cross-source rules run.

A :class:`~audit.analyse.crosssource.digest.Digest` is a tree of small Python objects
(about 45 KB for a long article); a run of 100,000 records cannot keep one per record.
:class:`Packed` keeps only what grouping records into stories reads, in plain form (the
``story`` key, the origin and the story index keys as 64-bit hashes), and the digest
itself as LZ4-compressed bytes (about 3.4 KB), unpacked one story at a time when the rules
compare its records. The bytes are made and read by this process or its own workers
(pool or Dask), never stored: the on-disk cache never holds them.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from hashlib import blake2b
from typing import Any

import lz4.block
import numpy as np

from audit.analyse.crosssource.dates import ReportDate
from audit.analyse.crosssource.digest import (
    Digest,
    FigureRef,
    HeadlinePhrase,
    Hop,
    QuoteRef,
    story_key_families,
)
from audit.analyse.crosssource.figures import EventContext
from audit.analyse.crosssource.quotes import QuoteWords
from audit.model import Evidence
from audit.pickling import dumps, field_table

#: Index key families (the key's first letter) -> the low two bits of its hash.
FAMILIES = {"e": 0, "s": 1, "q": 2, "f": 3}
_HIGH_BITS = np.uint64((1 << 64) - 4)  # a key hash keeps these of its digest
#: The family bits in the order of ``story_key_families``' sets.
_FAMILY_BITS = np.array([FAMILIES[f] for f in "esqf"], dtype=np.uint64)


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
        digest = pickle.loads(lz4.block.decompress(self.blob))
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
    key, done for all of them at once (the digests joined and masked as one array; each
    family's keys come as one set, so the family bits are repeated, not looked up)."""
    families = story_key_families(d)
    digests = b"".join(
        [blake2b(k.encode(), digest_size=8).digest() for keys in families for k in keys]
    )
    bits = np.repeat(_FAMILY_BITS, [len(keys) for keys in families])
    values = (np.frombuffer(digests, dtype="<u8") & _HIGH_BITS) | bits
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
_SEP = "\x01"  # in no word (a token, "…", or the "\x00" gap marker) of a digest


def _joined(words: tuple[str, ...] | frozenset[str]) -> str | tuple[str, ...] | frozenset[str]:
    """The words as one string when they can be split back exactly, else as they are
    (one string pickles and compresses much faster than a tuple of short ones)."""
    joined = _SEP.join(words)
    return joined if words and joined.count(_SEP) == len(words) - 1 else words


def _split(words: str | tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    return tuple(words.split(_SEP)) if isinstance(words, str) else tuple(words)


def _quote_words(shown: str | tuple[str, ...], keys: str | tuple[str, ...]) -> QuoteWords:
    return QuoteWords(_split(shown), _split(keys))


def _event_context(window: str | frozenset[str], *rest: Any) -> EventContext:
    return EventContext(frozenset(_split(window)), *rest)


def _reduce_quote_words(w: QuoteWords) -> tuple[Any, ...]:
    return _quote_words, (_joined(w.shown), _joined(w.keys))


def _reduce_event_context(c: EventContext) -> tuple[Any, ...]:
    return _event_context, (_joined(c.window), c.venues, c.kinds, c.places, c.years, c.outcomes)


_DISPATCH = field_table(_CLASSES) | {
    QuoteWords: _reduce_quote_words,
    EventContext: _reduce_event_context,
}


def pack(d: Digest) -> Packed:
    blob = lz4.block.compress(dumps(d, _DISPATCH))
    return Packed(d.record_id, d.story, d.origin_key, hashed_keys(d), bool(d.headline), blob)


def unpacked(item: Digest | Packed) -> Digest:
    """The digest of ``item``, whichever form it is held in."""
    return item.unpack() if isinstance(item, Packed) else item
