"""The outlet registry (audit/lexicon/outlets.yaml) and finding outlets named in text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from audit.analyse.segment import WORD
from audit.analyse.segment import tokens as segment_tokens
from audit.yamlio import parse_yaml


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """An outlet named in the text at ``start:end``."""

    outlet: Outlet
    start: int
    end: int
    surface: str
    contextual: bool = False


def _tokens(value: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in WORD.finditer(value))


def _case_fits(alias_token: str, text_token: str) -> bool:
    """Text must be at least as capitalised as the alias; acronyms match exactly."""
    if alias_token.isupper() and len(alias_token) > 1:
        return text_token == alias_token
    if alias_token.lower() != text_token.lower():
        return False
    return not (alias_token[:1].isupper() and not text_token[:1].isupper())


Index = dict[tuple[str, ...], list[tuple[tuple[str, ...], Outlet]]]


class Registry:
    """Outlets indexed by their lower-cased name/alias token sequences and by domain."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self.outlets = outlets
        self.by_name = {o.name.lower(): o for o in outlets}
        self._names: Index = {}
        self._context: Index = {}
        self._domains: dict[str, Outlet] = {}
        for outlet in outlets:
            for alias in (outlet.name, *outlet.aliases):
                self._index(self._names, alias, outlet)
            for alias in outlet.context_aliases:
                self._index(self._context, alias, outlet)
            for domain in outlet.domains:
                self._domains[domain.lower()] = outlet
        # site addresses among the aliases ("today.rtl.lu": RTL Today on RTL's domain)
        self._addresses = {
            alias.lower(): outlet
            for outlet in outlets
            for alias in outlet.aliases
            if "." in alias and " " not in alias
        }
        # a domain's first label ("radionz" of radionz.co.nz), kept when only one owns it
        labels: dict[str, Outlet | None] = {}
        for domain, owner in self._domains.items():
            label = domain.split(".")[0]
            labels[label] = owner if labels.get(label, owner) is owner else None
        self._labels = {label: owner for label, owner in labels.items() if owner is not None}
        self._name_lengths = sorted({len(k) for k in self._names}, reverse=True)
        self._context_lengths = sorted({len(k) for k in self._context}, reverse=True)
        self._name_starts = frozenset(k[0] for k in self._names)
        self._context_starts = frozenset(k[0] for k in self._context)
        self._any_starts = self._name_starts | self._context_starts
        # The lower-cased words, as written, whose form without a possessive is such a start.
        self._name_firsts = _with_possessives(self._name_starts)
        self._pairs = frozenset(k[:2] for k in self._names if len(k) > 1)
        self._any_firsts = _with_possessives(self._any_starts)
        # Per first word, the token lengths of the names starting with it (longest first).
        self._name_lengths_at = self._lengths_at(self._names)
        self._context_lengths_at = self._lengths_at(self._context)
        # First words of names two words long or more only ("the", "new"), and the pairs of
        # words, as written, such a name may start with: no other pair starts a name.
        self._pair_only = frozenset(
            w for w in self._name_firsts if min(self._name_lengths_at[_without_possessive(w)]) > 1
        )
        self._written_pairs = frozenset(
            (x, y)
            for a, b in self._pairs
            for x in _with_possessives(frozenset([a]))
            for y in _with_possessives(frozenset([b]))
        )

    @staticmethod
    def _lengths_at(table: Index) -> dict[str, tuple[int, ...]]:
        lengths: dict[str, set[int]] = {}
        for key in table:
            lengths.setdefault(key[0], set()).add(len(key))
        return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}

    @staticmethod
    def _index(table: Index, alias: str, outlet: Outlet) -> None:
        tokens = _tokens(alias)
        if tokens:
            table.setdefault(tuple(t.lower() for t in tokens), []).append((tokens, outlet))

    def lookup(self, name: str) -> Outlet | None:
        """The outlet with this canonical name or alias (case-insensitive)."""
        return self._lookup(name)

    @lru_cache(maxsize=4096)  # noqa: B019  # the registry lives for the whole process
    def _lookup(self, name: str) -> Outlet | None:
        found = self.by_name.get(name.lower())
        if found:
            return found
        entries = self._names.get(tuple(t.lower() for t in _tokens(name)), [])
        return entries[0][1] if entries else None

    def by_domain(self, host: str) -> Outlet | None:
        """The outlet owning ``host`` or one of its parent domains; a subdomain an outlet
        has as its address ("today.rtl.lu", RTL Today's) before the domain it is on."""
        parts = host.lower().rstrip(".").split(".")
        for i in range(len(parts) - 1):
            suffix = ".".join(parts[i:])
            found = self._addresses.get(suffix) or self._domains.get(suffix)
            if found:
                return found
        return None

    def by_domain_label(self, label: str) -> Outlet | None:
        """The one outlet with a domain whose first label is ``label`` (a site's handle,
        "@radionz" for radionz.co.nz), if any."""
        return self._labels.get(label.lower().lstrip("@"))

    def mentions(self, text: str, *, context: bool = False) -> Iterator[Mention]:
        """Outlets named in ``text`` (longest match first, no overlaps).

        With ``context=True`` short forms such as "the Times" or "the newspaper" are also
        matched, resolved to the most recently named outlet they can stand for; a short
        form the text has not yet introduced is not a mention. Several analysers ask about
        the same article, so the answers for the last few texts are kept.
        """
        return iter(self._mentions(text, context))

    @lru_cache(maxsize=16)  # noqa: B019  # the registry lives for the whole process
    def _mentions(self, text: str, context: bool) -> tuple[Mention, ...]:
        return tuple(self._scan(text, context))

    def mentions_masked(
        self, text: str, masked: str, spans: Sequence[tuple[int, int]]
    ) -> tuple[Mention, ...]:
        """``mentions(masked)`` for ``masked``, a copy of ``text`` of the same length that
        differs only inside ``spans`` (quotations blanked out), reusing ``text``'s words.

        A word of ``text`` at ``a:b`` with nothing changed from ``a - 2`` to ``b + 2`` is a
        word of ``masked`` too (where a word starts and ends depends on at most two
        characters around it); only the words near a span are read from ``masked`` anew.
        """
        if len(masked) != len(text):
            return self._mentions(masked, False)
        near: list[list[int]] = []  # the spans widened by two characters, merged
        for s, e in sorted((s, e) for s, e in spans if s < e):
            if near and s - 2 <= near[-1][1]:
                near[-1][1] = max(near[-1][1], e + 2)
            else:
                near.append([max(0, s - 2), e + 2])
        tokens, _, low = segment_tokens(text)
        spliced: list[re.Match[str]] = []
        words: list[str] = []
        k = 0  # the first of text's words not yet taken or passed
        for a, b in near:
            j = max(k, bisect_right(tokens, a, key=re.Match.end))  # words ending by ``a``
            spliced.extend(tokens[k:j])
            words.extend(low[k:j])
            # read on from the end of the last word kept, as finditer would
            for token in WORD.finditer(masked, spliced[-1].end() if spliced else 0):
                if token.start() >= b:
                    break
                spliced.append(token)
                words.append(token.group().lower())
            k = bisect_left(tokens, b, key=re.Match.start)  # words from ``b`` on are kept
        spliced.extend(tokens[k:])
        words.extend(low[k:])
        return tuple(self._scan(masked, False, (spliced, words)))

    def _scan(
        self,
        text: str,
        context: bool,
        read: tuple[Sequence[re.Match[str]], Sequence[str]] | None = None,
    ) -> Iterator[Mention]:
        """Mentions in ``text``, whose words (and their lower case) are ``read`` if given."""
        tokens, words = read if read is not None else segment_tokens(text)[::2]
        named: list[Outlet] = []
        i = 0
        # Only a word some name (or, with ``context``, some short form) starts with can
        # begin a mention, "The Guardian's investigation" matched without the possessive:
        # visit just those, in order.
        firsts = self._any_firsts if context else self._name_firsts
        pair_only, pairs, count = self._pair_only, self._written_pairs, len(words)
        for k in [k for k, word in enumerate(words) if word in firsts]:
            if k < i:
                continue
            word = words[k]
            if (
                not context
                and word in pair_only
                and (k + 1 == count or (word, words[k + 1]) not in pairs)
            ):
                continue  # "the" before a word no name has after it
            i = k
            hit = self._match(tokens, words, i)
            contextual = False
            if hit is None and context and named:
                hit = self._match_context(tokens, words, i, named)
                contextual = hit is not None
            if hit is None:
                continue
            length, outlet = hit
            if not contextual and (
                _opens_longer_name(text, tokens, words, i, length)
                or _ends_longer_name(text, tokens, words, i)
                or adjective_use(text, tokens, words, i, length)
            ):
                i += length  # "the Australian Securities Exchange" is no outlet
                continue
            last = words[i + length - 1]
            start, end = tokens[i].start(), tokens[i + length - 1].end()
            end -= len(last) - len(_without_possessive(last))
            if not contextual:
                named.append(outlet)
            yield Mention(outlet, start, end, text[start:end], contextual)
            i += length

    def _match(
        self, tokens: Sequence[re.Match[str]], words: Sequence[str], i: int
    ) -> tuple[int, Outlet] | None:
        first = _without_possessive(words[i])
        # most first words ("the", "new") begin no name together with the word after them
        pair = i + 1 < len(words) and (first, _without_possessive(words[i + 1])) in self._pairs
        for n in self._name_lengths_at.get(first, ()):
            if i + n > len(tokens) or (n > 1 and not pair):
                continue
            key = tuple(map(_without_possessive, words[i : i + n]))
            for alias_tokens, outlet in self._names.get(key, ()):
                window = tokens[i : i + n]
                if all(
                    _case_fits(a, _without_possessive(t.group(0)))
                    for a, t in zip(alias_tokens, window, strict=True)
                ):
                    return n, outlet
        return None

    def _match_context(
        self, tokens: Sequence[re.Match[str]], words: Sequence[str], i: int, named: list[Outlet]
    ) -> tuple[int, Outlet] | None:
        """A short form whose candidates include an outlet named earlier (latest wins)."""
        for n in self._context_lengths_at.get(_without_possessive(words[i]), ()):
            if i + n > len(tokens):
                continue
            entries = self._context.get(tuple(map(_without_possessive, words[i : i + n])))
            if not entries:
                continue
            window = tokens[i : i + n]
            candidates = {
                outlet.name
                for alias_tokens, outlet in entries
                if all(
                    not a[:1].isupper() or t.group(0)[:1].isupper()
                    for a, t in zip(alias_tokens, window, strict=True)
                )
            }
            for outlet in reversed(named):
                if outlet.name in candidates:
                    return n, outlet
        return None


