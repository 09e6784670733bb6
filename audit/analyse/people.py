"""People named in a text: name spans, surname resolution and quotation masking.

A person's name is a run of two to four capitalised words after titles ("Chinese President",
"Mr") are stripped, with no word from the non-name list and not an outlet's name. A
surname or title form ("Leibold", "Mr Xi") resolves to the one full name in the text that
begins or ends with it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from audit.analyse import lexicons
from audit.analyse.spans import Spans

# A capitalised word. Possessive: whatever follows a word in a pattern (white space, a full
# stop, a comma, a verb after white space) cannot be a word character, so giving characters
# back could never lead to a match; not trying it makes the same matches much faster.
# Capitals beyond ASCII: Latin-1's and Latin Extended-A's and -B's ("Öztürk", "İsmail",
# "Łukasz", "Şükrü"), listed, since those blocks interleave capitals and small letters.
_LATIN_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_CAP = rf"[A-Z{_LATIN_CAPITALS}][\w’'-]*+"


def _name_run() -> re.Pattern[str]:
    """Capitalised words, joined across the full stop of an initial or a short title and
    by lower-case particles ("J. K. Rowling", "Dr. Ana Silva", "Maria de la Cruz", "Ahmed
    al-Rashid"); a run never starts or ends with a particle."""
    data = lexicons.load("reporting")
    part = "|".join(sorted(data["name_particles"], key=len, reverse=True))
    # an initial ("J. K. Rowling") or a title abbreviation ("Dr. Ana Silva") before the stop;
    # its look-behinds are tried only where a full stop follows (the same matches, found
    # without trying every one of them at the end of every capitalised word)
    short = "|".join(rf"(?<=\b{re.escape(t)})" for t in data["title_abbreviations"])
    return re.compile(
        rf"{_CAP}(?:[ \t]+{_CAP}|(?=\.)(?:(?<=\b[A-Z])|{short})\.[ \t]*{_CAP}"
        rf"|[ \t]+(?:{part})-{_CAP}|[ \t]+(?:{part})(?=[ \t]+(?:(?:{part})[ \t]+)?{_CAP})){{0,8}}"
    )


NAME_RUN = _name_run()


def _particle_surname() -> str:
    """A particle joined by a hyphen opening a surname written alone ("al-Saadi")."""
    part = "|".join(sorted(lexicons.load("reporting")["name_particles"], key=len, reverse=True))
    return rf"(?:(?:{part})-(?=[A-Z]))?"


#: A name run that may open with a hyphenated particle, as a surname alone does ("al-Saadi
#: told reporters").
SURNAME_RUN = re.compile(_particle_surname() + NAME_RUN.pattern)
_POSSESSIVE = re.compile(r"[’']s?$")
_POSSESSIVE_OWNER = re.compile(r"(?:[’']s|s[’'])$")
_WORD = re.compile(r"[\w’'-]+")
# A capitalised compound that describes, not names: "Mumbai-based", "Texas-born",
# "Arabic-language".
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:based|headquartered|born|bred|listed|owned|registered|led|backed|made|focused"
    r"|language|speaking|run|funded|controlled|affiliated|aligned|linked)$"
)
_ONE_WORD = re.compile(r"[^ \t.]*")


@dataclass(frozen=True, slots=True)
class Name:
    """A name as written at ``start:end`` (titles stripped)."""

    start: int
    end: int
    text: str
    titled: bool  # a title such as "Mr" or "President" preceded it


@cache
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicons.load("reporting")
    return frozenset(data["title_words"]), frozenset(data["non_name_words"])


def title_words() -> frozenset[str]:
    """Words that are titles before a name ("Mr", "President", "Justice")."""
    return _sets()[0]


def non_name_words() -> frozenset[str]:
    """Capitalised words that are never part of a person's name ("The", "Council")."""
    return _sets()[1]


@cache
def _post_nominals() -> frozenset[str]:
    return frozenset(lexicons.load("reporting")["post_nominals"])


@cache
def _given_names() -> frozenset[str]:
    return frozenset(lexicons.load("reporting")["given_name_words"])


@cache
def unit_words() -> frozenset[str]:
    """Words a body's name may end in before "of" and what it is for ("Department")."""
    return frozenset(lexicons.load("reporting")["unit_words"])


@cache
def organisation_words() -> frozenset[str]:
    """Words that make a name an organisation's ("Aldermoor Water", "Radio Wales")."""
    return frozenset(lexicons.load("reporting")["organisation_words"])


@cache
def _organisation_nouns() -> frozenset[str]:
    """Lower-case nouns that say what kind of body the name after them is ("the charity
    Shelterline", "the association Eau Claire")."""
    return frozenset(lexicons.load("reporting")["organisation_nouns"]) - {"statement"}


@cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a capitalised run a place: (first words, last words)."""
    data = lexicons.load("reporting")
    return frozenset(data["place_first_words"]), frozenset(data["place_last_words"])


@cache
def _either() -> frozenset[str]:
    titles, non_names = _sets()
    return non_names | titles


# The same runs of one text are cleaned for names, speakers and quotes: answers for the
# last text (and word lists) are kept, replaced as a whole so that threads never see
# another text's answers.
_Cleaned = tuple[str, object, dict[tuple[int, int], Name | None]]
_CLEANED: _Cleaned = ("", None, {})


def clean_name(text: str, start: int, end: int) -> Name | None:
    """Strip titles from a capitalised run; None when what is left is not a name."""
    global _CLEANED
    entry, sets = _CLEANED, _sets()
    if entry[0] is not text or entry[1] is not sets:
        entry = _CLEANED = (text, sets, {})
    answers = entry[2]
    key = (start, end)
    if key not in answers:
        answers[key] = _clean_name(text, start, end)
    return answers[key]


def title_as_surname(text: str, start: int, end: int) -> Name | None:
    """A lone capitalised title word used as a surname ("King asked", "Bishop said"): only
    where no name follows it, which the caller knows."""
    word = text[start:end]
    titles, non_names = _sets()
    if " " in word or not word[:1].isupper() or word.isupper():
        return None
    low = word.lower()
    return Name(start, end, word, False) if low in titles and low not in non_names else None


@cache
def _stopped_titles() -> frozenset[str]:
    return frozenset(lexicons.load("reporting")["stopped_titles"])


def _stopped_title(text: str, word: tuple[int, int, str]) -> bool:
    """A title only with its full stop and in its case ("Lic. Ana Roe", "Ing. Juan Roe";
    not "LIC Housing Finance", "ING Groep")."""
    return word[2] in _stopped_titles() and text.startswith(".", word[1])


def _is_title(low: str, titles: frozenset[str]) -> bool:
    """A title word, also as the head of a compound ("Greenpeace-Sprecherin",
    "Klimaaktivistin")."""
    if low.rstrip(".") in titles or low.rpartition("-")[2] in titles:
        return True
    return low.endswith(_german()[3])


@cache
def name_particles() -> frozenset[str]:
    """The lower-case particles inside a name ("de", "van", "bin", "al")."""
    return frozenset(lexicons.load("reporting")["name_particles"])


@cache
def _german() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """Article particles, inner particles, all particles, compound title endings."""
    data = lexicons.load("reporting")
    return (
        frozenset(data.get("article_particles", ())),
        frozenset(data.get("inner_particles", ())),
        frozenset(data["name_particles"]),
        tuple(data.get("title_suffixes", ())),
    )


# A minister's or secretary's portfolio up to a capitalised run: "Minister of ", "Secretary
# for Trade and ", "Minister of Investment, Industry and ", "Minister of State for " (group
# 1 is the title word)
_PORTFOLIO = re.compile(
    r"([\w’'-]+)[ \t]+(?:of|for)[ \t]+(?:[A-Z][\w’'-]*+,?[ \t]+(?:(?:and|of|for)[ \t]+)?)*+$"
)
_PORTFOLIO_REACH = 60  # characters back to the title word


@cache
def _portfolio_titles() -> frozenset[str]:
    """Titles a portfolio follows ("Minister of Investment"; not "a lawyer for")."""
    return frozenset(lexicons.load("reporting")["portfolio_titles"])


def _after_portfolio_title(text: str, start: int) -> bool:
    """Whether the capitalised run at ``start`` goes on from a minister's or secretary's
    portfolio ("Deputy Minister of Investment Faisal Roe"; not "Dr Farah Roe of Universiti
    Teknologi", nor "a lawyer for Recep Tayyip Erdogan")."""
    before = text[max(0, start - _PORTFOLIO_REACH) : start]
    found = _PORTFOLIO.search(before)
    return found is not None and found.group(1).lower() in _portfolio_titles()


_SAINTS = frozenset({"st", "ste", "saint", "sainte", "sankt"})
_MAX_NAME_WORDS = 4  # a person's name: "Yerlan Kairatuly Mukanov", "Mary Ann Hill Roe"


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:][\"'”’)]?[ \t]+|\n[ \t]*)[\"'“‘(]?$")


def _common_noun_opening(text: str, word: tuple[int, int, str]) -> bool:
    """Whether ``word`` opens a sentence only capitalised because it opens it: no given
    name, and the text writes it (or its plural) in lower case elsewhere ("Vendor Jeanette
    Mera said" in a story about the market's vendors)."""
    start, _, written = word
    low = written.lower()
    if low == written or is_given_name(low):
        return False
    if _SENTENCE_OPENS.search(text, max(0, start - 4), start) is None:
        return False
    return not lower_words(text).isdisjoint({low, f"{low}s", f"{low}es"})


@lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case."""
    return frozenset(re.findall(r"\b[a-z][a-z'’-]*\b", text))


def _clean_name(text: str, start: int, end: int) -> Name | None:
    titles, non_names = _sets()
    either = _either()
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, end)]
    lows = [w[2].lower() for w in words]
    if lows and lows[0].rstrip(".") in _SAINTS:
        return None  # "St. Lucia", "Saint Kitts", "Ste. Marie": a place named after a saint
    whole_lows = lows
    titled = False
    inner = [i for i in range(len(words) - 1) if _is_title(lows[i], titles)]
    if inner and inner[-1] > 0:
        words, lows = words[inner[-1] :], lows[inner[-1] :]
    owner = [
        i
        for i in range(len(words) - 2)
        if _POSSESSIVE_OWNER.search(lows[i]) and is_given_name(lows[i + 1])
    ]
    if owner:  # "Labor's Priya Roe", "the Liberals' Grant Roe": the person after the party
        words, lows = words[owner[-1] + 1 :], lows[owner[-1] + 1 :]
    given = _given_names()
    # "Mumbai-based", "Cedar Vale-based", "London-headquartered": a place made an adjective,
    # and every word before it
    compound = [i for i, w in enumerate(lows) if _COMPOUND_ADJECTIVE.search(w)]
    first = compound[-1] + 1 if compound else 0
    if (
        first == 0
        and len(words) >= 3
        and lows[0] in _opening_adverbs()
        and text[max(0, start - 20) : start].rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n")
    ):
        first = 1  # "Later Jane Roe said": an adverb opening the sentence
    initials = {i for i, w in enumerate(words) if len(w[2]) == 1 and text.startswith(".", w[1])}
    while first < len(words) and (
        _is_title(lows[first], titles)
        or _stopped_title(text, words[first])
        or (
            lows[first] in non_names
            and first not in initials  # "A. Perera", "W.A. Sirisena": an initial
            and not (lows[first] in given and first + 1 < len(words))
        )
    ):
        titled = titled or _is_title(lows[first], titles) or _stopped_title(text, words[first])
        first += 1
    # "Deputy Mayor for Housing Services Ann Roe": a portfolio ending in a body's word, then
    # a given name and a surname
    portfolio = next(
        (
            i
            for i in range(first + 2, len(lows) - 1)
            if is_given_name(lows[i]) and lows[i - 1] in organisation_words()
        ),
        None,
    )
    if portfolio is not None:
        first = portfolio
    elif first == 0 and len(words) >= 3 and _common_noun_opening(text, words[0]):
        first, titled = 1, True  # "Vendor Jeanette Mera, who sells …": the text's "vendors"
    elif first == 0 and not compound and _after_portfolio_title(text, start):
        # "Deputy Minister of Investment Faisal Roe": the run starts with the portfolio;
        # the person is the last two words, or from a given name on
        while first < len(lows) - 2 and not is_given_name(lows[first]):
            first += 1
    articles, inner_particles, particles, _suffixes = _german()
    if (first < len(lows) and lows[first] in articles) or (
        any(
            w in inner_particles and lows[i - 1] not in particles
            for i, w in enumerate(lows[first + 1 :], first + 1)
        )
    ):
        return None  # "Sprecher des Auswärtigen Amts", "Frage der Zeit": a genitive
    last = len(words)
    while last > first and (lows[last - 1] in either or words[last - 1][2] in _post_nominals()):
        last -= 1
    initials = {i - first for i in initials}
    words, lows = words[first:last], lows[first:last]
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    if titled and whole_lows[-1] in organisation_words():
        return None  # "Oregon Health Authority", "Green Belt Watch": a body holding a title
    given = given if len(lows) >= 2 else frozenset()
    if any(
        (w in non_names or _POSSESSIVE.sub("", w) in non_names)
        and not (i == 0 and w in given)
        and i not in initials
        for i, w in enumerate(lows)
    ):
        return None  # "America’s" is America; "Bill Harker" is a name, "Housing Bill" not
    if any(w[2].isupper() and len(w[2]) > 1 for w in words):
        return None  # acronyms are organisations, not people
    first_words, last_words = _places()
    if len(lows) >= 2 and (
        lows[0] in first_words
        or (lows[-1] in last_words and organisation_words().isdisjoint(lows[:-1]))
    ):
        return None  # "River Arken", "Kelbrook Bridge": a place; "Brenton Water District" is a body
    s, e = words[0][0], words[-1][1]
    if text.endswith(("’s", "'s"), s, e):
        e -= 2
    elif text.endswith(("’", "'"), s, e):
        e -= 1  # "the Farmers' union": a plural possessive
    return Name(s, e, text[s:e], titled)


def quoted_mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with every quoted span blanked out (same length, offsets kept): each
    character but a line break becomes "_"."""
    merged: list[list[int]] = []
    for s, e in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pieces: list[str] = []
    position = 0
    for s, e in merged:
        pieces.append(text[position:s])
        pieces.append("\n".join("_" * len(line) for line in text[s:e].split("\n")))
        position = e
    pieces.append(text[position:])
    return "".join(pieces)


def _outlet_spans(masked: str) -> list[tuple[int, int]]:
    """Where the registry finds outlets in ``masked``."""
    return [(m.start, m.end) for m in lexicons.registry().mentions(masked)]


