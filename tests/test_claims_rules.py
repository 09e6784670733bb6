"""ATT020, ATT021, CAV001, CAV002 over records built from short articles (and edited ones)."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from audit.analyse import analyse
from audit.model import Article, Evidence, Source
from audit.record import build
from audit.rules import RecordContext, Rule
from audit.rules.attribution import ATTRIBUTION_RULES, ChainWithoutOrigin, UnattributedStrongClaim
from audit.rules.caveats import (
    CAVEAT_RULES,
    AllegationWithoutResponse,
    UnverifiedMaterialWithoutCaveat,
)
from audit.rules.claim_support import GATED_CUES, cues, cues_in
from tests.claims_support import install_registry


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def record(text: str) -> dict[str, Any]:
    article = Article(text, Source("stdin", "-", "2020-01-01T00:00:00Z", "text/plain"))
    return build(article, analyse(article), "a-record")


def run(rule: type[Rule], rec: dict[str, Any]) -> list[Any]:
    ctx = RecordContext(path="a-record.json", raw="", data=rec, schema_valid=True)
    drafts = list(rule().check(ctx))
    for d in drafts:
        if d.evidence is not None:
            assert d.evidence.holds_in(rec["text"])
    return drafts


def test_chain_without_origin_fails_on_secondhand_text() -> None:
    drafts = run(
        ChainWithoutOrigin, record("Leaked files show the plan was dropped, media reports say.")
    )
    assert len(drafts) == 1 and drafts[0].evidence is not None


def test_chain_without_origin_passes_with_named_origin() -> None:
    rec = record("Leaked files obtained by The Washington Post show the plan was dropped.")
    assert run(ChainWithoutOrigin, rec) == []


def test_chain_without_origin_on_curator_edited_record() -> None:
    rec = record("Leaked files obtained by The Washington Post show the plan was dropped.")
    edited = copy.deepcopy(rec)
    edited["attribution"]["origin"] = None
    drafts = run(ChainWithoutOrigin, edited)
    assert drafts and "The Washington Post" in drafts[0].message


def test_original_reporting_needs_no_origin() -> None:
    assert (
        run(ChainWithoutOrigin, record("The council met on Monday and voted for the plan.")) == []
    )


def test_unverified_material_fails_without_caveat_and_passes_with_one() -> None:
    bad = record("Leaked documents show the minister approved the payments.")
    good = record(
        "Leaked documents, which could not be independently verified, show the minister "
        "approved the payments."
    )
    assert len(run(UnverifiedMaterialWithoutCaveat, bad)) == 1
    assert run(UnverifiedMaterialWithoutCaveat, good) == []


def test_allegation_without_response() -> None:
    bad = record("The report accuses the Acme Corporation of hiding safety failures.")
    good = record(
        "The report accuses the Acme Corporation of hiding safety failures. "
        "Acme declined to comment."
    )
    assert len(run(AllegationWithoutResponse, bad)) == 1
    assert run(AllegationWithoutResponse, good) == []


def test_unattributed_strong_claim_and_attributed_passes() -> None:
    bad = record("Systematic abuse is all part of the company's strategy to silence its workers.")
    good = record(
        "Systematic abuse is all part of the strategy to silence its workers, the union said."
    )
    drafts = run(UnattributedStrongClaim, bad)
    assert len(drafts) == 1 and "'Systematic'" in drafts[0].message
    assert run(UnattributedStrongClaim, good) == []


def test_strong_claim_inside_a_quote_is_not_flagged() -> None:
    rec = record('"This is clearly the worst flood in the history of the town," said Ana Ruiz.')
    assert run(UnattributedStrongClaim, rec) == []


SECTIONS = ("Why it matters:", "Fails:", "Passes:", "Options:")


@pytest.mark.parametrize("rule", ATTRIBUTION_RULES + CAVEAT_RULES)
def test_docstrings_complete(rule: type[Rule]) -> None:
    doc = rule.__doc__ or ""
    assert doc.strip().splitlines()[0].strip()
    for section in SECTIONS:
        assert section in doc, f"{rule.code} lacks {section}"
    assert re.fullmatch(r"(?:ATT0[2-4]\d|CAV0[0-4]\d)", rule.code)


def test_evidence_helper_spans() -> None:
    text = "abc"
    assert Evidence.of(text, 0, 2).quote == "ab"


def test_the_keyword_gate_keeps_every_cue_that_matches(seeds: Path) -> None:
    """cues_in drops only patterns with no match: checked on every seed paragraph and on
    texts built to hit each list."""
    texts = [
        "Leaked documents, reportedly a trove of emails, accuse the Acme Group of fraud.",
        "This is without a doubt the worst flood the region has seen in decades.",
        "ACCORDING TO MEDIA REPORTS the minister was accused of systematic bribery.",
    ]
    for path in sorted(seeds.glob("*.txt")):
        texts += path.read_text(encoding="utf-8").split("\n\n")
    hits = 0
    for text in texts:
        for name in GATED_CUES:
            kept = cues_in(name, text)
            matching = [p for p in cues(name) if p.search(text)]
            assert set(matching) <= set(kept), (name, text)
            hits += len(matching)
    assert hits > 20
