"""Who said one quotation, from the reporting verb next to it.

Looked for in this order: right after the quote ('…," said Jane Roe' / '…," she said' /
'…," according to a statement by Roe'), then before it in the same sentence ('Roe said:
"…"', 'Roe, an expert, told reporters "…"'), then a sentence-final tag (', Roe said.'),
then a viewpoint opening the sentence ('For Roe, … "…"'). A person beats an outlet ('Xi
ordered … "no mercy," the Times said' is Xi's words, relayed by the Times).
"""

from __future__ import annotations

import re

from audit.analyse import reporting
from audit.analyse.document_authors import (
    attributive_author,
    attributive_before_document,
    author_after_verb,
    author_at,
    spelt_out_acronym,
)
from audit.analyse.people import NAME_RUN, SURNAME_RUN
from audit.analyse.quotemarks import QuoteSpan
from audit.analyse.segment import is_abbreviation
from audit.analyse.speakers import Speaker, SpeakerContext
from audit.analyse.viewpoint import viewer

_NEAR = 60
_WINDOW = 400
_SENTENCE_END = re.compile(r"[.!?](?=[\s”\"’']|$)|\n")
_LAST_WORD = re.compile(r"\w+$")
_NAME_NEXT = re.compile(r"[ \t][A-Z]")
_INITIAL = re.compile(r"[A-Z]")
_THAT = re.compile(r"\s+that\b")
_TELLING = frozenset(["told", "tells", "tell", "telling"])
# Verbs whose object is the one addressed: "had asked the ministry for buses and received
# '…'" (the ministry is asked, not speaking)
_ADDRESSING = frozenset(["asked", "asks", "ask", "urged", "urges", "reminded", "assured"])
_TOLD_BACK = re.compile(r"\b(?:was|were|been)\s+told\b")
# A verb that reports a clause, with the clause's first word: "said the prime minister …"
_REPORTS_CLAUSE = re.compile(
    r"(?:said|says|added|adds|insisted|insists|argued|argues|claimed|claims|warned|warns"
    r"|noted|notes|stressed|stresses|explained|explains)\s+"
    r"(?:the|a|an|he|she|it|they|we|there|his|her|their|its|this|these|those)\b",
    re.IGNORECASE,
)
# A name right after the closing mark, set off by a comma: the speaker of an apposition.
_LEAD_NAME = re.compile(rf"[ \t]*({NAME_RUN.pattern})[ \t]*,")
# A conjunction or a semicolon between a quotation and a reporting verb opens another
# clause, whose verb does not introduce the quotation ("…”, though the union warned that
# …", "…”; the ministry has rejected …").
_CLAUSE_BREAK = re.compile(r";|\b(?:though|although|whereas|while|but|because|unless|yet)\b")
# "…” and had asked Roe to respond": a second predicate of the sentence's own subject
# (not "…,” and she added"), whose verb is no tag of the quotation.
_SECOND_PREDICATE = re.compile(r"[ \t]*(?:,[ \t]*)?and[ \t]+(?!(?:he|she|they|it|we|I)\b)[a-z]")
# Punctuation closing a quotation that leaves its sentence open for the tag ('…,” Roe said').
GOES_ON = frozenset(",?!—–-")
# A tag's subject alone between the closing mark and the verb.
_TAG_SUBJECT = re.compile(rf"[ \t]+({SURNAME_RUN.pattern})[ \t]+")
_SENTENCE_START = re.compile(r"(?:[.!?][”\"’')\]]*\s+|\n)")
_OBJECT_PRONOUN = re.compile(r"[ \t]*(her|him)\b[ \t]*[,:]", re.IGNORECASE)
_THE_MARKUP = re.compile(r"(?:the\s+)?[*_]*", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)
_CAPITAL_AT_END = re.compile(r"[A-Z][\w’'-]*\s*$")
# "quoted the ambassador, Mr Zhou Wenhao, as saying"; "Zhou was also quoted as saying"
_QUOTED_ACTIVE = re.compile(r"\bquoted\s+(?P<who>(?!as\s)[^.;:\n]{1,120}?),?\s+as\s+saying\b")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*\w+ing$")
# "with" opening an absolute phrase whose subject (group 1) ends right before a participle
_WITH_SUBJECT = re.compile(r"(?:^|[,;—–(])[ \t]*(?i:with)[ \t]+([^;:.!?\n]{1,80}?)[ \t]*$")
# A verb in the past tense, lower case ("welcomed", "hit back"): a sentence's likely verb.
_PAST_VERB = re.compile(r"(?<![\w’'-])[a-z]{2,}ed\b")
# "Roe declined to comment further, saying his client “…”": the one declining speaks
_DECLINED_BEFORE = re.compile(r"\b(?:declined|refused)\s+to\s+comment\b[^,;.]{0,40},\s*$")
# "but" or "and" right before "declined": the verb shares the sentence's subject.
_COORDINATED_BEFORE = re.compile(r"(?<=\w)\s+(?:but|and)\s+$")
_QUOTED_PASSIVE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:also\s+|later\s+|earlier\s+)?quoted\s+as\s+saying\b"
)