def names_in(masked: str, outlet_spans: list[tuple[int, int]] | None = None) -> list[Name]:
    """Candidate person names (two or more words, or a titled surname) in masked text, none
    overlapping an outlet's name (``outlet_spans``: where the registry finds outlets in
    ``masked``, when the caller knows)."""
    out: list[Name] = []
    outlets = Spans(_outlet_spans(masked) if outlet_spans is None else outlet_spans)
    for run in NAME_RUN.finditer(masked):
        if _ONE_WORD.fullmatch(run.group(0)):
            continue  # one word cannot be a full name, nor a titled one
        name = clean_name(masked, run.start(), run.end())
        if name is None:
            continue
        if outlets.overlaps(name.start, name.end):
            continue
        if len(name.text.split()) >= 2 or name.titled:
            out.append(name)
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+\b")
# Two first names sharing the surname that follows ("Tom and Ellie Whitcombe").
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w’'-]+)\b")
# A word that puts the name after it in a place ("at Kelbrook Bridge", "in Porth Eirin",
# "Neville Roe, 58, of Hale Barns", "the port of Agia Vryssi"): such a name is not whom
# "he" or "she" stands for.
_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|from|near|off|across|along|outside|inside|towards|into|onto)\s+(?:the\s+)?$"
    r"|,\s*\d{1,3},\s+of\s+$"
    # "at the port of Agia Vryssi", "the village of Kato Zakros"
    r"|\b(?:port|village|town|city|island|islet|province|region|district|county|suburb"
    r"|municipality|capital|camp)\s+of\s+$"
)
# "the"/"The" right before a name: "to The Atlantic", "the Marlow Fund" are no person.
# "the", or a determiner no person's name takes ("its Saveur brand", "all Saveur products")
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Ww]hose|all|every|any)[ \t]+$")
# A third-person pronoun that says a sex, as the subject or the owner ("he", "she", "his";
# "her" and "him" are left out: as objects they stand for someone else).
_SEXED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is)\b")
# Where a sentence ends, for the stretch a pronoun is looked for after a name.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_NOT_SPACE = re.compile(r"\S")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w-]+")
# The capitalised word right after a name.
_NEXT_CAPITALISED = re.compile(r"[ \t]+([A-Z][\w-]*)")
# A possessive and the capitalised word after it ("’s Office").
_POSSESSIVE_CAPITALISED = re.compile(r"[’']s[ \t]+([A-Z][\w-]*)")
# What a body's name goes on with after "of" or "for": "(Department) of Vector and Pest
# Abatement", "(Ministry) for Foreign Affairs"; with a list of its remits, commas and a
# closing "and", "(Ministry) of Economy, Trade and Industry" (see remits_only).
_OF_CAPITALISED = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w’'-]*)*"
)
_REMIT = r"[A-Z][\w’'-]*+(?:[ \t]+[A-Z][\w’'-]*+)*+"
_OF_REMITS = re.compile(
    rf"{_OF_CAPITALISED.pattern}(?:,[ \t]+{_REMIT}){{1,4}},?[ \t]+(?:and|&)[ \t]+{_REMIT}"
)
# The bodies whose names list remits ("Ministry", "Department"), and what sets the remits
# of a list apart.
_REMIT_HEADS = frozenset(
    ["ministry", "department", "secretariat", "directorate", "office", "committee"]
)
_LIST_PARTS = re.compile(r"[\s,&]+")


@cache
def _remit_words() -> frozenset[str]:
    return frozenset(lexicons.load("reporting")["remit_words"])


def remits_only(head: str, listed: str) -> bool:
    """Whether ``listed`` (what follows "of" or "for") is a list of the remits a body
    named ``head`` ("Ministry") is for ("Economy, Trade and Industry"), not several bodies
    ("Bank of England, Barclays and HSBC", "Department for Transport, Network Rail and
    Transport for London")."""
    if head.rsplit(None, 1)[-1].lower() not in _REMIT_HEADS:
        return False
    words = [w.lower() for w in _LIST_PARTS.split(listed) if w]
    return all(w in _remit_words() or w in ("and", "the") for w in words[1:])


# The word right before a name, for a title that says the person's sex ("Mrs Roe").
_WORD_BEFORE = re.compile(r"(\w+)\.?[ \t]+$")
# Someone's body set off by a comma before a name ("his then employer, ", "its parent
# company, "): the name is the body's.
_OWNED_BODY_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+(?:[\w-]+[ \t]+){0,2}?(\w+),[ \t]+$"
)
# A body's word and "for" or "of" right before a name ("Institute for ", "Ministry of the ").
_BODY_JOIN_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?$")


def body_word_before(masked: str, start: int) -> int | None:
    """Where a body's capitalised word joined by "for" or "of" to the name at ``start``
    begins ("Institute for " + "Applied Fire Safety", "Ministry of " + "Environment"), or
    None when no organisation's or unit's word stands there."""
    joined = _BODY_JOIN_BEFORE.search(masked, max(0, start - 40), start)
    if joined is None:
        return None
    word = joined.group(1).lower()
    members = word in _member_plurals() and not is_given_name(_first_word(masked, start))
    known = word in organisation_words() or word in unit_words() or members
    return joined.start() if known else None


def _first_word(masked: str, start: int) -> str:
    """The word at ``start``, lower case ("lawyers for " + "jane": a person, no body)."""
    found = _WORD.match(masked, start)
    return found.group().lower() if found else ""


@cache
def _member_plurals() -> frozenset[str]:
    """Plural nouns for a body's members opening its name ("Citizens" for …)."""
    return frozenset(lexicons.load("reporting")["member_plurals"])


@cache
def _sexes() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Given names, titles and pronouns by the sex they name (the "given_names" lexicon)."""
    data = lexicons.load("given_names")
    given = {n: "female" for n in data["female"]} | {n: "male" for n in data["male"]}
    titles = {t: "female" for t in data["female_titles"]} | {t: "male" for t in data["male_titles"]}
    return given, titles, dict(data["pronouns"])


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the lexicon knows ("Joshua", "Aoife")."""
    return word.lower() in _sexes()[0]


def pronoun_sex(pronoun: str) -> str | None:
    """ "female" for "she", "male" for "he"; None for a pronoun that names no sex."""
    return _sexes()[2].get(pronoun.lower())


def _capitalised_runs(masked: str, words: set[str]) -> list[re.Match[str]] | None:
    """The matches of ``_CAPITALISED.finditer(masked)`` that are one of ``words``, found
    where those words are written; None when one follows a hyphen (a run such as
    "Sino-British" may cover it: then read the whole text)."""
    found: list[re.Match[str]] = []
    for word in words:
        if not _CAPITALISED_WORD.fullmatch(word):
            continue  # never the whole of a match
        at = masked.find(word)
        while at >= 0:
            if at and masked[at - 1] == "-":
                return None
            # no match before covers ``at`` (that would take the character before it), so
            # finditer tries a match right here
            run = _CAPITALISED.match(masked, at)
            if run is not None and run.end() == at + len(word):
                found.append(run)
            at = masked.find(word, at + 1)
    found.sort(key=lambda run: run.start())
    return found


