"""Republication: this copy carries another outlet's article.

Signs, strongest first: a footer "Source: X" line or a credit sentence ("The post … first
appeared on X", "Republished from X"); an organisation byline or an agency credit ("Written
by Taipei Times", "By Jane Doe, Reuters"); a wire dateline ("BEIJING (AP) —"); the outlet
naming itself inside the copy ("… not been independently verified by the Financial Times").
When the publisher of this copy is that same outlet, it is not a republication. Patterns are
data in ``audit/lexicon/republication.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from audit.analyse import prefilter, textscan
from audit.analyse.byline import text_bylines
from audit.analyse.credit_lines import footer_lines, lines_of, person_like
from audit.analyse.header import read_header
from audit.analyse.host import host_outlet
from audit.analyse.names import looks_like_name
from audit.analyse.outlets import Outlet
from audit.analyse.registry import lookup, lookup_in_context, name_in, outlets
from audit.analyse.segment import paragraphs
from audit.analyse.title import find_span
from audit.analyse.vocab import load_yaml
from audit.model import Article, Evidence

_STRENGTH = {"footer": 4, "credit_line": 4, "byline_line": 3, "dateline": 3, "body": 1}
_DATELINE_PARAGRAPHS = 6
_DATELINE_LINES = 6
_TRIM = " .,:;*_[]()\"'“”‘’-–—"
_WINDOW = 80


@dataclass(frozen=True, slots=True)
class Sign:
    """One piece of evidence that the copy is ``outlet``'s article."""

    outlet: str
    start: int
    end: int
    method: str


@cache
def _patterns() -> dict[str, Any]:
    data = load_yaml("republication.yaml")
    flags = re.IGNORECASE
    return {
        "source": re.compile(data["source_line"], flags),
        "credits": [re.compile(p, flags) for p in data["credit_sentences"]],
        "dateline": re.compile(data["dateline"]),
        "wire_datelines": [re.compile(p) for p in data["wire_datelines"]],
        "closing": re.compile(data["closing_credit"], flags),
        # The cues are stored anchored to the outlet's name ("…verified by (the )?$"); here
        # they are searched for on their own and the outlet is looked for beside them.
        "before": [
            re.compile(p.removesuffix("$"), flags) for p in data["self_reference"]["before_outlet"]
        ],
        "after": [
            re.compile(p.removeprefix("^"), flags) for p in data["self_reference"]["after_outlet"]
        ],
    }


_CONTINUATION = re.compile(
    r"\s+(?:under|with|as|for|via|and)\s+(?=[a-z])"  # "X and is republished here under"
    # "El País on November 19, 2026": the date it appeared there
    r"|\s+(?:on|in)\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed"
    r"|Thu|Fri|Sat|Sun)[a-z]*(?:\.?\s+\d|\.?$))"
)


_LETTER = re.compile(r"[^\W\d_]")
# "first appeared on November 15 on The Harbour Post": the date before the name
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_LEADING_DATE = re.compile(
    rf"^(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
    r",?\s+(?:on|in|at)\s+"
)


def _named(raw: str, *, strict: bool) -> str | None:
    """The outlet a captured name stands for: registered name, or the name as written."""
    name = re.sub(r"https?://\S+", "", raw).strip(_TRIM)
    # "The Conversation under a Creative Commons license", "X and is republished here", "El
    # País on November 19": the name ends before such words
    name = _LEADING_DATE.sub("", name)
    name = _CONTINUATION.split(name, maxsplit=1)[0].strip(_TRIM)
    if name.count("(") > name.count(")"):
        name += ")"  # "Nation News (Barbados)": the trim took the qualifier's bracket
    known = name_in(name) if name else None
    if known is None and name.endswith(")"):
        known = lookup_in_context(name)  # a short form and its outlet's qualifier
    if known:
        return known.name
    if strict or not looks_like_name(name, max_words=6) or not _LETTER.search(name):
        return None  # "first appeared in 2024" names no outlet
    return name


def _footer_signs(text: str) -> list[Sign]:
    signs: list[Sign] = []
    for line in footer_lines(text):
        m = _patterns()["source"].match(line.text)
        if not m:
            continue
        has_date = re.search(r"\d{4}", line.text[m.end("outlet") :]) is not None
        name = _named(m.group("outlet"), strict=not has_date)
        if name:
            signs.append(Sign(name, line.start, line.end, "footer"))
    return signs


def scan_patterns() -> list[re.Pattern[str]]:
    """The credit sentences, then the self-reference cues before and after an outlet's
    name, for the shared gate (see :mod:`audit.analyse.textscan` and :func:`_parts`)."""
    pats = _patterns()
    return [*pats["credits"], *pats["before"], *pats["after"]]


