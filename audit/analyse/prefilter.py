"""A keyword gate in front of many regular expressions: run a pattern only where it can match.

Running fifty cue patterns over a whole article costs fifty scans of the text. Most cue
patterns cannot match at all in a given article, and each one needs certain words: any
match of ``\\b(?:has|have)\\s+not\\s+(?:yet\\s+)?(?:responded|replied)\\b`` contains "not"
and one of "responded"/"replied". :func:`~audit.analyse.literal_needs.requirements` derives
such literal sets from the pattern's parse tree; :class:`Gate` finds every literal of every
pattern in one Aho-Corasick pass over the case-folded text
(:func:`~audit.analyse.casefold.fold`), and a pattern is run only when each of its sets has
a literal present. A skipped pattern has no match, so results never change. When every
match must also *start* with one of a few literals ("did", "has"/"have"/"had"),
:meth:`Scan.finditer` tries the pattern only at those places instead of at every
character, giving exactly the matches ``finditer`` would. A pattern whose requirements
are unknown always runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick

from audit.analyse import leading
from audit.analyse.casefold import fold
from audit.analyse.cuts import conditional_cuts, conditional_positions, cut_characters
from audit.analyse.literal_needs import requirements


class Gate:
    """Which of ``patterns`` can match a text, and where, found in one pass over the text."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns: tuple[re.Pattern[str], ...] = tuple(patterns)
        ids: dict[str, int] = {}
        self._needs: list[tuple[frozenset[int], ...]] = []
        self._leads: list[frozenset[int] | None] = []
        for pattern in self.patterns:
            needs, lead = requirements(pattern.pattern, pattern.flags)
            self._needs.append(
                tuple(frozenset(ids.setdefault(s, len(ids)) for s in need) for need in needs)
            )
            self._leads.append(
                frozenset(ids.setdefault(s, len(ids)) for s in lead) if lead else None
            )
        # Each distinct literal set gets a number; a scan marks the sets it found a member of.
        sets: dict[frozenset[int], int] = {}
        self._need_sets = [
            frozenset(sets.setdefault(n, len(sets)) for n in need) for need in self._needs
        ]
        self._sets_of: dict[int, list[int]] = {}
        for need, set_number in sets.items():
            for member in need:
                self._sets_of.setdefault(member, []).append(set_number)
        # Patterns opening with \b: a candidate start inside a word cannot match.
        self._bounded = [leading.opens_with_boundary(p) for p in self.patterns]
        # For a pattern with needs but no lead: characters no match contains (see cuts).
        self._cuts = [
            cut_characters(p.pattern, p.flags) if lead is None and needs else ""
            for p, lead, needs in zip(self.patterns, self._leads, self._needs, strict=True)
        ]
        # Conditional cuts add to plain ones only; without plain cuts a pattern is searched
        # whole, which finds the same matches (fewer cuts, longer stretches; see cuts).
        self._conditional = [
            conditional_cuts(p.pattern, p.flags) if cuts else ()
            for p, cuts in zip(self.patterns, self._cuts, strict=True)
        ]
        self._lengths = {number: len(literal) for literal, number in ids.items()}
        self._automaton: Any = None
        if ids:
            self._automaton = ahocorasick.Automaton()
            for literal, number in ids.items():
                self._automaton.add_word(literal, number)
            self._automaton.make_automaton()

    def scan(self, text: str) -> Scan:
        """Find every literal in ``text`` once; ask the result about each pattern."""
        return Scan(self, text)