def speaker_of(
    ctx: SpeakerContext, q: QuoteSpan, para: tuple[int, int]
) -> tuple[Speaker | None, str]:
    """The speaker of ``q`` in paragraph ``para`` and how it was found: "after", "before",
    "sentence_tag", "viewpoint", or "none" or "unnamed" (then the speaker is None;
    "unnamed" when the quote's own tag names an unnamed source)."""
    p_start, p_end = para
    near_after: Speaker | None = None
    far_after: Speaker | None = None
    if q.close_at is not None:
        unnamed = ctx.unnamed_tags
        speaker, near = _after(ctx, q, p_end)
        if speaker is None and near and ctx.unnamed_tags > unnamed:
            return None, "unnamed"
        if near:
            near_after = speaker
        else:
            far_after = speaker
    open_pos = q.open_at if q.open_at is not None else q.start
    floor = sentence_floor(ctx.masked, open_pos, p_start)
    before = _before(ctx, q, floor) if floor < open_pos else None
    if before is None:
        line_start = max(p_start, ctx.masked.rfind("\n", p_start, open_pos) + 1)
        intro = _intro_floor(ctx, q, line_start) if open_pos - line_start <= 1 else None
        if intro is not None:  # the quote opens its line below a colon-ended introduction
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


def sentence_before_speaker(
    ctx: SpeakerContext, q: QuoteSpan, para: tuple[int, int]
) -> Speaker | None:
    """The person the sentence before speaks through, for a quote opening its own sentence
    inside a paragraph: "He notes that the bees were caught in summer. “Infection rates can
    swing a lot.”" (a paraphrase, then the words it paraphrases)."""
    open_pos = q.open_at if q.open_at is not None else q.start
    floor = sentence_floor(ctx.masked, open_pos, para[0])
    if floor <= para[0] or ctx.masked[floor:open_pos].strip():
        return None
    if q.close_at is not None:
        stop = _sentence_end(ctx.masked, q.close_at + 1, para[1])
        stop = para[1] if stop is None else stop
        if next(ctx.scan.finditer(reporting.VERB, q.close_at + 1, stop), None) is not None:
            return None  # '“…,” an official said': the quote's own tag, naming nobody
    end = floor
    while end > para[0] and (ctx.masked[end - 1].isspace() or ctx.masked[end - 1] in ".!?”\"’')"):
        end -= 1
    if end <= para[0] or ctx.masked[end:floor].find(".") < 0:
        return None  # the sentence before ends in no full stop ("?", a heading, a colon)
    before = sentence_floor(ctx.masked, end, para[0])
    if before >= end or ctx.masked.find("_", before, end) >= 0:
        return None  # a quotation in the sentence before: its own speaker carries on or not
    speaker = _before(ctx, QuoteSpan(end, end, end, None, "intro"), before)
    return speaker if speaker is not None and speaker.person else None


def sentence_floor(masked: str, position: int, paragraph_start: int) -> int:
    """Start of the sentence holding ``position``, looking back at most _WINDOW characters
    (a speaker is named near the quote; the bound keeps long run-on text linear)."""
    floor = max(paragraph_start, position - _WINDOW)
    for m in _SENTENCE_START.finditer(masked, floor, position):
        if masked[m.start()] == "." and is_abbreviation(masked, m.start()):
            continue  # "said on Nov. 19 that": no sentence ends at an abbreviation
        floor = m.end()
    return floor