# How far back a sentence's opening is looked for before a name.
_OPENING_REACH = 160


@cache
def _role_lead() -> re.Pattern[str]:
    """A role opening a sentence, the name after it set off by commas: the name is the
    subject ("The president of the consumers' association, Jean-Roger Essomba, called
    for …"; not "The complaint names the hospital's director, Alex Roe, as …")."""
    roles = lexicons.words_trie(lexicons.load("reporting")["role_nouns"])
    return re.compile(
        rf"\s*(?:The|A|An|Its|Their)\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{roles})"
        r"(?:\s+(?:of|at|for)\s+[^,;:.!?\n]{1,100})?,\s*"
    )


# Titles of no sex that open a sentence's subject ("Dr Roe reviewed …"); a role ("Magistrate
# Roe ordered him …") is left out: its sentence speaks of others too.
_HONORIFICS = frozenset(["dr", "prof", "professor", "rev", "revd"])


def _titles_only(words: str) -> bool:
    """Whether ``words`` are honorifics alone ("Dr ", "Prof. "), as before a name."""
    split = [w.rstrip(".").lower() for w in words.split()]
    return bool(split) and all(w in _HONORIFICS for w in split)


def _given_sex(full_name: str) -> str | None:
    """The sex the first given name among the words before the surname says ("Substitute
    Rhys Roe": male), else None."""
    given = _sexes()[0]
    return next((given[w] for w in full_name.lower().split()[:-1] if w in given), None)


# Words that give a company's legal form, no part of how a text names it ("Inc", "Co.").
LEGAL_FORMS = frozenset({"inc", "ltd", "plc", "llc", "co", "corp", "gmbh", "ag", "sa"})
# A legal form, written short or in full, stands for the noun "company" ("Jinseong
# Materials Co." is "the company").
_COMPANY_FORMS = LEGAL_FORMS | {"corporation", "limited"}


def has_legal_form(words: list[str]) -> bool:
    """Whether a name's words (lower case) hold a legal form after the first ("co.")."""
    return any(w.strip(".,") in _COMPANY_FORMS for w in words[1:])


def holds_word(name: str, word: str | None) -> bool:
    """Whether ``name`` holds ``word`` as a word, in any case (any name when ``word`` is None);
    "company" is also held as a legal form ("Jinseong Materials Co.")."""
    if word is None:
        return True
    words = name.lower().split()
    if word in words:
        return True
    return word == "company" and has_legal_form(words)


@cache
def _ranks() -> frozenset[str]:
    return frozenset(lexicons.load("reporting")["rank_abbreviations"])


def rank_and_surname(name: str) -> bool:
    """Whether ``name`` is a rank the lexicon lists, in capitals, and a surname ("DSP
    Karki"); not joined initials ("JD Vance")."""
    words = name.split()
    return len(words) == 2 and words[0] in _ranks() and words[1][:1].isupper()


def _without_initials(name: str) -> str:
    """A full name without its middle initials ("Michael R. Bloomberg" -> "Michael Bloomberg")."""
    words = name.split()
    middle = [w for w in words[1:-1] if not re.fullmatch(r"[A-Z]\.?", w)]
    return " ".join([*words[:1], *middle, *words[-1:]])


_INITIAL_WORD = re.compile(r"[A-Z]\.?")


def _initialled_form_of_another(name: str, names: set[str]) -> bool:
    """Whether ``name`` is initials and a surname ("K. Mroczek") that another of ``names``
    writes with a given name of that initial ("Katarzyna Mroczek")."""
    words = name.split()
    if len(words) < 2 or not all(_INITIAL_WORD.fullmatch(w) for w in words[:-1]):
        return False
    return any(
        other != name
        and other.split()[-1] == words[-1]
        and not _INITIAL_WORD.fullmatch(other.split()[0])
        and other[:1] == name[:1]
        for other in names
    )


# Last words of the names of laws and treaties, which hold organisations' words ("Health
# and Safety Act") but never speak.
LAW_WORDS = frozenset({"Act", "Bill", "Code", "Law", "Regulations", "Directive", "Treaty"})


