"""SPM rules and the shared machinery of content-flag rules.

A content rule reports the record's *open* flags with its code (reviewed flags, acknowledged
or dismissed with a reason, stay quiet). RES099 re-runs every detector on the record's text
and reports what the record lacks, so CI notices a text or detector change nobody reviewed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from audit.analyse.content import Flag, current_version, detect
from audit.analyse.content.stamp import is_current
from audit.findings import Confidence, Severity
from audit.model import Evidence
from audit.rules.base import Draft, RecordContext, Rule

_CACHE = "content_flags"


def detected(ctx: RecordContext) -> list[Flag]:
    """What the detectors find in the record's text (computed once per record)."""
    if _CACHE not in ctx.extras:
        ctx.extras[_CACHE] = detect(ctx.text or "")
    flags: list[Flag] = ctx.extras[_CACHE]
    return flags


def _evidence(text: str, item: dict[str, Any]) -> Evidence | None:
    ev = item.get("evidence") or {}
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        return Evidence.of(text, start, end)
    return None


class FlagRule(Rule):
    """Base of the rules that report a record's open content flags of one code."""

    severity = Severity.WARNING
    confidence = Confidence.MEDIUM
    kind: ClassVar[str] = ""

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        rec, text = ctx.record, ctx.text
        if rec is None or text is None:
            return
        for index, item in enumerate(rec.get("flags") or []):
            if item.get("code") != self.code or item.get("status") != "open":
                continue
            ev = _evidence(text, item)
            quote = " ".join((ev.quote if ev else "").split())[:80]
            yield Draft(
                f"open {item.get('category')} flag ({item.get('kind')}): {quote!r}; "
                "review it and set status to acknowledged, or dismissed with a reason",
                pointer=f"/flags/{index}",
                evidence=ev,
                confidence=Confidence(item.get("confidence", "medium")),
            )


class InjectedLink(FlagRule):
    """An advertising link line that has nothing to do with the article.

    A short line opening with a call to action ("Click here", "Buy", "Shop") names
    commercial goods (jerseys, replicas, casino, pills, essays) that the rest of the
    article never mentions; or a bare line of up to eight words made of such sales words
    ("cheap nfl jerseys wholesale replica"). Spam injectors plant such links in copied
    articles.

    Why it matters:
        An injected link shows the copy passed through a spam site. A reader must not take
        the page for a trustworthy publisher of the story, and must not follow the link.

    Fails:
        In a story about detention camps: "Click Here: liverpool mens jersey"

    Passes:
        In a story about a football club's kit launch: "Buy the new home jersey online"

    Options:
        none (the openers and commercial words are in audit/lexicon/content.yaml)
    """

    code = "SPM001"
    name = "injected-link-spam"
    summary = "An injected advertising link unrelated to the article"
    category = "spam"
    kind = "spam_link"


class UnrelatedBlock(FlagRule):
    """A paragraph about something else, next to page furniture.

    The paragraph shares almost no vocabulary with the rest of the article (TF-IDF cosine
    against all other paragraphs below 0.03) and comes right after flagged furniture that
    ends the article on the page (a list of related stories, a comment form): typically a
    teaser of another story.

    Why it matters:
        A paragraph from another story read as part of this one attaches claims, people
        and numbers to the wrong event.

    Fails:
        A story about a court ruling that ends with "Mehr zum Thema" and a paragraph on a
        football transfer.

    Passes:
        A long article whose paragraphs all share the story's names and subject words.

    Options:
        none
    """

    code = "SPM020"
    name = "unrelated-content"
    summary = "A paragraph off the article's topic after page furniture"
    category = "unrelated"
    kind = "unrelated_content"
    severity = Severity.INFO
    confidence = Confidence.LOW


class UnrecordedFlag(Rule):
    """The detectors find spam or residue that the record does not list in `flags`.

    Every detector runs again on the record's text; a span found (same code, same start
    and end) that is missing from the record's flags means the record is stale: the text
    or the detectors changed and nobody reviewed the result. A record whose `detection`
    stamp (written by ingest) still matches its text, its listed flags and the current
    detectors and rule packs has nothing missing by construction, and the detectors are
    not run again for it.

    Why it matters:
        Records are meant to say everything doubtful in the text. An unlisted spam link or
        comment form slips through review and into reports unnoticed.

    Fails:
        a record whose text ends with "Leave a Reply" and whose flags list is empty

    Passes:
        the same record with the RES001 flag listed (open, acknowledged or dismissed)

    Options:
        none
    """

    code = "RES099"
    name = "unrecorded-flag"
    summary = "The detectors find a content flag the record does not list"
    severity = Severity.ERROR
    confidence = Confidence.HIGH

    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        super().__init__(settings)
        # Once per run, before any worker starts: hashing the detectors' code takes a while.
        self.version = current_version()

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        rec, text = ctx.record, ctx.text
        if rec is None or text is None:
            return
        sha256 = ctx.text_sha256()
        if sha256 is not None and is_current(rec, sha256, self.version):
            return  # the detectors found exactly the listed flags in this very text
        listed = set()
        for item in rec.get("flags") or []:
            ev = item.get("evidence") or {}
            listed.add((item.get("code"), ev.get("start"), ev.get("end")))
        for flag in detected(ctx):
            if flag.key in listed:
                continue
            yield Draft(
                f"{flag.code} ({flag.kind}) is not in the record's flags: {flag.message}; "
                "re-run ingest or add the flag and review it",
                pointer="/flags",
                evidence=Evidence.of(text, flag.start, flag.end),
                confidence=Confidence(flag.confidence),
            )


SPAM_RULES: tuple[type[Rule], ...] = (InjectedLink, UnrelatedBlock, UnrecordedFlag)
