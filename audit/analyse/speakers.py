"""Who a stretch of text names as a speaker: a person or an outlet, resolved in context.

A :class:`SpeakerContext` holds what one text gives for that: the text with its
quotations masked, the people it names, the outlets outside quotations and the reporting
language found in it. Pronouns and "who" resolve to the last person named before them
outside quotations; surnames and "Mr Roe" resolve to the one full name in the text that
fits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from audit.analyse import lexicons, reporting
from audit.analyse.document_authors import author_at, authored_subject, document_author
from audit.analyse.header import read_header
from audit.analyse.mentions import OutletMention, outlet_mentions
from audit.analyse.numerals import german
from audit.analyse.occurrences import bounded_spans, whole_word_spans
from audit.analyse.people import (
    NAME_RUN,
    SURNAME_RUN,
    Name,
    People,
    body_word_before,
    clean_name,
    holds_word,
    is_given_name,
    lower_words,
    non_name_words,
    organisation_words,
    pronoun_sex,
    quoted_mask,
    rank_and_surname,
    remits_only,
    title_as_surname,
    title_words,
)
from audit.analyse.quotemarks import QuoteSpan
from audit.analyse.segment import is_abbreviation
from audit.analyse.spans import Spans

# A statement and who sent it ("a statement from the company", "an email from Kestrel
# Maritime"): the sender, a body's noun or a name, speaks. Ending a subject, or right after
# a verb ("“…,” read a statement from the company").
_SENT_BY = (
    r"(?:[a-z][\w-]*[ \t]+)?(?:statement|letter|email|e-mail|response|reply|note|memo|post)"
    r"[ \t]+(?:from|by|on[ \t]+behalf[ \t]+of)[ \t]+"
    rf"(?:the[ \t]+)?(?:(?P<noun>[a-z]+)\b|(?P<name>{NAME_RUN.pattern}"
    rf"(?:[ \t]+(?:of|for|and)[ \t]+(?:the[ \t]+)?{NAME_RUN.pattern}){{0,3}}))"
)
_JOINED_NAME = re.compile(r"[ \t](?:of|for)[ \t]")
# Heads of a place's government named with "of" ("the Town of Hamburg", "the City of Buffalo").
_PLACE_BODIES = frozenset(["Town", "City", "County", "Village", "Borough", "Municipality", "Port"])
_DOCUMENT_FROM_END = re.compile(rf"\b(?:[Aa]n?|[Tt]he)[ \t]+{_SENT_BY}[ \t]*$")
_DOCUMENT_FROM_AFTER = re.compile(rf"[ \t]+(?:an?|the)[ \t]+{_SENT_BY}")
# Nouns for a firm, which stand for the last body named even when its name does not hold
# them ("Kestrel Maritime … said the company"); "the union" or "the court" does not stand for
# an employer named before.
_FIRM_NOUNS = frozenset(
    [
        "company",
        "firm",
        "operator",
        "business",
        "group",
        "corporation",
        "contractor",
        "supplier",
        "developer",
        "retailer",
        "insurer",
        "lender",
        "carrier",
        "airline",
        "bank",
    ]
)
# "the" right after a reporting verb ("…,” said the ministry").
_THE_AFTER = re.compile(r"[ \t]+the[ \t]+")
# An organisation's noun ending a tag after a verb and "the" ("said the ministry.", "said the
# council in a statement").
_NOUN_ENDING_TAG = re.compile(r"([a-z]+)(?=[ \t]*[.,;:!?]|[ \t]+in[ \t]+(?:an?|its)[ \t])")
# A name after a verb, at most two lower-case words between ("said former minister Roe"),
# none a preposition or a conjunction: "demands from Xi", "said to Roe", "reported that Roe
# was" do not make Xi or Roe the speaker.
_NAME_AFTER = re.compile(
    rf"\s+(?:(?!(?:from|of|to|with|for|about|at|in|on|by|into|against|that|whether|if)\s)"
    rf"[a-z][\w-]*\s+){{0,2}}?"
    rf"({NAME_RUN.pattern})"
)
# A name and its apposition, up to three comma-separated parts, before the verb ("Jane Roe,
# director of the institute at Duke University, who leads the study, says").
_APPOSITION = re.compile(
    rf"({NAME_RUN.pattern})(?:\s+(?:at|of|from)\s+(?:the\s+)?[A-Z][^,;:]{{0,80}})?\s*,"
    rf"(?:[^,;:]{{1,150}},){{0,2}}[^,;:]{{0,150}}$"
)
# An acronym's letters ("ETAPA", "KWSC"), and how far its apposition may run.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
# A single capitalised word ("Jadrolinija"), and words after a noun that open a phrase.
_LONE_WORD = re.compile(r"[A-Z][\w-]+")
_PHRASE_OPENERS = frozenset(["of", "for", "at", "in", "on", "with", "from", "to", "by", "who"])
_APPOSITION_REACH = 80
# An unnamed person right after a verb ("said a man from Magway who …"), and how far on
# the first name the text gives them alone may stand.
_UNNAMED_LEAD = re.compile(r"[ \t]+(?:a|an|one)[ \t]")
_ANOTHER_PERSON = re.compile(r"\b(?:with|of|to|by|for|and|from)[ \t]+(?:a|an|one|the|his|her)[ \t]")
_GIVEN_ALONE_REACH = 160
_INTRODUCTION_REACH = 5000  # characters back from "the manager" to "a former manager"
# A name right before an apposition ("Jane Roe, a former manager") or right after the role
# ("a former manager, Jane Roe,"): the role is that person's, not an unnamed source's.
_NAME_AND_COMMA_END = re.compile(r"[A-Z][\w’'.-]*,\s*$")
_NAME_NEXT = re.compile(r",?\s+(?:[A-Z][\w’'.-]*\s+)+[A-Z]")
# "a spokesperson for Aldermoor Water", "an official at the Treasury": someone speaking for a
# named body, which the text's tags then stand for
_FOR_BODY_NEXT = re.compile(r"\s+(?:for|of|at|from|with)\s+(?:the\s+)?[A-Z]")
_SPEAKS_FOR_BODY = frozenset(["spokesperson", "spokesman", "spokeswoman", "representative"])


@lru_cache(maxsize=64)
def _indefinite(role: str) -> re.Pattern[str]:
    """A role introduced without a name: "a former senior manager", "two staff members"."""
    return re.compile(
        rf"\b(?:a|an|one|two|three|four|several|another|some)\s+(?:[\w’'-]+\s+){{0,3}}?"
        rf"{re.escape(role)}s?\b",
        re.IGNORECASE,
    )


def _introduced_unnamed(masked: str, role: str, position: int) -> bool:
    """Whether ``role`` ("manager") was introduced before ``position`` as someone unnamed
    ("a former senior manager, who spoke on condition of anonymity"): then "the manager"
    is that person, not the last one named."""
    if role.lower() in _SPEAKS_FOR_BODY:
        return False
    low = max(0, position - _INTRODUCTION_REACH)
    for m in _indefinite(role).finditer(masked, low, position):
        if _NAME_AND_COMMA_END.search(masked, max(0, m.start() - 60), m.start()):
            continue
        if _NAME_NEXT.match(masked, m.end()) or _FOR_BODY_NEXT.match(masked, m.end()):
            continue
        return True
    return False


# A preposition before a clause's setting ("In March,", "in a message on Tuesday,"
# "… reviewed by the FT, Jane Roe, then its head of logistics, told …").
_SETTING_BEFORE = re.compile(r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ss]ince|[Dd]uring)\s+(?:the\s+)?$")
_SETTING_HEAD = re.compile(r"(?:In|On|At|By|Since|During)\s")
# Any noun set off before a person's name after a reporting verb: "said the vessel's second
# engineer, Hamidreza Farrokhi," (group "noun"; a body's noun is no person's: "said the
# supplier, Medisan Trade,").
_NOUN_THEN_NAME = re.compile(
    rf"\s+(?:the|[\w-]+[’']s)\s+(?:[\w-]+[’']s\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?P<noun>[a-z][\w-]*),\s+({NAME_RUN.pattern})"
)
# A role in lower case and the name of who holds it, after an outlet's name ("BBC Wales
# weather presenter Owain Rees").
_ROLE_THEN_NAME = re.compile(
    rf"(?:[ \t]+[A-Z][\w-]*)*?(?:[ \t]+[a-z][\w-]*){{1,3}}[ \t]+({NAME_RUN.pattern})"
)
# The end of a name set off after a noun ("said the union, Unite, in a statement").
_APPOSITION_CLOSE = re.compile(r"[ \t]*[,.;:!?]|[ \t]+in[ \t]")
# Nouns for a body, never a person's role ("said the supplier, Medisan Trade,").
_BODY_NOUNS = frozenset(
    {
        "supplier",
        "firm",
        "company",
        "contractor",
        "operator",
        "group",
        "agency",
        "maker",
        "manufacturer",
        "owner",
        "buyer",
        "seller",
        "developer",
        "retailer",
        "bank",
        "insurer",
        "carrier",
        "airline",
        "club",
        "team",
        "union",
        "ministry",
        "department",
        "council",
        "office",
        "government",
        "regulator",
        "organisation",
        "organization",
        "charity",
        "association",
        "outlet",
        "newspaper",
        "broadcaster",
        "platform",
        "app",
        "site",
    }
)
# An outlet's possessive before a person's name ("the ACLU's Jay Stanley").
_POSSESSIVE_NAME = re.compile(r"[’']s\s+(?=[A-Z])")
# Compiled once rather than looked up in re's cache on every call.
_POSSESSIVE_END = re.compile(r"[’']s$")
_NAME_AT_END = re.compile(rf"(?<![\w-])(?:{SURNAME_RUN.pattern})$")  # "al-Saadi said"
# A verb whose subject is left out after "and" / "but": the sentence's opening subject's.
_ELIDED_SUBJECT = re.compile(r"(?<=[\w,])\s+(?:and|but)\s+$")
_BREAKING_WORDS = "who|which|when|while|because|although"
_CLAUSE_BREAK = re.compile(rf"[;:—–]|\b(?:{_BREAKING_WORDS}|that)\b")
# The same before ", and said": a "that" clause the comma closes ("He repeated the position
# that its systems were safe, and said") leaves the sentence's subject speaking.
_BREAK_BEFORE_COMMA = re.compile(rf"[;:—–]|\b(?:{_BREAKING_WORDS})\b")
# The subject opening a sentence, up to the verb after it: a name, "he"/"she", or "the
# judge" (two or three words at most before its verb).
_OPENING_SUBJECT = re.compile(
    r"\s*(?:((?:The|the)\s+[a-z][\w-]*)|He|She|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?=\s+[a-z])"
)
# A lower-case word more after "The <word>" that may still be the opening subject's ("The
# regional administration"), within so many characters.
_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_OPENING_NOUN_REACH = 30
# Words that end a subject's noun phrase: an article or a preposition opens another.
_PHRASE_BREAKS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "of", "for", "to", "in", "on", "at", "by"]
)
# Characters before a verb in which an organisation's subject noun phrase is looked for.
_SUBJECT_TAIL = 60
# The same for an organisation's spokesperson ("a spokeswoman for the Department for Work
# and Pensions").
_SPOKESPERSON_TAIL = 120
# An organisation's name joined by "of", "for" or "and" ending a stretch: "Department of
# Water and Environmental Regulation" (each part capitalised, at least one connector), what
# follows "of" or "for" perhaps a list of remits ("Ministry of Labour, Employment and Social
# Protection").
_CAPITALISED_RUN = r"[A-Z][\w&-]*+(?:[ \t]+[A-Z][\w&-]*+){0,5}"
_BODY_AT_END = re.compile(
    rf"(?<![\w’'-]){_CAPITALISED_RUN}"
    rf"(?:[ \t]+(?:of|for|and|&)[ \t]+(?:the[ \t]+)?{_CAPITALISED_RUN}){{1,4}}$"
)
# The same with a list of remits after "of" or "for" (see people.remits_only): the head, and
# the list from "of" or "for" on.
_LISTED_BODY_AT_END = re.compile(
    rf"(?<![\w’'-])(?P<head>{_CAPITALISED_RUN})(?P<listed>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    rf"{_CAPITALISED_RUN}(?:,[ \t]+{_CAPITALISED_RUN}){{1,4}},?[ \t]+(?:and|&)[ \t]+"
    rf"{_CAPITALISED_RUN})$"
)
_LEADING_THE = re.compile(r"The[ \t]+")
# Words opening a noun phrase, not a name ("The Board", "Ein Macron-Berater").
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "der", "die", "das", "ein", "eine", "einer", "dem", "den"]
)
# An apposition after a name's comma, opening in lower case ("Jane Roe, a spokesperson").
_LOWER_APPOSITION = re.compile(r"\s*,\s*[a-z]")
# Marks that open a clause: a subject after one opens it ("In a statement, the FBI said").
_CLAUSE_MARKS = frozenset(",;:(—–")
# A name and a comma ending a stretch: what follows is its apposition ("Jo Roe, a
# spokesperson for the council, said" is Jo Roe's).
_NAME_AND_COMMA = re.compile(rf"(?:{NAME_RUN.pattern})\s*,\s*$")
# A verb right after a name that follows "said": the name is the subject of the reported
# clause, not the speaker ("the council said Pettifer had been suspended").
_CLAUSE_VERB = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|did|does)\b"
)
# A lower-case role, then set off by commas the name of who holds it, ending a stretch
# before a verb ("Pettifer's solicitor, Andrew Haskins, said").
_ROLE_HOLDER = re.compile(rf"[a-z][\w’'-]*[ \t]*,[ \t]*({NAME_RUN.pattern})[ \t]*,[ \t]*$")
# A spokesperson of no named body opening its clause: the body named before in the
# paragraph speaks ("A spokeswoman said the authority had …").
_BARE_SPOKESPERSON = re.compile(
    r"(?:^|(?<=[,;:—–]))\s*(?i:an?|the)\s+(?:([a-z][\w-]*)\s+)?"
    r"(?:spokes(?:wo)?man|spokesperson|representative)\s*$"
)
# "it" as a clause's subject before its verb ("It said it had …"): an organisation.
_IT_END = re.compile(r"(?:^|[,;:—–(]|\b(?:and|but)\b)\s*(?i:it)\s*$")
# Someone's possession after a name ("Jane Roe's lawyers").
_POSSESSIVE_AFTER = re.compile(r"[’']s[ \t]+[a-z]")
# A social media account's handle ending a subject ("the X account @KabulWatchDaily").
_HANDLE_END = re.compile(
    r"(?:^[ \t]*|\b(?i:account|user|page|channel|handle|profile)[ \t]+)(@[A-Za-z0-9_]{2,30})[ \t]*$"
)
# A sentence's end before its next word, and at the end of a stretch (the next opens).
_SENTENCE_BREAK = re.compile(r"[.!?][\s”\"’')\]]+(?=[A-Z“\"‘])")
_SENTENCE_OPENING_END = re.compile(r"(?:[.!?][\s”\"’')\]]+|\n)$")
# The last sentence end in a stretch: what follows it is the current sentence.
_LAST_SENTENCE_END = re.compile(r".*[.!?][\s”\"’')\]]+", re.DOTALL)


# "In" before a document and a comma after it: "In a statement, the district said".
_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")
# the comma, after what the document's participle adds ("In a sworn statement filed in
# support of the application, Roe claims")
_COMMA_AFTER = re.compile(
    r"(?:[ \t]+(?:filed|submitted|lodged|sent|issued|published|released|dated|signed|posted"
    r"|shared|seen|obtained|read|made)\b[^,;.\n]{0,80})?,\s*"
)
# ", which" ending a stretch: the subject is the noun before the comma.
_WHICH_END = re.compile(r",\s*which\s*$")


# Capitalised words ending a stretch ("the Ohio " before "Department of …").
# ("Sable Ridge Water and " before "Sanitation District": a name joined by "and")
_CAPITALISED_BEFORE = re.compile(r"(?:\b[A-Z][\w.’'-]*[ \t]+(?:(?:and|&)[ \t]+)?)+$")
# A word of four letters or more ending in a full stop: a sentence's end ("November."),
# unless the stop is an abbreviation's (see segment.is_abbreviation: "Corp."); shorter
# words ("U.S.", "St.") stay inside a name.
_SENTENCE_STOP_IN_RUN = re.compile(r"\b[A-Z][a-z]{3,}(?P<dot>\.)[ \t]+")
# Words opening a sentence or a phrase that are no part of a body's name ("The", "In").
_LEADING_NOT_OF_A_NAME = re.compile(
    r"(?:(?i:the|an?|in|on|at|for|by|with|from|to|of|and|but|or|as|after|before|when|while"
    r"|if)[ \t]+)*"
)


def _capitalised_before(masked: str, start: int) -> int:
    """Where a body's name written at ``start`` begins once the capitalised words right
    before it are counted in ("Ohio Department of …", where the names list keeps a
    state's name out of a person's name), with a body's word and "of" or "for" before them
    ("Ministry of " + "Environment and Energy Security"), leading "The" or "In" aside."""
    begin = _run_before(masked, start)
    body_word = body_word_before(masked, begin)
    if body_word is not None:
        begin = _run_before(masked, body_word)
    leading = _LEADING_NOT_OF_A_NAME.match(masked, begin, start)
    return leading.end() if leading else begin  # it always matches, if only ""


def _run_before(masked: str, start: int) -> int:
    """Where the capitalised words right before ``start`` begin (``start`` if none), a
    sentence ending among them aside."""
    run = _CAPITALISED_BEFORE.search(masked, max(0, start - 60), start)
    if run is None:
        return start
    begin = run.start()
    for stop in _SENTENCE_STOP_IN_RUN.finditer(masked, begin, start):
        if not is_abbreviation(masked, stop.start("dot")):  # "Acme Corp. Holdings" goes on
            begin = stop.end()  # "on 12 November. The Ministry of Interior": a sentence ended
    return begin


_THROUGH = re.compile(r"[’']s\s")


def _noun(subject: re.Match[str]) -> str:
    """The noun ending an organisation's subject ("the Dutch shipping firm": "firm"; "the
    club's management": "club")."""
    return _THROUGH.split(subject.group(0))[0].split()[-1].lower()


