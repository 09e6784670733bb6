"""The scorecard: transparent criteria, each with its evidence or what is missing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from audit.record import stated_time
from audit.report.spans import Link
from audit.rules.caveats import first_allegation


@dataclass(slots=True)
class ScoreLine:
    criterion: str
    met: bool
    summary: str
    links: list[Link] = field(default_factory=list)
    applies: bool = True  # False: the criterion asks nothing of this article


def scorecard(
    rec: dict[str, Any],
    meta: dict[str, list[Link]],
    content: dict[str, list[Link]],
    hop_names: list[str],
    chain_links: list[Link],
) -> list[ScoreLine]:
    """Trust Project / NewsGuard-style lines; deliberately no total."""
    outlet, pub, attribution = rec["outlet"], rec["published"], rec["attribution"]
    lines = [
        ScoreLine(
            "Named outlet",
            bool(outlet.get("name")),
            f"{outlet['name']} ({outlet.get('kind', 'unknown').replace('_', ' ')})"
            if outlet.get("name")
            else f"Missing: {outlet.get('reason') or 'the text does not name the publisher'}",
            meta["outlet"],
        ),
        ScoreLine(
            "Byline",
            bool(rec["byline"]),
            ", ".join(a["name"] for a in rec["byline"]) or "Missing: no author is credited",
            meta["byline"],
        ),
        ScoreLine("Date", bool(pub.get("date")), date_line(pub), meta["date"]),
    ]
    repub = rec.get("republication")
    original = repub["original_outlet"] if repub else None
    names = [name for name in hop_names if name != original]
    credited = bool(names or repub)
    summary = "; ".join(
        part
        for part in (
            f"republishes {repub['original_outlet']}" if repub else "",
            f"cites {', '.join(names)}" if names else "",
            f"origin: {attribution['origin']}" if attribution.get("origin") else "",
        )
        if part
    )
    speakers = sorted({q["speaker"] for q in rec["quotes"] if q.get("speaker")})
    if credited or not speakers:
        lines.append(
            ScoreLine(
                "Original source credited",
                credited,
                summary
                or "Missing: "
                + (attribution.get("origin_reason") or "no source of the reporting named"),
                _unique(meta["repub"] + chain_links),
            )
        )
    else:  # no other outlet's reporting relayed, and people quoted by name: own reporting
        lines.append(
            ScoreLine(
                "Original source credited",
                False,
                "Own reporting: no other outlet's work is relayed; it quotes "
                + ", ".join(speakers[:4])
                + (f" and {len(speakers) - 4} more" if len(speakers) > 4 else ""),
                applies=False,
            )
        )
    kinds = Counter(c["kind"].replace("_", " ") for c in rec["caveats"])
    lines.append(
        ScoreLine(
            "Caveats stated",
            bool(kinds),
            ", ".join(f"{k} ×{n}" if n > 1 else k for k, n in kinds.items())
            or "Missing: no limit on the evidence is stated",
            content["caveats"],
        )
    )
    alleged = first_allegation(rec["text"]) if not content["response"] else None
    if content["response"]:
        lines.append(
            ScoreLine(
                "Response of the accused sought",
                True,
                "the accused party's response or denial is reported",
                content["response"],
            )
        )
    elif alleged is not None:
        lines.append(
            ScoreLine(
                "Response of the accused sought",
                False,
                "Missing: no response or denial from the party accused is reported (the text "
                f"alleges {alleged[1]!r} against a named party)",
            )
        )
    else:
        lines.append(
            ScoreLine(
                "Response of the accused sought",
                False,
                "The text alleges no wrongdoing by a named party, so no response is needed",
                applies=False,
            )
        )
    open_flags = Counter(f["category"] for f in rec["flags"] if f["status"] != "dismissed")
    lines.append(
        ScoreLine(
            "Free of spam and residue",
            not open_flags,
            "nothing flagged in the text"
            if not open_flags
            else "Flagged: " + ", ".join(f"{k} ×{n}" for k, n in sorted(open_flags.items())),
            content["flags"],
        )
    )
    return lines


def _unique(links: list[Link]) -> list[Link]:
    """Links to distinct highlights, in order (merged spans give repeated links)."""
    seen: set[int] = set()
    out = []
    for link in links:
        if id(link.highlight) not in seen:
            seen.add(id(link.highlight))
            out.append(link)
    return out


def date_line(pub: dict[str, Any]) -> str:
    """The date as stated, or "no date stated" with what the text still establishes."""
    if pub.get("date"):
        return " ".join(x for x in (pub["date"], stated_time(pub)) if x)
    line = "no date stated"
    if pub.get("not_before"):
        line += f"; not published before {pub['not_before']}"
    if pub.get("reason") and pub.get("reason") != "no publication date stated":
        line += f" ({pub['reason']})"
    return line
