"""Loading the claim lexicons (audit/lexicon/*.yaml) once, and the outlet registry safely."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from audit.analyse import outlets


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon ``audit/lexicon/<name>.yaml``."""
    text = (files("audit.lexicon") / f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ValueError(f"lexicon {name}.yaml is not a mapping")
    return data


def words_pattern(words: list[str]) -> str:
    """An alternation of literal phrases, longest first, spaces matching any white space."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


@cache
def compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Case-insensitive compiled patterns (cached by their source)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def registry() -> outlets.Registry:
    """The outlet registry, or an empty one when the registry file is not installed."""
    try:
        return outlets.registry()
    except (FileNotFoundError, KeyError, TypeError):
        return outlets.Registry([])
