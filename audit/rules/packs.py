"""Rule classes made from the YAML rule packs, so the engine, `rules` and `explain` treat
them like rules written in Python."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import ClassVar

from audit.analyse.content.model import quoted_spans
from audit.analyse.content.packs import PackRule, load_packs, run_rule
from audit.findings import Confidence, Severity
from audit.model import Evidence
from audit.rules.base import Draft, RecordContext, Rule
from audit.rules.content import FlagRule


class TextPackRule(Rule):
    """Base of pack rules without a content category: findings straight from the text."""

    pack: ClassVar[PackRule]

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        text = ctx.text
        if text is None:
            return
        for flag in run_rule(self.pack, text, quoted_spans(text)):
            yield Draft(
                flag.message, pointer="/text", evidence=Evidence.of(text, flag.start, flag.end)
            )


def rule_class(pack: PackRule) -> type[Rule]:
    """A Rule subclass for one pack rule (a flag rule when it has a content category)."""
    base: type[Rule] = FlagRule if pack.flags_record else TextPackRule
    attrs = {
        "__doc__": pack.docstring(),
        "__module__": __name__,
        "code": pack.code,
        "name": pack.name,
        "summary": pack.summary,
        "severity": Severity(pack.level),
        "confidence": Confidence(pack.confidence),
        "category": pack.category,
        "kind": pack.kind,
        "pack": pack,
    }
    return type(f"Pack_{pack.code}", (base,), attrs)


@cache
def pack_rules(extra_dirs: tuple[str, ...] = ()) -> tuple[type[Rule], ...]:
    """Rule classes of the shipped packs plus those in ``extra_dirs``."""
    return tuple(rule_class(pack) for pack in load_packs(extra_dirs))
