"""Outlets named in a text, with short forms resolved to the outlet named before them.

"The Times" or "the newspaper" stands for the last outlet the text named in full (of a
fitting kind); with no such outlet before it, the short form is dropped, because the text
does not say which outlet it means.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from audit.analyse import lexicons, origins, prefilter, segment, textscan
from audit.analyse.outlets import (
    BODY_HEADS,
    Registry,
    adjective_use,
    continues_name,
    written_as_adjective,
)
from audit.analyse.registry import lookup_in_context, owner_in_country
from audit.analyse.segment import WORD
from audit.analyse.spans import Spans


@dataclass(frozen=True, slots=True)
class OutletMention:
    """An outlet referred to at ``start:end``; ``resolved`` when written as a short form."""

    name: str
    kind: str
    start: int
    end: int
    surface: str
    resolved: bool = False


@cache
def _generic() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, list[str]] = lexicons.load("reporting")["generic_outlet_nouns"]
    kind_of = {noun.lower(): kind for kind, nouns in table.items() for noun in nouns}
    words = lexicons.words_pattern(list(kind_of))
    return re.compile(rf"\b[Tt]he\s+[*_]?({words})\b[*_]?", re.IGNORECASE), kind_of


_KIND_FITS = {
    "newspaper": {"newspaper", "investigative", "fact_checker", "aggregator"},
    "agency": {"wire", "state_media", "international_org", "government"},
    "organisation": {
        "advocacy",
        "international_org",
        "research",
        "government",
        "investigative",
        "fact_checker",
    },
    "broadcaster": {"broadcaster", "state_media"},
    "magazine": {"magazine"},
}


def outlet_mentions(text: str) -> list[OutletMention]:
    """Every outlet reference in ``text`` in order, short forms resolved (cached per text)."""
    return list(_mentions(id(lexicons.registry()), text))


@lru_cache(maxsize=1)
def _mentions(registry: int, text: str) -> tuple[OutletMention, ...]:
    """The mentions of the last text asked about, for the registry in use."""
    return tuple(_outlet_mentions(text))


def _outlet_mentions(text: str) -> list[OutletMention]:
    reg = lexicons.registry()
    spelt = _spelt_out_acronyms(text, reg) if "(" in text else {}
    found = [
        OutletMention(m.outlet.name, m.outlet.kind, m.start, m.end, m.surface)
        for m in reg.mentions(text)
        # "TBS" where the text spells it out as the Tanzania Bureau of Standards
        if spelt.get(m.surface, m.outlet.name) == m.outlet.name
        # "the Maine Public Utilities Commission", "Tulsa World War II": a longer name
        and not (
            m.surface.rsplit(None, 1)[-1].lower() in _GENERIC_LAST_WORDS
            and _NAME_GOES_ON.match(text, m.end)
        )
        # "CBS 2", "NBC 5 Investigates": a local station, not the network
        and not (
            m.outlet.kind == "broadcaster"
            and m.surface.isupper()
            and _CHANNEL_AFTER.match(text, m.end)
        )
    ]
    the_scan = textscan.scan(text)
    base = textscan.offset("mentions")
    found.extend(_the_names(text, found, the_scan, base))
    found = _resolve_short_forms(text, found, reg)
    found.sort(key=lambda f: f.start)
    found.extend(_resolve_generic_nouns(found, the_scan, base))
    found.sort(key=lambda f: f.start)
    return found


# Everyday last words of outlets' names ("Maine Public", "Missouri Independent", "Tulsa
# World", "Texas Monthly"), which other names go on past.
_GENERIC_LAST_WORDS = frozenset(["public", "independent", "world", "monthly"])
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]|[ \t]+(?:[IVX]+|of)\b")
_CHANNEL_AFTER = re.compile(r"[ \t]+\d{1,2}\b(?![.,:]\d)")
# "the Tanzania Bureau of Standards (TBS)": a run of capitalised words (small joining words
# allowed) and, in brackets after it, the acronym of its last words
_DEFINED = re.compile(
    r"([A-Z][\w’'.&-]*(?:[ \t]+(?:(?:of|for|on|and|the|de|del|la)[ \t]+)?[A-Z][\w’'.&-]*){1,7})"
    r"[ \t]*\([ \t]*([A-Z]{2,6})[ \t]*\)"
)


def _spelt_out_acronyms(text: str, reg: Registry) -> dict[str, str | None]:
    """The acronyms ``text`` spells out in brackets, each with the registry's name for what
    it spells out (None for a body it does not know): "the Tanzania Bureau of Standards
    (TBS)". The capitals of the words before the brackets, read from their end, make the
    acronym, in any order as a translated name's may ("the National Ports Administration
    (ANP)"); "Former Associated Press (AP)" spells out AP, "NEW YORK (AP)" nothing."""
    found: dict[str, str | None] = {}
    for m in _DEFINED.finditer(text):
        acronym = sorted(m.group(2))
        words = m.group(1).split()
        for start in range(len(words)):
            tail = words[start:]
            if sorted(w[0] for w in tail if w[:1].isupper()) == acronym:
                known = reg.lookup(" ".join(tail))
                found.setdefault(m.group(2), known.name if known is not None else None)
                break
    return found


