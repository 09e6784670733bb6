"""Blocks that do not belong to the article's story: the list of teasers under a
"Related" heading, and paragraphs whose vocabulary is foreign to the rest of the text
(TF-IDF cosine against the other paragraphs) next to other page furniture."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, Unit, lines, paragraphs
from audit.analyse.credit_lines import Line
from audit.analyse.header import read_header
from audit.analyse.spans import Spans

_LIST_LINE = 220
_MAX_LIST = 15
_HEADING = 80
_MIN_WORDS = 12
_UNRELATED = 0.03
_WORD = re.compile(r"[^\W\d_]{3,}")
# Shortest text holding _MIN_WORDS words: each has three letters or more, and a non-letter
# separates one from the next.
_MIN_CHARS = 4 * _MIN_WORDS - 1


def related_lists(text: str, headings: Sequence[Flag]) -> Iterator[Flag]:
    """RES015: the short teaser lines listed under a navigation heading."""
    units = lines(text)
    starts = {u.start: i for i, u in enumerate(units)}
    title = _headline(text, units) if headings else None
    for heading in headings:
        index = starts.get(heading.start)
        if index is None or not _is_heading(units[index].text):
            continue
        run = index + 1
        while run < len(units) and run - index <= _MAX_LIST and len(units[run].text) <= _LIST_LINE:
            if (
                run > index + 1
                and units[run].text.endswith(":")
                and not units[run - 1].text.endswith(":")
            ):
                break  # another heading after the items ("Story Source:") ends the list
            if title is not None and units[run].start <= title.start < units[run].end + 1:
                break  # the article's own headline ends the page's menu
            if _CLOCK_LINE.match(units[run].text):
                break  # a live page's next entry opens with its time ("9:30 a.m. ET, …")
            after = units[run + 1].text if run + 1 < len(units) else ""
            if _is_prose(units[run].text) and not _is_headline(after):
                break  # prose not followed by another teaser's headline: the article goes on
            run += 1
        if run > index + 1:
            yield Flag(
                "RES015",
                "related_list",
                "boilerplate",
                "medium",
                units[index + 1].start,
                units[run - 1].end,
                f"links listed under {units[index].text[:40]!r}: page navigation, not article text",
            )


def _headline(text: str, units: Sequence[Unit]) -> Line | None:
    """The article's headline when it opens the text (no prose above it): page menus end
    there. A headline-like line below the first prose is another story's."""
    title = read_header(text).title
    if title is None or any(_is_sentence(u.text) for u in units if u.end <= title.start):
        return None
    return title


_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\b\.?|[A-Z]{2,4}\b|,|$)", re.IGNORECASE)

# "- Mazda fertigt flexibler 4. November 2021": a list item ending in a date is a teaser.
_DATED_ITEM = re.compile(
    r"^[-•*] .{3,160}?\s(?:\d{1,2}\.? ?\w{3,12}\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$"
)


def dated_lists(text: str) -> Iterator[Flag]:
    """RES015: two or more list items that each end with a date (other stories' teasers)."""
    units = lines(text)
    index = 0
    while index < len(units):
        run = index
        while run < len(units) and (
            _DATED_ITEM.match(units[run].text) or (run > index and _is_teaser_tail(units[run].text))
        ):
            run += 1
        if run - index >= 2:
            yield Flag(
                "RES015",
                "related_list",
                "boilerplate",
                "medium",
                units[index].start,
                units[run - 1].end,
                "a list of dated headlines: links to other stories, not article text",
            )
        index = max(run, index + 1)


_DATE_ONLY = re.compile(r"^\d{1,2}\.? ?\w{3,12}\.? \d{4}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")


def _is_teaser_tail(line: str) -> bool:
    """Inside a teaser list: a bare date, or a teaser cut off with an ellipsis."""
    stripped = line.rstrip()
    return bool(_DATE_ONLY.match(stripped)) or (
        len(stripped) <= _LIST_LINE and stripped.endswith(("...", "…"))
    )


def _is_prose(line: str) -> bool:
    return len(line) >= 120 and line.rstrip()[-1:] in '.!?"”»'


def _is_sentence(line: str) -> bool:
    """A full sentence of eight words or more, as article text is written."""
    return line.rstrip()[-1:] in ".!?" and len(line.split()) >= 8


def _is_headline(line: str) -> bool:
    return 0 < len(line) <= 160 and line.rstrip()[-1:] not in ".!?:"


