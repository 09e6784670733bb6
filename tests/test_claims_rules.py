"""ATT020, ATT021, CAV001, CAV002 over records built from short articles (and edited ones)."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from audit.model import Evidence
from audit.rules import Rule
from audit.rules.attribution import ATTRIBUTION_RULES, ChainWithoutOrigin, UnattributedStrongClaim
from audit.rules.caveats import (
    CAVEAT_RULES,
    AllegationWithoutResponse,
    UnverifiedMaterialWithoutCaveat,
)
from audit.rules.claim_support import GATED_CUES, cues, cues_in
from tests.claims_support import analysed_record, install_registry, rule_drafts


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def test_chain_without_origin_fails_on_secondhand_text() -> None:
    drafts = rule_drafts(
        ChainWithoutOrigin,
        analysed_record("Leaked files show the plan was dropped, media reports say."),
    )
    assert len(drafts) == 1 and drafts[0].evidence is not None


def test_chain_without_origin_passes_with_named_origin() -> None:
    rec = analysed_record("Leaked files obtained by The Washington Post show the plan was dropped.")
    assert rule_drafts(ChainWithoutOrigin, rec) == []


def test_chain_without_origin_on_curator_edited_record() -> None:
    rec = analysed_record("Leaked files obtained by The Washington Post show the plan was dropped.")
    edited = copy.deepcopy(rec)
    edited["attribution"]["origin"] = None
    drafts = rule_drafts(ChainWithoutOrigin, edited)
    assert drafts and "The Washington Post" in drafts[0].message


def test_original_reporting_needs_no_origin() -> None:
    assert (
        rule_drafts(
            ChainWithoutOrigin, analysed_record("The council met on Monday and voted for the plan.")
        )
        == []
    )


def test_unverified_material_fails_without_caveat_and_passes_with_one() -> None:
    bad = analysed_record("Leaked documents show the minister approved the payments.")
    good = analysed_record(
        "Leaked documents, which could not be independently verified, show the minister "
        "approved the payments."
    )
    assert len(rule_drafts(UnverifiedMaterialWithoutCaveat, bad)) == 1
    assert rule_drafts(UnverifiedMaterialWithoutCaveat, good) == []


def test_allegation_without_response() -> None:
    bad = analysed_record("The report accuses the Acme Corporation of hiding safety failures.")
    good = analysed_record(
        "The report accuses the Acme Corporation of hiding safety failures. "
        "Acme declined to comment."
    )
    assert len(rule_drafts(AllegationWithoutResponse, bad)) == 1
    assert rule_drafts(AllegationWithoutResponse, good) == []


def test_unattributed_strong_claim_and_attributed_passes() -> None:
    bad = analysed_record(
        "Systematic abuse is all part of the company's strategy to silence its workers."
    )
    good = analysed_record(
        "Systematic abuse is all part of the strategy to silence its workers, the union said."
    )
    drafts = rule_drafts(UnattributedStrongClaim, bad)
    assert len(drafts) == 1 and "'Systematic'" in drafts[0].message
    assert rule_drafts(UnattributedStrongClaim, good) == []


def test_strong_claim_inside_a_quote_is_not_flagged() -> None:
    rec = analysed_record(
        '"This is clearly the worst flood in the history of the town," said Ana Ruiz.'
    )
    assert rule_drafts(UnattributedStrongClaim, rec) == []


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
