"""One record -> what its report section shows: header, highlights, chain, scorecard."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation
from typing import Any

from audit.findings import Finding
from audit.report import explain
from audit.report.scorecard import ScoreLine, date_line, scorecard
from audit.report.spans import Detail, Highlight, Link, Piece, nest

# Findings (not flags) whose span nothing else highlights get the kind of their family.
FINDING_KINDS = {"SPM": "spam", "RES": "residue", "ATT": "attribution", "CAV": "caveat"}


@dataclass(slots=True)
class Hop:
    name: str
    kind: str
    relation: str
    asserted_by: str | None
    links: list[Link]
    is_origin: bool = False


@dataclass(slots=True)
class ArticleView:
    anchor: str
    record_id: str
    title: str
    outlet: str
    outlet_name: str
    outlet_kind: str
    date: str
    byline: str
    republication: str | None
    source: str
    source_url: str | None
    review: str
    pieces: list[Piece]
    highlights: list[Highlight]
    chain: list[list[Hop]]
    primary: Hop | None
    origin_note: str | None
    scorecard: list[ScoreLine]
    findings: list[tuple[Finding, str, Highlight | None]]  # finding, why it matters, its mark

    @property
    def finding_groups(self) -> list[tuple[str, str, list[tuple[Finding, Highlight | None]]]]:
        """Findings grouped by code (worst first): (code, why it matters, members)."""
        groups: dict[str, tuple[str, list[tuple[Finding, Highlight | None]]]] = {}
        for f, why, mark in self.findings:
            groups.setdefault(f.code, (why, []))[1].append((f, mark))
        order = sorted(groups, key=lambda code: (-groups[code][1][0][0].severity.rank, code))
        return [(code, groups[code][0], groups[code][1]) for code in order]

    problems: list[str]

    @property
    def kinds(self) -> list[str]:
        present = {h.kind for h in self.highlights}
        return [k for k in explain.texts().get("kinds", {}) if k in present]


class _Collector:
    """Gathers highlights, merging identical spans of the same kind."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_key: dict[tuple[int, int, str], Highlight] = {}
        self.problems: list[str] = []

    def links(self, ev: Any, where: str, highlight: Highlight) -> list[Link]:
        got = self.add(ev, where, highlight)
        return [Link(got)] if got else []

    def add(self, ev: Any, where: str, highlight: Highlight) -> Highlight | None:
        if not _holds(ev, self.text):
            self.problems.append(f"{where}: its evidence does not quote the text; not highlighted")
            return None
        if ev["start"] == ev["end"]:
            return None
        highlight.start, highlight.end, highlight.quote = ev["start"], ev["end"], ev["quote"]
        key = (highlight.start, highlight.end, highlight.kind)
        existing = self.by_key.get(key)
        if existing is None:
            self.by_key[key] = highlight
            return highlight
        existing.details.append(Detail("Also", highlight.heading))
        existing.details.extend(highlight.details)
        return existing


def _holds(ev: Any, text: str) -> bool:
    return (
        isinstance(ev, dict)
        and isinstance(ev.get("start"), int)
        and isinstance(ev.get("end"), int)
        and 0 <= ev["start"] <= ev["end"] <= len(text)
        and text[ev["start"] : ev["end"]] == ev.get("quote")
    )


def _hl(kind: str, heading: str, explanation: str, *details: tuple[str, Any]) -> Highlight:
    shown = [Detail(label, str(value)) for label, value in details if value not in (None, "")]
    return Highlight(0, 0, kind, heading, explanation, shown)


def _metadata(rec: dict[str, Any], c: _Collector) -> dict[str, list[Link]]:
    found: dict[str, list[Link]] = {"outlet": [], "date": [], "byline": [], "repub": []}
    why = explain.kind_explanation("metadata")
    outlet = rec["outlet"]
    if outlet.get("evidence"):
        h = _hl("metadata", f"Outlet: {outlet.get('name') or 'unnamed'}", why)
        h.details += [Detail("Kind", outlet.get("kind", "unknown"))]
        h.details += [Detail("Found by", outlet.get("method", "none"))]
        found["outlet"] += c.links(outlet["evidence"], "/outlet", h)
    pub = rec["published"]
    if pub.get("evidence"):
        h = _hl("metadata", f"Date: {pub.get('date') or 'not stated'}", why)
        found["date"] += c.links(pub["evidence"], "/published", h)
    for i, author in enumerate(rec["byline"]):
        if author.get("evidence"):
            h = _hl("metadata", f"Byline: {author['name']}", why)
            found["byline"] += c.links(author["evidence"], f"/byline/{i}", h)
    repub = rec.get("republication")
    if repub:
        for i, ev in enumerate(repub["evidence"]):
            h = _hl(
                "attribution",
                f"Republication of {repub['original_outlet']}",
                explain.kind_explanation("attribution"),
            )
            found["repub"] += c.links(ev, f"/republication/evidence/{i}", h)
    return found


