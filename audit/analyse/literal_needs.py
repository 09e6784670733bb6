"""What literals every match of a regular expression must contain, or start with.

Any match of ``\\b(?:has|have)\\s+not\\s+(?:yet\\s+)?(?:responded|replied)\\b`` contains "not"
and one of "responded"/"replied", and starts with "has" or "have". :func:`requirements`
derives such literal sets (case-folded, :func:`audit.analyse.casefold.fold`) from the
pattern's parse tree, for :class:`audit.analyse.prefilter.Gate`. The derivation is
conservative: anything it does not understand (back-references, conditionals, unbounded or
large repeats, character classes with ranges) yields no requirement.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from audit.analyse.casefold import fold
from audit.analyse.re_private import private

_LIMIT = 64  # most strings a finite piece may expand to before it counts as open
_MIN_LEN = 3  # literal sets with a shorter member are too common to be worth gating on
_MIN_LEAD = 2  # shortest literal a match may be anchored on

# re's private parser: the way to read a pattern's structure without re-implementing its
# syntax. Guarded: if it is missing, nothing is required (every pattern simply runs).
_p, _c = private("_parser"), private("_constants")

Strings = frozenset[str]


def _finite(items: Any, flags: int) -> Strings | None:
    """Every string a piece can match, when that is a small finite set; else None."""
    out: Strings = frozenset([""])
    for item in items:
        one = _finite_item(item, flags)
        if one is None:
            return None
        out = frozenset(a + b for a in out for b in one)
        if len(out) > _LIMIT:
            return None
    return out


def _finite_item(item: tuple[Any, Any], flags: int) -> Strings | None:
    op, av = item
    if op is _c.LITERAL:
        return frozenset([fold(chr(av))])
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset([""])  # zero width: consumes nothing
    if op is _c.IN:
        if any(o is not _c.LITERAL for o, _ in av):
            return None
        return frozenset(fold(chr(v)) for _, v in av)
    if op is _c.SUBPATTERN:
        return _finite(av[3], flags)
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            one = _finite(branch, flags)
            if one is None:
                return None
            out |= one
        return frozenset(out) if len(out) <= _LIMIT else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        one = _finite(sub, flags)
        if one is None or high > 3:
            return None
        total: set[str] = set()
        power: Strings = frozenset([""])
        for count in range(high + 1):
            if count >= low:
                total |= power
            power = frozenset(a + b for a in power for b in one)
            if len(power) > _LIMIT:
                return None
        return frozenset(total)
    return None


def _lead(items: Any, flags: int) -> Strings | None:
    """Strings one of which every match of the sequence ``items`` starts with, if known."""
    run: Strings = frozenset([""])
    for k, item in enumerate(items):
        one = _finite_item(item, flags)
        if one is not None:
            joined = frozenset(a + b for a in run for b in one)
            if len(joined) > _LIMIT:
                break
            run = joined
            continue
        if run != frozenset([""]):
            break
        op, av = item
        if op is _c.SUBPATTERN:
            return _lead(av[3], flags)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            inside = _lead(av[2], flags)
            if av[0] >= 1 or inside is None:
                return inside
            rest = _lead(items[k + 1 :], flags)  # the optional part may be absent
            return None if rest is None else inside | rest
        if op is _c.BRANCH:
            leads = [_lead(branch, flags) for branch in av[1]]
            if any(x is None for x in leads):
                return None
            return frozenset().union(*(x for x in leads if x is not None))
        return None
    return None if "" in run else run


def _needs(items: Any, flags: int) -> list[Strings]:
    """Literal sets that every match of the sequence ``items`` contains one of."""
    needs: list[Strings] = []
    run: Strings = frozenset([""])

    def close() -> None:
        nonlocal run
        if "" not in run:
            needs.append(run)
        run = frozenset([""])

    for item in items:
        one = _finite_item(item, flags)
        if one is not None:
            joined = frozenset(a + b for a in run for b in one)
            if len(joined) <= _LIMIT:
                run = joined
                continue
            close()
            run = one
            continue
        close()
        op, av = item
        if op is _c.SUBPATTERN:
            needs.extend(_needs(av[3], flags))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            needs.extend(_needs(av[2], flags))
        elif op is _c.ATOMIC_GROUP:
            needs.extend(_needs(av, flags))
        elif op is _c.BRANCH:
            per_branch = [_needs(branch, flags) for branch in av[1]]
            if all(per_branch):
                needs.append(frozenset().union(*(_best(b) for b in per_branch)))
    close()
    return needs


def _minimal(strings: Strings) -> Strings:
    """Drop members that contain another member: "contains one of" is unchanged."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _prefixes(strings: Strings) -> Strings:
    """Drop members that start with another member: "starts with one of" is unchanged."""
    return frozenset(s for s in strings if not any(o != s and s.startswith(o) for o in strings))


def _best(needs: list[Strings]) -> Strings:
    return max(needs, key=lambda s: (min(len(x) for x in s), -len(s)))


def _strong(strings: Strings) -> bool:
    return min(map(len, strings)) >= _MIN_LEN


@cache
def requirements(pattern: str, flags: int = 0) -> tuple[tuple[Strings, ...], Strings | None]:
    """What every match of ``pattern`` must contain, as folded literals.

    Returns ``(needs, lead)``: every match contains a member of each set in ``needs``, and
    when ``lead`` is not None every match starts with one of its members. Sets with a
    member shorter than three characters (two for ``lead``) are left out. No needs
    means "no requirement known": the pattern must always run.
    """
    if _p is None or _c is None:
        return (), None
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # an unparseable pattern is simply never gated
        return (), None
    needs = {_minimal(s) for s in _needs(parsed.data, flags)}
    strong = tuple(sorted((s for s in needs if _strong(s)), key=sorted))
    lead = _lead(parsed.data, flags)
    first = _prefixes(lead) if lead and min(map(len, lead)) >= _MIN_LEAD else None
    return strong, first
