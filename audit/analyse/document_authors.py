"""Who wrote a document that a text quotes: the author it names where it brings the
document in ("A 2025 review by the Ministry of Works, Transport and Infrastructure … The
review described the equipment as “…”", "The report, a copy of which is available with
Dawn, was prepared by Junejo Rizvi Chartered Accountants … “…,” the report states").

A document obtained, seen or reviewed by someone is not theirs: only "by" right after the
document, or after a verb of writing, names its author; "its report" is the organisation's
the paragraph speaks of.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from audit.analyse import lexicons
from audit.analyse.full_names import ACRONYM
from audit.analyse.people import NAME_RUN, organisation_words
from audit.analyse.reporting import ORGANISATION_NAME

if TYPE_CHECKING:
    from audit.analyse.speakers import Speaker, SpeakerContext

# How far back from "the report states" the report's author is looked for.
_AUTHOR_REACH = 4000
# What may stand between a document and "by" naming its author: an aside in commas, then
# "was prepared", "written", … ("The report, a copy of which is available with Dawn, was
# prepared by"); no other verb ("obtained by", "seen by" name no author).
_AUTHORED_BY = (
    r"(?:[ \t]*,[^,;.\n]{1,80},)?[ \t]+(?:(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+)?"
    r"(?:(?:prepared|written|compiled|produced|conducted|carried[ \t]+out|drafted|authored"
    r"|published|issued|released|signed)[ \t]+)?(?:by|from)[ \t]+(?:the[ \t]+)?"
)
_AUTHORED_AFTER = re.compile(rf"{_AUTHORED_BY}(?=[A-Z])")
# The same after a document a quote's verb names, set off by a comma, with the author's
# role in lower case before the name ("“…,” reads the warrant, signed by deputy prosecutor
# Elena Castori").
_SIGNED_AFTER = re.compile(rf"[ \t]*,{_AUTHORED_BY}(?:[a-z][\w-]*[ \t]+){{0,3}}(?=[A-Z])")
# An organisation's name and, where it holds "of", a list its name goes on with ("Ministry
# of Works, Transport and Infrastructure").
_BODY_NAME = re.compile(
    rf"{ORGANISATION_NAME}(?:(?:,[ \t]+[A-Z][\w&-]*+)*,?[ \t]+(?:and|&)[ \t]+[A-Z][\w&-]*+)?"
)
_CONNECTOR_END = re.compile(r"[ \t]+(?:for|of|and|the|&)$")
# A possessor right before a document ("Roe's memo", "the agency's 2024 audit") and "its"
# or "their" there (the organisation the paragraph speaks of).
_POSSESSOR_END = re.compile(rf"({NAME_RUN.pattern})[’']s[ \t]+(?:[a-z0-9][\w’'-]*[ \t]+){{0,3}}$")
_ITS_END = re.compile(r"\b(?i:its|their)[ \t]+(?:[a-z0-9][\w’'-]*[ \t]+){0,3}$")
_INDEFINITE_END = re.compile(r"\b(?i:an?)[ \t]+(?:[\w’'-]+[ \t]+){0,3}$")
# A body's name as an adjective between "a" and the document ("a DWNP situation report").
_ATTRIBUTIVE_END = re.compile(
    r"\b(?i:an?)[ \t]+((?:[A-Z][\w&’'-]*[ \t]+)+)(?:[a-z][\w-]*[ \t]+){0,2}$"
)


@cache
def _nouns() -> str:
    """The lexicon's documents that have authors, as one alternation."""
    return lexicons.words_trie(lexicons.load("reporting")["authored_documents"])


_ANY_GAP = r"\s+"
_LINE_GAP = r"[ \t]+"


def _document(gap: str) -> str:
    """ "the report", "the 148-page report", "its annual report", its words apart by
    ``gap``: the determiner is group 1, the noun group 2."""
    return rf"((?i:the|its|their)){gap}(?:[a-z0-9][\w’'-]*{gap}){{0,3}}?((?i:{_nouns()}))"


@cache
def authored_subject() -> re.Pattern[str]:
    """ "the report", "the 148-page report", "its annual report" ending a stretch: an
    authored document standing as a quote's subject (issued ones, "the post", "the letter",
    are reporting.document_subject's); the determiner is group 1, the noun group 2."""
    return re.compile(rf"(?:^|[,;:—–]|\s)\s*{_document(_ANY_GAP)}\s*$")


@cache
def _mention() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{_nouns()})\b")


@cache
def _named_after_verb() -> re.Pattern[str]:
    """ "the warrant", "its report" right after a quote's verb ("“…,” reads the warrant"),
    with the determiner as group 1 and the noun as group 2, as :func:`authored_subject`."""
    return re.compile(rf"{_LINE_GAP}{_document(_LINE_GAP)}\b")