def _chain(
    rec: dict[str, Any], c: _Collector, repub_links: list[Link]
) -> tuple[list[list[Hop]], Hop | None, str | None]:
    """Hops in columns: a hop asserted by another hop's outlet goes one column after it."""
    attribution = rec["attribution"]
    why = explain.kind_explanation("attribution")
    columns: list[list[Hop]] = []
    column_of: dict[str, int] = {}
    repub = rec.get("republication")
    names = {hop["name"] for hop in attribution["chain"]}
    if repub and repub["original_outlet"] not in names:  # the chain omits the republication
        relation = explain.relation_label("republishes")
        columns.append([Hop(repub["original_outlet"], "unknown", relation, None, repub_links)])
        column_of[repub["original_outlet"]] = 0
    for i, hop in enumerate(attribution["chain"]):
        asserted = hop["asserted_by"]
        relation = explain.relation_label(hop["relation"])
        links = []
        for j, ev in enumerate(hop["evidence"]):
            h = _hl(
                "attribution",
                f"{hop['name']}: {relation}",
                why,
                ("Relation", hop["relation"]),
                ("Asserted by", "this article" if asserted == "self" else asserted),
            )
            links += c.links(ev, f"/attribution/chain/{i}/evidence/{j}", h)
        col = column_of.get(asserted, -1) + 1 if asserted != "self" else 0
        while len(columns) <= col:
            columns.append([])
        by = None if asserted == "self" else asserted
        same = next((h for h in columns[col] if h.name == hop["name"]), None)
        if same is not None:  # one box per outlet and column, naming every relation
            if relation not in same.relation.split("; "):
                same.relation += f"; {relation}"
            same.links += [link for link in links if link not in same.links]
            continue
        view = Hop(hop["name"], hop["kind"], relation, by, links)
        view.is_origin = hop["name"] == attribution.get("origin")
        columns[col].append(view)
        column_of.setdefault(hop["name"], col)
    origin = attribution.get("origin")
    if origin and origin not in column_of:
        columns.append([Hop(origin, "unknown", "origin", None, [], is_origin=True)])
    primary = None
    material = attribution.get("primary_material")
    if material:
        links = []
        for j, ev in enumerate(material["evidence"]):
            h = _hl("attribution", f"Primary material: {material['description']}", why)
            links += c.links(ev, f"/attribution/primary_material/evidence/{j}", h)
        primary = Hop(material["description"], "primary", "primary material", None, links)
    return [col for col in columns if col], primary, attribution.get("origin_reason")


