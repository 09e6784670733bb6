"""Structural residue: repeated header blocks and paragraphs, broken links, markup,
dangling quotation intros and detached pull quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from audit.analyse.blockquotes import unmarked_quotes
from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, lines
from audit.analyse.spans import Spans

_MAX_HEADER_LINES = 6
_WORDS = re.compile(r"[^\W\d_]{2,}")
_LONG_LINE = 100


def _norm(value: str) -> str:
    """``value`` with whitespace runs collapsed to one space, trimmed, lower-cased."""
    if value.isprintable() and "  " not in value and value[:1] != " " != value[-1:]:
        return value.lower()  # no whitespace but single inner spaces (the rest is unprintable)
    return " ".join(value.split()).lower()


def line_keys(text: str) -> list[str]:
    """Each line's text, whitespace collapsed and lower-cased (what repeats are compared
    on; computed once and shared by the header and paragraph repeat detectors)."""
    return [_norm(unit.text) for unit in lines(text)]


def duplicated_header(text: str, keys: Sequence[str] | None = None) -> Iterator[Flag]:
    """RES005: the opening title/byline/date lines repeated later in the text (``keys``:
    the text's ``line_keys``, when at hand)."""
    units = lines(text)
    keys = line_keys(text) if keys is None else keys
    size = 0  # the header: the first ``size`` lines
    while (
        size < min(_MAX_HEADER_LINES, len(units))
        and len(units[size].text) <= _LONG_LINE
        and keys[size] not in keys[:size]
    ):
        size += 1
    wanted = {keys[i] for i in range(size) if len(units[i].text) >= 12}
    if not wanted:
        return
    index = size
    while index < len(units):
        run = index
        while run < len(units) and keys[run] in wanted:
            run += 1
        matched = set(keys[index:run])
        title = keys[0] in matched and units[0].text[-1] not in ".!?"
        if run > index and (len(matched) >= 2 or (title and len(units[0].text) >= 25)):
            yield Flag(
                "RES005",
                "duplicated_header",
                "residue",
                "high" if len(matched) >= 2 else "medium",
                units[index].start,
                units[run - 1].end,
                "the article's header (title, byline or date) is repeated inside the text",
            )
            index = run
        else:
            index += 1


def repeated_paragraphs(
    text: str, skip: list[tuple[int, int]], keys: Sequence[str] | None = None
) -> Iterator[Flag]:
    """RES006: a line of some length that already appeared earlier, word for word."""
    seen: set[str] = set()
    skipped = Spans(skip)
    keys = line_keys(text) if keys is None else keys
    for unit, key in zip(lines(text), keys, strict=True):
        if len(key) < 40 or key not in seen:
            seen.add(key)
            continue
        if len(_WORDS.findall(key)) < 5:
            continue  # separators and short lines repeat legitimately
        if not skipped.contains(unit.start, unit.end):
            yield Flag(
                "RES006",
                "repeated_paragraph",
                "residue",
                "high",
                unit.start,
                unit.end,
                "this paragraph already appears earlier in the text",
            )


# Markdown links whose target is empty, "#" or javascript:.
_BROKEN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(\s*(?:#?|javascript:[^()\n]{0,100})\s*\)")
_LABEL_LINE = re.compile(r"^[\w .'’-]{1,30}:\s*$")


def broken_links(text: str) -> Iterator[Flag]:
    """RES007: links with an empty target ("[Taipei Times](#)")."""
    for unit in lines(text):
        for match in _BROKEN_LINK.finditer(unit.text):
            start, end = unit.start + match.start(), unit.start + match.end()
            prefix = unit.text[: match.start()]
            if _LABEL_LINE.match(prefix) and match.end() == len(unit.text):
                start = unit.start  # "Source: [...](#)": the whole line is the dead link
            yield Flag(
                "RES007",
                "broken_link",
                "residue",
                "high",
                start,
                end,
                "a link whose target is empty: the page's link was lost in copying",
            )


_MARKUP = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]{0,12}(?:\s[^<>\n]{0,200})?/?>"
    r"|&(?:nbsp|amp|quot|lt|gt|apos|#\d{2,6}|#x[0-9a-fA-F]{2,5});"
    r"|\{\{[^{}\n]{0,80}\}\}"
    r"|\[/?(?:caption|embed|gallery|video|audio|vc_\w{1,20})(?:\s[^\[\]\n]{0,200})?\]"
    r"|\[email\W?protected\]"  # an address the page's e-mail obfuscation hid
)


def markup_residue(text: str) -> Iterator[Flag]:
    """RES008: HTML tags, entities, template placeholders or shortcodes left in the text."""
    for match in _MARKUP.finditer(text):
        yield Flag(
            "RES008",
            "markup_residue",
            "residue",
            "high",
            match.start(),
            match.end(),
            f"markup left over from the web page: {match.group()[:60]!r}",
        )


_OPENING = "“\"„«‘'"
_CLOSING = "”\"“»’'"


def _is_quotation(line: str) -> bool:
    body = line.rstrip(" .,;")
    return bool(body) and (body[0] in _OPENING or body[-1] in _CLOSING or body.startswith("["))


def _has_speech_verb(line: str) -> bool:
    low = f" {line.lower()} "
    return any(f" {verb} " in low or f" {verb}:" in low for verb in lexicon().speech_verbs)


def dangling_quote_intro(text: str) -> Iterator[Flag]:
    """RES010: "X told officials:" whose next paragraph is not the quotation it promises."""
    units = lines(text)
    answered: set[int] | None = None  # found when a line first ends in a colon
    for unit, following in pairwise([*units, None]):
        if not unit or not unit.text.endswith(":") or len(unit.text) < 40:
            continue
        if answered is None:
            answered = {block.intro_start for block in unmarked_quotes(text)}
        if unit.start in answered:
            continue  # "…, said:" above the quotation printed without marks
        if len(unit.text.split()) < 6 or not _has_speech_verb(unit.text):
            continue
        nxt = following.text if following else ""
        if nxt and (_is_quotation(nxt) or nxt[:1] in "-•*" or nxt[:1].isdigit()):
            continue
        yield Flag(
            "RES010",
            "dangling_quote_intro",
            "residue",
            "medium",
            unit.start,
            unit.end,
            "introduces a quotation with a colon, but the quotation is missing",
        )


def _opens_quote(line: str) -> bool:
    """The line leaves a quotation open: its next paragraph continues the quote
    ('Mr Hancock responded: “Sometimes … again.' then '“The challenge …”')."""
    if "„" in line:  # German marks: „ opens, “ closes
        return line.count("„") > line.count("“")
    return line.count("“") > line.count("”") or line.count("«") > line.count("»")


def _is_speaker_line(line: str) -> bool:
    words = line.lstrip("—–-― ").split()
    return (0 < len(words) <= 6 and line[-1:] not in ".!?:" and words[0][:1].isupper()) or (
        line[:1] in "—–―" and len(words) <= 8
    )


def detached_pull_quotes(text: str) -> Iterator[Flag]:
    """RES011: a paragraph that is only a quotation, with no speaker and no intro."""
    units = lines(text)
    for index, unit in enumerate(units):
        body = unit.text.rstrip(" .")
        if len(body) < 30 or body[0] not in '“"„«' or body[-1] not in '”"“»':
            continue
        inner = body[1:-1]
        if len(inner.split()) < 6:
            continue  # a quoted heading or term, not a quotation of someone's words
        if any(mark in inner for mark in '”"»“'):
            continue  # a closing mark inside: speaker or several quotes on the line
        before = units[index - 1].text if index else ""
        after = units[index + 1].text if index + 1 < len(units) else ""
        if before.endswith(":") or _is_quotation(before) or _opens_quote(before):
            continue  # the quotation an intro promised, or one of a run of quoted paragraphs
        if _is_speaker_line(after):
            continue  # "Michael Shadlen, Ph.D." under the quote names the speaker
        elsewhere = text.count(inner[: min(len(inner), 60)]) > 1
        yield Flag(
            "RES011",
            "detached_pull_quote",
            "residue",
            "high" if elsewhere else "medium",
            unit.start,
            unit.end,
            "a quotation standing alone between paragraphs, with no speaker in place",
        )
