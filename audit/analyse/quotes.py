"""Direct quotations and who said them.

Every quotation the marks pair (:mod:`audit.analyse.quotemarks`) becomes a quote with its
speaker (:mod:`audit.analyse.quote_speaker`), but for names and titles in quotation marks
("CBS This Morning"), which nobody said. A quote split around its tag ('"…," she said, "…"')
keeps one speaker, and a quote with no verb of its own that follows another quote in the
same paragraph continues it. The answers of an interview printed as a transcript are
quotes too (:mod:`audit.analyse.interview`), and so is a paragraph printed without marks
after a line attributing it (:mod:`audit.analyse.blockquotes`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from itertools import accumulate, pairwise
from typing import Any

from audit.analyse.blockquotes import unmarked_quotes
from audit.analyse.full_names import (
    may_be_organisation,
    organisation_in_full,
    without_description,
)
from audit.analyse.interview import Person, interview_answers
from audit.analyse.people import Name, clean_name
from audit.analyse.quote_speaker import (
    GOES_ON,
    sentence_before_speaker,
    sentence_floor,
    speaker_of,
)
from audit.analyse.quotemarks import QuoteSpan, find_quotes
from audit.analyse.segment import is_abbreviation
from audit.analyse.speakers import Speaker, SpeakerContext
from audit.model import Article, Evidence

# What ends the sentence between two quotes (then they are not one split quote).
_GAP_BREAK = re.compile(r"[.!?;\n]")
# Lower-case words a title may hold ("Lord of the Rings").
_TITLE_JOINERS = frozenset(
    ["a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "or", "the", "to", "with"]
)
_FULL_STOP = re.compile(r"[.!?](?=[\s”\"’']|$)")


def analyse_quotes(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Quotes with speakers; every quote's evidence covers the quoted words."""
    text = article.text
    spans = find_quotes(text)
    ctx = SpeakerContext(text, spans, (found.get("outlet") or {}).get("name"))
    paras = _paragraph_bounds(text)
    starts = [p[0] for p in paras]
    out: list[dict[str, Any]] = []
    previous: tuple[QuoteSpan, Speaker | None, tuple[int, int]] | None = None
    placed: list[tuple[QuoteSpan, tuple[int, int], int]] = []  # quotes with their items
    for q in spans:
        if _is_title(text[q.start : q.end]):
            previous = None  # '“CBS This Morning”': a name in quotation marks; nobody said it
            continue
        ev = Evidence.of(text, *_trimmed(text, q.start, q.end))
        para = _paragraph_of(paras, starts, q.start, len(text))
        speaker, how = speaker_of(ctx, q, para)
        carried = previous[1] if previous is not None and previous[2] == para else None
        if how == "unnamed":
            pass  # its own tag says an unnamed source spoke: no one named earlier did
        elif (
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
        elif (
            speaker is None
            and previous is not None
            and previous[1] is not None
            and (
                # a paragraph that is all quotation right after one with a named speaker
                # goes on with that speaker ("“…,” she said. / “Our priority right now is …”")
                (_whole_paragraph(text, q, para) or _closes_sentence_opening(text, q, para))
                # a quotation left open at its paragraph's end goes on in the next
                # paragraph, which opens with a quotation mark again ("“… ours. / “We had …")
                or (previous[0].close_at is None and _opens_paragraph(text, q, para))
            )
            and _paragraph_before(paras, starts, para) == previous[2]
        ):
            speaker = previous[1]
        elif speaker is None and _opens_paragraph(text, q, para):
            # "Jane Roe runs the co-op. Her project is behind. / “We waited fourteen
            # months …”": a quotation opening its paragraph after one that presents a person
            before = _paragraph_before(paras, starts, para)
            if before is not None and (previous is None or previous[0].end < before[0]):
                speaker = _presented(ctx, before)
        if speaker is None and how == "none" and not _opens_paragraph(text, q, para):
            speaker = sentence_before_speaker(ctx, q, para)
        if speaker is not None:
            ctx.heard(speaker)
        previous = (q, speaker, para)
        out.append(_item(text, ev, speaker))
        placed.append((q, para, len(out) - 1))
    # '“… came from. / “We have seen cases …,” he added.': a quotation left open at its
    # paragraph's end, going on in the next, is the speaker's its continuation names
    for (q, para, i), (nxt, nxt_para, j) in reversed(list(pairwise(placed))):
        if (
            out[i]["speaker"] is None
            and out[j]["speaker"] is not None
            and q.close_at is None
            and _paragraph_before(paras, starts, nxt_para) == para
            and _opens_paragraph(text, nxt, nxt_para)
        ):
            out[i]["speaker"], out[i]["speaker_evidence"] = (
                out[j]["speaker"],
                out[j]["speaker_evidence"],
            )
    _pull_quotes_take_their_speaker(out)
    # "Marion Okafor: Every one of those …"
    # "Was it worth it? / In the end, yes. …": a Q&A with no labels at all
    answers = interview_answers(
        text, lambda s, e: _interviewee(ctx, s, e), lambda s, e: _introduced(ctx, s, e)
    )
    for answer in answers:
        if not _mostly_quoted(spans, answer.start, answer.end):
            who = Speaker(answer.person.name, answer.person.start, answer.person.end, True)
            out.append(_item(text, Evidence.of(text, answer.start, answer.end), who))
    # "Dr Jane Roe, Consultant at the agency, said:" above the quotation's own paragraph
    for block in unmarked_quotes(text):
        # the speaker is the attribution line's, as if the quotation opened after its colon
        at_colon = QuoteSpan(block.intro_end, block.intro_end, block.intro_end, None, "unmarked")
        speaker, _how = speaker_of(ctx, at_colon, (block.intro_start, block.intro_end))
        out.append(_item(text, Evidence.of(text, block.start, block.end), speaker))
    out.sort(key=lambda item: (item["evidence"]["start"], item["evidence"]["end"]))
    return {"quotes": out}


_MIN_PULL_WORDS = 4  # "intact forest landscapes": a term the quote also uses
_NOT_WORD = re.compile(r"\W+")


def _pull_quotes_take_their_speaker(items: list[dict[str, Any]]) -> None:
    """A quote nobody is named for whose words are part of a quote someone is named for is
    that person's: a pull quote or subheading repeating the body ("'The clothes I was
    standing in'" above "“I left … the clothes I was standing in,” she said")."""
    spoken = [i for i in items if i["speaker"] is not None]
    if not spoken or len(spoken) == len(items):
        return
    keys = [_words_key(i["text"]) for i in spoken]
    joined = "\0".join(keys)
    bounds = list(accumulate(len(k) + 1 for k in keys))  # where each key ends, plus one
    for item in items:
        if item["speaker"] is not None:
            continue
        if len(item["text"].split()) < _MIN_PULL_WORDS:
            continue  # a term or an address in quotation marks ("www.example.de")
        key = _words_key(item["text"])
        at = joined.find(key)
        while at >= 0:
            index = bisect_right(bounds, at)
            if len(keys[index]) > len(key):  # a part of a longer quote, not its twin
                item["speaker"] = spoken[index]["speaker"]
                item["speaker_evidence"] = spoken[index]["speaker_evidence"]
                break
            at = joined.find(key, at + 1)


def _words_key(quoted: str) -> str:
    """A quote's words, case-folded, one space between and around them: one quote's key is
    inside another's exactly when its words run inside the other's."""
    return f" {_NOT_WORD.sub(' ', quoted).casefold().strip()} "


def _interviewee(ctx: SpeakerContext, start: int, end: int) -> Person | None:
    """The person an interview label names, in full ("Mr Malone" is Thomas Malone); None
    for a label naming no person the text gives in full ("Ein Problem", "The Economist")."""
    label = ctx.masked[start:end]
    written = _written_out(ctx, label)
    if written is not None:  # "SK" or "JANE ROE" for Jane Roe (Sean Kilbride)
        return Person(written, start, end)
    name = clean_name(ctx.masked, start, end)
    if name is None:
        return None
    resolved = ctx.people.resolve(name.text)
    return Person(resolved, name.start, name.end) if " " in resolved else None


def _written_out(ctx: SpeakerContext, label: str) -> str | None:
    """The one full name the text gives that a label in capitals stands for: the name
    itself ("JANE ROE") or its initials ("JR"); None when no single name fits."""
    if not label.isupper():
        return None
    words = label.split()
    if len(words) >= 2:
        fits = {f for f in ctx.people.full if f.upper() == label}
    elif 2 <= len(label) <= 3 and label.isalpha():
        fits = {f for f in ctx.people.full if "".join(w[0] for w in f.split()) == label}
    else:
        return None
    return fits.pop() if len(fits) == 1 else None


def _introduced(ctx: SpeakerContext, start: int, end: int) -> Person | None:
    """The person an interview's introduction, ``text[start:end]``, presents: the last
    person named in full opening a sentence ("Jane Roe, who directs the Centre for Energy
    Data, …"), else the last one whose given name, title or the text says a sex; None
    when it names no one."""
    people, before = ctx.people, end
    named: list[tuple[Name, str]] = []
    while (name := people.last_before(before, start, person=True)) is not None:
        resolved = people.resolve(name.text)
        if " " in resolved:
            named.append((name, resolved))
        before = name.start
    opening = [(n, r) for n, r in named if sentence_floor(ctx.masked, n.start, start) == n.start]
    sexed = [(n, r) for n, r in named if people.sex_of(n) is not None]
    for name, resolved in (opening or sexed)[:1]:
        return Person(resolved, name.start, name.end)
    return None


def _presented(ctx: SpeakerContext, para: tuple[int, int]) -> Speaker | None:
    """The person a paragraph with no quotation presents: the subject of its first
    sentence's reporting verb ("Roe's lawyer, Ann Vale, said her client …"), or the person
    it opens with by full name when it names no other person in full and says "he", "she",
    "his" or "her" after the name ("Jane Roe runs the co-op. Her project …")."""
    reported = _reported_by(ctx, para)
    if reported is not None:
        return reported
    people, before = ctx.people, para[1]
    named: list[tuple[Name, str]] = []
    while (name := people.last_before(before, para[0], person=True)) is not None:
        named.append((name, people.resolve(name.text)))
        before = name.start
    if not named or named[-1][0].start != para[0]:
        return None
    first, full = named[-1]
    if " " not in full or any(" " in r and r != full for _, r in named):
        return None
    if not _PRONOUN.search(ctx.masked, first.end, para[1]):
        return None
    return Speaker(full, first.start, first.end, True)


def _reported_by(ctx: SpeakerContext, para: tuple[int, int]) -> Speaker | None:
    """The person whose words a paragraph's first sentence reports: a full name right
    before its first "said", "says" or "told", or before it with an apposition between
    commas ("Ann Vale said", "Roe's lawyer, Ann Vale, said", "Ann Vale, a lawyer, said")."""
    masked = ctx.masked
    end = _sentence_end_in(masked, para)
    verb = _REPORTED_VERB.search(masked, para[0], end)
    if verb is None:
        return None
    name = ctx.people.last_before(verb.start(), para[0], person=True)
    if name is None:
        return None
    between = masked[name.end : verb.start()]
    if not _SUBJECT_GAP.fullmatch(between):
        return None
    full = ctx.people.resolve(name.text)
    return Speaker(full, name.start, name.end, True) if " " in full else None


_REPORTED_VERB = re.compile(r"\b(?:said|says|told)\b")
# Between a subject and its verb: nothing, the comma closing an apposition before the
# name ("Roe's lawyer, Ann Vale, said"), or an apposition after it between commas.
_SUBJECT_GAP = re.compile(r"\s*,?\s*|,[^,.;:!?\n]{1,80},\s*")


def _sentence_end_in(masked: str, para: tuple[int, int]) -> int:
    """Where the paragraph's first sentence ends (past abbreviations such as "Dr.")."""
    return next((m.end() for m in _sentence_stops(masked, *para)), para[1])


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def _mostly_quoted(spans: list[QuoteSpan], start: int, end: int) -> bool:
    """Whether quotation marks already hold most of an answer („…“ around it)."""
    covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)
    return covered * 2 > end - start


