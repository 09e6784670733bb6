"""The run counts its findings by severity as it keeps them (no second pass over disk)."""

from __future__ import annotations

from collections import Counter

import pytest

from audit.engine import Engine
from audit.findings import Severity
from audit.options import CheckOptions
from tests.conftest import RECORDS


@pytest.mark.parametrize("hold", [None, 0])
def test_severity_counts_match_the_findings_held_or_spooled(
    hold: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if hold is not None:
        monkeypatch.setattr("audit.spool.HOLD", hold)
    result = Engine(CheckOptions(cache=False, jobs=1)).run([str(RECORDS)])
    assert result.findings.spilled is (hold == 0)  # type: ignore[attr-defined]
    counted = Counter(f.severity for f in result.findings)
    assert [result.count(s) for s in Severity] == [counted[s] for s in Severity]
    assert sum(counted.values()) == len(result.findings) > 0
