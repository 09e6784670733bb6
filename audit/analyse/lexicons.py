"""Loading the claim lexicons (audit/lexicon/*.yaml) once, and the outlet registry safely."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

from audit.analyse import alternation, outlets
from audit.yamlio import parse_yaml


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon ``audit/lexicon/<name>.yaml``."""
    text = (files("audit.lexicon") / f"{name}.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text)
    if not isinstance(data, dict):
        raise ValueError(f"lexicon {name}.yaml is not a mapping")
    return data


def words_pattern(words: list[str]) -> str:
    """An alternation of literal phrases, longest first, spaces matching any white space."""
    return "|".join("".join(path) for path in _paths(words))


def words_trie(words: list[str]) -> str:
    """:func:`words_pattern` with common prefixes shared ("m(?:ore\\s+than|ehr\\s+als)"):
    the same matches, found much faster by a pattern searched over a whole text (see
    :mod:`audit.analyse.alternation`). Not for patterns behind a
    :class:`~audit.analyse.prefilter.Gate`, which derives its literals from flat
    alternations only.
    """
    return alternation.alternation(_paths(words))


def _paths(words: list[str]) -> list[list[str]]:
    """The phrases lower-cased, longest first, each as pattern pieces: every character
    escaped, white space between words as ``\\s+``."""
    out = []
    for phrase in sorted({w.lower() for w in words}, key=lambda w: (-len(w), w)):
        path: list[str] = []
        for k, word in enumerate(phrase.split()):
            path.extend([alternation.SPACE] if k else [])
            path.extend(map(re.escape, word))
        out.append(path)
    return out


@cache
def compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Case-insensitive compiled patterns (cached by their source)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern that finds a match (by ``search`` or ``match``) exactly when one of
    ``patterns`` does: their alternation, one search instead of several. None when they
    cannot be joined so (none given, different flags, groups, or global inline flags)."""
    flags = {p.flags for p in patterns}
    if len(flags) != 1 or any(p.groups or _GLOBAL_FLAGS.match(p.pattern) for p in patterns):
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())


def registry() -> outlets.Registry:
    """The outlet registry, or an empty one when the registry file is not installed."""
    try:
        return outlets.registry()
    except (FileNotFoundError, KeyError, TypeError):
        return outlets.Registry([])
