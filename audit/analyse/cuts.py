"""Characters a regular expression can never match, at which a text may be cut.

A pattern such as ``\\b[a-z]+ists\\s+said\\b[^.;]{0,60}?\\d`` has no literal every match
starts with, so :class:`audit.analyse.prefilter.Scan` cannot try it only at a few places.
But no match of it contains "." or ";": every match lies inside one stretch of text
between such characters, and only the stretches holding its required literals need to be
searched. Searching ``text`` from ``a`` to ``b`` (``pattern.finditer(text, a, b)``) gives
exactly the full search's matches inside that stretch when the character at ``b`` is one
the pattern cannot consume: reading it fails just as reading past the end does, and since
it is not a word character ``\\b`` sees the same boundary. Patterns whose outcome could
still differ (``$``, ``\\Z``, back-references, empty matches) get no cut characters.

A look-behind reads only characters before the place it is tried, which a search of a
stretch reads as the full search does, so what it reads does not count. A character the
pattern consumes only between two given ones (the "." of ``(?<=\\d)\\.(?=\\d)``) is a cut
wherever they are not around it: :func:`conditional_cuts`.

Conditional cuts are used only for a pattern that also has plain cut characters:
:class:`audit.analyse.prefilter.Gate` searches a pattern by stretches only when it has
plain cuts, and conditional ones then add places to split at. Leaving them out elsewhere
is safe: every cut is a place no match spans, so fewer cuts only make stretches longer,
and a search of a longer stretch finds the same matches. It costs at most a speed-up:
placing conditional cuts means testing the characters around every occurrence of each
candidate in the text, which pays on top of a stretch search the plain cuts already make
worthwhile (when this was written, no pattern of the shipped gates had conditional cuts
alone).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from audit.analyse.re_private import private

# re's private parser and compiler (as in audit.analyse.prefilter): if they are missing,
# no pattern gets cut characters and every pattern is searched whole.
_p, _c, _compiler = private("_parser"), private("_constants"), private("_compiler")

# Candidate cut characters: punctuation and line breaks, none of them a word character.
_CANDIDATES = '.;:,!?\n()[]{}"“”«»|'
# Positions tests that read no character at or after a cut (or read it as not a word's).
_SAFE_AT = ("AT_BEGINNING", "AT_BEGINNING_STRING", "AT_BEGINNING_LINE", "AT_BOUNDARY")


Guard = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]  # before, leaf, after


@cache
def _pieces(pattern: str, flags: int) -> tuple[list[re.Pattern[str]], list[Guard]] | None:
    """The pattern's character tests that may read a stretch's characters (``leaves``) and
    its guarded single characters, or None when it cannot be cut."""
    if _p is None or _c is None or _compiler is None:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.getwidth()[0] == 0:
            return None  # an empty match is found differently at a stretch's end
        leaves: list[re.Pattern[str]] = []
        guards: list[Guard] = []
        if not _collect(parsed.data, parsed.state, flags | parsed.state.flags, leaves, guards):
            return None
    except Exception:  # anything unexpected in re's internals: no cuts, search it whole
        return None
    return leaves, guards


@cache
def cut_characters(pattern: str, flags: int = 0) -> str:
    """The candidate characters no match of ``pattern`` contains ("" when unknown)."""
    pieces = _pieces(pattern, flags)
    if pieces is None:
        return ""
    leaves, guards = pieces
    tests = [*leaves, *(leaf for _, leaf, _ in guards)]
    return "".join(c for c in _CANDIDATES if not any(t.fullmatch(c) for t in tests))


@cache
def conditional_cuts(
    pattern: str, flags: int = 0
) -> tuple[tuple[str, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]], ...]:
    """Candidate characters that a match contains only between certain characters:
    ``(character, ((before, after), ...))``; where no pair matches the characters around
    it, such a character is a cut too ("." for ``(?<=\\d)\\.(?=\\d)``, outside "3.5").
    Their positions only add to those of the plain cuts: see the module's docstring for
    why a pattern without plain cuts does not use them."""
    pieces = _pieces(pattern, flags)
    if pieces is None:
        return ()
    leaves, guards = pieces
    out = []
    for c in _CANDIDATES:
        if any(leaf.fullmatch(c) for leaf in leaves):
            continue
        around = tuple((before, after) for before, leaf, after in guards if leaf.fullmatch(c))
        if around:
            out.append((c, around))
    return tuple(out)


# One compiled pattern per distinct piece: a verb list repeats the same letters many times.
_LEAVES: dict[tuple[str, str, int], re.Pattern[str]] = {}


def _leaf(op: Any, av: Any, state: Any, flags: int) -> re.Pattern[str]:
    key = (str(op), repr(av), flags)
    leaf = _LEAVES.get(key)
    if leaf is None:
        leaf = _LEAVES[key] = _compiler.compile(_p.SubPattern(state, [(op, av)]), flags)
    return leaf


def _single(item: Any, direction: int) -> bool:
    """Whether ``item`` is a positive look-around in ``direction`` at one character test."""
    op, av = item
    return (
        op is _c.ASSERT
        and av[0] == direction
        and len(av[1].data) == 1
        and av[1].data[0][0] in (_c.LITERAL, _c.NOT_LITERAL, _c.IN)
    )


def _reads_ahead(items: Any) -> bool:
    """Whether a look-ahead (which may read past a stretch's end) is nested in ``items``."""
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            inner = [av[1]] if av[0] != 1 else None
        elif op is _c.SUBPATTERN:
            inner = [av[3]]
        elif op is _c.BRANCH:
            inner = list(av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            inner = [av[2]]
        elif op is _c.ATOMIC_GROUP:
            inner = [av]
        else:
            continue
        if inner is None or any(_reads_ahead(sub) for sub in inner):
            return True
    return False


def _collect(
    items: Any, state: Any, flags: int, leaves: list[re.Pattern[str]], guards: list[Guard]
) -> bool:
    """Compile every character test of ``items`` that may read a stretch's characters into
    ``leaves``, and each single character consumed only between two look-arounds at one
    character into ``guards``; False when the pattern holds something whose outcome at a
    cut could differ."""
    items = list(items)
    k = 0
    while k < len(items):
        op, av = items[k]
        if (
            k + 2 < len(items)
            and _single(items[k], -1)
            and items[k + 1][0] in (_c.LITERAL, _c.NOT_LITERAL, _c.IN)
            and _single(items[k + 2], 1)
        ):
            op_, av_ = items[k + 1]
            # (?<=B)x(?=A): x is read only with B before and A after (A counts as read)
            (b_op, b_av), (a_op, a_av) = items[k][1][1].data[0], items[k + 2][1][1].data[0]
            after = _leaf(a_op, a_av, state, flags)
            guards.append((_leaf(b_op, b_av, state, flags), _leaf(op_, av_, state, flags), after))
            leaves.append(after)
            k += 3
            continue
        k += 1
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            leaves.append(_leaf(op, av, state, flags))
        elif op is _c.SUBPATTERN:
            inner = (flags | av[1]) & ~av[2]
            if not _collect(av[3], state, inner, leaves, guards):
                return False
        elif op is _c.BRANCH:
            if not all(_collect(branch, state, flags, leaves, guards) for branch in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _collect(av[2], state, flags, leaves, guards):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            # a look-behind reads before where it is tried, as the full search does
            behind = av[0] == -1 and not _reads_ahead(av[1])
            if not _collect(av[1], state, flags, [] if behind else leaves, guards):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _collect(av, state, flags, leaves, guards):
                return False
        elif not (op is _c.AT and any(av is getattr(_c, name) for name in _SAFE_AT)):
            return False  # $, \Z, \B, back-references, conditionals
    return True


def conditional_positions(text: str, conditional: Any) -> list[int]:
    """Where a character of ``conditional`` (see :func:`conditional_cuts`) is a cut: no
    pair of its tests matches the characters just before and after it."""
    out = []
    last = len(text) - 1
    for char, around in conditional:
        at = text.find(char)
        while at >= 0:
            if not (
                0 < at < last
                and any(b.fullmatch(text[at - 1]) and a.fullmatch(text[at + 1]) for b, a in around)
            ):
                out.append(at)
            at = text.find(char, at + 1)
    return out