def _parts() -> tuple[range, range, range]:
    """The indexes in the shared gate of the credit, before and after patterns."""
    pats = _patterns()
    start = textscan.offset("republication")
    before = start + len(pats["credits"])
    after = before + len(pats["before"])
    return range(start, before), range(before, after), range(after, after + len(pats["after"]))


def _credit_signs(text: str) -> list[Sign]:
    signs: list[Sign] = []
    scan = textscan.scan(text)
    for index in _parts()[0]:
        for m in scan.finditer(index):
            name = _named(m.group("outlet"), strict=False)
            if name:
                signs.append(Sign(name, m.start(), m.end(), "credit_line"))
    return signs


def credit_note(text: str) -> bool:
    """Whether ``text`` holds a sentence crediting another outlet with the article ("This
    article originally appeared in …"), the note a page may keep outside its main text."""
    return bool(_credit_signs(text))


def may_hold_credit_note(text: str) -> bool:
    """False when no part of ``text`` can hold a :func:`credit_note`: a quick test of a whole
    page's text (any part's note has its words in the whole) before its parts are read."""
    scan = _credit_gate().scan(text)
    return any(scan.can_match(index) for index in range(len(_patterns()["credits"])))


@cache
def _credit_gate() -> prefilter.Gate:
    """A gate of the credit sentences alone: few words, so a page's text is read quickly."""
    return prefilter.Gate(_patterns()["credits"])


def _byline_signs(text: str) -> list[Sign]:
    authors, agencies = text_bylines(text)
    return [
        Sign(c.outlet, c.line_start, c.end, "byline_line")
        for c in (*authors, *agencies)
        if c.outlet is not None and not c.aside
    ]


def _dateline_signs(text: str, page: bool) -> list[Sign]:
    """Wire datelines opening one of the first paragraphs; on a web page, also one of a
    paragraph's first lines (a page's text keeps one line per paragraph with no blank line
    between; a plain text's lines may be hard-wrapped sentences)."""
    signs: list[Sign] = []
    reach = _DATELINE_LINES if page else 1
    for paragraph in paragraphs(text)[:_DATELINE_PARAGRAPHS]:
        for line in lines_of(text, paragraph.start, paragraph.end)[:reach]:
            known, m = _dateline_outlet(line.text)
            if known and m:
                start = line.start
                signs.append(Sign(known.name, start + m.start(), start + m.end(), "dateline"))
    return signs


def _dateline_outlet(opening: str) -> tuple[Outlet | None, re.Match[str] | None]:
    """The registered outlet a line's wire dateline names, and the dateline's match:
    "(AP) —" for any registered outlet, the other house styles for wires only."""
    m = _patterns()["dateline"].match(opening)
    if m:
        return lookup_in_context(m.group("outlet").split("/")[0]), m  # "(dpa/lno)"
    for pattern in _patterns()["wire_datelines"]:
        m = pattern.match(opening)
        if m:
            known = lookup_in_context(m.group("outlet").strip())
            if known is not None and known.kind == "wire":
                return known, m
    return None, None


def _closing_signs(text: str, byline: Any) -> list[Sign]:
    """ "(FR mit dpa)" closing a line; a wire's name alone on a header/footer line of an
    article that credits no person (else it is a photo or contribution credit)."""
    signs: list[Sign] = []
    found = lines_of(text)
    for k, line in enumerate(found):
        tail = line.text[-_WINDOW:]
        m = _patterns()["closing"].search(tail)
        listed = m is not None and _listed_link(found, k, m.start(), len(text))
        if m and not _photo_credit(m.group(0)) and not listed:
            known = lookup_in_context(m.group("outlet"))
            before = tail[: m.start()].strip()
            if known and before and lookup_in_context(before) is known:
                continue  # "Cameroon Radio Television (CRTV)": a name and its short form
            if known:
                start = line.end - len(tail) + m.start()
                end = start + len(m.group(0).rstrip())
                signs.append(Sign(known.name, start, end, "credit_line"))
    if any(name_in(entry.get("name", "")) is None for entry in byline or []):
        return signs
    for line in [*read_header(text).lines, *footer_lines(text)]:
        known = lookup(line.text)
        if known is not None and known.kind == "wire":
            signs.append(Sign(known.name, line.start, line.end, "credit_line"))
    return signs


_LINK_WORDS = 15  # a linked headline's length at most
_HEADLINE_WORDS = 3  # a linked headline's length at least (a list's heading is shorter)
_CREDIT_OPENING = re.compile(r"(?i)(?:with\s+)?(?:additional\s+)?(?:reporting\s+)?by\b")


def _headline_shaped(text: str) -> bool:
    return 0 < len(text.split()) <= _LINK_WORDS and text.rstrip()[-1:] not in '.!?:;,"”’'