def _after(ctx: SpeakerContext, q: QuoteSpan, limit: int) -> tuple[Speaker | None, bool]:
    """Speaker from the words after the closing mark; (speaker, near)."""
    assert q.close_at is not None
    begin = q.close_at + 1
    limit = min(limit, begin + _WINDOW)
    stop = ctx.masked.find("_", begin, limit)
    stop = limit if stop < 0 else stop
    end = _sentence_end(ctx.masked, begin, stop)
    window_end = end if end is not None else stop
    tag = reporting.so_tag().match(ctx.masked, begin, window_end)
    if tag is not None:
        named = ctx.name_at(tag.start(1), tag.end(1))
        if named is not None and named.person:
            return named, True
    goes_on = ctx.text[q.close_at - 1 : q.close_at] in GOES_ON  # the tag continues the sentence
    if goes_on:
        relayed = _QUOTED_PASSIVE.search(ctx.masked, begin, window_end)
        if relayed is not None:  # '“…,” she was quoted as saying'
            near = relayed.start() - begin <= _NEAR
            return ctx.subject_before(relayed.start(), begin), near
    acc = next(ctx.scan.finditer(reporting.ACCORDING, begin, window_end), None)
    verb = next(ctx.scan.finditer(reporting.VERB, begin, window_end), None)
    first = min((m for m in (acc, verb) if m), key=lambda m: m.start(), default=None)
    if first is None:
        return None, False
    near = first.start() - begin <= _NEAR
    if _CLAUSE_BREAK.search(ctx.masked, begin, first.start()):
        return None, False  # "…”, though the union warned": another clause's verb
    if _SECOND_PREDICATE.match(ctx.masked, begin, first.start()):
        return None, False
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
    if goes_on:
        # '…,” Roe said' / '…,” said Roe': a capital here is a name's, even a lone surname's
        tag = _TAG_SUBJECT.fullmatch(ctx.masked, begin, first.start())
        if tag is not None:
            named = ctx.name_at(tag.start(1), tag.end(1), proper=True)
            if named is not None:
                return named, near
        elif not ctx.masked[begin : first.start()].strip() and not _no_speaker_after(first):
            named = ctx.name_after(first.end(), window_end, proper=True)
            if named is not None:
                return named, near
    speaker = ctx.subject_before(first.start(), begin)
    if speaker is None and not _no_speaker_after(first):
        speaker = ctx.name_after(first.end(), window_end)
    if speaker is None and first is verb:  # '“…,” reads the warrant, signed by …'
        speaker = author_after_verb(ctx, first.end(), window_end)
    return speaker, near


def _addressed(ctx: SpeakerContext, verb: re.Match[str], position: int) -> bool:
    """Whether the name after the verb is the one addressed, not the speaker: "had asked the
    ministry for buses and received “…”"; but "asked the company for a breakdown and was
    told “…”" has the one asked answering."""
    return verb.group(0).lower() in _ADDRESSING and not _TOLD_BACK.search(
        ctx.masked, verb.end(), position
    )


def _no_speaker_after(verb: re.Match[str]) -> bool:
    """Whether who or what comes after the verb is never the speaker: the listener after
    "told" ("…," one worker told the Telegraph), or where the words were written after
    "wrote in" ("…," one passenger wrote in a Facebook post)."""
    said = verb.group(0).lower()
    return said in _TELLING or said.endswith(" in")


def _sentence_end(masked: str, begin: int, stop: int) -> int | None:
    """Where the sentence running from ``begin`` ends before ``stop``; the full stop of a
    title or an initial before a name ("said Dr. Ana Silva", "J. K. Rowling") is not an end."""
    titles = reporting.title_abbreviations()
    for m in _SENTENCE_END.finditer(masked, begin, stop):
        if m.group() == "." and _NAME_NEXT.match(masked, m.end()):
            word = _LAST_WORD.search(masked, begin, m.start())
            if word and (word.group().lower() in titles or _INITIAL.fullmatch(word.group())):
                continue
        return m.start()
    return None


