"""The reporting language quotations are attributed by, compiled from the "reporting" lexicon.

Reporting verbs ("said", "told"), "according to", "a statement by", pronouns and role
nouns that stand for a speaker ("she", "the MP"), German tags ("so Landrat …") and the
titles written with a full stop ("Dr."). One :class:`~audit.analyse.prefilter.Gate` holds
the patterns searched over the whole text; :data:`VERB` … :data:`VERB_NAME` index it.
"""

from __future__ import annotations

import re
from functools import cache

from audit.analyse import lexicons, prefilter
from audit.analyse.people import NAME_RUN

# The gate's patterns, by index.
VERB, ACCORDING, NOUN_BY, NAME_VERB, VERB_NAME = 0, 1, 2, 3, 4


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """The lexicon's patterns by use: ``verb``, ``according``, ``noun_by`` (speakers'
    words), ``pronoun_end`` and ``who_end`` (a subject standing for a person, at the end of
    a stretch) and ``np_end`` (a noun phrase ending a stretch)."""
    data = lexicons.load("reporting")
    verbs = lexicons.words_pattern(data["reporting_verbs"])
    nouns = lexicons.words_pattern(data["source_nouns"])
    documents = lexicons.words_pattern(data["document_nouns"])
    pronouns = lexicons.words_trie(data["person_pronouns"])
    roles = lexicons.words_trie(data["role_nouns"])
    return {
        "verb": re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
        "according": re.compile(r"\baccording\s+to\s+", re.IGNORECASE),
        "noun_by": re.compile(
            rf"\b(?:(?:{nouns})\s+(?:by|from|of)|(?:{documents})\s+by)\s+(?:the\s+)?(?=[A-Z])",
            re.IGNORECASE,
        ),
        # "he", "she", or "the (Conservative) MP" opening its clause, also after "but" or "and"
        # (not "close to the star")
        "pronoun_end": re.compile(
            rf"(?:\b(?:{pronouns})|(?:^|[,;:—–]|\b(?:but|and|yet|so|then)\b)\s*the\s+"
            rf"(?:[\w’'-]+\s+){{0,2}}?(?:{roles}))\s*$",
            re.IGNORECASE,
        ),
        "who_end": re.compile(r"\bwho\s*$", re.IGNORECASE),
        "np_end": re.compile(
            r"\b(?:the|a|an|its|their|his|her|our)\s+"
            r"(?:(?!(?:and|but|or|then|the|a|an)\b)[\w’'-]+\s+){1,3}$",
            re.IGNORECASE,
        ),
    }


@cache
def role_then_name() -> re.Pattern[str]:
    """A role and, set off by a comma, the name of who holds it, after a reporting verb
    ("said the mayor, Rosa Diaz", "said Britain's foreign secretary, Jo Roe")."""
    roles = lexicons.words_trie(lexicons.load("reporting")["role_nouns"])
    return re.compile(
        rf"\s+(?:the\s+)?(?:[\w-]+[’']s\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?i:{roles}),"
        rf"\s+({NAME_RUN.pattern})"
    )


# A body's capitalised name, its words joined by "of", "for", "and", "on" or "the" ("Ministry
# of Health and Welfare", "Labour Party").
_BODY_NAME = r"[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w&’'-]*){0,5}"


@cache
def body_role_then_name() -> re.Pattern[str]:
    """A body's role and, set off by a comma, the name of who holds it, after a reporting
    verb: the body before the role ("said the Labour Party leader, Keir Starmer") or after
    it ("said the Minister of Finance, Jane Roe")."""
    roles = lexicons.words_trie(lexicons.load("reporting")["role_nouns"])
    return re.compile(
        rf"\s+the\s+(?:{_BODY_NAME}(?:\s+[a-z][\w-]*){{0,2}}?\s+(?i:{roles})"
        rf"|(?i:{roles})\s+(?:of|for)\s+(?:the\s+)?{_BODY_NAME}),"
        rf"\s+({NAME_RUN.pattern})"
    )


@cache
def person_pronouns() -> frozenset[str]:
    """The pronouns that stand for a person ("he", "she")."""
    return frozenset(w.lower() for w in lexicons.load("reporting")["person_pronouns"])


@cache
def verb_preludes() -> frozenset[str]:
    """Words that may stand between a subject and its verb ("has", "also")."""
    return frozenset(w.lower() for w in lexicons.load("reporting")["verb_preludes"])


