"""An organisation's name as the text first gives it in full.

A speaker written short ("Kirimura said", "a MVWA spokesperson", "the Water Authority
said") is reported under the name the text gave it in full: "Kirimura Denki Holdings", the
"Marlow Valley Water Authority", the "Brenton Regional Water Authority".
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.analyse.occurrences import next_start, run_before
from audit.analyse.people import LEGAL_FORMS, is_given_name, organisation_words

# How far back a name's full form is sought (keeps a long text linear).
_REACH = 20_000
ACRONYM = re.compile(r"[A-Z]{2,6}")
# A capitalised run with the short words names join by ("Authority for Inland Waters"),
# in English or another language ("Commission de Surveillance du Secteur Financier").
_RUN = re.compile(
    r"[A-Z][\w’'.-]*(?:[ \t]+(?:(?:of|for|on|and|the|&|de|du|des|del|della|di|da|la|le|van|von"
    r"|der|für|und|et|y)[ \t]+){0,2}[A-Z][\w’'.-]*){1,7}"
)
_JOINED_WORD = re.compile(r"[\w’'.&-]+")
# Words that open a sentence or a phrase of time, never a name's first word.
_NOT_A_FIRST_WORD = frozenset(
    "The In On At But And A An As By For From If It Its Of To With After Before When While"  # noqa: SIM905
    " Since Under Over Then Yesterday Today".split()
)


# How a body is described before its name, no part of it ("Australian-listed Tellurin
# Resources", "Perth-based …"); a country's possessive stays ("Russia's Defense Ministry"
# in a Ukrainian paper is not the ministry its readers would take "Defense Ministry" for).
_DESCRIBED = re.compile(r"(?:[\w-]+-(?:listed|based|owned|run)[ \t]+)+(?=[A-Z])")


def without_description(name: str) -> str:
    """An organisation's ``name`` without a "-listed"/"-based" description before it."""
    described = _DESCRIBED.match(name)
    return name[described.end() :] if described else name


def organisation_in_full(text: str, name: str, before: int) -> str:
    """``name`` as the text gave it in full before ``before``: an acronym spelt out ("MVWA":
    "Marlow Valley Water Authority (MVWA)", or a name whose capitals it
    abbreviates), a short name with the rest of it after ("Kirimura Denki Holdings", the
    last word an organisation's or joined by "&") or before it ("N.C. Department of
    Roads"); else ``name`` as written."""
    low = max(0, before - _REACH)
    if ACRONYM.fullmatch(name):
        return _spelt_out(text, name, low, before) or name
    return _continued(text, name, low, before) or _preceded(text, name, low, before) or name


def _spelt_out(text: str, acronym: str, low: int, high: int) -> str | None:
    in_brackets = re.compile(rf"({_RUN.pattern})[ \t]*\([ \t]*{acronym}[ \t]*\)")
    bracketed = in_brackets.search(text, low, high)
    if bracketed is not None:
        return _without_leading(bracketed.group(1).split())
    for run in _RUN.finditer(text, low, high):
        words = run.group().split()
        for i in range(len(words)):
            tail = words[i:]
            if tail[0][:1].isupper() and _initials(tail) == acronym:
                return _without_leading(tail)
    return None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _continued(text: str, name: str, low: int, high: int) -> str | None:
    """The first "<name> <Capitalised> …" whose last word is an organisation's (a
    headline's "Kirimura Denki Plunges" is none), or "<name> & <Word>"; a legal form
    alone ("Inc") adds nothing."""
    at = next_start(text, name, low, high, _NAME_JOINERS)
    while at >= 0:
        found = _ADDED_WORDS.match(text, at + len(name), high)
        if found is None:
            at = next_start(text, name, at + 1, high, _NAME_JOINERS)
            continue
        added = found.group().split()
        if not LEGAL_FORMS.issuperset(w.lower().rstrip(".") for w in added) and (
            "&" in added or added[-1].lower() in organisation_words()
        ):  # "Brightwell Health Inc" adds nothing: the name is "Brightwell Health"
            return text[at : found.end()]
        at = next_start(text, name, found.end(), high, _NAME_JOINERS)
    return None


_NAME_JOINERS = "’'-"
_ADDED_WORDS = re.compile(r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w’'-]+){1,2}\b")
# capitalised words, hyphenated parts capitalised too ("Kent-based" is no part of it)
_WORD = r"[A-Z][\w.’']*(?:-[A-Z][\w.’']*)*"
_WORDS_BEFORE = re.compile(rf"(?<![\w’'.-])(?:{_WORD}[ \t]+){{1,3}}\Z")


def _preceded(text: str, name: str, low: int, high: int) -> str | None:
    """The first "<Capitalised> … <name>" (up to three words before), for a name of two
    words or more opening or ending with an organisation's word; sentence openers and
    possessives ("Germany's") are no part of it."""
    words = name.lower().split()
    if len(words) < 2 or organisation_words().isdisjoint((words[0], words[-1])):
        return None  # "Water Authority", "Department of …"; never a person's "Al Marzouk"
    found = run_before(text, name, _WORDS_BEFORE, low, high)
    if found is None:
        return None
    words = text[found[0] : found[1] - len(name)].split()
    ends = [i for i, w in enumerate(words) if _ends_sentence(w)]
    if ends:  # "… First Nation. The Ministry of Mining": the sentence before is no part
        words = words[ends[-1] + 1 :]
    while words and (words[0] in _NOT_A_FIRST_WORD or _possessive(words[0])):
        words = words[1:]
    if any(_possessive(w) for w in words):
        words = words[next(i for i, w in enumerate(words) if _possessive(w)) + 1 :]
    return " ".join([*words, name]) if words else None


def _ends_sentence(word: str) -> bool:
    """Whether a word closes a sentence: a full stop after a word with small letters and no
    other dot ("Nation."; not an abbreviation such as "N.C.", "St." or "Corp.")."""
    body = word[:-1]
    return (
        word.endswith(".") and "." not in body and len(body) > 4 and any(c.islower() for c in body)
    )


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _without_leading(words: list[str]) -> str | None:
    while words and words[0] in _NOT_A_FIRST_WORD:
        words = words[1:]
    return " ".join(words) or None


@lru_cache(maxsize=256)
def may_be_organisation(name: str) -> bool:
    """Whether a speaker's name may be an organisation's short name: not opening with a
    given name ("Jane Roe") and not a lone capital word that is one."""
    words = _JOINED_WORD.findall(name)
    return bool(words) and not is_given_name(words[0])
