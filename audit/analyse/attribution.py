"""The attribution chain: from this article back to the outlet that did the original reporting.

Hops come from cues around each outlet the text names (audit/lexicon/attribution.yaml):
"obtained by X", "leaked to X", "X, which obtained" (obtained); "published by X", "an
investigation by X" (original reporting); "X reported", "according to X", "the newspaper
said" (reports); "citing X" (cites); "Photo: X", "Additional reporting by X", "© X"
(credits). Outlets joined by "and" share a cue ("published by X and Y").

Who asserts a hop: "self" for this article; when it carries another outlet's article
(``found["republication"]``), the first hop is that outlet (republishes) and every later
hop is that outlet's assertion. Outlets named after another outlet's reporting verb in the
same sentence ("X reported that Y obtained") are X's assertions.

Origin rule: the hop with the strongest relation (obtained > original reporting > reports
or cites), first named on a tie (journals and research bodies after the others); the others
tied with it are named in ``origin_reason``.
A source body (advocacy group, government, international or research body) that the text
only cites ("Amnesty International said") is a party to the story, not its origin.
Credits are never the origin. With no other hop, a republished outlet is the origin, and
so it is when the other hops are only the journals or research bodies whose study it reports.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from audit.analyse import lexicons, origins, textscan
from audit.analyse.brand_outlets import brand_citations
from audit.analyse.byline import text_bylines
from audit.analyse.credit_lines import SITE_ADDRESS
from audit.analyse.mentions import (
    OutletMention,
    outlet_head,
    outlet_head_words,
    outlet_mentions,
)
from audit.analyse.occurrences import run_before
from audit.analyse.prefilter import Scan
from audit.analyse.registry import lookup_in_context
from audit.analyse.segment import Segment, sentences
from audit.analyse.spans import Spans
from audit.model import Article, Evidence

# "owns": the body whose own records were obtained (a hop of relation "obtained"); whoever
# obtained or handed them over, or first reported them, is the origin before it.
STRENGTH = {"obtained": 3, "original": 2, "owns": 2, "reports": 1, "cites": 1, "credits": 0}
RELATION = {
    "obtained": "obtained",
    "owns": "obtained",
    "original": "reports",
    "reports": "reports",
    "cites": "cites",
    "credits": "credits",
}
# Bodies that are sources rather than news outlets: "X said" cites them.
_NOT_NEWS = {"advocacy", "government", "international_org", "research"}
_CONTEXT = 160  # characters either side of an outlet's name that may hold its cue
_LEAD = re.compile(r"(?:\b[Tt]he\s+)?[*_]*\s*$")
_PLACED_ON = re.compile(r"\b[Oo]n\s*$")
_FIRST = re.compile(r"\bfirst\s+$", re.IGNORECASE)  # "first reported by X": the original
# An agency that is no news agency ("the Environment Agency", not "Marlow News Agency")
_BODY_AGENCY = re.compile(
    r"(?<!\bNews)(?<!\bPress)(?<!\bInformation)(?<!\bMedia)(?<!\bTelegraphic)"
    r"(?<!\bPhoto) Agency$"
)
_BRAND = re.compile(r"[A-Z]{3,}(?![a-z])")  # a brand in capitals: "KSL" of "KSL.com", "KSL-TV"
_CALL_SIGN = 2  # index of the broadcasters' call signs in _unregistered()
_COORD = re.compile(r"^[*_]*\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?[*_]*$", re.IGNORECASE)
# A comma alone joins credited outlets ("with AFP, dpa", "Photos: Reuters, AP").
_LIST_COMMA = re.compile(r"^[*_]*\s*,\s*(?:the\s+)?[*_]*$", re.IGNORECASE)


def is_source_citation(cue: str, kind: str) -> bool:
    """A body that is a source rather than a news outlet, cited or reported on ("Amnesty
    International said"), or a body of unknown kind the text only cites ("data compiled
    by LSEG"): a party to the story, never the origin of its reporting."""
    return (cue in ("cites", "reports") and kind in _NOT_NEWS) or (
        cue == "cites" and kind == "unknown"
    )


@dataclass(slots=True)
class Hop:
    name: str
    kind: str
    cue: str
    asserted_by: str
    evidence: list[Evidence] = field(default_factory=list)
    method: str = "body"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "relation": (
                "cites"
                if self.cue == "reports" and self.kind in _NOT_NEWS
                else RELATION.get(self.cue, self.cue)
            ),
            "asserted_by": self.asserted_by,
            "evidence": [e.as_json() for e in self.evidence],
            "method": self.method,
        }