# A person's name and, without a comma, the body they belong to ending a stretch before the
# verb ("Antonio Ferri of the rescuers' union SAS told", "Ana Roe from Unite said"): the
# person speaks; the words after the preposition hold no clause mark and no verb.
_PERSON_OF_BODY = re.compile(
    rf"({NAME_RUN.pattern})[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?[\w’' &.-]{{1,80}}$"
)
# A preposition (and "the state's") before a body's name: its object, not the subject.
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|for|with|against|from|into|on|about)[ \t]+(?:the[ \t]+)?(?:[\w-]+[’']s[ \t]+)?$"
)
# Only "of", "from" or "at" between a title and a name ("Superintendent" + " of " + …).
_JOIN_ONLY = re.compile(r"[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?")
# A preposition before "the union": the noun is its object, not the verb's subject.
_PREPOSITION_END = re.compile(
    r"\b(?:to|for|of|with|at|from|by|in|on|about|near|against|within|inside|among)\s+$",
    re.IGNORECASE,
)
# ", a subsidiary of", ", the parent company of", ", a unit of the state-owned": what
# stands between an organisation and the owner (or part) an apposition names.
_OWNER_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:subsidiary|unit|division|arm|affiliate"
    r"|branch|member|part|brand|parent(?:[ \t]+company)?|owner|operator)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?(?:[\w-]+-(?:listed|based|owned)[ \t]+)?$"
)
_APPOSITION_REACH = 80
# "said in ", "wrote on Monday in " before a document: its subject issued it.
_SAID_IN_END = re.compile(
    r"\b(?:said|says|wrote|writes|stated|announced|added|explained|denied|rejected|responded"
    r"|replied|insisted|argued|maintained)[ \t]+"
    r"(?:[\w’'-]+[ \t]+){0,2}?in[ \t]+$"
)
# "the organisation said" may stand for an outlet of these kinds named before it.
_BODY_NOUNS_FOR_OUTLETS = frozenset(
    ["organisation", "organization", "group", "watchdog", "network"]
)
_ORGANISATION_KINDS = frozenset(
    ["investigative", "advocacy", "fact_checker", "research", "international_org"]
)
# A photo credit ending a caption run into the text: the sign and the credited name's word.
_CREDIT_AFTER = re.compile(r"©[ \t]*[\w.&-]*[ \t]*")
_NAME_RUN_AT_END = re.compile(
    r"(?:[A-Z][\w.’'&-]*[ \t]+(?:(?:of|and|&|de|del|la)[ \t]+)?){0,5}[A-Z][\w’'&-]*$"
)
_ORGANISATION_REACH = 2000  # how far back "the company" looks for its name
_NOUN_REACH = 8000  # how far back "the corporation" looks for a name holding "corporation"
_ISSUER_REACH = 1500  # how far back "the post read" looks for who posted it
_ISSUER_NAME = re.compile(reporting.ORGANISATION_NAME)
# A place and a noun before a body's name ("the Conakry firm " + "Cabinet Diakité").
_PLACE_THEN_NOUN = re.compile(r"[A-Z][\w-]*[ \t]+([a-z][\w-]*)[ \t]+(?=[A-Z])")
_OWNER_NOUN = re.compile(r"the[ \t]+([a-z][\w-]*)[’']s[ \t]")
_ISSUING_VERB_REACH = 20  # the longest issuing verb ("distributed"), with its white space
_PRELUDE_REACH = 40  # the longest phrase of time before a verb, with its white space


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quotation: a name as resolved, where it is written, and whether it is a
    person (else an outlet)."""

    name: str
    start: int
    end: int
    person: bool


class SpeakerContext:
    """What one text gives for finding speakers (see the module's docstring)."""

    def __init__(self, text: str, spans: list[QuoteSpan], own_outlet: str | None = None) -> None:
        self.text = text
        quoted = [(q.start, q.end) for q in spans]
        self.masked = quoted_mask(text, quoted)
        #: how many tags so far had an unnamed source as subject ("the former manager
        #: said", introduced as "a former senior manager" who asked not to be named)
        self.unnamed_tags = 0
        self.scan = reporting.gate().scan(self.masked)
        registered = lexicons.registry().mentions_masked(text, self.masked, quoted)
        self._registered = [(m.start, m.end) for m in registered]
        if own_outlet:  # "told Seven Days": the copy's own outlet, registered or not
            self._registered.extend(_written(self.masked, own_outlet))
        self.people = People(self.masked, self._registered)
        #: the header's byline lines: their writers are no one "he" or "she" stands for
        self._bylines = Spans((b.line.start, b.line.end) for b in read_header(text).bylines)
        self._speakers: frozenset[str] | None = None
        self._quoted: set[str] = set()  # people quotes before were given to
        in_quotes = Spans(quoted)
        self.outlets = [o for o in outlet_mentions(text) if not in_quotes.covers(o.start)]
        self._outlet_starts = [o.start for o in self.outlets]  # in order of start
        ends = [o.end for o in self.outlets]
        # in order and apart (as outlet mentions are), they can be searched by their ends
        self._outlet_ends = (
            ends
            if all(a.end <= b.start for a, b in zip(self.outlets, self.outlets[1:], strict=False))
            else None
        )

    def heard(self, speaker: Speaker) -> None:
        """Note that a quotation was given to ``speaker``: a person quoted only through "she
        said" is someone the text shows speaking, for the quotes after. Only people whose
        sex the text or their given name shows count (not "the Harbour Corridor")."""
        if speaker.person and speaker.name not in self._quoted:
            name = self.people.mention_at(speaker.start, speaker.end)
            if name is not None and self.people.sex_of(name) is not None:
                self._quoted.add(speaker.name)

    @property
    def speakers(self) -> frozenset[str]:
        """People the text shows speaking: by name ("Roe said", "said Roe"), or given a
        quotation before (see :meth:`heard`)."""
        return self._named_speakers | self._quoted if self._quoted else self._named_speakers

    @property
    def _named_speakers(self) -> frozenset[str]:
        """People the text shows speaking by name ("Roe said", "said Roe")."""
        if self._speakers is None:
            found: set[str] = set()
            # "Name said" has no word every match starts with: one search of the whole
            # text (when it has a verb at all) beats searching each stretch holding a verb
            name_verb = self.scan.gate.patterns[reporting.NAME_VERB]
            can_match = self.scan.can_match(reporting.NAME_VERB)
            for m in name_verb.finditer(self.masked) if can_match else ():
                name = clean_name(self.masked, m.start(1), m.end(1))
                if name is not None:
                    found.add(self.people.resolve(_POSSESSIVE_END.sub("", name.text)))
            for m in self.scan.finditer(reporting.VERB_NAME):
                if _CLAUSE_VERB.match(self.masked, m.end(1)):
                    continue  # "said Pettifer had been suspended": the reported clause's subject
                name = clean_name(self.masked, m.start(1), m.end(1))
                if name is not None:
                    found.add(self.people.resolve(name.text))
            for m in self.scan.finditer(reporting.VERB):  # "Jane Roe, the MP for X, said"
                subject = self._apposed_subject(m.start())
                if subject is not None:
                    found.add(self.people.resolve(subject))
                low = max(0, m.start() - 120)
                bracketed = (
                    _BRACKETED_SUBJECT.search(self.masked, low, m.start())
                    if self.masked[low : m.start()].rstrip(" \t").endswith(")")
                    else None  # the pattern is tried only where a bracket closes before
                )
                if bracketed is not None:  # "Mayor Tor Roe (Labour) said"
                    name = clean_name(self.masked, bracketed.start(1), bracketed.end(1))
                    if name is not None:
                        found.add(self.people.resolve(name.text))
            self._speakers = frozenset(found)
        return self._speakers

    def _apposed_subject(self, verb: int) -> str | None:
        """The name heading an apposition that ends, with a comma, right before ``verb``
        in the same sentence ("Naomi Pryce, the MP for Arkendale, said")."""
        left = self.masked[max(0, verb - 200) : verb]
        if not left.rstrip().endswith(","):
            return None
        stop = _LAST_SENTENCE_END.search(left)
        sentence = left[stop.end() :] if stop else left
        offset = verb - len(sentence)
        head = _apposition_head(sentence, offset)
        if head is None:  # "Pettifer's solicitor, Andrew Haskins, said": the role's holder
            held = _ROLE_HOLDER.search(sentence)
            head = (offset + held.start(1), offset + held.end(1)) if held else None
        name = clean_name(self.masked, *head) if head else None
        return name.text if name is not None and " " in name.text else None

    def last_organisation(self, position: int, noun: str | None = None) -> Name | None:
        """The last organisation named before ``position``: a name holding an
        organisation's word, or a body the text speaks of as one (see bodies). With
        ``noun`` ("the union"), the last one whose name holds that word comes first
        ("National Union of Mineworkers", not a ministry named after it)."""
        found = self._last_organisation_within(position, noun, _ORGANISATION_REACH)
        if noun is not None and found is None:
            # "the corporation" far from its name is still the one whose name holds it
            farther = self._last_organisation_within(position, noun, _NOUN_REACH)
            return farther or self.last_organisation(position)
        return self._apposition_head(found) if found is not None else None

    def _last_organisation_within(self, position: int, noun: str | None, reach: int) -> Name | None:
        """The last organisation named within ``reach`` before ``position``, by its words
        or as a body (see :meth:`last_organisation`), its name holding ``noun`` if given."""
        named = self.people.last_organisation(position, noun, reach)
        i = bisect_right(self._body_starts, position)
        low = position - reach
        body = next(
            (
                b
                for b in reversed(self.people.bodies[:i])
                if b.end <= position and b.start >= low and holds_word(b.text, noun)
            ),
            None,
        )
        if body is None or (named is not None and named.start >= body.start):
            return named
        return body

    def _apposition_head(self, name: Name) -> Name:
        """The organisation an apposition naming ``name`` describes: "Litio Norandino, a
        subsidiary of Tellurin Resources, rejected the findings … the company said" is
        Litio Norandino speaking, not its parent."""
        low = max(0, name.start - _APPOSITION_REACH)
        of = _OWNER_APPOSITION.search(self.masked, low, name.start)
        if of is None:
            return name
        run = _NAME_RUN_AT_END.search(self.masked, max(0, of.start() - 60), of.start())
        if run is None:
            return name
        leading = _LEADING_NOT_OF_A_NAME.match(self.masked, run.start(), run.end())
        start = leading.end() if leading else run.start()
        if start >= run.end():
            return name
        return Name(start, run.end(), self.masked[start : run.end()], False)

    @cached_property
    def _body_starts(self) -> list[int]:
        """Where the text's bodies start, in order (see :attr:`People.bodies`)."""
        return [b.start for b in self.people.bodies]

    def outlet_at(self, start: int, end: int) -> OutletMention | None:
        """The first outlet named within ``start:end``."""
        if self._outlet_ends is None:
            return next((o for o in self.outlets if o.start < end and start < o.end), None)
        i = bisect_right(self._outlet_ends, start)  # the first ending after ``start``
        return self.outlets[i] if i < len(self.outlets) and self.outlets[i].start < end else None

    def name_at(self, start: int, end: int, proper: bool = False) -> Speaker | None:
        """A speaker written at start:end (a capitalised run, possibly an outlet). A lone
        word that names nobody else in the text counts only when ``proper``: where its
        capital cannot come from a sentence start (a surname: '…,” Roe said')."""
        outlet = self.outlet_at(start, end)
        if outlet is not None:
            after = _POSSESSIVE_NAME.match(self.masked, outlet.end, end)
            if after is not None:  # "the ACLU's Jay Stanley": the person, not the body
                return self.name_at(after.end(), end, proper)
            return Speaker(outlet.name, outlet.start, outlet.end, False)
        name = clean_name(self.masked, start, end)
        if name is None and proper:
            name = title_as_surname(self.masked, start, end)  # '…?” King asked'
        if name is None and rank_and_surname(self.masked[start:end]):
            written = self.masked[start:end]
            resolved = self.people.resolve(written)  # "DSP Karki": the Karki named in full
            if resolved != written:
                return Speaker(resolved, start, end, True)
        if name is None:
            return self._body_at(start, end)
        if body_word_before(self.masked, name.start) is not None:
            # "Citizens for " + "Procurement Integrity": the body's whole name
            begin = _capitalised_before(self.masked, name.start)
            whole = _POSSESSIVE_END.sub("", self.masked[begin : name.end])
            return Speaker(self.people.resolve(whole), begin, begin + len(whole), True)
        if self._body_tail(name, start, end):  # "Climate Action Network Europe"
            whole = _POSSESSIVE_END.sub("", self.masked[start:end])
            return Speaker(whole, start, start + len(whole), True)
        written = _POSSESSIVE_END.sub("", name.text)
        resolved = self.people.resolve_mention(Name(name.start, name.end, written, name.titled))
        # a first name the text gives alone ("identified only as Zaw") names a person
        lone = " " not in resolved and not name.titled and written not in self.people.given_alone
        if lone and (not proper or not any(c.islower() for c in written)):
            # a lone capitalised word ("Critics") that names nobody, or "U.S"; unless the
            # run is a body's name the word was cut from ("Environment" of "Environment
            # Agency"), which ranks below people ('"…," according to the Bronx Times')
            body = self._body_at(start, end)
            return Speaker(body.name, body.start, body.end, False) if body else None
        return Speaker(resolved, name.start, name.start + len(written), True)

    def _body_at(self, start: int, end: int) -> Speaker | None:
        """A body's name of two or more capitalised words ending in an organisation's word,
        written at start:end ("Harnley Green Belt Watch", "West Midlands Police")."""
        words = self.masked[start:end].split()
        if not self._body_words(words) or words[-1].lower() not in organisation_words():
            return None
        return Speaker(self.masked[start:end], start, end, True)

    def _body_tail(self, name: Name, start: int, end: int) -> bool:
        """Whether the run at start:end is a body's name that the name cleaner cut before
        an organisation's word ("Climate Action" of "Climate Action Network Europe"); a
        person's name before it ("Jane Roe Foundation") has a given name."""
        tail = self.masked[name.end : end].lower().split()
        words = self.masked[start:end].split()
        return (
            " " in name.text  # a lone word cut from a body ranks below people (see name_at)
            and any(w in organisation_words() for w in tail)
            and self._body_words(words)
            and not _given_name_before_last(name.text)
        )

    def _body_words(self, words: list[str]) -> bool:
        """Whether capitalised words may be a body's name: two or more, not opening with a
        determiner ("The Board") or a word of a sentence's opening ("As Major himself
        noted"), and not in German, where every noun is capitalised."""
        first = words[0].lower() if words else ""
        return (
            len(words) > 1
            and first not in _DETERMINERS
            and (first not in non_name_words() or first in organisation_words())
            and not german(self.masked)
        )

    def name_after(self, start: int, end: int, proper: bool = False) -> Speaker | None:
        """The name right after a reporting verb that ends at ``start`` ("said Roe", "said
        former minister Roe", "said the city's mayor, Rosa Diaz"), within ``end``."""
        role = reporting.body_role_then_name().match(self.masked, start, end)
        if role is not None:  # "said the Labour Party leader, Keir Starmer"
            holder = self.name_at(role.start(1), role.end(1), proper)
            if holder is not None and holder.person and " " in holder.name:
                return holder
        # "said the union, Unite,": the name set off after a body's noun (no body before it)
        set_off = self._named_after_noun(start, end)
        body = self._body_after(start, end) if set_off is None else None
        if body is not None:
            return body
        sent = _DOCUMENT_FROM_AFTER.match(self.masked, start, end)
        if sent is not None:  # "“…,” read a statement from the company"
            return self._sender(sent, 0)
        for pattern in (_NAME_AFTER, reporting.role_then_name()):
            after = pattern.match(self.masked, start, end)
            if after is not None and _CLAUSE_VERB.match(self.masked, after.end(1)):
                continue  # "said Roe would have to …": the reported clause's subject
            named = self.name_at(after.start(1), after.end(1), proper) if after else None
            if named is not None and not named.person:
                # "says BBC Wales weather presenter Owain Rees": the outlet's person
                role = _ROLE_THEN_NAME.match(self.masked, named.end, end)
                person = self.name_at(role.start(1), role.end(1)) if role else None
                if person is not None and person.person:
                    return person
            if named is not None:
                return named
        if set_off is not None:
            name = Name(set_off.start(2), set_off.end(2), set_off[2], False)
            return self._organisation_named(name)
        noun = _NOUN_THEN_NAME.match(self.masked, start, end)
        if noun is not None and _body_noun(noun.group("noun")):
            noun = None
        held = self.name_at(noun.start(2), noun.end(2), proper) if noun else None
        if held is not None and held.person and len(held.name.split()) >= 2:
            return held
        alone = self._given_alone_after(start, end)
        if alone is not None:  # "said a man who asked to be identified only as Zaw"
            return alone
        spokesperson = reporting.spokesperson_after().match(self.masked, start, end)
        if spokesperson is not None:
            return self._organisation(spokesperson)
        for_body = reporting.spokesperson_for_body_after().match(self.masked, start, end)
        return self._spoken_for(for_body, 0) if for_body else None

    def _named_after_noun(self, start: int, end: int) -> re.Match[str] | None:
        """A body's noun and its name set off after it, right after a reporting verb ("said
        the union, Unite,", "said the company, Acme Holdings, in a statement"); not a phrase
        describing the body ("said the bank, Sweden's largest lender")."""
        noun = _NOUN_THEN_NAME.match(self.masked, start, end)
        if noun is None or not _body_noun(noun.group("noun")):
            return None
        return noun if _APPOSITION_CLOSE.match(self.masked, noun.end(2)) else None

    def _body_after(self, start: int, end: int) -> Speaker | None:
        """A body right after a reporting verb, as "the" and its name ("said the Ministry of
        Economy, Trade and Industry", "said the Harnley Borough Council") or its noun ("said
        the ministry": the last ministry named before)."""
        the = _THE_AFTER.match(self.masked, start, end)
        if the is None:
            return None
        run = NAME_RUN.match(self.masked, the.end(), end)
        if run is not None:
            close = self.people.organisation_end(Name(run.start(), run.end(), run.group(), False))
            words = self.masked[run.start() : close].split()
            if close == run.end() and (
                len(words) < 2 or words[-1].lower() not in organisation_words()
            ):
                return None
            whole = self.masked[run.start() : close]
            return Speaker(self.people.resolve(whole), run.start(), close, True)
        noun = _NOUN_ENDING_TAG.match(self.masked, the.end())  # its stop may lie past ``end``
        if (
            noun is None
            or noun.end() > end
            or noun.group(1) not in reporting.organisation_noun_set()
        ):
            return None
        return self._body_of_noun(start, noun.group(1))

    def _body_of_noun(self, position: int, noun: str) -> Speaker | None:
        """The body a noun after an inverted verb or in a statement's sender stands for: the
        last one named before ``position`` whose name holds the noun ("the union": Unite's
        full name, not the employer), or for a firm's noun ("the company") the last body
        named; else nobody."""
        named = self._last_organisation_within(position, noun, _NOUN_REACH)
        if named is not None:
            return self._organisation_named(self._apposition_head(named))
        if noun not in _FIRM_NOUNS:
            return None
        found = self.last_organisation(position)
        return self._organisation_named(found) if found is not None else None

    def _given_alone_after(self, start: int, end: int) -> Speaker | None:
        """The first name given alone to the unnamed person right after a reporting verb
        ("said a 27-year-old man who asked to be identified only as Zaw"), within ``end``."""
        if not self.people.given_alone or _UNNAMED_LEAD.match(self.masked, start, end) is None:
            return None
        for name in self.people.mentions[bisect_left(self.people.starts, start) :]:
            if name.start >= min(end, start + _GIVEN_ALONE_REACH):
                return None
            if name.text in self.people.given_alone:
                between = self.masked[start : name.start]
                # the cue is the speaker's own ("a man who asked to be identified only as
                # Zaw"), not another person's ("a woman who travelled with a man …")
                if not _ANOTHER_PERSON.search(between):
                    return Speaker(name.text, name.start, name.end, True)
                return None
        return None

    def _named_as(self, sex: str, position: int) -> Name | None:
        """The last person before ``position`` in its paragraph whose given name or title
        says ``sex`` ("Passenger rights advocate Tessa Varga disputed that. “…,” she said");
        in the paragraph before when its own names nobody before ``position`` ("Marta Roe,
        an analyst, estimated …" above "“…,” she told Al Jazeera")."""
        paragraph = self.masked.rfind("\n\n", 0, position) + 1
        found = self.people.last_before(position, paragraph, person=True, sex=sex)
        if found is not None:
            return found if self.people.sex_of(found) == sex else None
        above = self.masked.rfind("\n\n", 0, max(0, paragraph - 2)) + 1
        before = paragraph  # passing over names of no or the other sex, back to ``above``
        while found := self.people.last_before(before, above, person=True, sex=sex):
            if self.people.sex_of(found) == sex:
                return found
            before = found.start  # "Marta Roe, an analyst at the Centre for Studies"
        return None

    def _body_outlet(self, position: int, noun: str, named: Name | None) -> Speaker | None:
        """An outlet that is also an organisation ("The OCCRP said … “…,” the organisation
        said"): named after the last organisation, in the same paragraph, and of a kind
        that "the organisation" or "the group" may stand for (not a newspaper or a wire)."""
        if noun not in _BODY_NOUNS_FOR_OUTLETS:
            return None
        paragraph = self.masked.rfind("\n", 0, position) + 1
        low = max(paragraph, named.end if named is not None else 0)
        first = bisect_left(self._outlet_starts, low)
        for o in reversed(self.outlets[first : bisect_right(self._outlet_starts, position)]):
            if o.end <= position and o.kind in _ORGANISATION_KINDS:
                return Speaker(o.name, o.start, o.end, False)
        return None

    def _organisation(self, spokesperson: re.Match[str]) -> Speaker:
        """The organisation a spokesperson match names: an outlet as registered, else as
        written."""
        group = 1 if spokesperson.group(1) else 2
        start, end = spokesperson.span(group)
        outlet = self.outlet_at(start, end)
        if outlet is not None:
            return Speaker(outlet.name, outlet.start, outlet.end, False)
        return Speaker(self.people.resolve(self.masked[start:end]), start, end, True)

    def person_meant(self, pronoun: str, anchor: int) -> Speaker | None:
        """The person "he" or "she" (``pronoun``) at ``anchor`` stands for: the last one of
        that sex named before, preferring people the text shows speaking."""
        sex = pronoun_sex(pronoun)
        prior = self.people.last_before(
            anchor, 0, self.speakers, person=True, sex=sex
        ) or self.people.last_before(anchor, 0, person=True, sex=sex)
        if prior is None:
            return None
        return Speaker(self.people.resolve_mention(prior, sex), prior.start, prior.end, True)

    def subject_before(self, position: int, floor: int) -> Speaker | None:
        """The subject ending right before ``position`` (a verb), within [floor, position);
        auxiliaries and adverbs before the verb are passed over ("The DVLA also told")."""
        position = _past_preludes(self.masked, floor, position)
        credit = self.masked.rfind("©", floor, position)
        if credit >= 0:  # "Chen Quanguo, party secretary © AP Chinese officials have said":
            after = _CREDIT_AFTER.match(self.masked, credit, position)  # a caption ran in
            floor = after.end() if after else credit + 1
        left = self.masked[floor:position]
        handle = _HANDLE_END.search(left) if "@" in left else None
        if handle is not None:  # "the X account @KabulWatchDaily shared": the account's
            start, end = floor + handle.start(1), floor + handle.end(1)
            return Speaker(self.masked[start:end], start, end, True)
        closed = left.rstrip(" \t").endswith(",")
        # (tried only where a comma closes the stretch, as the patterns need)
        who = _WHO_ASIDE_END.search(left) if closed else None
        aside = _ASIDE_END.search(left) if closed else None
        set_off = [m.start() for m in (who, aside) if m is not None]
        if set_off and reporting.anonymity_cue().search(left, min(set_off)):
            # "A mill owner in Menzel Chaker, who preferred to remain anonymous, told", "An
            # official, speaking on condition of anonymity, said": the unnamed source
            # speaks, not the place, body or person named before the aside
            self.unnamed_tags += 1
            return None
        if aside is not None and _ends_in_document(left, aside.start()):
            # "The audit's summary, prepared by Caribe Assurance Ltd., states": its issuer
            issuer = self._issued_by(floor + aside.start(), position)
            if issuer is not None:
                return issuer
        if aside is not None:  # "The petition, which Bellona has reviewed, states"
            subject = self.subject_before(floor + aside.start(), floor)
            if subject is not None and not _AGENT_BY.search(
                self.masked, max(0, subject.start - 8), subject.start
            ):
                return subject  # not the agent of "A memo obtained by the Courier, dated …,"
        pats = reporting.patterns()
        elided = _ELIDED_SUBJECT.search(left)
        if elided is not None and not (
            _CLAUSE_BREAK if left[elided.start() - 1] != "," else _BREAK_BEFORE_COMMA
        ).search(left, 0, elided.start()):
            # "The judge found no evidence, but said …": the subject opening the sentence
            subject = self.opening_subject(floor, floor + elided.start())
            if subject is not None:
                return subject
        tail = max(0, len(left) - _SUBJECT_TAIL)  # "the Dutch shipping company" is short
        spokesperson = reporting.spokesperson_subject().search(
            self.masked, floor + max(0, len(left) - _SPOKESPERSON_TAIL), position
        )
        if spokesperson is not None and not _NAME_AND_COMMA.search(
            self.masked, floor, spokesperson.start()
        ):  # "A Department for Education spokesperson said", not "Jo Roe, a spokesperson"
            return self._organisation(spokesperson)
        for_body = reporting.spokesperson_for_body().search(left, tail)
        if for_body is not None and not _NAME_AND_COMMA.search(
            self.masked, floor, floor + for_body.start()
        ):  # "Tarn Water Office … a spokeswoman for the agency said"
            spoken_for = self._spoken_for(for_body, floor)
            if spoken_for is not None:
                return spoken_for
        bare = _BARE_SPOKESPERSON.search(left, tail)
        if bare is not None and bare.group(1) in reporting.organisation_noun_set():
            # "A company spokesman said": the last company named, here or before
            named = self.last_organisation(floor + bare.start(), bare.group(1))
            if named is not None:
                return self._organisation_named(named)
        elif bare is not None:  # "Harnley Borough Council said … A spokeswoman said"
            found = self.paragraphs_organisation(floor + bare.start())
            if found is not None:
                return found
        it = _IT_END.search(left, tail)
        if it is not None:  # "PayNidhi urged customers … It said it had …"
            issuer = self._document_it(floor + it.start())
            if issuer is not None:  # "The letter … is signed by X. It instructs …"
                return issuer
            return self.paragraphs_organisation(floor + it.start())
        named_body = self._named_body(left, floor)  # "The Oregon Health Authority said"
        if named_body is not None:
            return named_body
        which = _WHICH_END.search(left)
        if which is not None:  # "according to the union, which called the amount "…""
            body = reporting.organisation_subject().search(left, tail, which.start())
            named = self.last_organisation(floor + body.start(), _noun(body)) if body else None
            if named is not None:
                return self._organisation_named(named)
        sent = _DOCUMENT_FROM_END.search(left, tail)
        if sent is not None:  # "“…,” a statement from the company said"
            sender = self._sender(sent, floor)
            if sender is not None:
                return sender
        personal = reporting.personal_document_subject().search(left, tail)
        if personal is not None:  # "“We are proud …,” his statement said": the last "he"
            meant = self.person_meant(
                "he" if personal.group(1).lower() == "his" else "she", floor + personal.start()
            )
            if meant is not None:
                return meant
        document = reporting.document_subject().search(left, tail)
        if document is not None:  # "The district posted a statement … “…,” the post read"
            issuer = self.issuer(floor + document.start(), document.group().split()[-1])
            if issuer is not None:
                return issuer
        authored = authored_subject().search(left, tail)
        if authored is not None:  # "“…,” the report states": who wrote the report
            author = document_author(self, authored, floor)
            if author is not None:
                return author
        member = self._member_of_body(left, floor)
        if member is not None:  # "Antonio Ferri of the rescuers' union said"
            return member
        body = reporting.organisation_subject().search(left, tail)
        if body is not None and _PREPOSITION_END.search(left, 0, body.start() + 1):
            return None  # "A source close to the union told": the union is no subject
        if body is not None:  # "the company said": the organisation named before
            noun = _noun(body)
            named = self.last_organisation(floor + body.start(), noun)
            outlet = self._body_outlet(floor + body.start(), noun, named)
            if outlet is not None:
                return outlet
            if named is not None:
                return self._organisation_named(named)
        who = pats["who_end"].search(left)
        pronoun = who or pats["pronoun_end"].search(left)
        if pronoun is not None:
            anchor = floor + pronoun.start()
            lower = floor if who else 0
            # "he" after a person named earlier in its own sentence is that person; else the
            # last person named before, preferring people the text shows speaking
            # "he" or "she" (not "the minister") never stands for a place or an organisation
            word = pronoun.group(0).split()[-1].lower()
            person = word in reporting.person_pronouns()
            sex = pronoun_sex(word) if person else None  # "she" is not Sean Kilbride
            titled = None if who or person else self.people.titled_as(word, anchor)
            if not (who or person or titled) and _introduced_unnamed(self.masked, word, anchor):
                self.unnamed_tags += 1  # "a former manager, who spoke on condition …" …
                return None  # … "the manager said": that unnamed source, not the last name
            prior = (
                titled
                or (None if who else self.people.last_before(anchor, floor, person=person, sex=sex))
                or (self._named_as(sex, anchor) if sex else None)
            )
            prior = prior or self.people.last_before(
                anchor, lower, self.speakers, person=person, sex=sex
            )
            if prior is None or self._bylines.covers(prior.start):
                return None  # "By Jo Roe … A worker was angry. “…,” he said": not the writer
            if not who and prior.end <= floor:
                cue = reporting.anonymity_cue().search(self.masked, prior.end, anchor)
                if cue is not None and self.masked[prior.end : cue.start()].strip() != ", who":
                    return None  # "a teacher who asked not to be named … she said"
            return Speaker(self.people.resolve_mention(prior, sex), prior.start, prior.end, True)
        first = bisect_left(self._outlet_starts, floor)
        for o in reversed(self.outlets[first : bisect_right(self._outlet_starts, position)]):
            if o.end <= position and not self.masked[o.end : position].strip(" *_,"):
                return Speaker(o.name, o.start, o.end, False)
        stripped = _strip_trailer(left)
        run = _NAME_AT_END.search(stripped)
        # after a comma its capital is a name's, not a sentence's ("one worker, identified
        # only by her first name, Felismina, told")
        proper = (
            run is not None
            and stripped[: run.start()].rstrip().endswith(",")
            and _may_be_first_name(self.masked, run.group())
        )
        ending = self.name_at(floor + run.start(), floor + run.end(), proper) if run else None
        after_role = _after_role_word(stripped, run)
        if ending is None and run is not None and after_role:
            # "…, witness Mirela Šahinović said": a role's word right before a full name
            start, end = floor + run.start(), floor + run.end()
            ending = Speaker(self.masked[start:end], start, end, True)
        person = ending is not None and (_given_name_before_last(ending.name) or after_role)
        head = _apposition_head(left, floor)
        # a name heading a lower-case apposition ("Jane Roe, a lecturer at …,"); in "In a
        # statement to CBC News, Lumen Health said" the name is no head
        lower_head = head if head and _LOWER_APPOSITION.match(self.masked, head[1]) else None
        if lower_head and not person:
            # "Jane Roe, a lecturer at the University of Leeds, said": the stretch ends in a
            # body inside the apposition, so the name heading it is the subject
            holder = self.name_at(*lower_head)
            if holder is not None and holder.person:
                return holder
        if head and not lower_head and not person and self._is_persons(*head):
            # "Dr Jane Roe, Consultant in Public Health at the Agency, said": a job title in
            # capitals after a person's name; the body ending it is her employer
            holder = self.name_at(*head)
            if holder is not None and holder.person:
                return holder
        body = None if person else _listed_body_at_end(stripped) or _BODY_AT_END.search(stripped)
        if body is not None and not organisation_words().intersection(
            body.group(0).lower().split()
        ):
            body = None  # "Leader of Opposition Devendra Sikarwar": a title and a name
        if body is not None and _OBJECT_BEFORE.search(left, 0, body.start()):
            return None  # "a letter sent to the state's Office of … accused": no subject
        if body is not None and run is not None and body.start() < run.start():
            # "the state's Department of Water and Environmental Regulation said": the whole
            # name, joined by "of" and "and", not its last words (a person's name ending the
            # stretch is the subject: "US Attorney for Massachusetts Joshua Levy said")
            start, end = floor + body.start(), floor + body.end()
            the = _LEADING_THE.match(self.masked, start, end)
            start = the.end() if the else start  # "The Department for Transport said"
            return Speaker(self.masked[start:end], start, end, True)
        if ending is not None:
            return ending
        if run is None:
            if head is None:
                return None
            heading = self.name_at(*head)
            if heading is None and lower_head is not None and self._body_by_apposition(*head):
                # "ETAPA, the municipal water utility, said", "Jadrolinija, the state ferry
                # operator, said": an acronym or a word a body's apposition describes
                return Speaker(self.masked[head[0] : head[1]], head[0], head[1], True)
            return heading
        # "Jane Roe, a spokesperson for the Harbour Trust, said": the stretch ends in a body,
        # not a person, so the name heading the apposition is the subject
        if lower_head:
            return self.name_at(*lower_head)
        # "…, Lumen Health said": a body of two or more capitalised words opening its clause
        # (not in German, where every noun is capitalised: "Der Vorstandschef räumte ein")
        if _opens_clause(left[: run.start()]) and self._body_words(run.group(0).split()):
            start, end = floor + run.start(), floor + run.end()
            return Speaker(self.masked[start:end], start, end, True)
        return None

    def _sender(self, sent: re.Match[str], floor: int) -> Speaker | None:
        """Who a statement came from (a :data:`_SENT_BY` match, its groups offset by
        ``floor``): the body or person it names, or the body named before whose noun it
        gives ("a statement from the company")."""
        if sent.group("name"):
            start, end = floor + sent.start("name"), floor + sent.end("name")
            joined = _JOINED_NAME.search(self.masked, start, end)
            head = self.masked[start : joined.start()].split() if joined else []
            if head and (head[-1].lower() in organisation_words() or head[-1] in _PLACE_BODIES):
                # "a statement from the Town of Hamburg": a body's name in full
                return Speaker(self.people.resolve(self.masked[start:end]), start, end, True)
            if joined is not None:  # "a statement from Jane Roe of Minneapolis": the person
                end = joined.start()
            return self.name_at(start, end, True)
        noun = sent.group("noun")
        if noun not in reporting.organisation_noun_set():
            return None
        return self._body_of_noun(floor + sent.start("noun"), noun)

    def _body_by_apposition(self, start: int, end: int) -> bool:
        """Whether ``masked[start:end]`` is an acronym ("ETAPA") or a single capitalised word
        naming no person ("Jadrolinija") whose apposition, up to its comma, names a kind of
        body ("the municipal water utility")."""
        acronym = _ACRONYM.fullmatch(self.masked, start, end) is not None
        word = self.masked[start:end]
        lone = (
            _LONE_WORD.fullmatch(word) is not None
            and self.people.resolve(word) == word
            # "However, the company, which …,": a sentence's adverb, no name
            and word.lower() not in non_name_words()
            and word.lower() not in lower_words(self.masked)
        )
        if not acronym and not lone:
            return False
        comma = self.masked.find(",", end + 1, end + _APPOSITION_REACH)
        words = self.masked[end + 1 : comma].lower().split() if comma > 0 else []
        # headed by a body's noun ("the municipal water utility"), not a clause ("The CEO,
        # who joined the firm in 2019,"); a word's apposition holds no phrase after the noun
        # ("Roe, the former head of the company," is a person)
        return (
            len(words) >= 2
            and words[0] in ("the", "a", "an")
            and words[-1] in reporting.organisation_noun_set()
            and (acronym or _PHRASE_OPENERS.isdisjoint(words))
        )

    def _member_of_body(self, left: str, floor: int) -> Speaker | None:
        """A person named before "of"/"from"/"at" and their body, ending ``left`` (the
        stretch from ``floor``): "Antonio Ferri of the union SAS". Not one a preposition or
        a possessive puts in another's phrase ("the daughter of Jane Roe at the hospital")."""
        if " of " not in left and " from " not in left and " at " not in left:
            return None
        begin = max(0, len(left) - 160)
        # the first name followed by its body, or a later one whose "of" is an earlier
        # title's ("Additional Superintendent of Police Jasim Uddin Mollah of CID's …")
        previous: re.Match[str] | None = None
        while (found := _PERSON_OF_BODY.search(left, begin)) is not None:
            begin = found.end(1)
            titled = (
                previous is not None
                and _JOIN_ONLY.fullmatch(left, previous.end(1), found.start(1)) is not None
                and previous.group(1).split()[-1].lower() in title_words()
            )
            if not titled and _PREPOSITION_END.search(left, 0, found.start(1)):
                return None  # "the daughter of Jane Roe at the hospital", "Fans of …"
            previous = found
            if left[: found.start(1)].rstrip().endswith(("’s", "'s")):
                return None
            named = self.name_at(floor + found.start(1), floor + found.end(1))
            if named is None or not named.person:
                continue
            return named if _given_name_before_last(named.name) or _plain_name(named.name) else None
        return None

    def _organisation_named(self, named: Name) -> Speaker:
        """The organisation whose name ``named`` opens, its closing organisation word
        included ("Marlow Water Supply" + " Corporation")."""
        end = self.people.organisation_end(named)
        start = _capitalised_before(self.masked, named.start)
        return Speaker(self.people.resolve(self.masked[start:end]), start, end, True)

    def issuer(self, position: int, noun: str) -> Speaker | None:
        """Who issued the document standing as a subject at ``position`` ("the post"): when
        the last document mentioned before it (within _ISSUER_REACH), or else the document
        the same ``noun`` names (read back over "the claim" to "a claim"), is an issuing
        verb's object, that verb's subject ("The district posted a statement", "Roe sent a
        letter", "Roe filed a statement of claim … The statement of claim says … the claim
        reads"); else None ("In a statement, the district said": read as it stands)."""
        low = max(0, position - _ISSUER_REACH)
        own = reporting.document_mention().match(self.masked, position)
        if own is not None:  # "The memo, dated Oct. 29 and signed by an inspector of X, says"
            issued_by = self._issued_by(own.end(), len(self.masked))
            if issued_by is not None:
                return issued_by
        mentions = list(reporting.document_mention().finditer(self.masked, low, position))
        same = [m for m in mentions if m.group().split()[-1].lower() == noun.lower()]
        verb = None
        for mention in dict.fromkeys(mentions[-1:] + same[::-1]):
            issued_by = self._issued_by(mention.end(), position)
            if issued_by is not None:  # "The post, first shared on a page called Veld Watch"
                return issued_by
            verb = reporting.issuing_verb_end().search(
                self.masked, max(low, mention.start() - _ISSUING_VERB_REACH), mention.start()
            )
            if verb is not None:
                break
            words = mention.group().lower().split()
            if words[0] in ("a", "an") and words[-1] == noun.lower():
                said = _SAID_IN_END.search(
                    self.masked, max(low, mention.start() - 40), mention.start()
                )
                if said is not None and reporting.issued_by_next().match(
                    self.masked, mention.end()
                ):
                    return None  # "rejected claims in a statement issued by the union"
                if said is not None:  # "The club said in an Instagram post that …"
                    sentence = _LAST_SENTENCE_END.search(self.masked, low, said.start())
                    return self.subject_before(said.start(), sentence.end() if sentence else low)
                # "In a statement, the district said …": the statement is the district's
                return self._stating(mention.start(), mention.end(), position)
        if verb is None:
            return None
        sentence = _LAST_SENTENCE_END.search(self.masked, low, verb.start())
        return self.subject_before(verb.start(), sentence.end() if sentence else low)

    def _document_it(self, position: int) -> Speaker | None:
        """Who issued the document an "it" at ``position`` stands for: one opening the
        sentence before ("The letter, dated …, is signed by X. It instructs …")."""
        low = max(0, position - _ISSUER_REACH)
        mentions = list(reporting.document_mention().finditer(self.masked, low, position))
        if not mentions:
            return None
        mention = mentions[-1]
        opens = _SENTENCE_OPENING_END.search(
            self.masked, max(0, mention.start() - 4), mention.start()
        )
        between = [
            m
            for m in _SENTENCE_BREAK.finditer(self.masked, mention.end(), position + 1)
            if not is_abbreviation(self.masked, m.start())
        ]
        if (mention.start() > 0 and opens is None) or len(between) != 1:
            return None
        if mention.group().split()[0].lower() not in ("the", "this", "that"):
            return None
        return self._issued_by(mention.end(), position)

    def opening_subject(self, floor: int, position: int) -> Speaker | None:
        """The subject opening the sentence at ``floor``, its verb before ``position``."""
        opening = _OPENING_SUBJECT.match(self.masked, floor, position)
        if opening is None or opening.end() >= position:
            return None
        subject = self.subject_before(opening.end(), floor)
        if subject is None and opening.group(1):  # "The regional" + " administration"
            # only over the noun phrase: up to its organisation noun, never past a word
            # that opens an object ("The inquiry blamed the company": no subject)
            end = opening.end()
            while end < opening.end() + _OPENING_NOUN_REACH:
                word = _NEXT_WORD.match(self.masked, end, position)
                if word is None or word.group(1).lower() in _PHRASE_BREAKS:
                    break
                end = word.end()
                if word.group(1).lower() in reporting.organisation_noun_set():
                    return self.subject_before(end, floor)
        return subject

    def _issued_by(self, end: int, limit: int) -> Speaker | None:
        """Who issued the document whose mention ends at ``end``, named after it before
        ``limit`` (see :func:`reporting.issued_by_after`), or None."""
        issued = reporting.issued_by_after().match(self.masked, end, limit)
        if issued is None:
            return None
        at = issued.end()
        owner = _OWNER_NOUN.match(self.masked, at, limit)
        if owner is not None:  # "prepared by the ministry's Health Care Department"
            noun = owner.group(1).lower()
            if noun not in reporting.organisation_noun_set():
                return None
            body = self.last_organisation(owner.start(), noun)
            return self._organisation_named(body) if body is not None else None
        if issued.group("page"):  # "a Facebook page called Veld Watch Daily": a name
            run = _ISSUER_NAME.match(self.masked, at, limit)
            if run is None:
                return None
            named = self.name_at(run.start(), run.end(), proper=True)
            return named or Speaker(run.group(), run.start(), run.end(), True)
        place = _PLACE_THEN_NOUN.match(self.masked, at, limit)
        if place is not None and place.group(1) in reporting.organisation_noun_set():
            # "prepared by the Conakry firm Cabinet Diakité": the noun says a body follows
            run = _ISSUER_NAME.match(self.masked, place.end(), limit)
            if run is not None:
                outlet = self.outlet_at(run.start(), run.end())
                if outlet is not None:
                    return Speaker(outlet.name, outlet.start, outlet.end, False)
                return Speaker(run.group(), run.start(), run.end(), True)
        author = author_at(self, at)
        if author is not None and issued.group("member") and not self._is_body(author):
            return None  # "sent by a friend of Maria Lopez": a person's friend, no body
        if (
            author is not None
            and _POSSESSIVE_AFTER.match(self.masked, author.end)
            and not self._is_body(author)
        ):  # "written by Jane Roe's lawyers": her lawyers, unnamed (a body's unit is its own)
            return None
        return author

    def _is_body(self, speaker: Speaker) -> bool:
        """Whether a speaker is an outlet or an organisation by its words."""
        return not speaker.person or not organisation_words().isdisjoint(
            speaker.name.lower().split()
        )

    def _spoken_for(self, for_body: re.Match[str], offset: int) -> Speaker | None:
        """The organisation a :func:`reporting.spokesperson_for_body` match (found at
        ``offset`` in the masked text) reads back to by its noun, or None."""
        body = self.last_organisation(offset + for_body.start(), for_body.group(1))
        return self._organisation_named(body) if body is not None else None

    def _stating(self, start: int, end: int, position: int) -> Speaker | None:
        """The subject of "In <the document at start:end>, X said", its verb before
        ``position``; None when the document is not so introduced."""
        if not _IN_BEFORE.search(self.masked, max(0, start - 4), start):
            return None
        comma = _COMMA_AFTER.match(self.masked, end)
        if comma is None:
            return None
        verb = reporting.patterns()["verb"].search(self.masked, end, position)
        if verb is None or _LAST_SENTENCE_END.search(self.masked, end, verb.start()):
            return None
        return self.subject_before(verb.start(), comma.end())

    def paragraphs_organisation(self, position: int) -> Speaker | None:
        """The organisation a spokesperson or "it" at ``position`` speaks for: the last one
        named before it in its paragraph, or before the paragraph when the paragraph speaks
        of it as "the company" ("The company denied … “…,” a spokesperson said"): then the
        last one whose name holds that noun ("The authority did not tell its customers. Its
        annual report said": the authority, not a state named after it)."""
        paragraph = self.masked.rfind("\n\n", 0, position) + 1
        named = self.last_organisation(position)
        if named is not None and named.start < paragraph:
            spoken_of = reporting.organisation_mention().search(self.masked, paragraph, position)
            if spoken_of is None:
                return None
            named = self.last_organisation(position, spoken_of.group().split()[-1].lower())
        elif named is not None:
            # "Medisan Trade LLC … “…,” the ministry said. It added": the body last spoken
            # of as "the ministry" after the last one named, when that name lacks the noun
            spoken = [
                m
                for m in reporting.organisation_mention().finditer(self.masked, named.end, position)
                if _SPEAKS_AFTER.match(self.masked, m.end())
            ]
            noun = spoken[-1].group().split()[-1].lower() if spoken else None
            if noun is not None and noun not in named.text.lower().split():
                named = self.last_organisation(position, noun) or named
        if named is None:
            return None
        end = self.people.organisation_end(named)
        start = _capitalised_before(self.masked, named.start)
        return Speaker(self.masked[start:end], start, end, True)

    def _is_persons(self, start: int, end: int) -> bool:
        """Whether the name at start:end is a person's: written after a title ("Dr") or
        opening with a given name."""
        name = clean_name(self.masked, start, end)
        return name is not None and (name.titled or is_given_name(name.text.split()[0]))

    def _named_body(self, left: str, floor: int) -> Speaker | None:
        """A body named as the subject opening its clause, right before the verb: "The
        Oregon Health Authority said", "In a statement, the FBI said", "The FBI's Portland
        field office said" (the FBI)."""
        if german(self.masked):
            return None  # every noun is capitalised: "(OMR berichtete)" is no subject's
        found = reporting.named_body_subject().search(left)
        if found is None or not _opens_clause(left[: found.start()], left[found.start() :]):
            return None
        group = next(g for g in (1, 2, 3, 4) if found.group(g))
        start, end = floor + found.start(group), floor + found.end(group)
        outlet = self.outlet_at(start, end)
        if outlet is not None:
            return Speaker(outlet.name, outlet.start, outlet.end, False)
        return Speaker(self.people.resolve(self.masked[start:end]), start, end, True)


# A clause set off by commas between a subject and its verb that says what was done to the
# subject or adds to it ("The petition, which Bellona has reviewed, states", "The report,
# seen by the Courier, says", "Jo Roe, in a statement quoted by the Courier, said").
_ASIDE_END = re.compile(
    r",[ \t]*(?:which|seen|obtained|reviewed|viewed|read|published|released|filed|dated|sent"
    r"|signed|shared|leaked|quoted|speaking|requesting|asking|preferring|wishing|talking|mailed"
    r"|posted|issued|prepared|compiled|written"
    r"|produced|submitted|presented|circulated|distributed|drafted"
    r"|(?:in|on|during)[ \t]+(?:a|an|the|his|her|its|their)"
    r")\b[^,;:\n]{0,120},[ \t]*$"
)


# A "who" clause set off by commas, ending a stretch before its verb.
_WHO_ASIDE_END = re.compile(r",[ \t]*who\b[^,;\n]{1,100},[ \t]*$")


# A name with a party, place or age in brackets, ending right before a verb ("Tor Roe
# (Labour) said"); the name is group 1.
_BRACKETED_SUBJECT = re.compile(rf"({NAME_RUN.pattern})[ \t]+\([^()\n]{{1,40}}\)[ \t]+$")


def _body_noun(noun: str) -> bool:
    """Whether a noun names a body, never a person's role ("supplier", "union")."""
    return noun in _BODY_NOUNS or noun in reporting.organisation_noun_set()


def _listed_body_at_end(stretch: str) -> re.Match[str] | None:
    """A body's name listing its remits ending ``stretch`` ("the Ministry of Labour,
    Employment and Social Protection"), not several bodies listed."""
    if "," not in stretch:
        return None
    found = _LISTED_BODY_AT_END.search(stretch)
    if found is None or not remits_only(found.group("head"), found.group("listed")):
        return None
    return found


def _ends_in_document(left: str, end: int) -> bool:
    """Whether ``left[:end]`` ends in a document's mention ("the auditor's summary", "the
    statement")."""
    return bool(
        authored_subject().search(left, 0, end) or reporting.document_subject().search(left, 0, end)
    )


_AGENT_BY = re.compile(r"\bby[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


# A discourse adverb set off by commas between a subject and its verb ("She, however,
# called for", "The union, for its part, said").
_ADVERB_ASIDE_END = re.compile(
    r"(?<=\w),[ \t]*(?i:however|meanwhile|too|though|in\s+turn|in\s+response"
    r"|for\s+(?:her|his|its|their)\s+part)[ \t]*,[ \t]*$"
)


def _past_preludes(masked: str, floor: int, position: int) -> int:
    """``position`` moved back over the auxiliaries, adverbs and phrases of time right
    before it, at most two ("has also said", "on Wednesday said"), keeping the white space
    after the subject."""
    preludes = reporting.verb_preludes()
    for _ in range(2):
        aside = _ADVERB_ASIDE_END.search(masked, max(floor, position - _PRELUDE_REACH), position)
        if aside is not None and aside.start() > floor:  # "She, however, called for"
            position = aside.start()
            continue
        phrase = reporting.verb_prelude_phrase().search(
            masked, max(floor, position - _PRELUDE_REACH), position
        )
        if phrase is not None and phrase.start() > floor:
            position = phrase.start() + 1
            continue
        end = position
        while end > floor and masked[end - 1] in " \t":
            end -= 1
        start = end
        while start > floor and masked[start - 1].isalpha():
            start -= 1
        if start in (end, floor) or masked[start - 1] not in " \t":
            break
        if masked[start:end].lower() not in preludes:
            break
        position = start
    return position


def _given_name_before_last(name: str) -> bool:
    """Whether a word before a name's last is a given name ("Jane Roe", "Ana María Roe"):
    a person's name, not a body's ("Marlow Water")."""
    return any(is_given_name(w) for w in name.split()[:-1])


def _may_be_first_name(masked: str, word: str) -> bool:
    """Whether a lone capitalised word after a comma may be someone's name ("Felismina"):
    not a plural ("Witnesses", "Critics") nor a word the text also writes in lower case."""
    low = word.lower()
    if is_given_name(low):
        return True
    if low.endswith("s") or low in non_name_words():
        return False
    return next(bounded_spans(masked, low), None) is None


def _plain_name(name: str) -> bool:
    """Whether ``name`` is two or three capitalised words, none a body's word: a person's
    name whatever its given name ("Chilufya Mwale" of the institute), not a body's
    ("Marlow Water Board", "Bank" of England)."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in organisation_words() for w in words
    )


_MAX_HEADING_WORDS = 8


def _opens_clause(before: str, after: str = "") -> bool:
    """Whether what follows ``before`` opens a clause: nothing before it, a clause mark, or
    a capital opening the line below a short heading that opens the stretch ("Schools
    closed, markets to shut early" / "The Punjab government"; not a hard-wrapped line)."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in _CLAUSE_MARKS:
        return True
    line_end = before.rstrip(" \t")
    heading = line_end[:-1]
    return (
        line_end.endswith("\n")
        and after[:1].isupper()
        and "\n" not in heading
        and len(heading.split()) <= _MAX_HEADING_WORDS
    )


# A reporting verb right after a body's noun: "the ministry said", "the company added".
_SPEAKS_AFTER = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:said|says|added|announced|stated|told|wrote|noted)\b"
)
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][\w-]*)[ \t]+\Z")