def _is_heading(line: str) -> bool:
    """A bare heading ("Mehr zum Thema", "Lesen Sie auch:"), not "Read more: <headline>"
    nor "Also Read | <headline>" (a teaser of its own)."""
    body = line.rstrip(" :")
    return (
        len(line) <= _HEADING
        and ":" not in body
        and "|" not in body.strip("| \xa0")  # a table cell's bars are not a separator
        and body[-1:] not in ".!?"
        and not line.startswith((">", "<", "-", "•"))
    )


def _marks_break(flag: Flag) -> bool:
    """Furniture after which the page may go on with something else: a bare heading, a
    list of related links, a comment form."""
    return flag.code == "RES015" or flag.kind == "comment_form"


def _terms(value: str) -> list[str]:
    stop = lexicon().stopwords
    return [w for w in map(str.lower, _WORD.findall(value)) if w not in stop]


def _vectors(terms: Sequence[list[str]]) -> list[dict[str, float]]:
    bags = [Counter(t) for t in terms]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    idf = {t: math.log((1 + n) / (1 + d)) for t, d in df.items()}
    out = []
    for bag in bags:
        vec = {t: (1 + math.log(c)) * idf[t] for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({t: v / norm for t, v in vec.items()})
    return out


def coherence(terms: Sequence[list[str]], only: Iterable[int] | None = None) -> dict[int, float]:
    """Cosine of each unit's TF-IDF vector (``terms``: each unit's content words) with the
    sum of all the other units' vectors, by unit index (``only``: the indices wanted).

    With T the sum of all vectors and v one unit's (unit length): v·(T-v) = v·T - 1 and
    |T-v|² = |T|² - 2 v·T + 1, so each score costs only the unit's own terms.
    """
    vectors = _vectors(terms)
    total: Counter[str] = Counter()
    for vec in vectors:
        total.update(vec)
    total_sq = sum(v * v for v in total.values())
    scores = {}
    for index in range(len(vectors)) if only is None else only:
        vec = vectors[index]
        dot = sum(v * total[t] for t, v in vec.items())
        self_sq = sum(v * v for v in vec.values())
        rest_sq = max(total_sq - 2 * dot + self_sq, 0.0)
        scores[index] = (dot - self_sq) / math.sqrt(rest_sq) if rest_sq > 1e-12 else 0.0
    return scores


def unrelated_blocks(text: str, furniture: Sequence[Flag]) -> Iterator[Flag]:
    """SPM020: a substantial paragraph foreign to the article's topic that directly follows
    page furniture (a navigation heading, a share prompt, a comment form)."""
    breaks = [f for f in furniture if f.category in ("boilerplate", "spam") and _marks_break(f)]
    if not breaks:
        return  # no furniture the page could go on from: nothing to weigh
    every = paragraphs(text)
    candidates = _after_breaks(every, breaks, furniture)
    if not candidates:
        return  # no paragraph right after furniture: no score can flag anything
    bags = [
        (u, terms)
        for u in every
        if len(u.text) >= _MIN_CHARS and len(terms := _terms(u.text)) >= _MIN_WORDS
    ]
    wanted = [i for i, (unit, _) in enumerate(bags) if unit.start in candidates]
    if len(bags) < 3 or not wanted:
        return  # too little text to weigh, or no candidate long enough to be weighed
    for index, score in coherence([terms for _, terms in bags], wanted).items():
        unit = bags[index][0]
        if score < _UNRELATED:
            yield Flag(
                "SPM020",
                "unrelated_content",
                "unrelated",
                "low",
                unit.start,
                unit.end,
                "this paragraph shares almost no vocabulary with the rest"
                f" (similarity {score:.2f})",
            )


def _after_breaks(
    every: Sequence[Unit], breaks: Sequence[Flag], furniture: Sequence[Flag]
) -> set[int]:
    """Starts of the paragraphs right after one lying inside a break that no furniture flag
    overlaps (it would be flagged as something more specific). Paragraphs are in order and
    do not overlap: those inside a break are a run from the first starting in it."""
    starts = [u.start for u in every]
    furnished = Spans((f.start, f.end) for f in furniture)
    found: set[int] = set()
    for brk in breaks:
        index = bisect_left(starts, brk.start)
        while index < len(every) and every[index].end <= brk.end:
            index += 1
            if index < len(every):
                unit = every[index]
                if not furnished.overlaps(unit.start, unit.end):
                    found.add(unit.start)
    return found
