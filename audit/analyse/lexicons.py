"""Loading the claim lexicons (audit/lexicon/*.yaml) once, and the outlet registry safely."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from audit.analyse import outlets, prefilter


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
    return "|".join("".join(path) for path in _paths(words))


def words_trie(words: list[str]) -> str:
    """:func:`words_pattern` with common prefixes shared ("m(?:ore\\s+than|ehr\\s+als)"):
    the same matches, found much faster by a pattern searched over a whole text, as the
    regex engine tries one branch per distinct first letter instead of every phrase at
    each position (see :func:`_trie`). Not for patterns behind a
    :class:`~audit.analyse.prefilter.Gate`, which derives its literals from flat
    alternations only.
    """
    paths = _paths(words)
    return "|".join("".join(path) for path in paths) if _ambiguous(paths) else _trie(paths)


def _paths(words: list[str]) -> list[list[str]]:
    """The phrases lower-cased, longest first, each as pattern pieces."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return [_path(w) for w in ordered]


_SPACE = r"\s+"


def _path(phrase: str) -> list[str]:
    """A phrase as pattern pieces: each character escaped, white space as ``\\s+``."""
    out: list[str] = []
    for k, word in enumerate(phrase.split()):
        if k:
            out.append(_SPACE)
        out.extend(map(re.escape, word))
    return out


def _ambiguous(paths: list[list[str]]) -> bool:
    """Whether two different pieces could match one character case-insensitively (then
    sibling branches of a trie could both match and their order would matter)."""
    pieces = {piece for path in paths for piece in path if piece != _SPACE}
    folds = {prefilter.fold(re.sub(r"\\(.)", r"\1", piece)) for piece in pieces}
    return len(folds) != len(pieces)


def _trie(paths: list[list[str]]) -> str:
    """The alternation of ``paths`` (longest first) with common prefixes shared.

    The same strings match in the same order of preference: at one position the phrases
    that match are prefixes of one another (the pieces of sibling branches never match the
    same character), and the flat alternation prefers the longest of them, as the trie
    does by trying to go on before it ends (the empty branch last).
    """
    children: dict[str, list[list[str]]] = {}
    ends = False
    for path in paths:
        if path:
            children.setdefault(path[0], []).append(path[1:])
        else:
            ends = True
    branches = [head + _group(_trie(rest)) for head, rest in children.items()]
    if ends:
        branches.append("")
    return "|".join(branches)


def _group(alternation: str) -> str:
    """``alternation`` ready to follow a piece: grouped when it has several branches."""
    if not alternation:
        return ""
    return alternation if _single(alternation) else f"(?:{alternation})"


def _single(alternation: str) -> bool:
    """Whether ``alternation`` has no top-level ``|`` (so needs no group)."""
    depth, escaped = 0, False
    for char in alternation:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


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