def _continues(ctx: SpeakerContext, before: QuoteSpan, q: QuoteSpan, para: tuple[int, int]) -> bool:
    """Whether ``q`` opens its sentence at most one sentence after ``before`` ended, not
    after a colon (then it goes on with the same speaker)."""
    opening = q.open_at or q.start
    return (
        not ctx.masked[sentence_floor(ctx.masked, opening, para[0]) : opening].strip()
        and _sentence_ends(ctx.masked, before.end + 1, q.start) <= 1
        and not ctx.masked[before.end + 1 : q.start].strip().endswith(":")
    )


def _sentence_ends(masked: str, start: int, end: int) -> int:
    """How many sentences end in ``masked[start:end]`` ("said Dr. Roe." ends one)."""
    return sum(1 for _ in _sentence_stops(masked, start, end))


def _sentence_stops(masked: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The marks ending a sentence in ``masked[start:end]`` (not an abbreviation's stop)."""
    for m in _FULL_STOP.finditer(masked, start, end):
        if not (m.group() == "." and is_abbreviation(masked, m.start())):
            yield m


def _tag_follows(text: str, q: QuoteSpan) -> bool:
    """Whether the quote's sentence goes on after its closing mark ('“…,” Roe said')."""
    return q.close_at is not None and text[q.close_at - 1 : q.close_at] in GOES_ON


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
        "speaker": _in_full(text, speaker) if speaker else None,
        "speaker_evidence": (
            Evidence.of(text, speaker.start, speaker.end).as_json() if speaker else None
        ),
        "evidence": ev.as_json(),
        "method": "body",
    }


def _in_full(text: str, speaker: Speaker) -> str:
    """The speaker's name, an organisation's as the text gave it in full before ("MVWA":
    "Marlow Valley Water Authority"); an outlet's and a person's as found."""
    if not speaker.person or not may_be_organisation(speaker.name):
        return speaker.name
    return organisation_in_full(text, without_description(speaker.name), speaker.start)


def _is_title(quoted: str) -> bool:
    """A name or title in quotation marks ("CBS This Morning", "Agent Smith"): up to six
    words, each capitalised but for short joining words, no sentence punctuation."""
    words = quoted.split()
    if not 2 <= len(words) <= 6 or any(c in quoted for c in ",.;:!?"):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_JOINERS for w in words)