def _according(ctx: SpeakerContext, begin: int, end: int) -> Speaker | None:
    rest = ctx.masked[begin:end]
    by = reporting.patterns()["noun_by"].search(rest)
    if by and by.start() <= 40:
        begin = begin + by.end()
        rest = ctx.masked[begin:end]
    pronoun = _OBJECT_PRONOUN.match(rest)
    if pronoun is not None:  # "According to her, … “…”": the last woman named
        return ctx.person_meant("she" if pronoun.group(1).lower() == "her" else "he", begin)
    rest_stripped = _THE_MARKUP.match(rest)
    offset = rest_stripped.end() if rest_stripped else 0
    opening = begin + len(rest) - len(rest.lstrip())
    document = reporting.document_mention().match(ctx.masked, opening, end)
    words = document.group().split() if document is not None else []
    if (
        document is not None
        and len(words) == 2
        and words[0].lower() == "the"
        and _PHRASE_CLOSES.match(ctx.masked, document.end())
    ):
        # "The Punjab government issued a notification … According to the notification"
        issuer = ctx.issuer(document.start(), words[1])
        if issuer is not None:
            return issuer
    attributive = attributive_before_document().match(rest)
    if attributive is not None:  # "according to a DWNP situation report"
        return attributive_author(ctx, begin + attributive.start(1), begin + attributive.end(1))
    outlet = ctx.outlet_at(begin, begin + offset + 2)
    if outlet is not None:
        return Speaker(outlet.name, outlet.start, outlet.end, False)
    run = NAME_RUN.match(rest, offset)
    if run is None:
        return None
    named = ctx.name_at(begin + run.start(), begin + run.end())
    # "according to DWNP", an acronym the text spells out
    return named or spelt_out_acronym(ctx, begin + run.start(), begin + run.end())


def _before(ctx: SpeakerContext, q: QuoteSpan, floor: int) -> Speaker | None:
    """Speaker from the words before the opening mark in the same sentence."""
    position = q.open_at if q.open_at is not None else q.start
    pats = reporting.patterns()
    candidates: list[tuple[int, Speaker | None]] = []
    verbs = list(ctx.scan.finditer(reporting.VERB, floor, position))
    participle = None
    for verb in reversed(verbs[-4:]):
        if _PASSIVE.search(ctx.masked, max(floor, verb.start() - 12), verb.start()):
            continue  # "said when the charges were announced: …": no one speaks there
        absolute = (
            _WITH_SUBJECT.search(ctx.masked, max(floor, verb.start() - 100), verb.start())
            if verb.group().lower().endswith("ing")
            else None
        )
        if absolute is not None:
            # "…, with one of them, tailor Rahima Khatun, telling the agency: “…”": the
            # participle's own subject, after "with"
            speaker = ctx.subject_before(verb.start(), absolute.start(1))
            if speaker is not None:
                candidates.append((verb.start(), speaker))
                break
        if _PARTICIPLE_AFTER_COMMA.search(ctx.masked, max(floor, verb.start() - 4), verb.end()):
            declined = _DECLINED_BEFORE.search(
                ctx.masked, max(floor, verb.start() - 80), verb.start()
            )
            if declined is not None:
                subject = ctx.subject_before(declined.start(), floor)
                if subject is None and _COORDINATED_BEFORE.search(
                    ctx.masked, max(floor, declined.start() - 12), declined.start()
                ):  # "X confirmed that a review was under way but declined to comment, …"
                    subject = ctx.opening_subject(floor, declined.start())
                candidates.append((verb.start(), subject))
                break
            participle = verb
            continue  # "Roe rejected the findings, saying …": the verb before has the subject
        speaker = ctx.subject_before(verb.start(), floor)
        if speaker is None and not _no_speaker_after(verb) and not _addressed(ctx, verb, position):
            speaker = ctx.name_after(verb.end(), position)
        if speaker is not None:
            candidates.append((verb.start(), speaker))
            break
        left = ctx.masked[floor : verb.start()]
        np = pats["np_end"].search(left)
        if (
            np is not None
            and not _may_speak(np.group())  # "the health board", "the minister"
            and _reported_clause_subject(ctx, verbs, verb, floor + np.start())
        ):
            continue  # "Roe said the programme responds to “…”": Roe's words
        if np is not None or _CAPITAL_AT_END.search(left):
            candidates.append((verb.start(), None))
            break
    if participle is not None and not candidates:
        # "Jane Roe welcomed the plan on Monday, saying “…”": no reporting verb before the
        # participle, so the subject of the sentence's first past-tense verb speaks
        main = _PAST_VERB.search(ctx.masked, floor, participle.start())
        if main is not None:
            candidates.append((main.start(), ctx.subject_before(main.start(), floor)))
    relayed = _relayed_speaker(ctx, floor, position)
    if relayed is not None:
        candidates.append(relayed)
    for by in ctx.scan.finditer(reporting.NOUN_BY, floor, position):
        if _ASKED_FOR_END.search(ctx.masked, max(floor, by.start() - 40), by.start()):
            continue  # "had sought a report from the KWSC on the matter “weeks ago”"
        if NAME_RUN.match(ctx.masked, by.end()):
            candidates.append((by.start(), author_at(ctx, by.end())))
    for acc in ctx.scan.finditer(reporting.ACCORDING, floor, position):
        candidates.append((acc.start(), _according(ctx, acc.end(), position)))
    candidates.sort(key=lambda c: c[0])
    return candidates[-1][1] if candidates else None


