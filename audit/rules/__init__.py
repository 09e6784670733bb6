"""The rule registry: an explicit tuple of every rule class, no import magic."""

from __future__ import annotations

from audit.rules.base import CorpusRule, Draft, Option, RecordContext, Rule
from audit.rules.metadata import METADATA_RULES
from audit.rules.record import RECORD_RULES

ALL_RULES: tuple[type[Rule], ...] = (*RECORD_RULES, *METADATA_RULES)


def rule_by_code(code: str) -> type[Rule] | None:
    """The rule class with this code, or None."""
    return next((rule for rule in ALL_RULES if rule.code == code), None)


__all__ = ["ALL_RULES", "CorpusRule", "Draft", "Option", "RecordContext", "Rule", "rule_by_code"]
