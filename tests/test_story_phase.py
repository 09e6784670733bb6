"""The story phase freezes the run's objects while it lasts, and always thaws them."""

from __future__ import annotations

import gc

import pytest

from audit.rules.cross.runner import frozen_heap


def test_frozen_heap_thaws_after_an_error() -> None:
    kept = [object() for _ in range(10)]  # noqa: F841 (alive while frozen)
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), frozen_heap():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("a rule failed")
    assert gc.get_freeze_count() == 0