def author_after_verb(ctx: SpeakerContext, start: int, end: int) -> Speaker | None:
    """The author of a document written as the subject after a quote's verb, which ends at
    ``start`` ("“…,” reads the warrant, signed by deputy prosecutor Elena Castori"; "“…,”
    says the report" of a review by a ministry), within ``end``; else None."""
    document = _named_after_verb().match(ctx.masked, start, end)
    if document is None:
        return None
    signed = _SIGNED_AFTER.match(ctx.masked, document.end(), end)
    if signed is not None:
        author = author_at(ctx, signed.end())
        if author is not None:
            return author
    return document_author(ctx, document, 0)


def author_at(ctx: SpeakerContext, start: int) -> Speaker | None:
    """The author named at ``start`` (after "by"): an outlet, an organisation's whole name
    (its closing words joined by "of" and "and" included), a person, or an acronym the text
    spells out."""
    from audit.analyse.speakers import Speaker

    outlet = ctx.outlet_at(start, start + 1)
    if outlet is not None:
        return Speaker(outlet.name, outlet.start, outlet.end, False)
    body = _BODY_NAME.match(ctx.masked, start)
    if body is not None:
        text = _CONNECTOR_END.sub("", body.group())
        words = text.lower().split()
        if len(words) > 1 and organisation_words().intersection(words):
            return Speaker(text, start, start + len(text), True)
    run = NAME_RUN.match(ctx.masked, start)
    if run is None:
        return None
    return ctx.name_at(run.start(), run.end()) or spelt_out_acronym(ctx, run.start(), run.end())


def spelt_out_acronym(ctx: SpeakerContext, start: int, end: int) -> Speaker | None:
    """The acronym at start:end when the text spells it out in brackets ("Department of
    Wildlife and National Parks (DWNP)"), which speakers resolve; else None ("US", "TV")."""
    from audit.analyse.speakers import Speaker

    written = ctx.masked[start:end].strip()
    if ACRONYM.fullmatch(written) and f"({written})" in ctx.text:
        return Speaker(written, start, start + len(written), True)
    return None


def attributive_author(ctx: SpeakerContext, start: int, end: int) -> Speaker | None:
    """The body named at start:end as an adjective before a document ("DWNP" of "a DWNP
    situation report"): a registered outlet or an acronym the text spells out; else None
    ("a US report", "a New Year review")."""
    from audit.analyse.speakers import Speaker

    outlet = ctx.outlet_at(start, start + 1)
    if outlet is not None and outlet.end <= end + 1:
        return Speaker(outlet.name, outlet.start, outlet.end, False)
    return spelt_out_acronym(ctx, start, end)


@cache
def attributive_before_document() -> re.Pattern[str]:
    """ "a DWNP situation report": an article, a body's capitalised name (group 1) and up
    to two lower-case words before an authored document, matched where it starts."""
    return re.compile(
        rf"(?i:an?|the)[ \t]+((?:[A-Z][\w&’'-]*[ \t]+)+?)(?:[a-z][\w-]*[ \t]+){{0,2}}"
        rf"(?i:{_nouns()})\b"
    )


def document_author(ctx: SpeakerContext, subject: re.Match[str], offset: int) -> Speaker | None:
    """The author of the document a :func:`authored_subject` match (found at ``offset`` in
    the masked text) stands for: "its report" is the paragraph's organisation's; else the
    author named at the document's last mention by the same noun that names one, read
    back no further than the mention bringing it in ("a report", "an audit")."""
    determiner = subject.group(1).lower()
    at = offset + subject.start(1)
    if determiner != "the":
        return ctx.paragraphs_organisation(at)
    noun = subject.group(2).lower()
    masked = ctx.masked
    low = max(0, at - _AUTHOR_REACH)
    mentions = [m for m in _mention().finditer(masked, low, at) if m.group().lower() == noun]
    for mention in reversed(mentions):
        after = _AUTHORED_AFTER.match(masked, mention.end())
        if after is not None:
            author = author_at(ctx, after.end())
            if author is not None:
                return author
        before = max(low, mention.start() - 80)
        possessor = _POSSESSOR_END.search(masked, before, mention.start())
        if possessor is not None:
            return author_at(ctx, possessor.start(1))
        if _ITS_END.search(masked, before, mention.start()):
            return ctx.paragraphs_organisation(mention.start())
        attributive = _ATTRIBUTIVE_END.search(masked, before, mention.start())
        if attributive is not None:
            return attributive_author(ctx, attributive.start(1), attributive.end(1))
        if _INDEFINITE_END.search(masked, before, mention.start()):
            return None  # the mention bringing the document in names no author
    return None