def _resolve_short_forms(text: str, found: list[OutletMention], reg: Any) -> list[OutletMention]:
    """``found`` with each short form ("the Times") added as the latest outlet named before
    it that has the short form (else whose names end with its last word); a short form
    named before no such outlet but cited as a source names the one outlet that has it.

    One sweep in order of position, with the latest owner of each short form at hand, so a
    long text is not searched back from every short form."""
    named = Spans((f.start, f.end) for f in found)
    hits = [c for c in _context_hits(text, reg) if not named.overlaps(c.start, c.end)]
    by_alias: dict[str, OutletMention] = {}  # a short form -> its latest owner so far
    by_last_word: dict[str, OutletMention] = {}
    # "The Marlow Valley Tribune … the Tribune reported": an outlet the registry does not
    # know owns the short forms after it too (it is not added as a mention itself)
    unregistered = _unregistered_names(text, named)
    if unregistered:  # "The Marlow Valley Tribune … The Tribune reported": not India's
        by_last: dict[str, tuple[list[int], list[OutletMention]]] = {}  # in order
        for longer in unregistered:
            ends, names = by_last.setdefault(_words(longer.name)[-1], ([], []))
            ends.append(longer.end)
            names.append(longer)
        found = [_owned_by_longer(f, by_last) for f in found]
    owners = [*found, *unregistered] if hits else found
    before = sorted(owners, key=lambda f: f.start)
    out = list(found)
    k = 0
    countries: set[str] = set()  # home countries of the papers and broadcasters named so far
    for m in hits:  # in order; no hit overlaps a name, so a name before one ends before it
        while k < len(before) and before[k].start < m.start:
            _remember(before[k], by_alias, by_last_word)
            _note_country(before[k], countries)
            k += 1
        bare = _words(m.surface)
        owner = by_alias.get(" ".join(bare)) or _ending(by_last_word, bare)
        if owner is not None:
            resolved = OutletMention(owner.name, owner.kind, m.start, m.end, m.surface, True)
        elif _cited_as_source(text, m.start, m.end):
            only = lookup_in_context(m.surface)  # "first revealed by The Sun, which reported"
            if only is None:  # shared: "told CNA" in a story by a paper of the same country
                only = owner_in_country(m.surface, countries)
            written = m.surface[4:] if m.surface[:4].lower() == "the " else m.surface
            if only is None or not any(a.endswith(written) for a in only.context_aliases):
                continue
            resolved = OutletMention(only.name, only.kind, m.start, m.end, m.surface, True)
        else:
            continue
        out.append(resolved)
        _remember(resolved, by_alias, by_last_word)
    return out


