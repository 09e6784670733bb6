"""Every chain, caveat, quote and figure item of ../shared/seeds/expected.json is found.

Runs the real pipeline (ingest.load + analyse) on each seed. No `found` is seeded: the
chain items (The New York Times, the ICIJ) come from the article text itself.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from audit import ingest
from audit.analyse import analyse
from audit.ingest.fetch import FetchLimits
from audit.model import Evidence
from audit.record import build
from audit.schema import violations
from tests.claims_support import install_registry, seeds_dir

SEEDS = seeds_dir()
pytestmark = pytest.mark.skipif(SEEDS is None, reason="../shared/seeds not present")
EXPECTED: dict[str, Any] = (
    json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))["articles"] if SEEDS else {}
)


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def _analysed(name: str) -> tuple[str, dict[str, Any]]:
    assert SEEDS is not None
    article = ingest.load(str(SEEDS / name), "2020-01-01T00:00:00Z", FetchLimits(10_000_000))
    return article.text, analyse(article)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_claims(name: str) -> None:
    exp = EXPECTED[name]
    _, got = _analysed(name)
    chain = [hop["name"] for hop in got["attribution"]["chain"]]
    for outlet in exp["chain_reaches"]:
        assert outlet in chain, f"{name}: chain {chain} does not reach {outlet}"
    if exp["chain_reaches"]:
        assert got["attribution"]["origin"] in exp["chain_reaches"]
    for cav in exp["caveats"]:
        assert any(
            c["kind"] == cav["kind"] and cav["contains"] in c["evidence"]["quote"]
            for c in got["caveats"]
        ), f"{name}: caveat {cav} not found"
    for quote in exp["quotes"]:
        assert any(
            q["speaker"] == quote["speaker"] and quote["contains"] in q["text"]
            for q in got["quotes"]
        ), f"{name}: quote {quote} not found"
    for figure in exp["figures"]:
        assert any(figure in f["evidence"]["quote"] for f in got["figures"]), (
            f"{name}: figure {figure!r} not found"
        )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_record_valid_and_spans_hold(name: str) -> None:
    assert SEEDS is not None
    article = ingest.load(str(SEEDS / name), "2020-01-01T00:00:00Z", FetchLimits(10_000_000))
    record = build(article, analyse(article))
    assert list(violations(record)) == []
    for field in ("caveats", "quotes", "figures"):
        for item in record[field]:
            ev = item["evidence"]
            assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(record["text"])
    for hop in record["attribution"]["chain"]:
        for ev in hop["evidence"]:
            assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(record["text"])


def test_ft_caveat_is_stated_by_the_ft() -> None:
    name = next(n for n, e in EXPECTED.items() if e.get("republication_of") == "Financial Times")
    _, got = _analysed(name)
    unverified = [c for c in got["caveats"] if c["kind"] == "unverified_authenticity"]
    assert [c["stated_by"] for c in unverified] == ["Financial Times"]


def test_seed_without_stated_caveats_gets_none_invented() -> None:
    name = next(n for n, e in EXPECTED.items() if not e["caveats"] and e["outlet"]["name"])
    _, got = _analysed(name)
    assert got["caveats"] == []


def _findings(name: str) -> dict[str, list[Any]]:
    from audit.rules import RecordContext
    from audit.rules.attribution import ATTRIBUTION_RULES
    from audit.rules.caveats import CAVEAT_RULES

    assert SEEDS is not None
    article = ingest.load(str(SEEDS / name), "2020-01-01T00:00:00Z", FetchLimits(10_000_000))
    ctx = RecordContext(path="x", raw="", data=build(article, analyse(article)), schema_valid=True)
    return {rule.code: list(rule().check(ctx)) for rule in ATTRIBUTION_RULES + CAVEAT_RULES}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_rule_findings(name: str) -> None:
    exp = EXPECTED[name]
    found = _findings(name)
    flagged = [d.evidence.quote for d in found["ATT021"] if d.evidence is not None]
    for claim in exp.get("unattributed_claims", []):
        assert any(claim in q for q in flagged), f"{name}: ATT021 misses {claim!r}"
    if exp["chain_reaches"]:
        assert found["ATT020"] == []
    missing = " ".join(exp.get("missing_caveats_expected", []))
    if "verification caveat" in missing:
        assert found["CAV001"], f"{name}: CAV001 should fire"
    if "no response" in missing:
        assert found["CAV002"], f"{name}: CAV002 should fire"
    if any(c["kind"] == "unverified_authenticity" for c in exp["caveats"]):
        assert found["CAV001"] == []
