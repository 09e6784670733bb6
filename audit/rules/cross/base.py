"""Shared plumbing of the XSC rules: one packed digest per record, related locations."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from audit.analyse.crosssource.digest import Digest, FigureRef, digest
from audit.analyse.crosssource.packed import Packed, pack
from audit.findings import Related, Severity
from audit.model import Evidence
from audit.rules.base import CorpusRule, Draft, RecordContext

_KEY = "xsc.digest"


def record_digest(ctx: RecordContext) -> Packed | None:
    """The record's packed digest, built once and shared by every XSC rule through
    ``ctx.extras`` (the run holds this compact form until the rules compare records)."""
    if _KEY not in ctx.extras:
        record = ctx.record
        ctx.extras[_KEY] = pack(digest(record, ctx.path)) if record is not None else None
    value = ctx.extras[_KEY]
    return value if isinstance(value, Packed) else None


def held(collected: Iterable[Any]) -> list[Digest | Packed]:
    """The digests among collected values, packed or not."""
    return [d for d in collected if isinstance(d, Digest | Packed)]


def related(d: Digest, pointer: str | None, evidence: Evidence | None, note: str) -> Related:
    return Related(d.record_id, d.path, pointer, evidence, note)


def draft(
    d: Digest,
    message: str,
    pointer: str | None,
    evidence: Evidence | None,
    others: Iterable[Related],
    **extra: Any,
) -> Draft:
    """A draft about record ``d`` that names the other records involved."""
    return Draft(
        message,
        pointer=pointer,
        evidence=evidence,
        related=tuple(others),
        path=d.path,
        record_id=d.record_id,
        **extra,
    )


def short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def around(fig: FigureRef, reach: int = 60) -> str:
    """The figure's sentence, cut at whole words about ``reach`` characters either side."""
    text = fig.sentence.quote
    first, last = fig.evidence.start - fig.sentence.start, fig.evidence.end - fig.sentence.start
    start, end = max(0, first - reach), min(len(text), last + reach)
    if start:
        start = text.find(" ", start, first) + 1 or start
    if end < len(text):
        end = max(text.rfind(" ", last, end), last) if " " in text[last:end] else end
    body = " ".join(text[start:end].split())
    return ("…" if start else "") + body + ("…" if end < len(text) else "")


class StoryRule(CorpusRule):
    """A corpus rule that checks each story (records grouped together) on its own.

    A rule with ``per_record`` set checks each record of a story with
    :meth:`check_record` instead, and also records in no story that :meth:`wants` alone.
    """

    severity = Severity.WARNING
    per_record = False

    def collect(self, ctx: RecordContext) -> Any:
        return record_digest(ctx)

    def finish(self, collected: list[Any]) -> Iterable[Draft]:
        """This rule alone over every record (``runner.story_drafts`` runs all XSC rules
        together, unpacking each story once)."""
        from audit.rules.cross.runner import story_drafts

        return story_drafts([self], {self.code: collected})[self.code]

    def check_story(self, story: list[Digest]) -> Iterator[Draft]:
        if self.per_record:
            for d in story:
                yield from self.check_record(d, story)
            return
        raise NotImplementedError

    def check_record(self, d: Digest, story: list[Digest]) -> Iterator[Draft]:
        raise NotImplementedError

    def wants(self, item: Digest | Packed) -> bool:
        """Whether a record in no story is worth checking alone (``per_record`` rules)."""
        return False