_QUOTE_EDGE = " \t“”\"‘’'«»„"


def _whole_paragraph(text: str, q: QuoteSpan, para: tuple[int, int]) -> bool:
    """Whether the quotation ``q`` is all of its paragraph (marks and a full stop aside)."""
    return (
        q.open_at is not None
        and q.close_at is not None
        and _opens_paragraph(text, q, para)
        and not text[q.end : para[1]].strip(_QUOTE_EDGE + ".!?")
    )


def _opens_paragraph(text: str, q: QuoteSpan, para: tuple[int, int]) -> bool:
    """Whether only quotation marks and white space stand before ``q`` in its paragraph."""
    return not text[para[0] : q.start].strip(_QUOTE_EDGE)


def _closes_sentence_opening(text: str, q: QuoteSpan, para: tuple[int, int]) -> bool:
    """Whether the quotation ``q`` opens its paragraph and is a whole sentence of its own
    ("“We used a trick, based on earlier studies.” This trick was …") or runs on to the
    next paragraph ('"We are asked to accept … / "The Commission calls it …')."""
    if q.open_at is None or not _opens_paragraph(text, q, para):
        return False
    return q.close_at is None or text[q.start : q.close_at].rstrip()[-1:] in (".", "!", "?")


def _paragraph_before(
    paras: list[tuple[int, int]], starts: list[int], para: tuple[int, int]
) -> tuple[int, int] | None:
    """The paragraph right before ``para``, if ``para`` is one of ``paras``."""
    i = bisect_right(starts, para[0]) - 1
    return paras[i - 1] if i > 0 and paras[i] == para else None


def _paragraph_of(
    paras: list[tuple[int, int]], starts: list[int], position: int, length: int
) -> tuple[int, int]:
    """The first paragraph with ``start <= position <= end`` (the whole text if none)."""
    i = bisect_right(starts, position) - 1
    for j in (i - 1, i):
        if j >= 0 and paras[j][0] <= position <= paras[j][1]:
            return paras[j]
    return (0, length)


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The text's paragraphs: blocks between blank lines, and each line of a block whose
    lines are paragraphs themselves (a page's extracted text puts one paragraph on each
    line; a hard-wrapped text's short lines are no paragraphs)."""
    from audit.analyse.segment import paragraphs

    bounds: list[tuple[int, int]] = []
    for p in paragraphs(text):
        lines = p.text.split("\n")
        if len(lines) < 2 or len(p.text) < _PROSE_LINE * len(lines):
            bounds.append((p.start, p.end))
            continue
        start = p.start
        for line in lines:
            bounds.append((start, start + len(line)))
            start += len(line) + 1
    return bounds


_PROSE_LINE = 100  # a block whose lines average this long holds a paragraph on each line