# "According to the notification," its phrase closing: not "the notification's critics".
_PHRASE_CLOSES = re.compile(r"[ \t]*[,:—–]")
# A document asked for, not given: its source speaks no words of the sentence.
_ASKED_FOR_END = re.compile(
    r"\b(?:sought|seek|seeks|seeking|requested|request|requests|requesting|asked\s+for"
    r"|called\s+for|demanded|demands|awaiting|awaits|awaited|await)"
    r"[ \t]+(?:an?|the)[ \t]+$",
    re.IGNORECASE,
)


def _may_speak(noun_phrase: str) -> bool:
    """Whether a noun phrase names who may speak: an organisation or a role ("the health
    board had", "the former minister"), not a thing ("the programme")."""
    words = set(noun_phrase.lower().split())
    return not words.isdisjoint(reporting.organisation_noun_set()) or not words.isdisjoint(
        reporting.role_noun_set()
    )


def _reported_clause_subject(
    ctx: SpeakerContext, verbs: list[re.Match[str]], verb: re.Match[str], subject: int
) -> bool:
    """Whether the noun phrase at ``subject``, before ``verb``, opens a clause an earlier
    reporting verb reports ("said the programme responds to"): a thing said, not a
    speaker."""
    before = next((v for v in reversed(verbs) if v.end() <= subject), None)
    return before is not None and _REPORTED.fullmatch(ctx.masked, before.end(), subject) is not None


# What stands between a reporting verb and the subject of the clause it reports.
_REPORTED = re.compile(r"[ \t]+(?:that[ \t]+)?")


def _relayed_speaker(
    ctx: SpeakerContext, floor: int, position: int
) -> tuple[int, Speaker | None] | None:
    """Who a report quotes: "Xinhua quoted the ambassador, Mr Zhou Wenhao, as saying" (the
    last person named before "as saying", else the last body), "Zhou was also quoted as
    saying" (the subject)."""
    if ctx.masked.find("quoted", floor, position) < 0:
        return None
    passive = _last(_QUOTED_PASSIVE, ctx.masked, floor, position)
    active = _last(_QUOTED_ACTIVE, ctx.masked, floor, position)
    if passive is not None and (active is None or passive.start() > active.start()):
        return passive.end(), ctx.subject_before(passive.start(), floor)
    if active is None:
        return None
    runs = NAME_RUN.finditer(ctx.masked, active.start("who"), active.end("who"))
    named = [
        n
        for r in runs
        if not r.group().endswith(("’s", "'s"))  # "quoted Jane Roe's employer, the Trust,"
        and (n := ctx.name_at(r.start(), r.end())) is not None
    ]
    # the last person named ("quoted Jane Roe, head of the Traders Association, as saying"),
    # else the last body ("quoted the Foreign Ministry as saying")
    people = [n for n in named if n.person]
    chosen = people or named
    return active.end(), chosen[-1] if chosen else None


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]``."""
    found = None
    for match in pattern.finditer(text, start, end):
        found = match
    return found


def _intro_floor(ctx: SpeakerContext, q: QuoteSpan, paragraph_start: int) -> tuple[int, int] | None:
    """For a quote opening its paragraph or line, the last sentence before it if that ends
    with a colon (the quote's introduction)."""
    masked = ctx.masked
    end = paragraph_start  # the end of the text before, white space aside (read backwards:
    while end > 0 and masked[end - 1].isspace():  # copying the text before each quote
        end -= 1  # would make a long text quadratic)
    if end == 0 or masked[end - 1] != ":":
        return None
    para_start = max(masked.rfind("\n\n", max(0, end - _WINDOW), end), 0)
    return sentence_floor(masked, end, para_start), end
