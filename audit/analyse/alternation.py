"""Alternations of literal strings written as tries, which Python's regex engine runs faster.

``more|mehr|over`` makes the engine try every branch at each position it reaches (with
``re.IGNORECASE`` not even the first character is checked up front); ``m(?:ore|ehr)|over``
tries one branch per distinct first character. For literal strings in longest-first order
the two find the same matches with the same preference: the strings that match at one
position are prefixes of one another, since the pieces of sibling branches never match
the same character, and the trie too tries to go on before it ends (its empty branch last).
"""

from __future__ import annotations

import re

from audit.analyse.casefold import fold

SPACE = r"\s+"  # the piece for white space between the words of a phrase


def alternation(paths: list[list[str]]) -> str:
    """The alternation of ``paths`` (each a list of pieces: one escaped character or
    :data:`SPACE`, in longest-first order) as a trie, or flat when two different pieces
    could match one character."""
    if _ambiguous(paths):
        return "|".join("".join(path) for path in paths)
    return "|".join(_branches(paths))


def _ambiguous(paths: list[list[str]]) -> bool:
    pieces = {piece for path in paths for piece in path}
    chars = {re.sub(r"\\(.)", r"\1", piece) for piece in pieces if piece != SPACE}
    if SPACE in pieces and any(c.isspace() for c in chars):
        return True
    return len({fold(c) for c in chars}) != len(chars)


def _branches(paths: list[list[str]]) -> list[str]:
    children: dict[str, list[list[str]]] = {}
    ends = False
    for path in paths:
        if path:
            children.setdefault(path[0], []).append(path[1:])
        else:
            ends = True
    out = []
    for head, rests in children.items():
        inner = _branches(rests)
        if len(inner) == 1:
            out.append(head + inner[0])
        else:
            out.append(f"{head}(?:{'|'.join(inner)})")
    if ends:
        out.append("")
    return out
