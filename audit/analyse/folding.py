"""Case-insensitive patterns run case-sensitively over the case-folded text: same matches.

Python's regex engine scans a ``re.IGNORECASE`` alternation slowly: it cannot skip a branch
on its first character. :func:`twin` rebuilds such a pattern with every letter folded (as
:func:`audit.analyse.casefold.fold` folds a text) and without the flag; run over
``fold(text)`` it matches where the original matches in ``text``, with the same spans,
since a letter matches another without case exactly when both fold to the same character,
and folding keeps every offset and never changes whether a character is a word character,
a digit or white space (but for the few :data:`_TARGETS`, checked for). :func:`finditer`
then takes each match from the original pattern at the start found, so groups read the
text as written. A pattern with case-sensitive parts, back-references or ranges of cased
letters gets no twin and simply runs as it is.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from audit.analyse import lookbehind
from audit.analyse.casefold import AFTER, BEFORE, fold
from audit.analyse.identity_memo import by_identity
from audit.analyse.rebuilt import Rebuilt

_p, _c, _compiler = (
    importlib.import_module(f"re.{name}") for name in ("_parser", "_constants", "_compiler")
)


def _kind(char: str) -> tuple[bool, bool, bool]:
    return char.isalnum() or char == "_", char.isdecimal(), char.isspace()


# Folded characters that some character of another kind folds to (Greek iota folds to
# U+0345, which is no word character): a folded text holding one is searched as it is.
# (``str.lower`` itself never changes a character's kind: tests/test_folding.py.)
_TARGETS = frozenset(
    target for code, target in AFTER.items() if _kind(chr(code)) != _kind(target)
) | frozenset(t for code, t in BEFORE.items() if _kind(chr(code)) != _kind(t))
_TARGETS_RE = re.compile("[" + re.escape("".join(sorted(_TARGETS))) + "]" if _TARGETS else "(?!)")


@by_identity
def twin(pattern: re.Pattern[str]) -> Rebuilt | None:
    """The case-sensitive twin of a ``re.IGNORECASE`` pattern, or None."""
    if not pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _folded_parse(pattern)
        if parsed is None:
            return None
        compiled: re.Pattern[str] = _compiler.compile(parsed, pattern.flags & ~re.IGNORECASE)
    except Exception:  # anything unexpected in re's internals: no twin
        return None
    return Rebuilt(compiled, pattern, f"{__name__}.twin")


@by_identity
def _finder(pattern: re.Pattern[str]) -> Rebuilt | None:
    """The :func:`audit.analyse.lookbehind.finder` of the pattern's twin, or None."""
    try:
        parsed = _folded_parse(pattern)
        flags = pattern.flags & ~re.IGNORECASE
        program = None if parsed is None else lookbehind.finder_of(parsed, flags)
    except Exception:  # anything unexpected in re's internals: no finder
        return None
    return None if program is None else Rebuilt(program, pattern, f"{__name__}._finder")


def _folded_parse(pattern: re.Pattern[str]) -> Any:
    """The pattern's parse tree with its literals folded and IGNORECASE dropped (what
    :func:`twin` compiles and :func:`_finder` reads), or None when a literal cannot fold."""
    parsed = _p.parse(pattern.pattern, pattern.flags)
    data = _fold_items(parsed.data)
    if data is None:
        return None
    parsed.data = data
    parsed.state.flags &= ~re.IGNORECASE
    return parsed


def finditer(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Exactly ``list(pattern.finditer(text))``, found through the twin when it can be."""
    other = twin(pattern)
    folded = fold(text) if other is not None else text
    if other is None or len(folded) != len(text) or _TARGETS_RE.search(folded):
        return list(pattern.finditer(text))
    out = []
    for start, end in lookbehind.spans(other, folded, _finder(pattern)):
        match = pattern.match(text, start)
        if match is None or match.end() != end:  # pragma: no cover - a safety net
            return list(pattern.finditer(text))
        out.append(match)
    return out


def _fold_items(items: Any) -> list[Any] | None:
    out: list[Any] = []
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            folded = fold(chr(av))
            if len(folded) != 1:
                return None
            out.append((op, ord(folded)))
        elif op is _c.IN:
            members = _fold_set(av)
            if members is None:
                return None
            out.append((op, members))
        elif op is _c.SUBPATTERN:
            group, add, remove, inner = av
            if (add | remove) & re.IGNORECASE:
                return None  # a part matched with case: the folded text has lost it
            folded_inner = _fold_items(inner)
            if folded_inner is None:
                return None
            out.append((op, (group, add, remove, _sub(inner, folded_inner))))
        elif op is _c.BRANCH:
            branches = []
            for branch in av[1]:
                folded_branch = _fold_items(branch)
                if folded_branch is None:
                    return None
                branches.append(_sub(branch, folded_branch))
            out.append((op, (av[0], branches)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            inner = _fold_items(av[2])
            if inner is None:
                return None
            out.append((op, (av[0], av[1], _sub(av[2], inner))))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            inner = _fold_items(av[1])
            if inner is None:
                return None
            out.append((op, (av[0], _sub(av[1], inner))))
        elif op is _c.ATOMIC_GROUP:
            inner = _fold_items(av)
            if inner is None:
                return None
            out.append((op, _sub(av, inner)))
        elif op in (_c.AT, _c.ANY):
            out.append((op, av))
        else:
            return None  # back-references, conditionals: not rebuilt
    return out


def _fold_set(members: Any) -> list[Any] | None:
    """A character set's members folded; None for a range holding a letter with case."""
    out: list[Any] = []
    for op, av in members:
        if op is _c.LITERAL:
            folded = fold(chr(av))
            if len(folded) != 1:
                return None
            out.append((op, ord(folded)))
        elif op is _c.RANGE:
            low, high = av
            if any(_cased(chr(code)) for code in range(low, high + 1)):
                return None
            out.append((op, av))
        elif op in (_c.CATEGORY, _c.NEGATE):
            out.append((op, av))
        else:
            return None
    return out


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char or fold(char) != char


def _sub(original: Any, data: list[Any]) -> Any:
    """A parsed sub-pattern like ``original`` holding ``data``."""
    return _p.SubPattern(original.state, data)