def _ending(by_last_word: dict[str, OutletMention], bare: list[str]) -> OutletMention | None:
    """The outlet named earlier whose name ends in the words ``bare`` ("the Post", "the
    Press Herald"; "Nation News" is no short form of iWitness News)."""
    owner = by_last_word.get(bare[-1]) if bare else None
    said = bare[1:] if bare[:1] == ["the"] else bare
    if owner is None or not said:
        return None
    return owner if any(_words(a)[-len(said) :] == said for a in _aliases(owner.name)) else None


def _note_country(mention: OutletMention, countries: set[str]) -> None:
    """Add the home country of a registered outlet named in the text, unless it is a wire
    (an agency's copy runs everywhere: "Reuters reported" says nothing of the paper; a
    platform, "shared on Facebook", has no home country in the registry)."""
    outlet = lexicons.registry().lookup(mention.name)
    if outlet is not None and outlet.country and outlet.kind != "wire":
        countries.add(outlet.country)


@cache
def outlet_head_words() -> frozenset[str]:
    """Words outlet names end with ("Herald", "Times"), lower-case."""
    return frozenset(h.lower() for h in lexicons.load("attribution")["outlet_name_heads"])


@cache
def outlet_head() -> str:
    """A word outlet names end with (attribution.yaml's outlet_name_heads), in any case,
    whole; it may go on past a hyphen ("Sun-Times", "Star-Tribune")."""
    heads = lexicons.words_pattern(lexicons.load("attribution")["outlet_name_heads"])
    return rf"(?i:{heads})(?:-[A-Z][\w'’]*)?(?![\w-])"


@cache
def _unregistered_name() -> re.Pattern[str]:
    """ "The Marlow Valley Tribune": "The", one to three capitalised words and a word
    outlet names end with (:func:`outlet_head`), no capitalised word after it ("The Royal
    Mail Group" is no outlet); group 1 is the name without "The"."""
    return re.compile(
        rf"\b[Tt]he[ \t]+((?:[A-Z][\w’'.-]*[ \t]+){{1,3}}(?=[A-Z]){outlet_head()})"
        r"(?![ \t]+[A-Z])"
    )


def _unregistered_names(text: str, named: Spans) -> list[OutletMention]:
    """Outlets named in full that the registry does not know (see :func:`_unregistered_name`)
    or named after what they are ("Scottish newspaper The Herald"), outside the registry's
    mentions, in order."""
    found = [
        OutletMention(m.group(1), "unknown", m.start(1), m.end(1), m.group(1))
        for m in _unregistered_name().finditer(text)
        if not named.overlaps(m.start(), m.end())
    ]
    for medium in origins.described_media(text):
        end = medium.name_end
        if not named.overlaps(medium.name_start, end):
            surface = text[medium.name_start : end]
            found.append(OutletMention(medium.name, "unknown", medium.name_start, end, surface))
    return sorted(found, key=lambda f: f.start)


def _owned_by_longer(
    mention: OutletMention, by_last: dict[str, tuple[list[int], list[OutletMention]]]
) -> OutletMention:
    """``mention`` as the last unregistered outlet named before it whose name its words end
    ("The Tribune" after "The Marlow Valley Tribune"; ``by_last`` holds their ends and
    names by last word, in order), else as it is."""
    said = _words(mention.surface)
    said = said[1:] if said[:1] == ["the"] else said
    ends, candidates = by_last.get(said[-1], ([], [])) if said else ([], [])
    for k in range(bisect_right(ends, mention.start) - 1, -1, -1):
        longer = candidates[k]
        full = _words(longer.name)
        if 0 < len(said) < len(full) and full[-len(said) :] == said:
            return OutletMention(
                longer.name, longer.kind, mention.start, mention.end, mention.surface, True
            )
    return mention


def _remember(
    f: OutletMention, by_alias: dict[str, OutletMention], by_last_word: dict[str, OutletMention]
) -> None:
    for alias in _context_aliases(f.name):
        by_alias[alias] = f
    for alias in _aliases(f.name):
        words = _words(alias)
        if words:
            by_last_word[words[-1]] = f


