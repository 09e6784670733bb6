"""Every rule's docstring is its user documentation: keep it complete."""

from __future__ import annotations

import inspect

import pytest

from audit.commands.explain import document
from audit.rules import ALL_RULES, every_rule

SECTIONS = ("Why it matters:", "Fails:", "Passes:", "Options:")


@pytest.mark.parametrize("rule", every_rule(), ids=lambda r: r.code)
def test_docstring_complete(rule: type) -> None:
    doc = inspect.cleandoc(rule.__doc__ or "")
    summary = doc.split("\n", 1)[0].strip()
    assert summary, f"{rule.code} has no summary line"
    positions = [doc.find(section) for section in SECTIONS]
    assert all(p > 0 for p in positions), f"{rule.code} lacks a section: {SECTIONS}"
    assert positions == sorted(positions), f"{rule.code}: sections out of order"
    for section, start in zip(SECTIONS, positions, strict=True):
        body = doc[start + len(section) :].split("\n\n", 1)[0].strip()
        assert body, f"{rule.code}: section {section!r} is empty"


def test_codes_unique_and_well_formed() -> None:
    codes = [rule.code for rule in every_rule()]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 6 and c[:3].isalpha() and c[3:].isdigit() for c in codes)
    assert {r.code for r in ALL_RULES} < set(codes)


def test_explain_reads_the_docstring() -> None:
    text = document("spm001")
    assert text.startswith("SPM001 injected-link-spam (warning, spam)")
    assert "Why it matters:" in text and "liverpool mens jersey" in text