@cache
def _given_name_only_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words right before a first name the text gives alone ("first name, "): as they end
    a stretch, and as they stand anywhere in a text."""
    cues = "|".join(lexicons.load("reporting")["given_name_only_cues"])
    return re.compile(rf"(?:{cues})\s*$", re.I), re.compile(rf"(?:{cues})\s*", re.I)


@cache
def _opening_adverbs() -> frozenset[str]:
    """Adverbs opening a sentence before its subject ("Later Jane Roe said")."""
    return frozenset(lexicons.load("reporting")["opening_adverbs"])


# The words of a text that may bring in a first name given alone.
_GIVEN_ALONE_WORDS = ("name", "identified", "known", "named", "introduced")


def _given_names_alone(masked: str) -> list[Name]:
    """The first names the text gives alone ("who asked to be identified only as Zaw"),
    past a title ("known only as Sergeant Aung" gives Aung)."""
    if not any(w in masked for w in _GIVEN_ALONE_WORDS):
        return []
    titles = title_words()
    found = []
    for cue in _given_name_only_cues()[1].finditer(masked):
        word = _LONE_NAME.match(masked, cue.end())
        while word is not None and word.group().lower() in titles:
            after_title = _TITLE_GAP.match(masked, word.end() + masked.startswith(".", word.end()))
            word = _LONE_NAME.match(masked, after_title.end()) if after_title else None
        if word is not None and word.group().lower() not in non_name_words():
            found.append(Name(word.start(), word.end(), word.group(), False))
    return found


# A capitalised word right after a cue for a first name given alone, and the blanks between
# a title and the name after it ("Sergeant Aung").
_LONE_NAME = re.compile(_CAP)
_TITLE_GAP = re.compile(r"[ \t]{0,3}")


def _given_name_only(masked: str, start: int) -> bool:
    """Whether the name at ``start`` is a first name given alone ("identified only as")."""
    return _given_name_only_cues()[0].search(masked, max(0, start - 40), start) is not None


class People:
    """Full names of a text and the resolution of short forms to them."""

    def __init__(self, masked: str, outlet_spans: list[tuple[int, int]] | None = None) -> None:
        self.masked = masked
        if outlet_spans is None:
            outlet_spans = _outlet_spans(masked)
        self._outlet_spans = outlet_spans
        self.mentions = names_in(masked, outlet_spans)
        self.full: list[str] = []
        seen: set[str] = set()
        for n in self.mentions:
            if len(n.text.split()) >= 2 and n.text not in seen:
                seen.add(n.text)
                self.full.append(n.text)
        taken_words = {w for f in self.full for w in f.split()}
        for couple in _COUPLE.finditer(masked) if " and " in masked else ():
            partner = f"{couple.group(1)} {couple.group(3)}"  # "Tom and Ellie Whitcombe"
            before = masked[max(0, couple.start() - 40) : couple.start()].split()[-1:]
            if (
                f"{couple.group(2)} {couple.group(3)}" in seen
                and partner not in seen
                and couple.group(1) not in taken_words  # "Joaquin Phoenix and Renée Zellweger"
                and not (before and before[0][:1].isupper())
            ):
                seen.add(partner)
                self.full.append(partner)
        short = {w for f in self.full for w in (f.split()[0], f.split()[-1])}
        #: the first names the text gives alone ("identified only as Zaw"), by which it
        #: goes on naming their people ("Zaw returned …", "he said")
        self.given_alone = frozenset(n.text for n in _given_names_alone(masked))
        short |= self.given_alone
        taken = {i for n in self.mentions for i in range(n.start, n.end)}
        runs = _capitalised_runs(masked, short)
        if runs is None:
            runs = [run for run in _CAPITALISED.finditer(masked) if run.group(0) in short]
        opening: dict[str, list[str]] = {}
        for f in self.full:
            opening.setdefault(f.split()[0], []).append(f)
        for run in runs:
            if run.start() in taken:
                continue
            if any(masked.startswith(f, run.start()) for f in opening.get(run.group(0), ())):
                continue  # the full name written again ("Cedar Vale-based"), not a short form
            self.mentions.append(Name(run.start(), run.end(), run.group(0), False))
        self.mentions.sort(key=lambda n: n.start)
        self._starts = [n.start for n in self.mentions]

    @property
    def starts(self) -> list[int]:
        """Where each of ``mentions`` starts, in order."""
        return self._starts

    def resolve(self, name: str, sex: str | None = None) -> str:
        """The full name a short form stands for, when exactly one fits; else ``name``.
        With ``sex`` (the short form stood for "she" or "he"), full names whose given name
        says the other sex do not fit ("Sebola ... she said": Dimakatso, not Jacob Sebola)."""
        words = name.split()
        if rank_and_surname(name):
            surname = self.resolve(words[1], sex)  # "DSP Karki": a rank's letters, a surname
            if surname != words[1]:
                return surname
        if len(words) >= 2:
            return (
                self._with_middle_names(name, words)
                or self._company_named_in_full(name, words)
                or self._longer_with_surname(name, words)
            )
        fits = {f for f in self.full if words and words[0] in (f.split()[0], f.split()[-1])}
        if not fits:  # a middle name, or the first of two surnames ("Andrés López Obrador")
            fits = {f for f in self.full if words and words[0] in f.split()[1:-1]}
        if len(fits) > 1:  # "Roe" is Jane Roe's surname, not "Roe Partners"
            fits = {f for f in fits if f.split()[-1] == words[0]} or fits
        if sex is not None and len(fits) > 1:
            fits = {f for f in fits if _given_sex(f) in (None, sex)}
        # "Thomas Malone" and "Thomas W. Malone" are one person: drop the middle initials;
        # "K. Mroczek" in a citation is the "Katarzyna Mroczek" the text names in full
        fits = {f for f in fits if not _initialled_form_of_another(f, fits)}
        people = {_without_initials(f) for f in fits}
        if len(people) == 1:
            return min(fits, key=lambda f: self.full.index(f))  # as the text first names them
        return name

    def resolve_mention(self, name: Name, sex: str | None = None) -> str:
        """The full name the mention ``name`` stands for, as ``resolve`` gives it, except a
        first name the text gives alone ("who gave only his first name, Aslam"), which stays
        as written."""
        if " " not in name.text and _given_name_only(self.masked, name.start):
            return name.text
        return self.resolve(name.text, sex)

    def _with_middle_names(self, name: str, words: list[str]) -> str | None:
        """ "Yerlan Mukanov" as the one full name the text also gives with middle names or a
        patronymic ("Yerlan Kairatuly Mukanov"), whichever it gives first; else None."""
        fits = [
            f
            for f in self.full
            if len(words) < len(f.split()) <= _MAX_NAME_WORDS
            and f.split()[0] == words[0]
            and f.split()[-len(words) + 1 :] == words[1:]
            and all(w[:1].isupper() for w in f.split()[1 : 1 - len(words)])  # not "of", "and"
        ]
        if len({_without_initials(f) for f in fits}) != 1:
            return None
        return min([*fits, name], key=lambda f: self.full.index(f) if f in self.full else 10**9)

    def _company_named_in_full(self, name: str, words: list[str]) -> str | None:
        """ "Andes Meridian" as the one longer name the text writes with a legal form after
        it ("Andes Meridian Copper Corp"); None for a name opening with a given name ("John
        Smith" is no short form of "John Smith Holdings Ltd")."""
        if is_given_name(words[0].lower()):
            return None
        fits = {f for f in self.full if f.startswith(name + " ") and self._with_legal_form(f)}
        return fits.pop() if len(fits) == 1 else None

    def _with_legal_form(self, name: str) -> bool:
        """Whether the text writes ``name`` with a legal form after it ("… Copper Corp.")."""
        at = self.masked.find(name)
        while at >= 0:
            tail = self.masked[at + len(name) : at + len(name) + 16]
            after = tail.lstrip(", ").split() if tail[:1] in (" ", ",") else []
            if after and after[0].strip(".,;:").lower() in _COMPANY_FORMS:
                return True
            at = self.masked.find(name, at + len(name))
        return False

    def _longer_with_surname(self, name: str, words: list[str]) -> str:
        """A surname of several words ("Ní Mhurchú", "van Daalen", not opening with a given
        name) as the one longer full name it ends ("Síle Ní Mhurchú"); else ``name``."""
        if is_given_name(words[0].lower()):
            return name
        fits = {
            f
            for f in self.full
            if len(f.split()) > len(words) and f.split()[-len(words) :] == words
        }
        people = {_without_initials(f) for f in fits}
        return min(fits, key=self.full.index) if len(people) == 1 else name

    def _may_be_he(self, name: Name) -> bool:
        """Whether "he" or "she" may stand for ``name``: not a place ("at Porth Eirin"), not
        a name after "the" ("to The Atlantic") nor an organisation ("Aldermoor Water",
        "Radio Wales")."""
        if _PLACE_BEFORE.search(self.masked, max(0, name.start - 20), name.start):
            return False
        if _THE_BEFORE.search(self.masked, max(0, name.start - 7), name.start):
            return False
        before = _WORD_BEFORE.search(self.masked, max(0, name.start - 24), name.start)
        if before is not None and before.group(1) in _organisation_nouns():
            return False  # "the residents' association Eau Claire": a body's name
        owned = _OWNED_BODY_BEFORE.search(self.masked, max(0, name.start - 40), name.start)
        if owned is not None and (
            owned.group(1) in _organisation_nouns()
            # "his then employer, Fiduciaire Moselle Conseil"; not "her employer, Tan Mei
            # Ling", whose given name says a person
            or (owned.group(1) == "employer" and not any(map(is_given_name, name.text.split())))
        ):
            return False
        if body_word_before(self.masked, name.start) is not None:
            return False  # "Lausitz Institute for Applied Fire Safety": the rest of a body's name
        return not self._is_organisation(name)

    def sex_of(self, name: Name) -> str | None:
        """ "female" or "male" when the title before the name or its given name (as
        resolved: "Ferreira" is "Ana Ferreira") says so, else when the text does (see
        :attr:`_sex_in_text`); else None."""
        titles = _sexes()[1]
        before = _WORD_BEFORE.search(self.masked, max(0, name.start - 12), name.start)
        if before is not None and before.group(1).lower() in titles:
            return titles[before.group(1).lower()]
        resolved = self.resolve(name.text)
        return _given_sex(resolved) or self._sex_in_text.get(resolved)

    @cached_property
    def _sex_in_text(self) -> dict[str, str]:
        """The sex the text shows for people whose given name says none: a person opening
        a sentence, then "he", "she" or "his" later in that sentence or in the next, with no
        other person named between ("Roe lost the race. In a statement, he said …"). A
        person shown with both says nothing."""
        shown: dict[str, set[str]] = {}
        masked = self.masked
        people = [n for n in self.mentions if self._may_be_he(n)]
        starts = [n.start for n in people]
        for i, name in enumerate(people):
            opening = masked[max(0, name.start - _OPENING_REACH) : name.start]
            if _SENTENCE_END.search(opening) is None and name.start > _OPENING_REACH:
                continue  # no sentence end close before: not a sentence's opening name
            lead = _SENTENCE_END.split(opening)[-1]
            if (
                any(c.islower() for c in lead)
                and not _titles_only(lead)
                and not (_role_lead().fullmatch(lead) and masked.startswith(",", name.end))
            ):
                continue  # "In 2019 Roe …": not the subject ("Dr Roe …", "The head of X, Roe," is)
            limit = len(masked)
            after = bisect.bisect_left(starts, name.end, i + 1)
            stop = starts[after] if after < len(starts) else limit  # the next person named
            first_end = _SENTENCE_END.search(masked, name.end)
            if first_end is not None:
                following = _NOT_SPACE.search(masked, first_end.end())  # the next sentence
                second_end = _SENTENCE_END.search(masked, following.start()) if following else None
                limit = second_end.start() if second_end else limit
            pronoun = _SEXED_PRONOUN.search(masked, name.end, min(stop, limit))
            if pronoun is not None:
                sex = pronoun_sex(pronoun.group(0))
                if sex is not None:
                    shown.setdefault(self.resolve(name.text), set()).add(sex)
        return {name: sexes.pop() for name, sexes in shown.items() if len(sexes) == 1}

    def _is_organisation(self, name: Name) -> bool:
        """Whether the name, as resolved, holds an organisation's word ("Kestrel Maritime")
        or is followed by one that names cut off ("Harnley Borough Council"), here or at
        another mention ("Lavallée’s bid" after "Lavallée Mechanical Ltd.")."""
        resolved = self.resolve(name.text)
        if resolved.split()[-1] in LAW_WORDS:
            return False  # "the Occupational Safety and Health Act" says nothing
        words = resolved.lower().split()
        if any(w in organisation_words() for w in words):
            return True
        if has_legal_form(words):
            return True  # "Jinseong Materials Co."
        if self.organisation_end(name) > name.end or resolved in self._cut_off_bodies:
            return True
        return name.text in self._body_names

    @cached_property
    def bodies(self) -> list[Name]:
        """Every body the text names, in order (see :func:`audit.analyse.bodies.bodies_in`)."""
        from audit.analyse.bodies import bodies_in  # bodies reads this module's word lists

        return bodies_in(self.masked, self._outlet_spans)

    @cached_property
    def _body_names(self) -> frozenset[str]:
        """The bodies' names as written ("Halden Circular", and "Halden" after it)."""
        return frozenset(b.text for b in self.bodies)

    @cached_property
    def _cut_off_bodies(self) -> frozenset[str]:
        """Names, as resolved, that some mention shows followed by an organisation's word."""
        return frozenset(
            self.resolve(n.text) for n in self.mentions if self.organisation_end(n) > n.end
        )

    def organisation_end(self, name: Name) -> int:
        """Where the organisation a name opens ends: after an organisation's capitalised word
        right after it ("Harnley Borough" + " Council"), after "of" and the capitalised words
        naming what a department or ministry is for ("Chicago Department" + " of Pest
        Control"), else at the name's end."""
        after = _NEXT_CAPITALISED.match(self.masked, name.end)
        if after is not None and after.group(1).lower() in organisation_words():
            return self._unit_end(after.group(1), after.end())
        unit_end = self._unit_end(name.text, name.end)
        if unit_end != name.end:
            return unit_end
        owned = _POSSESSIVE_CAPITALISED.match(self.masked, name.end)
        if (
            owned is not None
            and owned.group(1).lower() in organisation_words()
            and len(name.text.split()) >= 2
            and not any(is_given_name(w) for w in name.text.split())
        ):  # "the Marlow County Sheriff’s Office", not "Jane Roe’s Office"
            return owned.end()
        return name.end

    def _unit_end(self, name: str, end: int) -> int:
        """``end`` moved past "of" and what a name ending in a unit's word is for
        ("Chicago Department" + " of Pest Control")."""
        if name.rsplit(None, 1)[-1].lower() not in unit_words():
            return end
        listed = _OF_REMITS.match(self.masked, end)
        if listed is not None and remits_only(name, listed.group()):
            return listed.end()  # "Ministry" + " of Economy, Trade and Industry"
        of = _OF_CAPITALISED.match(self.masked, end)
        return of.end() if of is not None else end

    def last_organisation(
        self, position: int, noun: str | None = None, reach: int = 2000
    ) -> Name | None:
        """The last organisation named before ``position`` (within ``reach`` characters): a
        name holding an organisation's word ("Kestrel Maritime"); with ``noun``, one whose
        name holds that word, its closing organisation word included ("Marlow Water Supply"
        + " Corporation")."""
        hi = bisect.bisect_right(self._starts, position)
        lo = bisect.bisect_left(self._starts, position - reach)
        return next(
            (
                n
                for n in reversed(self.mentions[lo:hi])
                if n.end <= position
                and self._is_organisation(n)
                and (
                    noun is None
                    or holds_word(self.masked[n.start : self.organisation_end(n)], noun)
                )
            ),
            None,
        )

    def titled_as(self, role: str, position: int) -> Name | None:
        """The last person before ``position`` named with ``role`` as a title: "the judge"
        after "Judge Caroline Ashworth", "the mayor" after "Mayor Rosa Diaz"."""
        hi = bisect.bisect_right(self._starts, position)
        lo = bisect.bisect_left(self._starts, position - 3000)
        for n in reversed(self.mentions[lo:hi]):
            before = self.masked[max(0, n.start - len(role) - 2) : n.start].rstrip()
            if (
                n.end <= position
                and before.lower().endswith(role)
                and not before[: -len(role)][-1:].isalpha()  # "Magistrate", not "Xmagistrate"
            ):
                return n
        return None

    def mention_at(self, start: int, end: int) -> Name | None:
        """The name written exactly at ``text[start:end]``, if one is."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self.mentions) and self.mentions[i].start == start:
            if self.mentions[i].end == end:
                return self.mentions[i]
            i += 1
        return None

    def last_before(
        self,
        position: int,
        floor: int = 0,
        preferred: frozenset[str] = frozenset(),
        *,
        person: bool = False,
        sex: str | None = None,
    ) -> Name | None:
        """The last name before ``position`` (and after ``floor``); among them, the last one
        in ``preferred`` (people the text shows speaking) when there is one. With
        ``person`` (for "he" or "she"), places and organisations are passed over; with
        ``sex``, so are people whose given name or title names the other sex."""
        hi = bisect.bisect_right(self._starts, position)
        lo = bisect.bisect_left(self._starts, max(floor, position - 3000))
        window = [
            n
            for n in self.mentions[lo:hi]
            if n.end <= position
            and (not person or self._may_be_he(n))
            and (sex is None or self.sex_of(n) in (None, sex))
        ]
        for n in reversed(window):
            if self.resolve(n.text) in preferred:
                return n
        return window[-1] if window else None
