"""The five example records checked together: every expected cross-source item is reported.

Runs twice: on the seed records filled by a curator-style fixture (tests/cross_fixtures.py),
and on the real records/ once the analysers have filled their quotes and figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from audit.engine import Engine
from audit.findings import Finding
from audit.options import CheckOptions
from tests.cross_fixtures import RECORDS, load_records, seed_name, write_filled

EXPECTED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "expected.json"
if not EXPECTED.exists():
    EXPECTED = Path("/work/shared/seeds/expected.json")

# expected kind -> the XSC codes that report it
KINDS = {
    "conflicting_event": {"XSC002"},
    "quote_drift": {"XSC010", "XSC011"},
    "consistent_figure": {"XSC003"},
    "single_source_claim": {"XSC004"},
}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _check(folder: Path, names: dict[str, str]) -> list[Finding]:
    result = Engine(CheckOptions(paths=(str(folder),))).run([str(folder)])
    return [f for f in result.findings if f.code.startswith("XSC")]


def _records_of(finding: Finding) -> set[str]:
    return {finding.record_id or "", *(r.record_id for r in finding.related)}


def _texts(finding: Finding) -> list[str]:
    spans = [finding.evidence, *(r.evidence for r in finding.related)]
    return [finding.message, *(e.quote for e in spans if e is not None)]


def _reports(finding: Finding, item: dict[str, Any], names: dict[str, str]) -> bool:
    if finding.code not in KINDS[item["kind"]]:
        return False
    if not {names[r] for r in item["records"]} <= _records_of(finding):
        return False
    wanted = _norm(item["a"])
    texts = [_norm(t) for t in _texts(finding)]
    return any(wanted in t or (len(t) > 2 and t in wanted) for t in texts)


def _assert_expected(
    findings: list[Finding], names: dict[str, str], folder: Path | None = None
) -> None:
    if not EXPECTED.exists():
        pytest.skip(f"{EXPECTED} is not available (the shared seeds live beside the repository)")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for item in expected["cross_source"]:
        assert any(_reports(f, item, names) for f in findings), f"not reported: {item}"
    assert not [f for f in findings if f.code == "XSC001"], "false figure conflict"
    assert not [f for f in findings if f.code in ("XSC020", "XSC030")], "false date/origin"
    # the undated articles get the not_before a careful reader infers
    for seed, article in expected["articles"].items():
        if article.get("published_not_before"):
            wanted = article["published_not_before"]
            inferred = [f for f in findings if f.code == "XSC031" and f.record_id == names[seed]]
            if inferred:
                assert wanted in inferred[0].message
                continue
            # Quiet only because the record already carries the inferred date (curated).
            assert folder is not None, f"no XSC031 for {seed}"
            record = json.loads((folder / f"{names[seed]}.json").read_text(encoding="utf-8"))
            assert record["published"]["not_before"] == wanted, f"no not_before for {seed}"


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("filled")
    return folder, write_filled(folder)


def test_fixture_records_report_every_expected_item(filled: tuple[Path, dict[str, str]]) -> None:
    folder, names = filled
    _assert_expected(_check(folder, names), names, folder)


def test_agreed_figures_raise_no_conflict(filled: tuple[Path, dict[str, str]]) -> None:
    folder, names = filled
    findings = _check(folder, names)
    corroborated = [f for f in findings if f.code == "XSC003" and "403" in f.message]
    assert corroborated and len(_records_of(corroborated[0])) == 3
    assert not [f for f in findings if f.code in ("XSC001", "XSC002") and "403" in f.message]


def test_every_finding_names_its_records_with_spans(filled: tuple[Path, dict[str, str]]) -> None:
    folder, names = filled
    texts = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))["text"] for p in folder.glob("*.json")
    }
    for finding in _check(folder, names):
        assert finding.related, finding
        for rid, ev in [
            (finding.record_id, finding.evidence),
            *((r.record_id, r.evidence) for r in finding.related),
        ]:
            if ev is not None:
                assert texts[str(rid)][ev.start : ev.end] == ev.quote


def test_real_records() -> None:
    records = load_records(RECORDS)
    if not any(r.get("quotes") or r.get("figures") for r in records):
        pytest.skip("records/ have no quotes or figures yet (analysers not run on them)")
    names = {seed_name(r): r["id"] for r in records}
    _assert_expected(_check(RECORDS, names), names, RECORDS)
