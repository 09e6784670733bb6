"""Plain-language explanations: a rule's "Why it matters:" text, or the report's own notes."""

from __future__ import annotations

import inspect
from functools import cache
from importlib.resources import files
from typing import Any

from audit.rules import rule_by_code
from audit.yamlio import parse_yaml


@cache
def texts() -> dict[str, Any]:
    """The report's notes (``explanations.yaml``)."""
    data = parse_yaml((files("audit.report") / "explanations.yaml").read_text("utf-8"))
    return data if isinstance(data, dict) else {}


def kind_label(kind: str) -> str:
    entry = texts().get("kinds", {}).get(kind, {})
    return str(entry.get("label", kind.replace("_", " ")))


def kind_explanation(kind: str) -> str:
    entry = texts().get("kinds", {}).get(kind, {})
    return str(entry.get("explain", ""))


def caveat_explanation(kind: str) -> str:
    return str(texts().get("caveats", {}).get(kind, kind_explanation("caveat")))


def relation_label(relation: str) -> str:
    return str(texts().get("relations", {}).get(relation, relation))


def docstring_section(doc: str, heading: str) -> str | None:
    """The indented paragraph under ``heading:`` in a rule docstring, unwrapped."""
    lines = inspect.cleandoc(doc).splitlines()
    for index, line in enumerate(lines):
        if line.strip() == f"{heading}:":
            body: list[str] = []
            for following in lines[index + 1 :]:
                if following and not following.startswith((" ", "\t")):
                    break
                body.append(following.strip())
            text = " ".join(part for part in body if part)
            return text or None
    return None


@cache
def rule_explanation(code: str) -> tuple[str | None, str | None]:
    """(rule name, "Why it matters" text) of a rule code; (None, None) when unknown."""
    rule = rule_by_code(code)
    if rule is None:
        return None, None
    return rule.name, docstring_section(rule.__doc__ or "", "Why it matters")


def flag_explanation(code: str | None, category: str) -> str:
    """Why a flagged span matters: the rule's words, else the category's, never empty."""
    if code:
        _, why = rule_explanation(code)
        if why:
            return why
    return kind_explanation(category) or str(texts().get("unknown_rule", ""))