def _listed_link(found: list[Any], k: int, credit: int, size: int) -> bool:
    """Whether line ``k``, whose closing credit starts at ``credit`` of its tail, is one of
    a list of linked headlines after the story ("Related / Ferry passengers still waiting
    on refunds (Nation News) / Port Authority reports rise in yacht arrivals"): another
    story's source, not this copy's. It lies in the second half of the text (of ``size``
    characters; not a dateline or a headline), the words before the credit are a headline
    and no reporter's credit, and a neighbouring line is another headline."""
    line = found[k]
    if line.start < size // 2:
        return False
    before = line.text[: max(0, len(line.text) - _WINDOW) + credit]
    short = len(before.split()) < _HEADLINE_WORDS
    if not _headline_shaped(before) or short or _CREDIT_OPENING.match(before):
        return False
    return any(
        _headline_shaped(found[j].text) and len(found[j].text.split()) >= _HEADLINE_WORDS
        for j in (k - 1, k + 1)
        if 0 <= j < len(found)
    )


_SIGN_OFF = re.compile(r"[-–—]?[ \t]*(?P<outlet>[^\W\d_][\w&. -]{0,40})")
_PROSE_END = re.compile(r"[.!?\"”’][ \t]*$")
# The wire's name after a dash closing the last paragraph ("… the state water operator. —
# Bernama").
_INLINE_SIGN_OFF = re.compile(
    r"[.!?\"”’][ \t]+[-–—][ \t]*(?P<outlet>[^\W\d_][\w&.-]*(?: [\w&.-]+){0,3})[ \t]*$"
)


def _sign_off_signs(text: str) -> list[Sign]:
    """A wire's name alone as a paragraph right after the story's prose, or after a dash
    closing a paragraph, in the second half of the text ("…monitor the app.\n\nAAP", "—
    Reuters", "… the operator. — Bernama"): the agency signing its copy, whoever the byline
    names."""
    signs: list[Sign] = []
    found = paragraphs(text)
    for paragraph in found:
        inline = (
            _INLINE_SIGN_OFF.search(paragraph.text) if paragraph.start > len(text) // 2 else None
        )
        known = lookup_in_context(inline.group("outlet")) if inline else None
        if inline and known is not None and known.kind == "wire":
            start = paragraph.start + inline.start("outlet")
            signs.append(
                Sign(known.name, start, paragraph.start + inline.end("outlet"), "credit_line")
            )
    for previous, paragraph in pairwise(found):
        if paragraph.start < len(text) // 2 or not _PROSE_END.search(previous.text):
            continue
        m = _SIGN_OFF.fullmatch(paragraph.text)
        # a wire's short name counts here too ("AAP"): nothing else signs off a story so
        known = lookup_in_context(m.group("outlet").strip()) if m else None
        if known is not None and known.kind == "wire":
            signs.append(Sign(known.name, paragraph.start, paragraph.end, "credit_line"))
    return signs


def _photo_credit(closing: str) -> bool:
    """ "(Tom Hadley/PA Wire)": a photographer's name before the agency credits a picture,
    where "(dpa/lno)" or "(FR/dpa)" credit the copy."""
    head, slash, _ = closing.strip("() \t").partition("/")
    return bool(slash) and len(head.split()) >= 2 and person_like(head.strip())


def _author_signs(text: str, byline: Any) -> list[Sign]:
    """Page authors that are wires ("AFP", "det/dpa"), located in the text."""
    signs: list[Sign] = []
    for entry in byline or []:
        for part in re.split(r"\s*/\s*", entry.get("name", "")):
            known = lookup_in_context(part) if part else None
            if known is None or known.kind != "wire":
                continue
            evidence = entry.get("evidence")
            span = (evidence["start"], evidence["end"]) if evidence else find_span(text, part)
            if span:
                signs.append(Sign(known.name, span[0], span[1], "byline_line"))
    return signs


@lru_cache(maxsize=16)
def self_references(text: str) -> tuple[Sign, ...]:
    """Places where a registered outlet speaks of itself ("not verified by the FT").

    The cue phrases are found first; the registry is consulted only right after (or right
    before) each cue, so long texts cost little.
    """
    signs: list[Sign] = []
    _, before, after = _parts()
    scan = textscan.scan(text)
    for index in before:
        for m in scan.finditer(index):
            begin = m.end() - 4 if text[m.end() - 4 : m.end()].lower() == "the " else m.end()
            window = text[begin : begin + _WINDOW]
            mention = next(outlets().mentions(window), None)
            if mention is not None and window[: mention.start].strip().lower() in {"", "the"}:
                signs.append(Sign(mention.outlet.name, m.start(), begin + mention.end, "body"))
    for index in after:
        for m in scan.finditer(index):
            start = max(0, m.start() - _WINDOW)
            window = text[start : m.start()]
            found = list(outlets().mentions(window))
            if found and not window[found[-1].end :].strip():
                mention = found[-1]
                signs.append(Sign(mention.outlet.name, start + mention.start, m.end(), "body"))
    return tuple(sorted(set(signs), key=lambda sign: sign.start))


