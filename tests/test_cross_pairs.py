"""The inverted index that pairs quotations and figures counts what a brute force counts."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.analyse.crosssource import matching

KEY_SETS = st.lists(st.frozensets(st.integers(0, 12), max_size=8), max_size=12)


def brute(keys_of: list[frozenset[int]], limit: int) -> dict[tuple[int, int], int]:
    """Shared keys of every pair, leaving out keys held by more than ``limit`` items."""
    held = {k: sum(k in keys for keys in keys_of) for keys in keys_of for k in keys}
    out = {}
    for (x, a), (y, b) in itertools.combinations(enumerate(keys_of), 2):
        shared = sum(1 for k in a & b if held[k] <= limit)
        if shared:
            out[(x, y)] = shared
    return out


@pytest.mark.parametrize("limit", [400, 3])
@given(keys_of=KEY_SETS)
def test_pairs_sharing_counts_every_shared_key(limit: int, keys_of: list[frozenset[int]]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "MAX_BUCKET", limit)
        assert dict(matching._pairs_sharing(keys_of)) == brute(keys_of, limit)
