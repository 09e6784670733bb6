"""Origins the registry does not know, named by what the text says they are or did.

"Rugby newspaper Midi Olympique", "the security blog Cold Storage", "researchers at the
University of Otago", "published in the Journal of Animal Ecology", a press release's
"SOURCE Acme Corp" line, "figures published by the National Treatment Purchase Fund": the
words around the name say it is a medium, a research body, or the body whose publication
the article rests on. Patterns are data (``named_origins`` in
``audit/lexicon/attribution.yaml``); each gives the hop's cue and kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from audit.analyse import lexicons
from audit.analyse.dates import vocabulary
from audit.analyse.full_names import ACRONYM, organisation_in_full
from audit.analyse.occurrences import run_before
from audit.analyse.people import is_given_name, organisation_words, title_words

# The kinds the nouns of reporting.yaml's generic_outlet_nouns give a described medium.
_KIND_OF_GROUP = {
    "newspaper": "newspaper",
    "agency": "wire",
    "broadcaster": "broadcaster",
    "magazine": "magazine",
}
_BLOG_NOUNS = frozenset(["blog", "newsletter", "podcast"])
# Capitalised words that open a sentence rather than a name ("the outlet The", "a blog In").
_SENTENCE_WORDS = frozenset(
    [
        "The",
        "This",
        "That",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "But",
        "And",
        "A",
        "An",
    ]
)
_WORD = re.compile(r"\S+")
# Lower-case words a name may hold between its capitalised ones (NAME in attribution.yaml).
_JOINING_WORDS = frozenset(["of", "for", "and", "the", "de", "la", "du", "on", "in"])
_POSSESSIVE = re.compile(r"['’]s$")
# How far back a name's full form is looked for (keeps a long text linear).
_FULL_NAME_REACH = 20_000


def _not_a_name(word: str) -> bool:
    """A date's word ("Monday", "March", as the date vocabulary knows them) or a word that
    opens a sentence: no part of an origin's name."""
    bare = word.removesuffix(".")
    low = bare.lower()
    dates = vocabulary()
    return bare in _SENTENCE_WORDS or low in dates.months or low in dates.weekdays


@dataclass(frozen=True, slots=True)
class NamedOrigin:
    """One origin found: its name (as the text gives it in full), kind, cue, the span of the
    words that name it, and where the name is written there (``name_start:name_end``)."""

    name: str
    kind: str
    cue: str
    start: int
    end: int
    name_start: int
    name_end: int


@dataclass(frozen=True, slots=True)
class _Spec:
    cue: str
    kind: str
    pattern: re.Pattern[str]


@cache
def _specs() -> tuple[_Spec, ...]:
    data = lexicons.load("attribution")
    fragments: dict[str, str] = data["origin_fragments"]
    specs = []
    for entry in data["named_origins"]:
        source = entry["pattern"]
        for key, fragment in fragments.items():
            source = source.replace("{" + key + "}", fragment)
        specs.append(_Spec(entry["cue"], entry["kind"], re.compile(source)))
    return tuple(specs)


def patterns() -> list[re.Pattern[str]]:
    """Every pattern, in order; for the shared gate (see :mod:`audit.analyse.textscan`)."""
    return [spec.pattern for spec in _specs()]


@cache
def _noun_kinds() -> dict[str, str]:
    table: dict[str, list[str]] = lexicons.load("reporting")["generic_outlet_nouns"]
    return {
        noun.split()[-1].lower(): _KIND_OF_GROUP.get(group, "unknown")
        for group, nouns in table.items()
        for noun in nouns
    }


def _kind(spec: _Spec, match: re.Match[str]) -> str:
    if spec.kind != "by_noun":
        return spec.kind
    if match.start("name") == match.start():  # "Al Ayam, the Bahraini daily,"
        noun = match.group().rstrip(",").split()[-1].lower()
    else:
        noun = match.string[match.start() : match.start("name")].split()[-1].lower()
    if noun in _BLOG_NOUNS:
        return "blog"
    return _noun_kinds().get(noun, "newspaper" if noun == "broadsheet" else "unknown")