_POSSESSIVES = ("'s", "’s")


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVES) else word


def _with_possessives(starts: frozenset[str]) -> frozenset[str]:
    """Every word ``w`` with ``_without_possessive(w) in starts``."""
    bare = {s for s in starts if not s.endswith(_POSSESSIVES)}
    return frozenset(bare | {s + p for s in starts for p in _POSSESSIVES})


def _outlet(entry: dict[str, Any]) -> Outlet:
    return Outlet(
        name=entry["name"],
        kind=entry["kind"],
        country=entry.get("country"),
        aliases=tuple(entry.get("aliases") or ()),
        context_aliases=tuple(entry.get("context_aliases") or ()),
        domains=tuple(entry.get("domains") or ()),
    )


@cache
def registry() -> Registry:
    """The shipped registry, loaded once."""
    text = (files("audit.lexicon") / "outlets.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text)
    return Registry([_outlet(e) for e in data["outlets"]])


def _opens_longer_name(
    text: str, tokens: Sequence[re.Match[str]], words: Sequence[str], i: int, length: int
) -> bool:
    """Whether a "the X" outlet name is only the start of a longer proper name: a capitalised
    word follows it after one space ("the Australian Securities Exchange", "The Independent
    Schools Council")."""
    if length != 2 or words[i] != "the" or i + length >= len(tokens):
        return False
    end, after = tokens[i + 1].end(), tokens[i + 2]
    return text[end : after.start()] == " " and continues_name(after.group(0))


# A body's head word that a name joined by "of" or "for" completes ("Ministry of Foreign
# Affairs", "Minister for Foreign Affairs"); not a job at an outlet ("the Director of BBC
# News", "the Editorial Board of The Wall Street Journal").
BODY_HEADS = frozenset(
    [
        *("ministry", "minister", "department", "secretary", "council", "commission"),
        *("committee", "institute", "agency", "school", "university", "college", "bureau"),
        *("centre", "center", "society", "federation", "association", "union", "court"),
        *("museum", "academy", "chamber", "faculty", "directorate"),
    ]
)


def _ends_longer_name(
    text: str, tokens: Sequence[re.Match[str]], words: Sequence[str], i: int
) -> bool:
    """Whether an outlet's name at word ``i`` ends a body's longer name, joined to its head
    word by "of" or "for" ("the Ministry of Foreign Affairs" names no magazine; "the
    editor of Foreign Affairs" does)."""
    if i < 2 or words[i - 1] not in ("of", "for"):
        return False
    head, joint = tokens[i - 2], tokens[i - 1]
    spaced = text[head.end() : joint.start()] == " " == text[joint.end() : tokens[i].start()]
    written = tokens[i].group(0)
    return (
        spaced
        and written != "The"  # "the Secretary of The Times": the paper's own
        and head.group(0)[:1].isupper()
        and words[i - 2] in BODY_HEADS
    )


def adjective_use(
    text: str, tokens: Sequence[re.Match[str]], words: Sequence[str], i: int, length: int
) -> bool:
    """:func:`written_as_adjective` for the outlet name of ``length`` words at word ``i``."""
    if length != 2:
        return False
    return written_as_adjective(tokens[i].group(0), words[i + 1], text, tokens[i + 1].end())


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def written_as_adjective(the: str, name: str, text: str, end: int) -> bool:
    """Whether "the X", an outlet whose X is an adjective, ending at ``end`` of ``text``, is
    written as the adjective: "the" in lower case, then one space and a lower-case word that
    is no verb or noun a paper's name takes ("the Australian seafood company"; not "the
    Australian reported", "told the Independent on Sunday", "the Australian newspaper")."""
    if the != "the" or name.lower() not in _ADJECTIVE_NAMES:
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word[:1].islower() and word not in _AFTER_A_PAPER and not word.endswith(("ed", "s"))


# Outlets named "The" and an adjective, which running text also writes as the adjective.
_ADJECTIVE_NAMES = frozenset(["australian", "independent", "national", "local"])
# Lower-case words that follow a paper's name ("the Australian said", "… newspaper").
_AFTER_A_PAPER = frozenset(
    [
        *("said", "says", "has", "had", "was", "is", "will", "would", "could", "can", "may"),
        *("newspaper", "paper", "daily", "website", "reporter", "journalist", "editor"),
        *("report", "story", "article", "investigation", "understands", "revealed"),
        *("which", "that", "who", "on", "in", "at", "and", "or", "but", "for", "to", "of"),
        *("last", "this", "first", "also", "earlier", "today", "yesterday"),
    ]
)


def continues_name(word: str | None) -> bool:
    """Whether ``word``, right after an outlet's name, makes that name the start of a longer
    one: a capitalised word ("the Australian Securities Exchange"), but not a day or a month
    ("the Australian Tuesday")."""
    return word is not None and word[:1].isupper() and word.lower() not in _CALENDAR_WORDS


_CALENDAR_WORDS = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    ]
)
