"""ATT rules on a record's metadata: who published it, when, by whom, and whose article it is."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from audit.findings import Confidence, Severity
from audit.model import Evidence
from audit.rules.base import Draft, RecordContext, Rule


def _field(ctx: RecordContext, name: str) -> Any:
    record = ctx.record
    return record.get(name) if record else None


def possessive(name: str) -> str:
    """ "Reuters'" / "the FT's" """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _evidence(value: Any) -> Evidence | None:
    if isinstance(value, dict) and {"start", "end", "quote"} <= value.keys():
        return Evidence(value["start"], value["end"], value["quote"])
    return None


class OutletUnidentified(Rule):
    """The record does not say who published this copy of the article.

    `outlet.name` is null: the text names no masthead, no source URL, no publisher before
    its date line and no credit, so nobody can tell which site or organisation put it out.

    Why it matters:
        Knowing the publisher is the first step of lateral reading: its record, its kind
        (newspaper, advocacy group, state media, blog) and its interests colour everything
        else. An article whose publisher is unknown should be weighed with that in mind,
        and a curator should add the publisher if the archived page shows it.

    Fails:
        A pasted article with a headline and body only: "outlet": {"name": null, ...}

    Passes:
        "Commentary on Political Economy / Tuesday 3 December 2019 / <headline>": the
        masthead line names the blog that published it.

    Options:
        none
    """

    code = "ATT001"
    name = "outlet-unidentified"
    summary = "The publisher of this copy is not identified"
    severity = Severity.WARNING
    confidence = Confidence.HIGH

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        outlet = _field(ctx, "outlet")
        if isinstance(outlet, dict) and outlet.get("name") is None:
            reason = outlet.get("reason") or "the text does not name it"
            yield Draft(f"publisher of this copy not identified ({reason})", "/outlet")


class NoPublicationDate(Rule):
    """The record has no publication date.

    `published.date` is null: neither the page's metadata nor the text states when this
    copy was published. `published.not_before`, when set, only bounds it from below.

    Why it matters:
        A story's date tells a reader whether it is news or an old story recirculating, and
        orders it among other outlets' versions. Undated copies are a classic vehicle for
        stale or recycled claims.

    Fails:
        "published": {"date": null, "not_before": "2017-10-01", ...}

    Passes:
        "published": {"date": "2019-11-18", "method": "header_line", ...}

    Options:
        none
    """

    code = "ATT002"
    name = "no-publication-date"
    summary = "The article states no publication date"
    severity = Severity.WARNING
    confidence = Confidence.HIGH

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        published = _field(ctx, "published")
        if not isinstance(published, dict) or published.get("date") is not None:
            return
        bound = published.get("not_before")
        detail = f"; it cannot predate {bound}" if bound else ""
        yield Draft(f"no publication date is stated{detail}", "/published")


class NoByline(Rule):
    """The article credits no author.

    `byline` is empty: no person or organisation is named as the author.

    Why it matters:
        A byline makes someone answerable for the reporting and lets a reader look up
        their other work. Many press releases and agency pieces carry none, so this is
        information, not a fault, but a trainer will want to point it out.

    Fails:
        "byline": []

    Passes:
        "byline": [{"name": "Taipei Times", ...}]   ("Written by Taipei Times")

    Options:
        none
    """

    code = "ATT003"
    name = "no-byline"
    summary = "The article names no author"
    severity = Severity.INFO
    confidence = Confidence.MEDIUM

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        byline = _field(ctx, "byline")
        if isinstance(byline, list) and not byline:
            yield Draft("no author is credited (no byline)", "/byline")


class UncreditedRepublication(Rule):
    """The copy carries another outlet's article without crediting it.

    `republication` is set, but only from the copy's own words (`method: body`, e.g. a
    caveat "…not been independently verified by the Financial Times" inside a blog post):
    no "Source:" line, credit sentence, organisation byline or wire dateline names the
    original outlet.

    Why it matters:
        A reader of the copy cannot see whose reporting it is, so cannot check the original,
        its date or its corrections; the host appears to speak in a voice that is not its
        own. Uncredited copying is also common on spam and content-farm sites.

    Fails:
        A blog post reproducing an FT article whose only trace of the FT is "the
        authenticity of which have not been independently verified by the Financial Times".

    Passes:
        The same post ending with "Source: Financial Times", or "Written by Taipei Times"
        above a copied Taipei Times article.

    Options:
        none
    """

    code = "ATT004"
    name = "uncredited-republication"
    summary = "Another outlet's article is carried without a credit line"
    severity = Severity.WARNING
    confidence = Confidence.MEDIUM

    def check(self, ctx: RecordContext) -> Iterable[Draft]:
        republication = _field(ctx, "republication")
        if not isinstance(republication, dict) or republication.get("method") != "body":
            return
        spans = republication.get("evidence") or []
        original = republication.get("original_outlet")
        yield Draft(
            f"this copy carries {possessive(str(original))} article but credits it nowhere: "
            "only the text "
            "itself shows whose it is",
            "/republication",
            evidence=_evidence(spans[0]) if spans else None,
        )


METADATA_RULES: tuple[type[Rule], ...] = (
    OutletUnidentified,
    NoPublicationDate,
    NoByline,
    UncreditedRepublication,
)
