"""Direct quotations and who said them.

The speaker comes from the reporting verb next to the quote, looked for in this order:
right after the quote ('…," said Jane Roe' / '…," she said' / '…," according to a
statement by Roe'), then before it in the same sentence ('Roe said: "…"', 'Roe, an
expert, told reporters "…"'), then a sentence-final tag (', Roe said.'). Pronouns and
"who" resolve to the last person named before them outside quotations; surnames and
"Mr Roe" resolve to the one full name in the text that fits. A quote with no verb of its
own that follows another quote in the same paragraph continues it. A person beats an
outlet ('Xi ordered … "no mercy," the Times said' is Xi's words, relayed by the Times).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from audit.analyse import lexicons, prefilter
from audit.analyse.mentions import OutletMention, outlet_mentions
from audit.analyse.people import NAME_RUN, People, clean_name, quoted_mask, title_as_surname
from audit.analyse.quotemarks import QuoteSpan, find_quotes
from audit.analyse.viewpoint import viewer
from audit.model import Article, Evidence

_NEAR = 60
_WINDOW = 400
_SENTENCE_END = re.compile(r"[.!?](?=[\s”\"’']|$)|\n")
_LAST_WORD = re.compile(r"\w+$")
_NAME_NEXT = re.compile(r"[ \t][A-Z]")
_INITIAL = re.compile(r"[A-Z]")
_THAT = re.compile(r"\s+that\b")
# A verb that reports a clause, with the clause's first word: "said the prime minister …"
_REPORTS_CLAUSE = re.compile(
    r"(?:said|says|added|adds|insisted|insists|argued|argues|claimed|claims|warned|warns"
    r"|noted|notes|stressed|stresses|explained|explains)\s+"
    r"(?:the|a|an|he|she|it|they|we|there|his|her|their|its|this|these|those)\b",
    re.IGNORECASE,
)
# A name after a verb, at most two lower-case words between ("said former minister Roe").
_NAME_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?({NAME_RUN.pattern})")
# A name right after the closing mark, set off by a comma: the speaker of an apposition.
_LEAD_NAME = re.compile(rf"[ \t]*({NAME_RUN.pattern})[ \t]*,")
# A conjunction between a quotation and a reporting verb opens another clause, whose verb
# does not introduce the quotation ("…”, though the union warned that …").
_CLAUSE_BREAK = re.compile(r"\b(?:though|although|whereas|while|but|because|unless|yet)\b")
# A name and its apposition, up to three comma-separated parts, before the verb ("Jane Roe,
# director of the institute at Duke University, who leads the study, says").
_APPOSITION = re.compile(rf"({NAME_RUN.pattern})\s*,(?:[^,;:]{{1,150}},){{0,2}}[^,;:]{{0,150}}$")
# What ends the sentence between two quotes (then they are not one split quote).
_GAP_BREAK = re.compile(r"[.!?;\n]")
# An outlet's possessive before a person's name ("the ACLU's Jay Stanley").
_POSSESSIVE_NAME = re.compile(r"[’']s\s+(?=[A-Z])")
# Lower-case words a title may hold ("Lord of the Rings").
_TITLE_JOINERS = frozenset(
    ["a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "or", "the", "to", "with"]
)
# Punctuation closing a quotation that leaves its sentence open for the tag ('…,” Roe said').
_GOES_ON = frozenset(",?!—–-")
# A tag's subject alone between the closing mark and the verb.
_TAG_SUBJECT = re.compile(rf"[ \t]+({NAME_RUN.pattern})[ \t]+")
_FULL_STOP = re.compile(r"[.!?](?=[\s”\"’']|$)")
_SENTENCE_START = re.compile(r"(?:[.!?][”\"’')\]]*\s+|\n)")
# Compiled once rather than looked up in re's cache on every call.
_POSSESSIVE_END = re.compile(r"[’']s$")
_NAME_AT_END = re.compile(rf"(?:{NAME_RUN.pattern})$")
_THE_MARKUP = re.compile(r"(?:the\s+)?[*_]*", re.IGNORECASE)
_CAPITAL_AT_END = re.compile(r"[A-Z][\w’'-]*\s*$")


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    start: int
    end: int
    person: bool


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = lexicons.load("reporting")
    verbs = lexicons.words_pattern(data["reporting_verbs"])
    nouns = lexicons.words_pattern(data["source_nouns"])
    pronouns = lexicons.words_trie(data["person_pronouns"])
    roles = lexicons.words_trie(data["role_nouns"])
    return {
        "verb": re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
        "according": re.compile(r"\baccording\s+to\s+", re.IGNORECASE),
        "noun_by": re.compile(rf"\b(?:{nouns})\s+(?:by|from|of)\s+(?=[A-Z])", re.IGNORECASE),
        # "he", "she", or "the (Conservative) MP" opening its clause (not "close to the star")
        "pronoun_end": re.compile(
            rf"(?:\b(?:{pronouns})|(?:^|[,;:—–])\s*the\s+(?:[\w’'-]+\s+){{0,2}}?(?:{roles}))\s*$",
            re.IGNORECASE,
        ),
        "who_end": re.compile(r"\bwho\s*$", re.IGNORECASE),
        "np_end": re.compile(
            r"\b(?:the|a|an|its|their|his|her|our)\s+(?:(?!(?:and|but|or|then)\b)[\w’'-]+\s+){1,3}$",
            re.IGNORECASE,
        ),
    }


_VERB, _ACCORDING, _NOUN_BY, _NAME_VERB, _VERB_NAME = 0, 1, 2, 3, 4


@cache
def _role_then_name() -> re.Pattern[str]:
    """A role and, set off by a comma, the name of who holds it, after a reporting verb
    ("said the mayor, Rosa Diaz", "said Britain's foreign secretary, Jo Roe")."""
    roles = lexicons.words_trie(lexicons.load("reporting")["role_nouns"])
    return re.compile(
        rf"\s+(?:the\s+)?(?:[\w-]+[’']s\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?i:{roles}),"
        rf"\s+({NAME_RUN.pattern})"
    )


@cache
def _so_tag() -> re.Pattern[str]:
    """A German tag after the closing mark and a comma ('„…“, so Landrat Peter Vogel.')."""
    tags = lexicons.words_trie(list(lexicons.load("reporting").get("quote_tag_words", [])))
    return re.compile(
        rf"[ \t]*,[ \t]+(?:{tags})[ \t]+(?:[a-zäöüß][\w-]*[ \t]+){{0,2}}?"
        rf"({NAME_RUN.pattern})(?=[ \t]*(?:[.,;:!?]|$))"
    )


@cache
def _gate() -> prefilter.Gate:
    """Reporting verbs, "according to" and "statement by": tried only where they start;
    "Name said" and "said Name" (case as written), for :attr:`_Context.speakers`. One gate,
    so that one pass over the text finds the literals of all five."""
    pats = _patterns()
    verbs = pats["verb"].pattern
    return prefilter.Gate(
        [
            pats["verb"],
            pats["according"],
            pats["noun_by"],
            re.compile(rf"({NAME_RUN.pattern})[ \t]+{verbs}"),
            re.compile(rf"{verbs}[ \t]+({NAME_RUN.pattern})"),
        ]
    )


class _Context:
    def __init__(self, text: str, spans: list[QuoteSpan]) -> None:
        self.text = text
        quoted = [(q.start, q.end) for q in spans]
        self.masked = quoted_mask(text, quoted)
        self.scan = _gate().scan(self.masked)
        registered = lexicons.registry().mentions_masked(text, self.masked, quoted)
        self.people = People(self.masked, [(m.start, m.end) for m in registered])
        self._speakers: frozenset[str] | None = None
        self.outlets = [
            o for o in outlet_mentions(text) if not any(q.start <= o.start < q.end for q in spans)
        ]

    @property
    def speakers(self) -> frozenset[str]:
        """People the text shows speaking by name ("Roe said", "said Roe")."""
        if self._speakers is None:
            found: set[str] = set()
            # "Name said" has no word every match starts with: one search of the whole
            # text (when it has a verb at all) beats searching each stretch holding a verb
            name_verb = self.scan.gate.patterns[_NAME_VERB]
            for m in name_verb.finditer(self.masked) if self.scan.can_match(_NAME_VERB) else ():
                name = clean_name(self.masked, m.start(1), m.end(1))
                if name is not None:
                    found.add(self.people.resolve(_POSSESSIVE_END.sub("", name.text)))
            for m in self.scan.finditer(_VERB_NAME):
                name = clean_name(self.masked, m.start(1), m.end(1))
                if name is not None:
                    found.add(self.people.resolve(name.text))
            self._speakers = frozenset(found)
        return self._speakers

    def outlet_at(self, start: int, end: int) -> OutletMention | None:
        return next((o for o in self.outlets if o.start < end and start < o.end), None)

    def name_at(self, start: int, end: int, proper: bool = False) -> Speaker | None:
        """A speaker written at start:end (a capitalised run, possibly an outlet). A lone
        word that names nobody else in the text counts only when ``proper``: where its
        capital cannot come from a sentence start (a surname: '…,” Roe said')."""
        outlet = self.outlet_at(start, end)
        if outlet is not None:
            after = _POSSESSIVE_NAME.match(self.masked, outlet.end, end)
            if after is not None:  # "the ACLU's Jay Stanley": the person, not the body
                return self.name_at(after.end(), end, proper)
            return Speaker(outlet.name, outlet.start, outlet.end, False)
        name = clean_name(self.masked, start, end)
        if name is None and proper:
            name = title_as_surname(self.masked, start, end)  # '…?” King asked'
        if name is None:
            return None
        written = _POSSESSIVE_END.sub("", name.text)
        resolved = self.people.resolve(written)
        lone = " " not in resolved and not name.titled
        if lone and (not proper or not any(c.islower() for c in written)):
            return None  # a lone capitalised word ("Critics") that names nobody, or "U.S"
        return Speaker(resolved, name.start, name.start + len(written), True)

    def name_after(self, start: int, end: int, proper: bool = False) -> Speaker | None:
        """The name right after a reporting verb that ends at ``start`` ("said Roe", "said
        former minister Roe", "said the city's mayor, Rosa Diaz"), within ``end``."""
        for pattern in (_NAME_AFTER, _role_then_name()):
            after = pattern.match(self.masked, start, end)
            named = self.name_at(after.start(1), after.end(1), proper) if after else None
            if named is not None:
                return named
        return None

    def subject_before(self, position: int, floor: int) -> Speaker | None:
        """The subject ending right before ``position`` (a verb), within [floor, position)."""
        left = self.masked[floor:position]
        pats = _patterns()
        who = pats["who_end"].search(left)
        pronoun = who or pats["pronoun_end"].search(left)
        if pronoun is not None:
            anchor = floor + pronoun.start()
            lower = floor if who else 0
            # "he" after a person named earlier in its own sentence is that person; else the
            # last person named before, preferring people the text shows speaking
            prior = (None if who else self.people.last_before(anchor, floor)) or (
                self.people.last_before(anchor, lower, self.speakers)
            )
            if prior is None:
                return None
            return Speaker(self.people.resolve(prior.text), prior.start, prior.end, True)
        for o in reversed(self.outlets):
            if (
                floor <= o.start
                and o.end <= position
                and not self.masked[o.end : position].strip(" *_,")
            ):
                return Speaker(o.name, o.start, o.end, False)
        stripped = _strip_trailer(left)
        run = _NAME_AT_END.search(stripped)
        if run is None:
            apposition = _APPOSITION.search(stripped)
            if apposition is None:
                return None
            run = apposition
            s, e = floor + run.start(1), floor + run.end(1)
        else:
            s, e = floor + run.start(), floor + run.end()
        return self.name_at(s, e)


def _sentence_floor(masked: str, position: int, paragraph_start: int) -> int:
    """Start of the sentence holding ``position``, looking back at most _WINDOW characters
    (a speaker is named near the quote; the bound keeps long run-on text linear)."""
    floor = max(paragraph_start, position - _WINDOW)
    for m in _SENTENCE_START.finditer(masked, floor, position):
        floor = m.end()
    return floor


def _after(ctx: _Context, q: QuoteSpan, limit: int) -> tuple[Speaker | None, bool]:
    """Speaker from the words after the closing mark; (speaker, near)."""
    assert q.close_at is not None
    begin = q.close_at + 1
    limit = min(limit, begin + _WINDOW)
    stop = ctx.masked.find("_", begin, limit)
    stop = limit if stop < 0 else stop
    end = _sentence_end(ctx.masked, begin, stop)
    window_end = end if end is not None else stop
    tag = _so_tag().match(ctx.masked, begin, window_end)
    if tag is not None:
        named = ctx.name_at(tag.start(1), tag.end(1))
        if named is not None and named.person:
            return named, True
    acc = next(ctx.scan.finditer(_ACCORDING, begin, window_end), None)
    verb = next(ctx.scan.finditer(_VERB, begin, window_end), None)
    first = min((m for m in (acc, verb) if m), key=lambda m: m.start(), default=None)
    if first is None:
        return None, False
    near = first.start() - begin <= _NEAR
    if _CLAUSE_BREAK.search(ctx.masked, begin, first.start()):
        return None, False  # "…”, though the union warned": another clause's verb
    if first is verb and _THAT.match(ctx.masked, first.end()):
        return None, False  # "…?” Mr. Cueto responded that …": the verb reports other words
    if (
        first is verb
        and ctx.text[q.close_at - 1 : q.close_at] == "."
        and ctx.masked[begin : first.start()].strip()
        and _REPORTS_CLAUSE.match(ctx.masked, first.start())
    ):
        # '…consulted.” Downing Street said the prime minister …': the quote's sentence has
        # ended and the next one reports other words, so it is no tag of this quote
        return None, False
    if first is acc:
        return _according(ctx, first.end(), window_end), near
    lead = _LEAD_NAME.match(ctx.masked, begin, first.start())
    if lead is not None:  # “…,” Dr. Ana Silva, the director of …, said
        named = ctx.name_at(lead.start(1), lead.end(1))
        if named is not None and named.person:
            return named, True
    if ctx.text[q.close_at - 1 : q.close_at] in _GOES_ON:  # the tag continues the sentence
        # '…,” Roe said' / '…,” said Roe': a capital here is a name's, even a lone surname's
        tag = _TAG_SUBJECT.fullmatch(ctx.masked, begin, first.start())
        if tag is not None:
            named = ctx.name_at(tag.start(1), tag.end(1), proper=True)
            if named is not None:
                return named, near
        elif not ctx.masked[begin : first.start()].strip():
            named = ctx.name_after(first.end(), window_end, proper=True)
            if named is not None:
                return named, near
    speaker = ctx.subject_before(first.start(), begin)
    if speaker is None:
        speaker = ctx.name_after(first.end(), window_end)
    return speaker, near


def _sentence_end(masked: str, begin: int, stop: int) -> int | None:
    """Where the sentence running from ``begin`` ends before ``stop``; the full stop of a
    title or an initial before a name ("said Dr. Ana Silva", "J. K. Rowling") is not an end."""
    titles = _title_abbreviations()
    for m in _SENTENCE_END.finditer(masked, begin, stop):
        if m.group() == "." and _NAME_NEXT.match(masked, m.end()):
            word = _LAST_WORD.search(masked, begin, m.start())
            if word and (word.group().lower() in titles or _INITIAL.fullmatch(word.group())):
                continue
        return m.start()
    return None


@cache
def _title_abbreviations() -> frozenset[str]:
    """Short title words written with a full stop ("Dr.", "Gen.", "Prof.")."""
    return frozenset(w.lower() for w in lexicons.load("reporting")["title_abbreviations"])


def _according(ctx: _Context, begin: int, end: int) -> Speaker | None:
    rest = ctx.masked[begin:end]
    by = _patterns()["noun_by"].search(rest)
    if by and by.start() <= 40:
        begin = begin + by.end()
        rest = ctx.masked[begin:end]
    rest_stripped = _THE_MARKUP.match(rest)
    offset = rest_stripped.end() if rest_stripped else 0
    outlet = ctx.outlet_at(begin, begin + offset + 2)
    if outlet is not None:
        return Speaker(outlet.name, outlet.start, outlet.end, False)
    run = NAME_RUN.match(rest, offset)
    return ctx.name_at(begin + run.start(), begin + run.end()) if run else None


def _before(ctx: _Context, q: QuoteSpan, floor: int) -> Speaker | None:
    """Speaker from the words before the opening mark in the same sentence."""
    position = q.open_at if q.open_at is not None else q.start
    pats = _patterns()
    candidates: list[tuple[int, Speaker | None]] = []
    verbs = list(ctx.scan.finditer(_VERB, floor, position))
    for verb in reversed(verbs[-4:]):
        speaker = ctx.subject_before(verb.start(), floor)
        if speaker is None:
            speaker = ctx.name_after(verb.end(), position)
        if speaker is not None:
            candidates.append((verb.start(), speaker))
            break
        left = ctx.masked[floor : verb.start()]
        if pats["np_end"].search(left) or _CAPITAL_AT_END.search(left):
            candidates.append((verb.start(), None))
            break
    for by in ctx.scan.finditer(_NOUN_BY, floor, position):
        run = NAME_RUN.match(ctx.masked, by.end())
        if run:
            candidates.append((by.start(), ctx.name_at(run.start(), run.end())))
    for acc in ctx.scan.finditer(_ACCORDING, floor, position):
        candidates.append((acc.start(), _according(ctx, acc.end(), position)))
    candidates.sort(key=lambda c: c[0])
    return candidates[-1][1] if candidates else None


def _intro_floor(ctx: _Context, q: QuoteSpan, paragraph_start: int) -> tuple[int, int] | None:
    """For a quote opening its paragraph, the previous paragraph's last sentence if it ends
    with a colon (the quote's introduction)."""
    head = ctx.masked[:paragraph_start].rstrip()
    if not head.endswith(":"):
        return None
    para_start = max(head.rfind("\n\n"), 0)
    return _sentence_floor(ctx.masked, len(head), para_start), len(head)


def _speaker(ctx: _Context, q: QuoteSpan, para: tuple[int, int]) -> tuple[Speaker | None, str]:
    p_start, p_end = para
    near_after: Speaker | None = None
    far_after: Speaker | None = None
    if q.close_at is not None:
        speaker, near = _after(ctx, q, p_end)
        if near:
            near_after = speaker
        else:
            far_after = speaker
    open_pos = q.open_at if q.open_at is not None else q.start
    floor = _sentence_floor(ctx.masked, open_pos, p_start)
    before = _before(ctx, q, floor) if floor < open_pos else None
    if before is None and open_pos - p_start <= 1:
        intro = _intro_floor(ctx, q, p_start)
        if intro is not None:
            before = _before(ctx, QuoteSpan(intro[1], intro[1], intro[1], None, "intro"), intro[0])
    ordered = [(near_after, "after"), (before, "before"), (far_after, "sentence_tag")]
    for speaker, how in ordered:
        if speaker is not None and speaker.person:
            return speaker, how
    for speaker, how in ordered:
        if speaker is not None:
            return speaker, how
    view = viewer(ctx, floor, open_pos)  # "For Martha Kemp, … “the last straw”"
    return (view, "viewpoint") if isinstance(view, Speaker) else (None, "none")


def analyse_quotes(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Quotes with speakers; every quote's evidence covers the quoted words."""
    text = article.text
    spans = find_quotes(text)
    ctx = _Context(text, spans)
    paras = _paragraph_bounds(text)
    out: list[dict[str, Any]] = []
    previous: tuple[QuoteSpan, Speaker | None, tuple[int, int]] | None = None
    for q in spans:
        ev = Evidence.of(text, *_trimmed(text, q.start, q.end))
        if _is_title(text[q.start : q.end]):
            previous = None  # '“CBS This Morning”': a name in quotation marks; nobody said it
            out.append(_item(text, ev, None))
            continue
        para = next((p for p in paras if p[0] <= q.start <= p[1]), (0, len(text)))
        speaker, how = _speaker(ctx, q, para)
        carried = previous[1] if previous is not None and previous[2] == para else None
        if (
            carried is not None
            and previous is not None
            and (
                # '“…,” the minister said, “and we …”': one quote split around its tag
                (
                    _same_sentence(ctx.masked, previous[0], q)
                    and not (how == "after" and _tag_follows(ctx.text, q))
                )
                # a quote with no verb of its own right after another one continues it
                or (speaker is None and _continues(ctx, previous[0], q, para))
            )
        ):
            speaker = carried
        previous = (q, speaker, para)
        out.append(_item(text, ev, speaker))
    return {"quotes": out}


def _continues(ctx: _Context, before: QuoteSpan, q: QuoteSpan, para: tuple[int, int]) -> bool:
    """Whether ``q`` opens its sentence at most one sentence after ``before`` ended, not
    after a colon (then it goes on with the same speaker)."""
    opening = q.open_at or q.start
    return (
        not ctx.masked[_sentence_floor(ctx.masked, opening, para[0]) : opening].strip()
        and len(_FULL_STOP.findall(ctx.masked, before.end + 1, q.start)) <= 1
        and not ctx.masked[before.end + 1 : q.start].strip().endswith(":")
    )


def _tag_follows(text: str, q: QuoteSpan) -> bool:
    """Whether the quote's sentence goes on after its closing mark ('“…,” Roe said')."""
    return q.close_at is not None and text[q.close_at - 1 : q.close_at] in _GOES_ON


def _same_sentence(masked: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """Whether only a tag joins two quotes ('“…,” she said, “…”'): no sentence ends between."""
    if first.close_at is None or second.open_at is None:
        return False
    gap = masked[first.close_at + 1 : second.open_at]
    return bool(gap.strip()) and gap.rstrip().endswith(",") and not _GAP_BREAK.search(gap)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _item(text: str, ev: Evidence, speaker: Speaker | None) -> dict[str, Any]:
    return {
        "text": ev.quote,
        "speaker": speaker.name if speaker else None,
        "speaker_evidence": (
            Evidence.of(text, speaker.start, speaker.end).as_json() if speaker else None
        ),
        "evidence": ev.as_json(),
        "method": "body",
    }


def _is_title(quoted: str) -> bool:
    """A name or title in quotation marks ("CBS This Morning", "Agent Smith"): up to six
    words, each capitalised but for short joining words, no sentence punctuation."""
    words = quoted.split()
    if not 2 <= len(words) <= 6 or any(c in quoted for c in ",.;:!?"):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_JOINERS for w in words)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    from audit.analyse.segment import paragraphs

    return [(p.start, p.end) for p in paragraphs(text)]


def _strip_trailer(left: str) -> str:
    """``left`` without a trailing comma and a short parenthetical ("Ana Silva (AP), ").

    Done by hand: the equivalent regex backtracks quadratically on long white space.
    """
    text = left.rstrip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    if text.endswith(")"):
        opening = text.rfind("(")
        inner = text[opening + 1 : -1]
        if opening >= 0 and len(inner) <= 60 and ")" not in inner:
            text = text[:opening].rstrip()
    return text
