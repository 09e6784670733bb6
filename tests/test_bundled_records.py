"""The bundled records pass `provaudit check` with every rule on (warnings allowed)."""

from __future__ import annotations

from tests.conftest import RECORDS, run_cli


def test_bundled_records_pass() -> None:
    result = run_cli("check", str(RECORDS), "--no-cache", "--format", "text")
    assert result.code == 0, result.out
    assert " error:" not in result.out and "(0 error," in result.out