def _resolve_generic_nouns(
    found: list[OutletMention], the_scan: prefilter.Scan, base: int
) -> list[OutletMention]:
    """ "the newspaper", "the agency": the outlet of a fitting kind named last before it
    (``found`` in order of position); a noun resolved so before counts as named last."""
    _, kind_of = _generic()
    named = Spans((f.start, f.end) for f in found)
    by_end = sorted(found, key=lambda f: f.end)
    latest: dict[str, OutletMention] = {}  # kind -> the outlet of that kind starting last
    resolved: list[OutletMention] = []
    last_resolved: dict[str, int] = {}  # kind -> the index in ``resolved`` of its last noun
    k = 0
    for g in the_scan.finditer(base):
        if named.covers(g.start()):
            continue
        while k < len(by_end) and by_end[k].end <= g.start():
            f = by_end[k]
            if f.kind not in latest or latest[f.kind].start < f.start:
                latest[f.kind] = f
            k += 1
        fits = _KIND_FITS.get(kind_of[" ".join(g.group(1).lower().split())])
        earlier = [i for kind, i in last_resolved.items() if not fits or kind in fits]
        if earlier:
            p = resolved[max(earlier)]
        else:
            candidates = [f for kind, f in latest.items() if not fits or kind in fits]
            if not candidates:
                continue
            p = max(candidates, key=lambda f: f.start)
        resolved.append(OutletMention(p.name, p.kind, g.start(), g.end(), g.group(0), True))
        last_resolved[p.kind] = len(resolved) - 1
    return resolved


_POSSESSIVE = re.compile(r"[’']s$")
# A short form cited as a source, which only one registered outlet has: "first revealed
# by The Sun", "according to the ABC's count", "the Sun, which reported", "per Bloomberg",
# "a Bloomberg report", "Bloomberg, though, reported".
_CITED_BEFORE = re.compile(
    r"(?:\b(?:by|told|from)|\baccording\s+to|(?:^|[,;(—–.!?\n]\s*)(?:per|via))\s+$",
    re.IGNORECASE,
)
_CITED_AFTER = re.compile(
    r"(?:[’']s\s+(?:[\w-]+\s+){0,3}?(?:count|report|reporting|investigation|story|analysis"
    r"|estimate|figures|data|poll)\b|\s+(?:report|story|investigation|article|expos[eé])\b"
    r"|,?\s+(?:which\s+)?(?:first\s+)?(?:reported|revealed|reports|published|obtained)\b"
    r"|,\s+(?:though|however|too|meanwhile),\s+(?:reported|reports|revealed)\b)"
)


_NEXT_WORD = re.compile(r" ([A-Z][\w’'-]*)")


def _cited_as_source(text: str, start: int, end: int) -> bool:
    """Whether the short form at ``start:end`` is capitalised and cited as a source (and
    not the start of a longer name: "told the Australian Securities Exchange")."""
    after = _NEXT_WORD.match(text, end)
    if continues_name(after.group(1) if after else None):
        return False
    proper = any(w[:1].isupper() for w in text[start:end].split()[1:]) or text[start].isupper()
    return proper and bool(
        _CITED_BEFORE.search(text, max(0, start - 20), start) or _CITED_AFTER.match(text, end)
    )


@cache
def _aliases(name: str) -> list[str]:
    outlet = lexicons.registry().lookup(name)
    if outlet is None:
        return [name]
    return [outlet.name, *outlet.aliases, *outlet.context_aliases]


def _words(value: str) -> list[str]:
    return re.findall(r"\w+", value.lower())


@cache
def _context_aliases(name: str) -> frozenset[str]:
    outlet = lexicons.registry().lookup(name)
    return frozenset(" ".join(_words(a)) for a in outlet.context_aliases) if outlet else frozenset()


def scan_patterns() -> list[re.Pattern[str]]:
    """ "the newspaper" and "the Guardian", for the shared gate (see
    :mod:`audit.analyse.textscan`): tried only where "the" is written."""
    return [_generic()[0], _THE_RUN]


_THE_RUN = re.compile(r"\bthe\s+[*_]?((?:[A-Z][\w’'&.-]*)(?:\s+[A-Z][\w’'&.-]*){0,4})")


