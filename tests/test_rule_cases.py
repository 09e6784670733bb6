"""One parametrised test over tests/rule_cases/<CODE>.yaml: pass and fail texts per rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from audit.analyse.content import detect, load_packs
from audit.analyse.content.model import quoted_spans
from audit.analyse.content.packs import run_rule
from audit.rules import every_rule, rule_by_code
from tests.claims_support import analysed_record, rule_drafts

CASES = Path(__file__).parent / "rule_cases"


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append(pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}"))
    return out


#: Rules over a record's analysis: a case's text is analysed into a record first.
RECORD_RULES = ("ATT020", "ATT021", "CAV001", "CAV002")


def record_findings(code: str, text: str) -> list[str]:
    """What record rule ``code`` finds in the record analysed from ``text``: the quote of
    each finding's span, or ``@pointer`` for a finding about a field."""
    rule = rule_by_code(code)
    assert rule is not None
    drafts = sorted(
        rule_drafts(rule, analysed_record(text)),
        key=lambda d: d.evidence.start if d.evidence else -1,
    )
    return [
        text[d.evidence.start : d.evidence.end] if d.evidence else f"@{d.pointer}" for d in drafts
    ]


def found_quotes(code: str, text: str) -> list[str]:
    """What rule ``code`` finds in ``text``, as quotes in text order."""
    if code in RECORD_RULES:
        return record_findings(code, text)
    pack = next((p for p in load_packs() if p.code == code), None)
    if pack is not None and not pack.flags_record:
        flags = list(run_rule(pack, text, quoted_spans(text)))
    else:
        flags = [f for f in detect(text) if f.code == code]
    return [text[f.start : f.end] for f in sorted(flags, key=lambda f: f.start)]


@pytest.mark.parametrize(("code", "case"), _cases())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    text = case["text"]
    expected = case["expect"]
    for quote in expected:
        assert quote.startswith("@") or quote in text, f"case file error: {quote!r} not in text"
    got = found_quotes(code, text)
    assert sorted(got) == sorted(expected)


def test_every_content_rule_has_cases() -> None:
    """Each content rule (SPM, RES except the record-level RES099, and every pack rule) has
    a case file with at least one failing and one passing text."""
    pack_codes = {pack.code for pack in load_packs()}
    for rule in every_rule():
        content = rule.code.startswith(("SPM", "RES")) or rule.code in pack_codes
        if not content or rule.code == "RES099":
            continue
        path = CASES / f"{rule.code}.yaml"
        assert path.exists(), f"{rule.code} has no tests/rule_cases/{rule.code}.yaml"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        assert any(c["expect"] for c in cases) and any(not c["expect"] for c in cases)


def test_every_text_record_rule_has_cases() -> None:
    """The ATT/CAV rules that read the text have case files with both outcomes."""
    for code in RECORD_RULES:
        cases = yaml.safe_load((CASES / f"{code}.yaml").read_text(encoding="utf-8"))["cases"]
        assert any(c["expect"] for c in cases) and any(not c["expect"] for c in cases)