@cache
def anonymity_cue() -> re.Pattern[str]:
    """Words that bring in a person the text does not name ("who asked not to be named")."""
    return re.compile("|".join(lexicons.load("reporting")["anonymity_cues"]), re.IGNORECASE)


@cache
def verb_prelude_phrase() -> re.Pattern[str]:
    """A phrase of time or manner ending a stretch, before its verb ("on Wednesday")."""
    phrases = "|".join(lexicons.load("reporting")["verb_prelude_phrases"])
    return re.compile(rf"[ \t]+(?:{phrases})[ \t]*$", re.IGNORECASE)


@cache
def _organisation_nouns() -> str:
    """The lexicon's nouns for an organisation ("company", "firm") as one alternation."""
    return lexicons.words_trie(lexicons.load("reporting")["organisation_nouns"])


@cache
def organisation_noun_set() -> frozenset[str]:
    """The lexicon's nouns for an organisation ("company", "firm"), lower-case."""
    return frozenset(str(n).lower() for n in lexicons.load("reporting")["organisation_nouns"])


@cache
def role_noun_set() -> frozenset[str]:
    """The lexicon's roles standing for a person ("minister", "spokesman"), lower-case."""
    return frozenset(str(n).lower() for n in lexicons.load("reporting")["role_nouns"])


@cache
def organisation_subject() -> re.Pattern[str]:
    """ "the company", "the Dutch shipping firm", "the club's management" ending a stretch:
    an organisation's subject."""
    nouns = _organisation_nouns()
    # "the club's management", "the company's lawyers": the organisation speaks through them
    through = (
        r"(?:[’']s\s+(?:management|board|leadership|owners?|lawyers?|attorneys?|directors?"
        r"|executives?|press\s+(?:office|service|team)|media\s+office|communications\s+team))?"
    )
    return re.compile(
        rf"(?:^|[,;:—–]|\s)\s*the\s+(?:[\w’'-]+\s+){{0,2}}?(?:{nouns}){through}\s*$",
        re.IGNORECASE,
    )


@cache
def document_subject() -> re.Pattern[str]:
    """ "the post", "the letter", "the emailed statement" (in lower case) ending a stretch:
    a document standing as a quote's subject."""
    nouns = lexicons.words_trie(lexicons.load("reporting")["document_subjects"])
    return re.compile(rf"(?:^|[,;:—–]|\s)\s*[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{nouns})\s*$")


@cache
def personal_document_subject() -> re.Pattern[str]:
    """ "his statement", "her written reply" ending a stretch: a person's document standing
    as a quote's subject; the possessive is group 1."""
    nouns = lexicons.words_trie(lexicons.load("reporting")["document_subjects"])
    return re.compile(
        rf"(?:^|[,;:—–]|\s)\s*((?i:his|her))\s+(?:[a-z][\w’'-]*\s+){{0,2}}?(?:{nouns})\s*$"
    )


@cache
def document_mention() -> re.Pattern[str]:
    """A document the text mentions ("a statement", "the emailed letter", "an Instagram
    post")."""
    nouns = lexicons.words_trie(lexicons.load("reporting")["document_subjects"])
    return re.compile(
        rf"\b(?i:an?|the|its|his|her|their)\s+(?:(?!(?:an?|the)\b)[A-Za-z][\w’'-]*\s+){{0,2}}?"
        rf"(?:{nouns})\b"
    )