@cache
def _cues() -> tuple[tuple[str, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...]:
    data = lexicons.load("attribution")["cues"]
    return tuple(
        (
            cue,
            lexicons.compiled(tuple(spec.get("before", ()))),
            lexicons.compiled(tuple(spec.get("after", ()))),
        )
        for cue, spec in data.items()
    )


# Words opening a sentence before a name, no part of it ("Meanwhile Channel 4 News").
_OPENERS = (
    r"(?:The|As|What|When|While|If|But|And|In|On|At|This|That|It|An?|How|Why|Where|Meanwhile"
    r"|Later|Earlier|Yesterday|Today|Now|Also|However|Separately|Elsewhere|Then)"
)
_CHANNEL_NUMBERS = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen)(?![\w-])"
)
# Cues before an unregistered outlet's name ("according to", "published Tuesday by").
_CUE_WORDS = (
    r"obtained\s+by|leaked\s+to|according\s+to|seen\s+by|investigation\s+by"
    r"|(?:published|reported)\s+(?:[a-z]+\s+|[A-Z][a-z]+day\s+){0,2}?by"
)


@cache
def _unregistered() -> tuple[re.Pattern[str], ...]:
    """Unregistered outlet names after a cue ("according to the Bronx Times", "an
    investigation by +972 Magazine") and before a reporting verb (", the South Florida Sun
    Sentinel reports", "on Tuesday The Marlow Valley Herald reported", "As Mississippi Today
    reported"); then a broadcaster's
    call sign with its channel or band ("told KING 5", "WGN-TV reported", "KDLR 12 News
    said"); then a name opening a sentence ("Kan 11 News reported"). Group "name" is the
    name."""
    heads = outlet_head()  # "the Chicago Sun-Times"
    # North American call signs: K or W and two or three letters, then "-TV" (or another
    # band) or a channel number; bare letters ("WHO", "WADA") are too often something else
    # (or four letters alone, which :func:`_bare_call_sign` then checks: "told WBEZ")
    call_sign = (
        r"[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM)\b|[ \t]+\d{1,2}\b)(?:[ \t]+News\b)?"
        r"|[KW][A-Z]{3}(?![\w’'-])"
        # a network's local station by its channel: "told FOX 5", "NBC 5 Investigates"
        r"|(?:NBC|CBS|ABC|FOX|Fox|CW|PBS)[ \t]+\d{1,2}\b(?![ \t]+Minutes)"
        r"(?:[ \t]+(?:News|Investigates)\b)?"
    )
    # a paper and its website named as one ("The Oregonian/OregonLive"), after "the"
    # a site named by its address ("according to KSL.com")
    site = r"[A-Z][\w-]*[A-Za-z]\.(?:com|org|net|news|tv)(?![\w.])"
    paired = r"(?<=[Tt]he )(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]+/[A-Z][\w'’.-]*\w"
    return (
        re.compile(
            rf"\b(?i:{_CUE_WORDS})\s+(?:[Tt]he\s+)?[*_]?"
            rf"(?P<name>{paired}|{site}|(?:(?:[A-Z]|\+\d)[\w'’.-]*[ \t]+){{1,4}}(?=[A-Z]){heads})"
        ),
        re.compile(
            rf"(?:(?:(?<=[,;] )|(?<=[.!?] )|(?<=\n)|^)[Tt]he|\bThe|\b[Aa]s(?:\s+[Tt]he)?)\s+"
            rf"(?P<name>{paired}|(?:[A-Z][\w'’.-]*[ \t]+){{0,4}}(?=[A-Z]){heads})"
            rf"\s+(?:first\s+)?(?:reports|reported|revealed)\b"
        ),
        # the verb after it, or else a cue before it (see :func:`_call_sign_span`): a
        # pattern opening with the call sign's capitals is searched fast
        re.compile(
            rf"\b(?P<name>{call_sign})(?P<verb>,?[ \t]+(?:(?:first|also|has|had|later)[ \t]+)?"
            rf"(?:reports|reported|revealed|said|says|learned|obtained)\b)?"
        ),
        # a channel's name with its number opening a sentence without "the" ("Kan 11 News
        # reported on Wednesday", "Nine News reported"); a company's ("Royal Mail reported a
        # loss") has none
        re.compile(
            rf"(?:(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n)|^)(?!{_OPENERS}\b)"
            rf"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}(?:\d{{1,3}}|{_CHANNEL_NUMBERS})"
            rf"[ \t]+{heads})"
            rf"\s+(?:first\s+)?(?:reports|reported|revealed)\b"
        ),
        # the second of two names joined by "and" after a cue ("first reported by WBEZ and
        # the Chicago Sun-Times"; see :func:`_joined_span`)
        re.compile(
            rf"\b(?:and|&)[ \t]+(?:[Tt]he[ \t]+)?[*_]?"
            rf"(?P<name>(?:(?:[A-Z]|\+\d)[\w'’.-]*[ \t]+){{1,4}}(?=[A-Z]){heads})"
        ),
    )


