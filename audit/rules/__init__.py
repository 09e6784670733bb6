"""The rule registry: an explicit tuple of every rule class, no import magic."""

from __future__ import annotations

from audit.errors import InputError
from audit.rules.attribution import ATTRIBUTION_RULES
from audit.rules.base import CorpusRule, Draft, Option, RecordContext, Rule
from audit.rules.boilerplate import BOILERPLATE_RULES
from audit.rules.caveats import CAVEAT_RULES
from audit.rules.content import SPAM_RULES
from audit.rules.cross import XSC_RULES
from audit.rules.metadata import METADATA_RULES
from audit.rules.packs import pack_rules
from audit.rules.quotation import QUOTATION_RULES
from audit.rules.record import RECORD_RULES
from audit.rules.residue import RESIDUE_RULES
from audit.rules.suppression import SUPPRESSION_RULES

ALL_RULES: tuple[type[Rule], ...] = (
    *RECORD_RULES,
    *METADATA_RULES,
    *SUPPRESSION_RULES,
    *XSC_RULES,
    *ATTRIBUTION_RULES,
    *CAVEAT_RULES,
    *SPAM_RULES,
    *RESIDUE_RULES,
    *QUOTATION_RULES,
    *BOILERPLATE_RULES,
)


def every_rule(pack_dirs: tuple[str, ...] = ()) -> tuple[type[Rule], ...]:
    """ALL_RULES plus the rules of the YAML packs (shipped and from ``pack_dirs``)."""
    packs = pack_rules(pack_dirs)
    taken = {rule.code for rule in ALL_RULES}
    for rule in packs:
        if rule.code in taken:
            raise InputError(rule.code, "a rule pack reuses the code of a built-in rule")
    return (*ALL_RULES, *packs)


def rule_by_code(code: str, pack_dirs: tuple[str, ...] = ()) -> type[Rule] | None:
    """The rule class with this code (Python or pack rule), or None."""
    return next((rule for rule in every_rule(pack_dirs) if rule.code == code.upper()), None)


__all__ = [
    "ALL_RULES",
    "CorpusRule",
    "Draft",
    "Option",
    "RecordContext",
    "Rule",
    "every_rule",
    "rule_by_code",
]