@cache
def issuing_verb_end() -> re.Pattern[str]:
    """An issuing verb ending a stretch ("posted ", "sent "): its object, the document after
    it, was issued by the verb's subject."""
    verbs = lexicons.words_trie(lexicons.load("reporting")["issuing_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+$", re.IGNORECASE)


@cache
def issued_by_after() -> re.Pattern[str]:
    """Right after a document's mention, or after its comma, who issued it: "…, first
    shared on a Facebook page called Veld Watch" (group ``page``), "… issued by the Harnley
    Council", "…, dated Oct. 29 and signed by an inspector of" (group ``member``) "the
    Harnley Council's audit unit", "… prepared by the ministry's health department"; the
    name, or "the ministry's" before it, starts at the match's end. What the document says
    ("The memo says the money was sent by …") is no issuer: no verb may come between."""
    verbs = lexicons.words_trie(lexicons.load("reporting")["issued_by_participles"])
    outlet = r"(?:page|account|channel|group|profile|handle|blog|website|site)"
    member = r"(?P<member>[ \t]+(?:an?|the)[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}?(?:of|at|from|for))"
    return re.compile(
        # ", dated Oct. 29 and": one participle's clause joined by "and" before the verb
        r"(?:[ \t]*,[ \t]*(?:[a-z]+ed\b[^,;\n]{0,40}?[ \t]+and[ \t]+)?|[ \t]+"
        # "The letter, dated 2 Aqrab, is signed by": the mention's own verb, after its aside
        r"|(?:[ \t]*,[^,;\n]{1,80},)?[ \t]+(?:is|was|are|were|has[ \t]+been|had[ \t]+been)[ \t]+"
        # (there only an author's participle: "was shared by" names who passed it on)
        r"(?=(?:signed|written|issued|prepared|compiled|drafted|authored|produced)\b))"
        rf"(?:(?:first|originally|later)[ \t]+)?(?i:{verbs})[ \t]+"
        rf"(?:by{member}?|(?P<page>(?:on|to)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
        rf"{outlet}[ \t]+(?:called|named|run[ \t]+by)))[ \t]+"
        r"(?:the[ \t]+(?=[A-Z]))?(?=[A-Z]|the[ \t]+[a-z][\w-]*[’']s[ \t])"  # "the ministry's X"
    )


@cache
def issued_by_next() -> re.Pattern[str]:
    """An issuer named right after a document's mention, whoever it is ("a statement issued
    by the union", "…, signed by a clerk"): the participle and "by"."""
    verbs = lexicons.words_trie(lexicons.load("reporting")["issued_by_participles"])
    return re.compile(rf"[ \t]*(?:,[ \t]*)?(?i:{verbs})[ \t]+by\b")


@cache
def organisation_mention() -> re.Pattern[str]:
    """ "the company", "the firm" anywhere: a text speaking of an organisation by its noun."""
    nouns = _organisation_nouns()
    return re.compile(rf"\b(?i:the)\s+(?i:{nouns})\b")


# An organisation's name: capitalised words, joined by "for", "of", "and", "the" or "&"
# ("Department for Education", "Bank of England", "Marks & Spencer").
ORGANISATION_NAME = r"[A-Z][\w&-]*+(?:[ \t]+(?:(?:for|of|and|the|&)[ \t]+){0,2}[A-Z][\w&-]*+){0,6}"


@cache
def _spokesperson() -> str:
    """An organisation's spokesperson, written either way ("a BBC spokesman", "a
    spokeswoman for the Bank of England"); the organisation is group 1 or 2."""
    nouns = lexicons.words_trie(lexicons.load("reporting")["spokesperson_nouns"])
    body = rf"{ORGANISATION_NAME}(?:[ \t]+(?:{_state_nouns()}))?"  # "Scottish government"
    return (
        rf"(?i:a|an|the)\s+(?:({body})(?:[’']s)?\s+(?:[a-z][\w-]*\s+)?(?i:{nouns})\b"
        rf"|(?:[a-z][\w-]*\s+)?(?i:{nouns})\s+(?:for|of|at)\s+(?:the\s+)?({body}))"
    )


@cache
def _state_nouns() -> str:
    """A state's bodies in lower case ("government", "army"), as an alternation."""
    return lexicons.words_trie(lexicons.load("reporting")["state_nouns"])


@cache
def named_body_subject() -> re.Pattern[str]:
    """A body's name ending a stretch, as the subject of the verb after it: "The Oregon
    Health Authority" (capitalised words ending in a capitalised organisation word, group 1;
    "the Mumbai-headquartered company" is a description), "the
    FBI" (an acronym, group 1), or a body's unit after its possessive, "The FBI's Portland
    field office" (group 2, the body), or a body named with its owner's possessive,
    "Russia's Defense Ministry", "Germany's economy ministry" (group 3, the whole), or a
    state's body after a capitalised adjective, "the Israeli government" (group 4)."""
    data = lexicons.load("reporting")
    organisation = lexicons.words_trie(data["organisation_words"])
    units = lexicons.words_trie(data["body_units"])
    word = r"[A-Z][\w&-]*+"
    ordinal = r"\d{1,3}(?:st|nd|rd|th)"  # "Quezon 4th District Engineering Office"
    return re.compile(
        rf"(?<![\w’'-])(?:(?:[Tt]he[ \t]+)?"
        rf"((?!(?:[Tt]he|An?)\s){word}[ \t]+(?:(?:{word}|{ordinal})[ \t]+){{0,4}}"
        rf"(?=[A-Z])(?i:{organisation})"
        rf"|[A-Z]{{2,6}})"
        rf"|(?:[Tt]he[ \t]+)?((?:{word}[ \t]+){{0,3}}{word})[’']s[ \t]+"
        rf"(?:{word}[ \t]+){{0,2}}(?:[a-z][\w-]*+[ \t]+){{0,2}}(?:{units})"
        rf"|(?:[Tt]he[ \t]+)?((?:{word}[ \t]+){{0,2}}{word}[’']s[ \t]+"
        rf"(?:(?:{word}|[a-z][\w-]*+)[ \t]+){{0,3}}(?i:{organisation}))"
        rf"|(?:[Tt]he[ \t]+)?((?!(?:[Tt]he|An?)\s)(?:{word}[ \t]+){{0,2}}{word}[ \t]+"
        rf"(?:{_state_nouns()})))[ \t]*$"
    )


@cache
def spokesperson_subject() -> re.Pattern[str]:
    """An organisation's spokesperson ending a stretch ("A Department for Education
    spokesperson", "a spokeswoman for the Kestrel Group,")."""
    return re.compile(rf"\b{_spokesperson()}\s*,?\s*$")


@cache
def _spokesperson_for_body() -> str:
    """A spokesperson for an organisation named by its noun in lower case ("a spokeswoman
    for the agency", "a representative of the Dutch operator"; not "the Harbour Trust"); the
    noun is group 1."""
    spokespeople = lexicons.words_trie(lexicons.load("reporting")["spokesperson_nouns"])
    return (
        rf"(?i:an?|the)\s+(?:[a-z][\w-]*\s+)?(?i:{spokespeople})\s+(?:for|of|at)\s+"
        rf"the\s+(?:[a-z][\w’'-]*\s+){{0,2}}?({_organisation_nouns()})\b"
    )


@cache
def spokesperson_for_body() -> re.Pattern[str]:
    """:func:`_spokesperson_for_body` ending a stretch, before its verb."""
    return re.compile(rf"\b{_spokesperson_for_body()}\s*,?\s*$")


@cache
def spokesperson_for_body_after() -> re.Pattern[str]:
    """:func:`_spokesperson_for_body` right after a reporting verb ("said a spokesman for
    the agency")."""
    return re.compile(rf"\s+{_spokesperson_for_body()}")


@cache
def spokesperson_after() -> re.Pattern[str]:
    """An organisation's spokesperson right after a reporting verb ("said a spokesperson for
    the Department for Education", "said a BBC spokesman")."""
    return re.compile(rf"\s+{_spokesperson()}")


@cache
def so_tag() -> re.Pattern[str]:
    """A German tag after the closing mark and a comma ('„…“, so Landrat Peter Vogel.')."""
    tags = lexicons.words_trie(list(lexicons.load("reporting").get("quote_tag_words", [])))
    return re.compile(
        rf"[ \t]*,[ \t]+(?:{tags})[ \t]+(?:[a-zäöüß][\w-]*[ \t]+){{0,2}}?"
        rf"({NAME_RUN.pattern})(?=[ \t]*(?:[.,;:!?]|$))"
    )


@cache
def gate() -> prefilter.Gate:
    """Reporting verbs, "according to" and "statement by": tried only where they start;
    "Name said" and "said Name" (case as written), for
    :attr:`~audit.analyse.speakers.SpeakerContext.speakers`. One gate, so that one pass
    over the text finds the literals of all five."""
    pats = patterns()
    verbs = pats["verb"].pattern
    return prefilter.Gate(
        [
            pats["verb"],
            pats["according"],
            pats["noun_by"],
            re.compile(rf"({NAME_RUN.pattern})[ \t]+{verbs}"),
            re.compile(rf"{verbs}[ \t]+({NAME_RUN.pattern})"),
        ]
    )


@cache
def title_abbreviations() -> frozenset[str]:
    """Short title words written with a full stop ("Dr.", "Gen.", "Prof.")."""
    return frozenset(w.lower() for w in lexicons.load("reporting")["title_abbreviations"])
