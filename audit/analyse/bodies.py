"""Organisations named in a text, known by their words or by how the text speaks of them.

A person's name is two to four capitalised words with no word from the non-name list, so
"Lumen Health" or "HSE West and North West" are never names; "the company said" or "a
spokeswoman said" still stands for them. A capitalised run is a body here when it holds an
organisation's word ("Lumen Health", "Varuna Motors") or the text around it says so:
"<run>, which runs the hospital" (people take "who"), "<run>, a digital lending app" (an
organisation's noun in its apposition), "a spokeswoman for <run>", "<run> spokesperson Dana
Roe". A run the text once speaks of as a body is one wherever it is written. A run opening
with a given name or a title is a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from audit.analyse import lexicons
from audit.analyse.people import (
    LAW_WORDS,
    LEGAL_FORMS,
    Name,
    is_given_name,
    non_name_words,
    organisation_words,
    title_words,
)
from audit.analyse.reporting import ORGANISATION_NAME
from audit.analyse.spans import Spans

# An organisation's name as the spokesperson pattern reads it ("Department for Education",
# "HSE West and North West"), not starting inside a word.
_RUN = re.compile(
    rf"(?<![\w’'&-]){ORGANISATION_NAME}"
    r"(?:[ \t]+(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-[A-Z][\w&-]*+)*"  # "Kataib al-Furat"
)
_WHICH_AFTER = re.compile(r",?[ \t]+which\b")
_SPOKESPERSON_AFTER = re.compile(r"[ \t]+spokes(?:person|man|woman)\b")
_SPOKESPERSON_BEFORE = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative)\s+for\s+(?:the\s+)?$", re.IGNORECASE
)
_CONTEXT = 40
_APPOSITION_WORDS = 5  # "PayNidhi, a Bengaluru-based digital lending app"


@cache
def _apposition() -> re.Pattern[str]:
    """ ", a/an/the … <organisation noun>" right after a run, the noun ending its phrase:
    the run is a body ("Kataib al-Furat, an armed group whose …"; not "Roe, a council
    officer" nor "Roe, the party's leader")."""
    data = lexicons.load("reporting")
    singular = [*data["organisation_nouns"], *data["organisation_words"]]
    nouns = lexicons.words_trie(singular)
    plural = lexicons.words_trie([_plural(n) for n in singular])
    # words before the noun heading the phrase, not a preposition ("Jane Roe, a labour
    # economist at the Institute": the head is "economist", a person's role)
    word = r"(?!(?:at|of|for|in|with|from|on|by|to)[ \t])[\w’'-]+[ \t]+"
    return re.compile(
        rf",[ \t]+(?:(?:an?|the)[ \t]+(?:{word}){{0,{_APPOSITION_WORDS - 1}}}?(?:{nouns})"
        # "Halden Circular, one of Europe's best-funded recycling start-ups"
        rf"|one[ \t]+of[ \t]+(?:{word}){{1,{_APPOSITION_WORDS}}}?(?:{plural}))"
        r"(?=[ \t]*(?:[,.;:)—–]|$)|[ \t]+(?:that|which|whose|in|of|with|from|for|based|owned"
        r"|run|behind|known)\b)",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _noun_before() -> re.Pattern[str]:
    """An organisation's noun right before a run, heading it: "the Dutch company Snappa
    Delivery", "the state-owned lender Banco Lusa", or with no article in the lower case
    of a common noun ("mobile financial service provider KhataPay", "chipmaker Nvidia")."""
    data = lexicons.load("reporting")
    nouns = lexicons.words_trie(data["organisation_nouns"])
    bare = lexicons.words_trie(data["bare_organisation_nouns"])
    # never after a preposition ("In court Okafor denied"): one look-behind for each
    not_after = "".join(rf"(?<!\b{p}[ \t])" for p in _PREPOSITIONS)
    return re.compile(
        rf"\b(?i:(?:the|a|an|its|their)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?(?:{nouns}))[ \t]+$"
        rf"|(?<![\w’'-]){not_after}(?:{bare})[ \t]+$"
    )


_PREPOSITIONS = ("in", "at", "on", "of", "for", "from", "to", "by", "with", "after", "under")


def _plural(noun: str) -> str:
    """ "companies", "start-ups", "press offices"."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def bodies_in(masked: str, outlet_spans: list[tuple[int, int]]) -> list[Name]:
    """Every body named in ``masked`` (quotations blanked), in order; none overlaps an
    outlet's name (``outlet_spans``)."""
    outlets = Spans(outlet_spans)
    runs = list(_runs(masked))
    known = {masked[start:end] for start, end, said in runs if said}
    # "Halden" after "Halden Circular, a recycler": the first word of a body known by the
    # words around it (not by its own: "Gujarat" of "Gujarat Pollution Control Board")
    bodies, non_names = organisation_words(), non_name_words()
    known |= {
        words[0]
        for words in (name.split() for name in known)
        if len(words) > 1
        and bodies.isdisjoint(w.lower() for w in words)
        and words[0].lower() not in non_names
        and not is_given_name(words[0])
    }
    found: list[Name] = []
    for start, end, said in runs:
        if (said or masked[start:end] in known) and not outlets.overlaps(start, end):
            found.append(Name(start, end, masked[start:end], False))
    return found


def _runs(masked: str) -> Iterator[tuple[int, int, bool]]:
    """Capitalised runs that may be a body's name, each with whether it is one by its
    words or the words around it (else it is one only if named so elsewhere)."""
    non_names, bodies = non_name_words(), organisation_words()
    for run in _RUN.finditer(masked):
        words = run.group(0).split()
        start = run.start()
        while words and words[0].lower() in non_names and words[0].lower() not in bodies:
            start = masked.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]  # "In Lumen Health", "The Environment Agency"
        if len(words) > 3 and words[1:3] == ["and", "the"]:
            start = masked.index(words[3], start + len(words[0]))
            words = words[3:]  # "Workers and the National Union of Mineworkers say"
        if not words or is_given_name(words[0]) or words[-1] in LAW_WORDS:
            continue  # "Priya Roe": a person; "the Health and Safety Act": a law
        end = run.end()
        lower = [w.lower() for w in words]
        legal = lower[-1].strip(".,") in LEGAL_FORMS  # "Huileries Ekambi SA", not "Ag Ghaly"
        if len(words) >= 2 and (any(w in bodies for w in lower) or legal):
            yield start, end, True  # "Lumen Health", "Health Ministry", "Huileries Ekambi SA"
        elif words[0].lower() not in title_words():  # not "a spokesman for Mr Okafor"
            yield start, end, _said_to_be_body(masked, start, end)


def _said_to_be_body(masked: str, start: int, end: int) -> bool:
    """Whether the words around a run speak of it as a body."""
    if _WHICH_AFTER.match(masked, end) or _SPOKESPERSON_AFTER.match(masked, end):
        return True
    if _apposition().match(masked, end):
        return True
    if _noun_before().search(masked, max(0, start - _CONTEXT), start):
        return True
    return _SPOKESPERSON_BEFORE.search(masked, max(0, start - _CONTEXT), start) is not None