# Who ran the story after it came out, right before a medium's description ("carried by
# public radio station WEKU"): no source of it.
_DOWNSTREAM = re.compile(
    r"\b(?:carried|republished|reprinted|syndicated|picked[ \t]+up)"
    r"[ \t]+by[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}$",
    re.IGNORECASE,
)
_JOINED = 4  # index of the second of two joined names in _unregistered()


@cache
def _cue_and_first_name() -> re.Pattern[str]:
    """A cue and a first name ending right before "and" ("reported by WBEZ ")."""
    return re.compile(
        rf"\b(?i:{_CUE_WORDS})\s+(?:[Tt]he\s+)?[*_]?(?:[A-Z+\d][\w'’.&-]*[ \t]+){{0,5}}?"
        rf"[A-Z\d][\w'’.-]*[*_]?[ \t]*$"
    )


def _joined_span(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """From the cue to the second name of two joined by "and" after that cue ("reported by
    the Chicago Tribune and the Chicago Sun-Times"); None without such a cue."""
    cue = _cue_and_first_name().search(text, max(0, match.start() - 160), match.start())
    return (cue.start(), match.end()) if cue is not None else None


@cache
def _call_sign_cue() -> re.Pattern[str]:
    """A cue right before a call sign ("told ", "according to ", "first reported by ")."""
    return re.compile(
        rf"\b(?:{_CUE_WORDS}|told|speaking\s+to|interviewed\s+by|per|via|citing)\s+$",
        re.IGNORECASE,
    )


def _call_sign_span(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """Where a call sign's cue and name are written: with its verb after it, or the cue
    before it; None with neither (a bare call sign credits nothing)."""
    if match.group("verb"):
        return match.start(), match.end()
    cue = _call_sign_cue().search(text, max(0, match.start() - 40), match.start())
    return (cue.start(), match.end()) if cue is not None else None


_SHOUTED = re.compile(r"[A-Z]{2,}[ \t]*$|^[ \t]*[A-Z]{2,}\b")  # a word in capitals beside it


def _call_sign_heard(text: str, match: re.Match[str]) -> bool:
    """Whether a call sign of four letters alone ("WBEZ") names a broadcaster: not an
    acronym the lexicon lists as another body's ("WADA", "KPMG"), not inside text in
    capitals, and marked as one somewhere in the text ("WBEZ-FM", "WBEZ reporter", "radio
    station WBEZ"): a state agency's or a firm's letters take the same cues ("told KDHE")."""
    name = match.group("name")
    if not re.fullmatch(r"[KW][A-Z]{3}", name):
        return True  # written with its band or channel: "WGN-TV", "KING 5"
    if name in _not_call_signs():
        return False
    start, end = match.start("name"), match.end("name")
    if _SHOUTED.search(text, max(0, start - 12), start) or _SHOUTED.match(text, end, end + 12):
        return False
    return _marked_as_broadcaster(text, name)


@cache
def _not_call_signs() -> frozenset[str]:
    """Acronyms of four letters opening with K or W that name no broadcaster ("WADA")."""
    return frozenset(lexicons.load("attribution")["not_call_signs"])


def _marked_as_broadcaster(text: str, name: str) -> bool:
    """Whether the text writes a call sign as a broadcaster's somewhere: with its band or
    channel ("WBEZ-FM", "WBEZ 91.5"), as a station ("radio station WBEZ"), or with its
    staff or reporting ("WBEZ reporter", "WBEZ’s investigation")."""
    return (
        re.search(
            rf"\b{name}(?:-(?:TV|DT|FM|AM)\b|[ \t]+(?:\d|News\b|Radio\b|TV\b))"
            rf"|\b(?:station|affiliate|radio|television|broadcaster|channel)[ \t]+{name}\b"
            rf"|\b{name}(?:[’']s)?[ \t]+(?:reporters?|correspondents?|anchors?|journalists?"
            rf"|investigation|reporting|newsroom)\b",
            text,
        )
        is not None
    )


def scan_patterns() -> list[re.Pattern[str]]:
    """Every cue pattern, before and after, in :func:`_cues` order (those whose words the
    article lacks are never tried), then the :func:`_unregistered` patterns; for the
    shared gate (see :mod:`audit.analyse.textscan`)."""
    cues = [p for _, before, after in _cues() for p in (*before, *after)]
    return [*cues, *_unregistered(), *origins.patterns()]


def _classify(
    text: str, m: OutletMention, sent: Segment, live: list[bool]
) -> tuple[str, int, int] | None:
    """(cue, span start, span end) for a mention, from the words around it; ``live``
    says, per cue pattern of :func:`scan_patterns`, whether the article's words let it match."""
    floor = max(sent.start, m.start - _CONTEXT)
    left = text[floor : m.start]
    lead = _LEAD.search(left)
    core = left[: lead.start()] if lead else left
    said = _descriptor().search(core)  # "reported by the national news agency Bernama"
    core = core[: said.start()] if said else core
    right = text[m.end : min(sent.end, m.end + _CONTEXT)]
    trail = _trail().match(right)
    rest = right[trail.end() if trail else 0 :]
    # "A post on Facebook claims": the post speaks, not the platform it is on.
    placed_on = _PLACED_ON.search(core) is not None
    index = 0
    for cue, before, after in _cues():
        for p in before:
            hit = p.search(core) if live[index] else None
            index += 1
            if hit:
                return cue, floor + hit.start(), m.end
        for p in after:
            hit = p.match(rest) if live[index] and not placed_on else None
            index += 1
            if hit:
                return cue, m.start, m.end + (trail.end() if trail else 0) + hit.end()
    return None


@cache
def _trail() -> re.Pattern[str]:
    """What may stand between an outlet's name and its cue: emphasis marks, and a noun
    saying what it is ("Xinhua news agency has reported", "the Sentinel newspaper said"), or
    an apposition ending in one ("Haaretz, the Israeli daily, reported")."""
    words = _medium_nouns()
    return re.compile(
        rf"^[*_]*(?:[ \t]+(?:state[ \t]+)?(?:{words})\b"
        rf"|,[ \t]+(?:the|an?)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{words}),(?=[ \t]))?",
        re.IGNORECASE,
    )


def _medium_nouns() -> str:
    """The nouns naming a kind of outlet (reporting.yaml's generic_outlet_nouns, not the
    organisations'), as one alternation."""
    table: dict[str, list[str]] = lexicons.load("reporting")["generic_outlet_nouns"]
    return lexicons.words_pattern(
        [n for kind, words in table.items() if kind != "organisation" for n in words]
    )


_FUNCTION_WORDS = r"(?:by|to|from|of|in|on|with|at|for|per|via|and|according|told)"
# "state-run", "Kremlin-backed": who runs or pays for an outlet, said right before its name
_RUN_BY = r"(?:run|owned|backed|funded|controlled|affiliated|aligned)"


@cache
def _descriptor() -> re.Pattern[str]:
    """What a text may say an outlet is right before its name: up to three words and a
    noun ("the national news agency", "Estonian public broadcaster"), or who runs it
    ("the state-run", "Kremlin-backed")."""
    words = _medium_nouns()
    return re.compile(
        rf"(?:\b[Tt]he[ \t]+)?(?:(?:(?<![\w-])(?!{_FUNCTION_WORDS}\b)[\w-]+[ \t]+){{0,3}}?"
        rf"\b(?:{words})|(?<![\w-])\w+-{_RUN_BY})[ \t]*$",
        re.IGNORECASE,
    )


def _shared_with_next(
    text: str, inside: list[OutletMention], index: int, sent: Segment, live: list[bool]
) -> tuple[str, int, int] | None:
    """The cue that follows the next outlet when "and" joins the two ("As BBC News and PA
    Media have reported"): both share it, the span running from this name to the cue."""
    if index + 1 >= len(inside):
        return None
    mention, following = inside[index], inside[index + 1]
    if not _COORD.match(text[mention.end : following.start]):
        return None
    got = _classify(text, following, sent, live)
    if got is None or got[1] != following.start:  # a cue before the next name is its own
        return None
    return got[0], mention.start, got[2]


def _owns(own: str | None, mention: OutletMention) -> bool:
    """Whether a mention is the copy's own outlet by a short name: "the Telegraph" in the
    Lancashire Telegraph's own story ("a worker told the Telegraph") is not The Telegraph."""
    if own is None:
        return False
    said = _the_words(mention.surface)
    full = _the_words(own)
    return 0 < len(said) < len(full) and full[-len(said) :] == said


def _same_brand(own: str | None, name: str) -> bool:
    """Whether an unregistered name is a sister of the copy's own outlet under the same
    brand: "KSL-TV" in KSL.com's story."""
    if own is None:
        return False
    brand = _BRAND.match(own.removeprefix("The ").removeprefix("the "))
    other = _BRAND.match(name.removeprefix("The ").removeprefix("the "))
    return brand is not None and other is not None and brand.group(0) == other.group(0)


_SITE_PREFIX = 4  # letters a paper's website shares with its name: "Oregonian/OregonLive"


def _paper(name: str) -> str:
    """The paper's part of a name paired with its website ("Ridge Herald/RidgeLive")."""
    return name.partition("/")[0]


def _paired_outlet(name: str) -> bool:
    """Whether "X/Y" is a paper named with its website: the paper's name ends in a word
    outlet names end with ("Ridge Herald/RidgeLive"), or the website is an address
    ("Plain Dealer/cleveland.com") or opens like the paper's last word
    ("Oregonian/OregonLive"); not a poll's or a unit's pair ("Quinnipiac/Marist")."""
    paper, _, site = name.partition("/")
    last = paper.split()[-1].lower()
    return (
        last in outlet_head_words()
        or "." in site
        or (len(last) >= _SITE_PREFIX and site.lower().startswith(last[:_SITE_PREFIX]))
    )


def _own_name(own: str | None, name: str) -> bool:
    """Whether an unregistered name is the copy's own outlet, as written or by the paper's
    part of a name paired with its website."""
    return own is not None and _the_words(own) in (_the_words(name), _the_words(_paper(name)))


def _the_words(name: str) -> list[str]:
    words = name.lower().strip(" *_").split()
    return words[1:] if words[:1] == ["the"] else words


def _hops(text: str, found: Mapping[str, Any]) -> tuple[list[Hop], list[tuple[Hop, int]]]:
    own = (found.get("outlet") or {}).get("name")
    rep = found.get("republication") or None
    voice = rep["original_outlet"] if rep else "self"
    rep_spans = [(e["start"], e["end"]) for e in (_rep_evidence(rep) if rep else [])]
    sents = sentences(text)
    mentions = outlet_mentions(text)
    hops: dict[tuple[str, str, str], Hop] = {}
    order: list[tuple[Hop, int]] = []
    scan = textscan.scan(text)
    base = textscan.offset("attribution")
    cues = sum(len(before) + len(after) for _, before, after in _cues())
    live = [scan.can_match(base + i) for i in range(cues)] if mentions else []
    mention_starts = [m.start for m in mentions]  # in order of start
    for sent in sents:
        first = bisect_left(mention_starts, sent.start)
        inside = mentions[first : bisect_left(mention_starts, sent.end, first)]
        previous: tuple[OutletMention, str, int] | None = None
        reporter: tuple[str, int] | None = None
        for index, m in enumerate(inside):
            if any(s <= m.start < e for s, e in rep_spans) or m.name == own or _owns(own, m):
                previous = None
                continue
            got = _classify(text, m, sent, live)
            if (
                got is None
                and previous is not None
                and (
                    _COORD.match(between := text[previous[0].end : m.start])
                    or (previous[1] == "credits" and _LIST_COMMA.match(between))
                )
            ):
                got = (previous[1], previous[2], m.end)
            if got is None:
                got = _shared_with_next(text, inside, index, sent, live)
            if got is None:
                previous = None
                continue
            cue, s, e = got
            asserted = voice
            if (
                reporter is not None
                and reporter[0] != m.name
                and m.start > reporter[1]
                and cue != "credits"
            ):
                asserted = reporter[0]
            if rep and m.name == rep["original_outlet"] and cue != "credits":
                previous = (m, cue, s)
                continue
            key = (m.name, cue, asserted)
            hop = hops.get(key)
            if hop is None:
                hop = hops[key] = Hop(
                    m.name,
                    m.kind,
                    cue,
                    asserted,
                    method="credit_line" if cue == "credits" else "body",
                )
                order.append((hop, s))
            hop.evidence.append(Evidence.of(text, s, e))
            if cue == "reports" and reporter is None:
                reporter = (m.name, e)
            previous = (m, cue, s)
    named = Spans((mm.start, mm.end) for mm in mentions)
    unregistered = len(_unregistered())
    for pattern, um in (
        (k, um) for k in range(unregistered) for um in scan.finditer(base + cues + k)
    ):
        name = um.group("name").strip()
        if pattern != _CALL_SIGN and " " not in name:  # "the Sun-Times reported": the
            name = origins.in_full(text, name, um.start("name"))  # Chicago Sun-Times named before
        elif pattern != _CALL_SIGN:
            name = _paper_in_full(text, name, um.start("name"))
        if named.covers(um.start("name")) or _same_brand(own, name):
            continue
        if "/" in name and not _paired_outlet(name):
            continue  # "the Quinnipiac/Marist poll", "the Health/Safety unit"
        if _own_name(own, name):
            continue  # "obtained by The Ridge Herald" in The Ridge Herald's own story
        span = (
            _call_sign_span(text, um)
            if pattern == _CALL_SIGN
            else _joined_span(text, um)
            if pattern == _JOINED
            else (um.start(), um.end())
        )
        if span is None or (pattern == _CALL_SIGN and not _call_sign_heard(text, um)):
            continue
        said = text[span[0] : span[1]]
        if SITE_ADDRESS.fullmatch(name) and said[:9].lower() == "according":
            continue  # "according to Realtor.com": a firm's data as often as its reporting
        cue = (
            "obtained"
            if re.match(r"(?:obtained|leaked|seen)", said, re.I) or said.endswith("obtained")
            else (
                "original"
                if re.match(r"published|investigation", said, re.I)
                or _FIRST.search(text, max(0, span[0] - 8), span[0])
                or re.search(r"revealed$", said)
                else "reports"
            )
        )
        if _BODY_AGENCY.search(name):
            cue = "cites"  # "according to the Environment Agency": a body the text cites
        if any(
            name.lower() == h.name.lower() and STRENGTH[h.cue] >= STRENGTH[cue]
            for h in hops.values()
        ):
            continue  # named already with as strong a cue
        hop = Hop(name, "broadcaster" if pattern == _CALL_SIGN else "unknown", cue, voice)
        hop.evidence.append(Evidence.of(text, *span))
        hops[(name, cue, voice)] = hop
        order.append((hop, um.start("name")))  # named first, not cued first
    _add_brand_hops(text, own, named, voice, hops, order)
    _add_byline_credits(text, own, rep, voice, hops, order)
    _add_named_origins(scan, base + cues + unregistered, named, voice, hops, order)
    order.sort(key=lambda pair: pair[1])  # "first named" is first in the text
    return [h for h, _ in order], order


def _paper_in_full(text: str, name: str, before: int) -> str:
    """An unregistered paper's name as the text first gave it in full before ``before``:
    "the Press Herald" is "The Portland Press Herald" named earlier; else as written."""
    found = run_before(text, name, _THE_AND_WORDS, 0, before)
    if found is None:
        return name
    return _THE.sub("", text[found[0] : found[1]], count=1)


_THE_AND_WORDS = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w’'.-]*[ \t]+){1,2}\Z")
_THE = re.compile(r"[Tt]he[ \t]+")


def _add_brand_hops(
    text: str,
    own: str | None,
    named: Spans,
    voice: str,
    hops: dict[tuple[str, str, str], Hop],
    order: list[tuple[Hop, int]],
) -> None:
    """Hops for the news sites the text cites by a brand word the registry does not know
    ("VTDigger reported", "told CalMatters"): see :mod:`audit.analyse.brand_outlets`."""
    for citation in brand_citations(text):
        name = citation.name
        if named.overlaps(citation.start, citation.end) or _same_brand(own, name):
            continue
        if _own_name(own, name):
            continue  # "told VTDigger" in VTDigger's own story
        same = [h for h in hops.values() if h.name.lower() == name.lower()]
        hop = max(same, key=lambda h: STRENGTH[h.cue], default=None)
        if hop is None or STRENGTH[hop.cue] < STRENGTH[citation.cue]:
            hop = hops[(name, citation.cue, voice)] = Hop(name, "unknown", citation.cue, voice)
            order.append((hop, citation.start))
        hop.evidence.append(Evidence.of(text, citation.start, citation.end))


def _add_byline_credits(
    text: str,
    own: str | None,
    rep: Mapping[str, Any] | None,
    voice: str,
    hops: dict[tuple[str, str, str], Hop],
    order: list[tuple[Hop, int]],
) -> None:
    """Hops for the agencies a byline credits beside the copy's own reporters ("Jo Roe,
    LRT RADIO, BNS"): they contributed to the story, unless the copy republishes them
    (then the republication is the hop) or they are the copy's own outlet."""
    original = rep["original_outlet"] if rep else None
    for credit in text_bylines(text)[1]:
        name = credit.outlet
        if name is None or name in (original, own) or _same_brand(own, name):
            continue
        if SITE_ADDRESS.fullmatch(credit.name) and lookup_in_context(credit.name) is None:
            continue  # "Jo Roe, ETMarkets.com": a site's own address, not an agency
        if any(h.name == name for h in hops.values()):
            continue
        known = lexicons.registry().lookup(name)
        hop = hops[(name, "credits", voice)] = Hop(
            name, known.kind if known else "unknown", "credits", voice, method="credit_line"
        )
        hop.evidence.append(Evidence.of(text, credit.start, credit.end))
        order.append((hop, credit.start))


def _add_named_origins(
    scan: Scan,
    first: int,
    named: Spans,
    voice: str,
    hops: dict[tuple[str, str, str], Hop],
    order: list[tuple[Hop, int]],
) -> None:
    """Hops for the origins :mod:`audit.analyse.origins` finds (its patterns start at index
    ``first`` of the scan's gate), unless the registry's mentions or a hop already name them."""
    count = len(origins.patterns())
    matches = ((i, m) for i in range(count) for m in scan.finditer(first + i))
    found = list(origins.named_origins(matches))
    for origin in found:
        if named.overlaps(origin.name_start, origin.name_end):
            continue
        if _DOWNSTREAM.search(scan.text, max(0, origin.start - 60), origin.start):
            continue  # "also carried by public radio station WEKU": it ran the story later
        # "Brightpath" where another origin is "Brightpath Eligibility Services": that one
        longer = (o.name for o in found if o.name.lower().startswith(origin.name.lower() + " "))
        name = next(longer, origin.name)
        if any(name.lower() == h.name.lower() for h in hops.values()):
            continue
        hop = Hop(name, origin.kind, origin.cue, voice)
        hop.evidence.append(Evidence.of(scan.text, origin.start, origin.end))
        hops[(name, origin.cue, voice)] = hop
        order.append((hop, origin.start))


def _rep_evidence(rep: Mapping[str, Any]) -> list[dict[str, Any]]:
    ev = rep.get("evidence")
    if isinstance(ev, list):
        return [e for e in ev if isinstance(e, dict)]
    return [ev] if isinstance(ev, dict) else []


@cache
def _material_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = lexicons.words_pattern(lexicons.load("attribution")["material_nouns"])
    np = re.compile(
        rf"\b(?:the|a|an|these|those|its|\d[\d,]*)\s+[^,.;:—–()]{{0,80}}\b(?:{nouns})\b"
        rf"(?:\s+(?:by|of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})?",
        re.IGNORECASE,
    )
    aux = re.compile(r"(?:\s*(?:were|was|have|has|had|been|being|are|is|,))*\s*$", re.IGNORECASE)
    return np, aux


def _material(text: str, hops: list[Hop]) -> dict[str, Any] | None:
    np, aux = _material_patterns()
    for hop in sorted(hops, key=lambda h: -STRENGTH[h.cue]):
        if STRENGTH[hop.cue] < 2:
            continue
        for ev in hop.evidence:
            sent = next((s for s in sentences(text) if s.start <= ev.start < s.end), None)
            if sent is None:
                continue
            left = _mask_asides(text[sent.start : ev.start])
            best = None
            for m in np.finditer(left):
                if aux.fullmatch(left[m.end() :]) or not left[m.end() :].strip():
                    best = m
            if best is None:
                window = _mask_asides(text[ev.start : sent.end])
                best_after = np.search(window)
                if best_after is None:
                    continue
                s = ev.start + best_after.start()
                e = ev.start + best_after.end()
            else:
                s, e = sent.start + best.start(), sent.start + best.end()
            quote = Evidence.of(text, s, e)
            return {"description": quote.quote, "evidence": [quote.as_json()]}
    return None


def _mask_asides(value: str) -> str:
    """Blank out text between paired dashes (an aside), keeping offsets."""
    return re.sub(r"—[^—]{0,200}—", lambda m: " " * len(m.group(0)), value)


def analyse_attribution(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """The chain, its origin (with the reason) and the primary material when stated."""
    text = article.text
    rep = found.get("republication") or None
    hops, _ = _hops(text, found)
    chain: list[Hop] = []
    if rep and rep.get("original_outlet"):
        name = rep["original_outlet"]
        outlet = lexicons.registry().lookup(name)
        first = Hop(
            name,
            outlet.kind if outlet else "unknown",
            "republishes",
            "self",
            method=rep.get("method") or "inferred",
        )
        first.evidence = [Evidence.of(text, e["start"], e["end"]) for e in _rep_evidence(rep)]
        if first.evidence:
            chain.append(first)
    reporting = sorted((h for h in hops if h.cue != "credits"), key=lambda h: STRENGTH[h.cue])
    chain.extend(reporting)
    chain.extend(h for h in hops if h.cue == "credits")
    origin, reason = _origin(
        reporting, chain[0] if chain and chain[0].cue == "republishes" else None
    )
    return {
        "attribution": {
            "chain": [h.as_json() for h in chain],
            "origin": origin,
            "origin_reason": reason,
            "primary_material": _material(text, reporting),
        }
    }


_RELAY_REACH = 300  # characters from an outlet's report to the records it speaks of


def _reported_before(outlet: Hop, owner: Hop) -> bool:
    """Whether ``outlet``'s report is named shortly before ``owner``'s records."""
    if not outlet.evidence or not owner.evidence:
        return False
    at = owner.evidence[0].start
    return any(0 <= at - e.end <= _RELAY_REACH for e in outlet.evidence)


def _origin(reporting: list[Hop], republished: Hop | None) -> tuple[str | None, str]:
    sources = [h for h in reporting if is_source_citation(h.cue, h.kind)]
    reporting = [h for h in reporting if not is_source_citation(h.cue, h.kind)]
    venues = [h for h in reporting if h.kind == "research"]
    if republished is not None and venues and len(venues) == len(reporting):
        # a republished release or column about a study: the copy is the republished
        # outlet's article; the journal is where the study it reports appeared
        named = ", ".join(dict.fromkeys(h.name for h in venues))
        return republished.name, (
            f"the republished outlet's article; {named} published the research it reports"
        )
    if not reporting:
        if republished is not None:
            return republished.name, "the republished outlet's article names no other source"
        if sources:
            cited = ", ".join(dict.fromkeys(h.name for h in sources))
            return None, (
                f"the text cites {cited} as a source of statements, not as reporting it relies on"
            )
        return None, "the text names no outlet whose reporting it relies on"
    # records another news outlet reported on, named right before them, reached the copy
    # through that outlet ("according to the Financial Times, which cited a review … The
    # review, written by Harcastle Partners"): their owner ranks with the outlet's report,
    # after it
    outlets = [h for h in reporting if h.cue in ("reports", "original") and h.kind != "research"]

    def strength(hop: Hop) -> int:
        relayed = hop.cue == "owns" and any(_reported_before(o, hop) for o in outlets)
        return STRENGTH["reports"] if relayed else STRENGTH[hop.cue]

    top = max(strength(h) for h in reporting)
    # on a tie, a journal or research body comes after the others: "SOURCE Acme" issued the
    # release that reports the study the journal published; so does the owner of records
    # someone else obtained or handed over
    tied = sorted(
        (h for h in reporting if strength(h) == top),
        key=lambda h: (h.kind == "research", h.cue == "owns"),
    )
    names = list(dict.fromkeys(h.name for h in tied))
    why = {
        3: "obtained the primary material",
        2: "published the original reporting",
        1: "is the source the text cites",
    }[top]
    if tied[0].cue == "owns":
        why = "holds the records the reporting rests on"
    reason = f"{names[0]} {why}"
    if len(names) > 1:
        reason += f" (first named; also: {', '.join(names[1:])})"
    return names[0], reason