def _number(value: float) -> str:
    """A figure's value as a reader writes it: "1,000,000", "95,000,000", "2.5", "0.405";
    a value too large to write out in full (beyond 10^15) in scientific notation."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not number.is_finite() or abs(number) >= Decimal(10) ** 15:
        six = Context(prec=6)
        return format(six.create_decimal(number).normalize(six), "g")
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():,f}"


def _content(rec: dict[str, Any], c: _Collector) -> dict[str, list[Link]]:
    found: dict[str, list[Link]] = {"caveats": [], "response": [], "flags": []}
    for i, cav in enumerate(rec["caveats"]):
        h = _hl(
            "caveat",
            f"Caveat: {cav['kind'].replace('_', ' ')}",
            explain.caveat_explanation(cav["kind"]),
            ("Stated by", "this article" if cav["stated_by"] == "self" else cav["stated_by"]),
        )
        links = c.links(cav["evidence"], f"/caveats/{i}", h)
        found["caveats"] += links
        if cav["kind"] in ("no_response", "official_denial"):
            found["response"] += links
    for i, quote in enumerate(rec["quotes"]):
        h = _hl(
            "quote",
            f"Quote: {quote.get('speaker') or 'speaker not stated'}",
            explain.kind_explanation("quote"),
            ("Speaker", quote.get("speaker") or "not stated in the text"),
        )
        c.add(quote["evidence"], f"/quotes/{i}", h)
    for i, fig in enumerate(rec["figures"]):
        value = (
            f"{fig['qualifier'].replace('_', ' ')} {_number(fig['value'])} {fig.get('unit') or ''}"
        )
        h = _hl("figure", f"Figure: {value.strip()}", explain.kind_explanation("figure"))
        c.add(fig["evidence"], f"/figures/{i}", h)
    for i, flag in enumerate(rec["flags"]):
        rule_name, _ = explain.rule_explanation(flag["code"])
        h = _hl(
            flag["category"],
            f"{explain.kind_label(flag['category']).capitalize()}: "
            f"{flag['kind'].replace('_', ' ')}",
            explain.flag_explanation(flag["code"], flag["category"]),
            ("Rule", " ".join(x for x in (flag["code"], rule_name) if x)),
            ("Confidence", flag["confidence"]),
            ("Status", flag["status"]),
            ("Reviewer's reason", flag.get("reason")),
        )
        h.code = flag["code"]
        h.dismissed = flag["status"] == "dismissed"
        links = c.links(flag["evidence"], f"/flags/{i}", h)
        if not h.dismissed:
            found["flags"] += links
    return found


def _findings(
    findings: list[Finding], c: _Collector
) -> list[tuple[Finding, str, Highlight | None]]:
    shown: list[tuple[Finding, str, Highlight | None]] = []
    for f in findings:
        _, why = explain.rule_explanation(f.code)
        why = why or str(explain.texts().get("unknown_rule", ""))
        target: Highlight | None = None
        ev = f.evidence
        if ev is not None:
            same = [h for (s, e, _), h in c.by_key.items() if (s, e) == (ev.start, ev.end)]
            kind = FINDING_KINDS.get(f.code[:3])
            if same:
                target = same[0]
                target.details.append(Detail(f"Finding {f.code}", f.message))
            elif kind:
                h = _hl(kind, f"{f.code} {f.name}", why, ("Finding", f.message))
                h.code = f.code
                target = c.add(ev.as_json(), f"finding {f.code}", h)
        shown.append((f, why, target))
    return shown


def build_view(rec: dict[str, Any], anchor: str, findings: list[Finding]) -> ArticleView:
    """Everything the template needs for one article."""
    text: str = rec["text"]
    c = _Collector(text)
    meta = _metadata(rec, c)
    chain, primary, origin_reason = _chain(rec, c, meta["repub"])
    content = _content(rec, c)
    shown = _findings(findings, c)
    highlights = sorted(c.by_key.values(), key=lambda h: (h.start, -h.end, h.kind))
    for n, h in enumerate(highlights, 1):
        h.hid = f"{anchor}-h{n}"
    chain_links = [link for col in chain for hop in col for link in hop.links]
    if primary:
        chain_links += primary.links
    outlet = rec["outlet"]
    source = rec["source"]
    location = str(source.get("location", ""))
    is_web = source.get("kind") == "url" and location.lower().startswith(("http://", "https://"))
    review = rec.get("review") or {}
    return ArticleView(
        anchor=anchor,
        record_id=rec["id"],
        title=rec["title"].get("value") or "(no title found)",
        outlet=(
            f"{outlet['name']} · {outlet.get('kind', 'unknown').replace('_', ' ')}"
            if outlet.get("name")
            else f"outlet not named ({outlet.get('reason') or 'unknown'})"
        ),
        outlet_name=outlet.get("name") or "publisher not named",
        outlet_kind=str(outlet.get("kind") or "unknown").replace("_", " "),
        date=date_line(rec["published"]),
        byline=", ".join(a["name"] for a in rec["byline"]) or "no byline",
        republication=(rec["republication"] or {}).get("original_outlet"),
        source=location,
        source_url=location if is_web else None,
        review=str(review.get("status", "unreviewed"))
        + (f" by {review['by']}" if review.get("by") else ""),
        pieces=nest(text, highlights),
        highlights=highlights,
        chain=chain,
        primary=primary,
        origin_note=None if rec["attribution"].get("origin") else origin_reason,
        scorecard=scorecard(
            rec, meta, content, [hop.name for col in chain for hop in col], chain_links
        ),
        findings=shown,
        problems=c.problems,
    )
