"""A run freezes the objects it keeps while it lasts, and always thaws them."""

from __future__ import annotations

import gc

import pytest

from audit.heap import freeze, frozen_heap


def test_frozen_heap_thaws_after_an_error() -> None:
    kept = [object() for _ in range(10)]  # noqa: F841 (alive while frozen)
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), frozen_heap():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("a rule failed")
    assert gc.get_freeze_count() == 0


def test_blocks_nest_and_only_the_outermost_thaws() -> None:
    kept = [object() for _ in range(10)]  # noqa: F841 (alive while frozen)
    with frozen_heap():
        with frozen_heap():
            pass
        assert gc.get_freeze_count() > 0  # the inner block left the outer's objects frozen
        later = [[] for _ in range(100)]  # noqa: F841
        before = gc.get_freeze_count()
        freeze()
        assert gc.get_freeze_count() >= before + 100
    assert gc.get_freeze_count() == 0


def test_freeze_outside_a_block_does_nothing() -> None:
    freeze()
    assert gc.get_freeze_count() == 0
