"""Analysis: fill the record's provenance fields from an Article, each value with evidence.

Each analyser is a function ``(Article) -> dict`` of record fields; later analysers may
read what earlier ones produced through the ``found`` mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from audit.analyse.attribution import analyse_attribution
from audit.analyse.byline import analyse_byline
from audit.analyse.caveats import analyse_caveats
from audit.analyse.content import analyse_flags
from audit.analyse.credited_figures import analyse_credited_figures
from audit.analyse.figures import analyse_figures
from audit.analyse.outlet import analyse_outlet
from audit.analyse.published import analyse_published
from audit.analyse.quotes import analyse_quotes
from audit.analyse.republication import analyse_republication
from audit.analyse.spans import Spans
from audit.analyse.title import analyse_title
from audit.model import Article

Analyser = Callable[[Article, Mapping[str, Any]], dict[str, Any]]

ANALYSERS: tuple[Analyser, ...] = (
    analyse_title,
    analyse_byline,
    analyse_republication,
    analyse_outlet,
    analyse_published,
    # Claims: run after title/outlet/date/byline/republication, whose results they read.
    analyse_attribution,
    analyse_caveats,
    analyse_quotes,
    analyse_figures,
    analyse_credited_figures,
    analyse_flags,
)


def empty_fields() -> dict[str, Any]:
    """Provenance fields as they stand before any analyser has run."""
    return {
        "title": {"value": None, "evidence": None, "method": "none", "reason": "not analysed"},
        "outlet": {
            "name": None,
            "kind": "unknown",
            "evidence": None,
            "method": "none",
            "reason": "the text does not name the publisher of this copy",
        },
        "published": {
            "date": None,
            "time": None,
            "not_before": None,
            "evidence": None,
            "method": "none",
            "reason": "no publication date stated",
        },
        "byline": [],
        "republication": None,
        "attribution": {
            "chain": [],
            "origin": None,
            "origin_reason": "no attribution found",
            "primary_material": None,
        },
        "caveats": [],
        "quotes": [],
        "figures": [],
        "flags": [],
    }


#: Flag categories whose text is not the article's own (a paywall prompt, a comment
#: section, another story): quotes, figures and caveats found there are not the article's.
NOT_ARTICLE = frozenset({"spam", "boilerplate", "unrelated"})
#: Claim fields that are dropped inside such flags.
CLAIMS = ("caveats", "quotes", "figures")


def analyse(article: Article) -> dict[str, Any]:
    """Run every analyser in order and return the record's provenance fields."""
    fields = empty_fields()
    for analyser in ANALYSERS:
        fields.update(analyser(article, fields))
    return without_claims_in_flags(fields)


def without_claims_in_flags(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with the claims that lie inside a flagged span of page furniture, spam or
    unrelated content left out (flags of low confidence leave their text alone)."""
    spans = [
        (flag["evidence"]["start"], flag["evidence"]["end"])
        for flag in fields["flags"]
        if flag["category"] in NOT_ARTICLE and flag["confidence"] != "low"
    ]
    if spans:
        not_article = Spans(spans)
        for name in CLAIMS:
            fields[name] = [
                item
                for item in fields[name]
                if not not_article.contains(item["evidence"]["start"], item["evidence"]["end"])
            ]
    return fields