class Scan:
    """The literals of a :class:`Gate` found in one text."""

    def __init__(self, gate: Gate, text: str) -> None:
        self.gate = gate
        self.text = text
        self._hits: list[tuple[int, int]] = []
        self._candidates: dict[int, list[int]] = {}
        self._positional = False
        self._ends: list[int] | None = None  # where each hit ends, built when first needed
        self._present_in: dict[tuple[int, int], set[int]] = {}  # literals inside a span
        self._literal_starts: dict[int, list[int]] | None = None  # built when first needed
        self._cut_at: dict[Any, list[int]] = {}  # where each set of cut characters occurs
        if gate._automaton is not None:
            folded = fold(text)
            self._positional = len(folded) == len(text)
            self._hits = list(gate._automaton.iter(folded))
        self._present = {number for _, number in self._hits}
        self._can: list[bool] | None = None  # each pattern's verdict, when first asked
        self._at_words: dict[frozenset[int], list[int]] = {}  # candidates at word starts

    def can_match(self, index: int) -> bool:
        """False when pattern ``index`` certainly has no match in the text."""
        if self._can is None:
            gate, found = self.gate, set[int]()
            for number in self._present:
                found.update(gate._sets_of.get(number, ()))
            self._can = [gate._automaton is None or sets <= found for sets in gate._need_sets]
        return self._can[index]

    def matchable_in(self, indexes: Iterable[int], start: int, end: int) -> list[int]:
        """Those of patterns ``indexes`` that may match ``text[start:end]`` searched as a
        string of its own: each of their literal sets has a literal wholly inside the span.
        (Pass the indexes :meth:`can_match` keeps: the span is not checked on its own.)

        A match inside the slice contains the literals the pattern needs, at the same
        offsets in the folded text (when folding kept every offset; else all may match).
        """
        if self.gate._automaton is None or not self._positional:
            return list(indexes)
        present = self._present_in.get((start, end))
        if present is None:  # several cue lists ask about the same paragraph or sentence
            if self._ends is None:
                self._ends = [last for last, _ in self._hits]  # ascending: automaton's order
            lengths = self.gate._lengths
            hits = self._hits[bisect_left(self._ends, start) : bisect_left(self._ends, end)]
            present = {number for last, number in hits if last - lengths[number] + 1 >= start}
            self._present_in[(start, end)] = present
        needs = self.gate._needs
        return [i for i in indexes if all(not present.isdisjoint(n) for n in needs[i])]

    def finditer(
        self, index: int, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Exactly ``patterns[index].finditer(text, pos, endpos)``, trying only where a
        match can start."""
        pattern, text = self.gate.patterns[index], self.text
        end = len(text) if endpos is None else min(endpos, len(text))
        if not self.can_match(index):
            return
        lead = self.gate._leads[index]
        if lead is None and self._positional and self.gate._cuts[index]:
            yield from self._in_stretches(index, pos, end)
            return
        if lead is None or not self._positional:
            yield from leading.finditer(pattern, text, pos, end)
            return
        candidates = self._candidates.get(index)
        if candidates is None:
            candidates = self._lead_starts(lead, self.gate._bounded[index])
            self._candidates[index] = candidates
        position, match = pos, pattern.match
        for start in candidates[bisect_left(candidates, pos) : bisect_left(candidates, end)]:
            if start >= position and (m := match(text, start, end)) is not None:
                yield m
                stop = m.end()
                position = stop if stop > start else start + 1

    def _lead_starts(self, lead: frozenset[int], bounded: bool) -> list[int]:
        """Where a literal of ``lead`` starts, in order; when ``bounded``, only where the
        character before is no word character or the one there is none (else no \\b)."""
        key = lead if not bounded else lead | {-1}
        found = self._at_words.get(key)
        if found is None:
            starts = self._starts_of_literals()
            found = sorted({p for n in lead for p in starts.get(n, ())})
            if bounded:
                text = self.text
                found = [
                    p
                    for p in found
                    if not (
                        p
                        and ((b := text[p - 1]).isalnum() or b == "_")  # not inside a word
                        and ((c := text[p]).isalnum() or c == "_")
                    )
                ]
            self._at_words[key] = found
        return found

    def _in_stretches(self, index: int, pos: int, end: int) -> Iterator[re.Match[str]]:
        """``finditer`` run only over the stretches between the pattern's cut characters
        that hold a literal of each of its needs (no match spans a cut character)."""
        pattern, text, cuts = self.gate.patterns[index], self.text, self.gate._cuts[index]
        conditional = self.gate._conditional[index]
        key = (cuts, conditional)
        bounds = self._cut_at.get(key)
        if bounds is None:
            bounds = [m.start() for m in re.finditer(f"[{re.escape(cuts)}]", text)]
            if conditional:
                bounds = sorted(bounds + conditional_positions(text, conditional))
            self._cut_at[key] = bounds
        starts = self._starts_of_literals()
        needs = self.gate._needs[index]
        rarest = min(needs, key=lambda need: sum(len(starts.get(n, ())) for n in need))
        stretches = sorted({bisect_right(bounds, s) for n in rarest for s in starts.get(n, ())})
        for k in stretches:
            a = max(bounds[k - 1] + 1 if k else 0, pos)
            b = min(bounds[k] if k < len(bounds) else len(text), end)
            if a < b and self.matchable_in((index,), a, b):
                yield from leading.finditer(pattern, text, a, b)

    def _starts_of_literals(self) -> dict[int, list[int]]:
        """Where each literal found starts."""
        if self._literal_starts is None:
            lengths = self.gate._lengths
            starts: dict[int, list[int]] = {}
            for last, number in self._hits:
                starts.setdefault(number, []).append(last - lengths[number] + 1)
            self._literal_starts = starts
        return self._literal_starts