def _name_end(match: re.Match[str]) -> int | None:
    """Where the name ends, past a trailing full stop or date word ("the newspaper Le Soir
    Monday"); None when it is no name ("the outlet The")."""
    words = [w for w in _WORD.finditer(match.group("name")) if not _not_a_name(w.group())]
    first = _WORD.match(match.group("name"))
    opener = first is not None and _not_a_name(first.group()) and first.group() != "The"
    if not words or first is None or (opener and len(words) < 2):
        return None  # "the outlet The", "the outlet In Kenya"; "the blog The Wag" stays
    while len(words) > 1 and words[-1].group() in _JOINING_WORDS:
        words.pop()  # "Oslo District Court on Friday": the joining word goes with the date
    last = words[-1]
    return match.start("name") + last.start() + len(last.group().rstrip("."))


def in_full(text: str, name: str, before: int) -> str:
    """A name as the text first gives it in full before ``before``: a surname with the given
    name ("Roe" is "Jane Roe"), a company's short name with the rest of it
    ("Kestrel Kiln" is "Kestrel Kiln Ceramics"); else as written."""
    low = max(0, before - _FULL_NAME_REACH)
    if " " in name:
        return _continued_in_prose(text, name, low, before) or name
    full = run_before(text, name, _WORDS_BEFORE, low, before)
    if full is None:
        return name
    words = text[full[0] : full[1]].split()
    while len(words) > 1 and _not_a_name(words[0]):
        words = words[1:]  # "In Roe": no part of the name
    return " ".join(words)


_PROSE_BEFORE = re.compile(r"[a-z,][ \t]")
_ADDED_WORDS = re.compile(r"(?:[ \t]+[A-Z][\w’'-]+){1,2}\b")
_WORDS_BEFORE = re.compile(r"\b(?:[A-Z][\w’'-]+[ \t]+){1,3}\Z")


def _continued_in_prose(text: str, name: str, low: int, high: int) -> str | None:
    """The first "<name> <Capitalised> …" in running text, after a lower-case word or a
    comma (not a headline's "Kestrel Kiln Sues")."""
    at = text.find(name, low, high)
    while at >= 0:
        if at >= 2 and _PROSE_BEFORE.fullmatch(text, at - 2, at):
            added = _ADDED_WORDS.match(text, at + len(name), high)
            if added is not None:
                return text[at : added.end()]
        at = text.find(name, at + 1, high)
    return None


def _is_person(name: str) -> bool:
    """Whether ``name`` is a person's: a given name, or a title and a given name, opening
    a name that holds no organisation's word ("Mayor Ann Roe"; not "Virginia Water")."""
    words = [w.removesuffix(".") for w in name.split()]
    if words and words[0].lower() in title_words():
        words = words[1:]
    bodies = organisation_words()
    return bool(words) and is_given_name(words[0]) and not any(w.lower() in bodies for w in words)


def named_origins(matches: Iterator[tuple[int, re.Match[str]]]) -> Iterator[NamedOrigin]:
    """The origins in ``matches``: (index of the pattern in :func:`patterns`, its match)."""
    specs = _specs()
    for index, match in matches:
        name_end = _name_end(match)
        if name_end is None:
            continue
        possessive = _POSSESSIVE.search(match.string, match.start("name"), name_end)
        if possessive is not None:  # "Homes Rebuild NSW's own unit": the body is the owner
            name_end = possessive.start()
        after = match.string[match.end("name") : match.end()].strip(" \t.")
        spec = specs[index]
        name = match.string[match.start("name") : name_end]
        if spec.cue == "owns" and _is_person(name):
            continue  # records that "show Mayor Ann Roe approved it" are not hers
        full = (
            organisation_in_full(match.string, name, match.start("name"))
            if ACRONYM.fullmatch(name)  # "a DWNP situation report": the department's
            else in_full(match.string, name, match.start("name"))
        )
        yield NamedOrigin(
            full,
            _kind(spec, match),
            spec.cue,
            match.start(),
            match.end() if after else name_end,
            match.start("name"),
            name_end,
        )


def described_media(text: str) -> list[NamedOrigin]:
    """The media ``text`` names by what they are ("Scottish newspaper The Herald", "the blog
    Cold Storage"): the origins of the patterns whose kind the noun gives."""
    specs = _specs()
    matches = (
        (index, match)
        for index, spec in enumerate(specs)
        if spec.kind == "by_noun"
        for match in spec.pattern.finditer(text)
    )
    return list(named_origins(matches))
