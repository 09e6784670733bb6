"""Loading the YAML word lists and patterns of ``audit/lexicon/`` (data, not code)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from audit.yamlio import parse_yaml


@cache
def load_yaml(name: str) -> Any:
    """The parsed content of ``audit/lexicon/<name>``, loaded once."""
    text = (files("audit.lexicon") / name).read_text(encoding="utf-8")
    return parse_yaml(text)


def phrases(name: str, key: str) -> tuple[str, ...]:
    """A list of phrases stored under ``key`` in ``audit/lexicon/<name>``."""
    value = load_yaml(name).get(key) or []
    return tuple(str(v) for v in value)
