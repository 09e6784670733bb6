"""The record's ``outlet``: the publisher of this copy, with evidence or a reason.

See :mod:`audit.analyse.host` for how the publisher is found. With no stated publisher, an
outlet that names itself in the copy ("not independently verified by the Financial Times")
is the outlet, marked ``inferred``; otherwise the outlet is null and the reason says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from audit.analyse.host import blog_signature, host_outlet
from audit.analyse.registry import lookup, lookup_in_context
from audit.analyse.republication import Sign, publisher_note, self_references
from audit.model import Article, Evidence


def possessive(name: str) -> str:
    """ "Reuters' article", "the FT's article" """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def analyse_outlet(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Outlet of this copy with evidence; null with the reason when the text never says."""
    text = article.text
    host = host_outlet(article)
    republication = found.get("republication")
    if host is not None:
        outlet: dict[str, Any] = {
            "name": host.name,
            "kind": host.kind,
            "country": host.country,
            "evidence": Evidence.of(text, *host.span).as_json() if host.span else None,
            "method": host.method,
            "reason": host.reason,
        }
        return {"outlet": outlet}
    note = publisher_note(text)
    if note is not None:  # "(This story has not been edited by The Tribune staff …)"
        why = (
            f"the copy's syndication note says {note.outlet} staff did not edit it: "
            f"{note.outlet} published this copy of a syndicated story"
        )
        return _inferred(text, note, why)
    credited = _credited_outlet(found, republication)
    if credited is not None:  # "On 10:21 pm In News by Vanguard"
        why = (
            f"no publisher is stated, but the byline credits {credited.outlet}, which "
            "publishes under its own name"
        )
        return _inferred(text, credited, why)
    own = self_references(text)
    if own and not republication:
        sign = own[0]
        why = (
            f"no publisher is stated, but {sign.outlet} speaks of itself in the copy; "
            "the text does not show whether this copy is on its own site"
        )
        return _inferred(text, sign, why)
    if republication:
        reason = (
            f"the text carries {possessive(republication['original_outlet'])} article but "
            "never names the site that republished it"
        )
    else:
        reason = "the text names no publisher: no masthead, source URL, date-line name or credit"
    signature = blog_signature(text)
    if signature:
        reason += f" (its {signature!r} furniture suggests a blog or comment-enabled site)"
    return {
        "outlet": {
            "name": None,
            "kind": "unknown",
            "evidence": None,
            "method": "none",
            "reason": reason,
        }
    }


# Outlets that publish under their own name; a byline naming a wire, state agency,
# government or research body credits the copy's source instead.
_PUBLISHING_KINDS = frozenset(
    ["newspaper", "broadcaster", "magazine", "blog", "investigative", "fact_checker"]
)


def _credited_outlet(
    found: Mapping[str, Any], republication: Mapping[str, Any] | None
) -> Sign | None:
    """A publishing outlet the byline names as author (not the outlet this copy carries)."""
    original = republication["original_outlet"] if republication else None
    for credit in found.get("byline") or ():
        known = lookup_in_context(credit["name"])  # a registered name first, as lookup
        evidence = credit.get("evidence")
        if known and known.kind in _PUBLISHING_KINDS and known.name != original and evidence:
            return Sign(known.name, evidence["start"], evidence["end"], "byline")
    return None


def _inferred(text: str, sign: Sign, reason: str) -> dict[str, Any]:
    """The outlet a sign in the text names (registered or as written), with its reason."""
    known = lookup(sign.outlet)
    return {
        "outlet": {
            "name": sign.outlet,
            "kind": known.kind if known else "unknown",
            "country": known.country if known else None,
            "evidence": Evidence.of(text, sign.start, sign.end).as_json(),
            "method": "inferred",
            "reason": reason,
        }
    }