def _after_role_word(stretch: str, run: re.Match[str] | None) -> bool:
    """Whether the name ``run`` ending ``stretch`` is two or three words after a role's
    lower-case word ("witness Mirela Šahinović", "businessman Adnan Roe")."""
    if run is None or not 2 <= len(run.group().split()) <= 3:
        return False
    word = _WORD_BEFORE.search(stretch, 0, run.start())
    return word is not None and word.group(1) in reporting.role_noun_set()


def _apposition_head(stretch: str, offset: int) -> tuple[int, int] | None:
    """Where the name heading an apposition at the end of ``stretch`` (which starts at
    ``offset``) is written: "Jane Roe, director of the institute, who leads the study,"."""
    stripped = _strip_trailer(stretch)
    found = _APPOSITION.search(stripped)
    # "In March, Jane Roe, head of sales, told …": a time or place after a preposition
    # opens the clause; the name heading the apposition comes after it
    while found is not None and (
        _SETTING_BEFORE.search(stripped, 0, found.start(1))
        or _SETTING_HEAD.match(stripped, found.start(1))
    ):
        found = _APPOSITION.search(stripped, found.end(1))
    if found is None:
        return None
    the = _LEADING_THE.match(stretch, found.start(1), found.end(1))  # "The Environment Agency,"
    return offset + (the.end() if the else found.start(1)), offset + found.end(1)


def _strip_trailer(left: str) -> str:
    """``left`` without a trailing comma and a short parenthetical ("Ana Silva (AP), ").

    Done by hand: the equivalent regex backtracks quadratically on long white space.
    """
    text = left.rstrip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    if text.endswith(")"):
        opening = text.rfind("(")
        inner = text[opening + 1 : -1]
        if opening >= 0 and len(inner) <= 60 and ")" not in inner:
            text = text[:opening].rstrip()
    return text


def _written(masked: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` is written as whole words in ``masked``."""
    return list(whole_word_spans(masked, name, joiners="-"))