# A syndicating site's note on agency copy: "(This story has not been edited by The Tribune
# staff and is auto-generated from a syndicated feed.)" names the site that published it.
_PUBLISHER_NOTE = re.compile(
    r"\b[Nn]ot\s+(?:been\s+)?edited\s+by\s+(?:[Tt]he\s+)?(?P<name>[A-Z][^\n.()]{1,59}?)\s+staff\b"
)


def publisher_note(text: str) -> Sign | None:
    """The site a syndication note names as the publisher of this copy (a capitalised name:
    "not edited by our staff" names none), if the text has one."""
    m = _PUBLISHER_NOTE.search(text)
    if m is None:
        return None
    known = lookup_in_context(m.group("name"))
    name = known.name if known else m.group("name")
    return Sign(name, m.start("name"), m.end("name"), "body")


# An outlet credited as another's source: "As first reported by the AFR", "according to".
_CITED_BY = re.compile(
    r"(?:(?:first\s+)?(?:reported|revealed|published|disclosed)\s+by|according\s+to|citing)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "Garowe Online reported on Tuesday": the outlet credited as the reporting's source.
_CITED_AS = re.compile(
    r"(?:[’']s)?[ \t]+(?:first[ \t]+|earlier[ \t]+)?(?:reported|revealed|reports)\b"
)


def _not_cited(text: str, signs: tuple[Sign, ...]) -> list[Sign]:
    """Self-references of outlets the text does not also credit as a source: a copy that
    says "as first reported by the AFR" (or "Garowe Online reported") and "declined to
    comment to the AFR" is someone else's article citing the AFR, not the AFR's own."""
    if not signs:
        return []
    cited = {
        m.outlet.name
        for m in outlets().mentions(text)
        if _CITED_BY.search(text, max(0, m.start - 40), m.start) or _CITED_AS.match(text, m.end)
    }
    return [s for s in signs if s.outlet not in cited]


def _trim(text: str, sign: Sign) -> Sign:
    quote = text[sign.start : sign.end]
    stripped = quote.strip()
    start = sign.start + quote.index(stripped) if stripped else sign.start
    return Sign(sign.outlet, start, start + len(stripped), sign.method)


def analyse_republication(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """``republication`` with the original outlet and every span that shows it, or None."""
    text = article.text
    signs = [
        *_footer_signs(text),
        *_credit_signs(text),
        *_byline_signs(text),
        *_dateline_signs(text, article.html is not None),
        *_closing_signs(text, found.get("byline")),
        *_sign_off_signs(text),
        *_not_cited(text, self_references(text)),
    ]
    if article.html is not None:
        signs.extend(_author_signs(text, found.get("byline")))
    host = host_outlet(article)
    if host is not None:
        # a byline line crediting the copy's own outlet beside an agency ("Jo Roe, LRT
        # RADIO, BNS"): the agency contributed to this outlet's story, which is its own
        own_lines = {
            s.start
            for s in signs
            if s.method == "byline_line" and _same_outlet(s.outlet, host.name)
        }
        signs = [
            s
            for s in signs
            if not _same_outlet(s.outlet, host.name)
            and not (s.method == "byline_line" and s.start in own_lines)
        ]
    elif all(s.method == "body" for s in signs):
        return {"republication": None}  # the outlet names itself; see analyse_outlet
    if not signs:
        return {"republication": None}
    score: dict[str, int] = {}
    for sign in signs:
        score[sign.outlet] = score.get(sign.outlet, 0) + _STRENGTH[sign.method]
    original = max(score, key=lambda name: (score[name], -_first(signs, name)))
    chosen = sorted({_trim(text, s) for s in signs if s.outlet == original}, key=lambda s: s.start)
    best = max(chosen, key=lambda s: _STRENGTH[s.method])
    return {
        "republication": {
            "original_outlet": original,
            "evidence": [Evidence.of(text, s.start, s.end).as_json() for s in chosen],
            "method": best.method,
        }
    }


def _same_outlet(name: str, host: str) -> bool:
    """Whether ``name`` is the copy's own outlet: the same name, or one the other opens with
    a word more (a local edition: "Brenton Post" and "Brenton Post Denver")."""
    return name == host or host.startswith(name + " ") or name.startswith(host + " ")


def _first(signs: list[Sign], name: str) -> int:
    return min(s.start for s in signs if s.outlet == name)