def _the_names(
    text: str, found: list[OutletMention], the_scan: prefilter.Scan, base: int
) -> list[OutletMention]:
    """Outlets whose name starts with "The", written with a lower-case "the" in running
    text ("reporting by the Guardian"), which the registry matcher leaves to context."""
    reg = lexicons.registry()
    out: list[OutletMention] = []
    named = Spans((f.start, f.end) for f in found)
    for m in the_scan.finditer(base + 1):
        words = m.group(1).split()
        if named.covers(m.start(1)):
            continue
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n]).rstrip(".")
            outlet = reg.lookup(f"The {candidate}")
            if outlet is not None and n < len(words) and continues_name(words[n]):
                break  # "the Australian Securities Exchange": a longer name, no outlet
            if outlet is not None and outlet.name.lower() == f"the {candidate}".lower():
                end = text.index(candidate, m.start(1)) + len(candidate)
                if written_as_adjective(m.group()[:3], candidate, text, end):
                    break  # "the Australian seafood company"
                out.append(
                    OutletMention(outlet.name, outlet.kind, m.start(), end, text[m.start() : end])
                )
                break
    return out


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    surface: str


_ContextTable = tuple[dict[tuple[str, ...], tuple[str, ...]], tuple[int, ...], frozenset[str]]
_CONTEXT_TABLES: dict[int, tuple[Any, _ContextTable]] = {}


def _context_table(reg: Any) -> _ContextTable:
    """Every context alias of the registry as a token tuple, the alias lengths (longest
    first) and the first words (built once per registry)."""
    cached = _CONTEXT_TABLES.get(id(reg))
    if cached is not None and cached[0] is reg:
        return cached[1]
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for outlet in reg.outlets:
        for alias in outlet.context_aliases:
            tokens = tuple(WORD.findall(alias))
            if tokens:
                table[tuple(t.lower() for t in tokens)] = tokens
    lengths = tuple(sorted({len(k) for k in table}, reverse=True))
    built = (table, lengths, frozenset(k[0] for k in table))
    _CONTEXT_TABLES.clear()
    _CONTEXT_TABLES[id(reg)] = (reg, built)
    return built


# A short form ending in a body's head word ("the Bureau"), then "of"/"for" and a
# capitalised word, begins a longer proper name.
_NAME_GOES_ON_PAST = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z]")


def _context_hits(text: str, reg: Any) -> list[_Hit]:
    """Short forms ("the Times", "the agency") in ``text``, longest first, no overlaps.

    A capitalised word of the alias must be capitalised in the text too ("the Times", not
    "the times"); the leading "the" may be either case.
    """
    table, lengths, firsts = _context_table(reg)
    tokens, words, low = segment.tokens(text)
    hits: list[_Hit] = []
    count = len(tokens)
    i = 0  # the first word not yet within a hit
    # visit only the words some short form starts with, in order
    for k in [k for k, word in enumerate(low) if word in firsts]:
        if k < i:
            continue
        for n in lengths:
            if n > count - k:
                continue
            key = tuple(low[k : k + n])
            possessive = _POSSESSIVE.search(key[-1])
            if possessive:  # "the ABC's count"
                key = (*key[:-1], key[-1][: possessive.start()])
            alias = table.get(key)
            if alias is not None and adjective_use(text, tokens, low, k, n):
                break  # "the Australian seafood company"
            if (
                alias is not None
                and key[-1] in BODY_HEADS
                and _NAME_GOES_ON_PAST.match(text, tokens[k + n - 1].end())
            ):
                break  # "the Bureau of Labor Statistics": a longer name's first words
            if alias is not None and all(
                not a[:1].isupper() or w[:1].isupper()
                for a, w in zip(alias, words[k : k + n], strict=True)
            ):
                start, end = tokens[k].start(), tokens[k + n - 1].end()
                end -= len(possessive.group(0)) if possessive else 0
                hits.append(_Hit(start, end, text[start:end]))
                i = k + n
                break
    return hits
