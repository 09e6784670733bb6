"""Another story's teaser above the article's dated header: "Caritas: Schulerfolg …" and
its blurb, then a section label, then the article's own title, its date and its body.

The article's start is its date line (a line holding only a date, perhaps a time) close
to the top and followed by the body. Lines above it whose words the body does not share
are another story's headline and blurb, not the article's title or standfirst.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, Unit, lines

_MAX_HEADER = 8
_BODY_GAP = 3
_PROSE = 200
_MIN_TERMS = 3
_EVIDENCE = 10  # content words in the foreign lines together
_TITLE = 160
_SHARED = (2, 5)  # at most two fifths of a foreign line's words occur in the body
_LABEL_WORDS = 3
# "19.11.2021", "5. November 2021, 10:39 Uhr", "Friday, 12 March 2021", "2021-03-12 10:39":
# bounded pieces, each optional part introduced by a literal separator (linear time).
_DATE_LINE = re.compile(
    r"^(?:[^\W\d_]{2,12},?[ \t])?"
    r"(?:\d{1,2}\.?[ \t]?(?:\d{1,2}\.|[^\W\d_]{3,12}\.?)[ \t]?\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?[ \t](?:[^\W\d_]{1,4}[ \t])?\d{1,2}[:.]\d{2}(?:[ \t][^\W\d_]{1,4})?)?$"
)
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+[^\W\d_]")
_TERM = re.compile(r"[^\W\d_]{4,}")


def _terms(line: str) -> list[str]:
    stop = lexicon().stopwords
    return [t for t in (m.lower() for m in _TERM.findall(line)) if t not in stop]


def _dated_header(units: Sequence[Unit]) -> int | None:
    """Index of the date line that opens the article's body, or None."""
    for index, unit in enumerate(units[:_MAX_HEADER]):
        if not _DATE_LINE.match(unit.text):
            continue
        after = units[index + 1 : index + 1 + _BODY_GAP]
        return index if any(len(u.text) >= _PROSE for u in after) else None
    return None


def _is_title(line: str) -> bool:
    """The article's own title: one short sentence at most, not cut off with an ellipsis."""
    return (
        len(line) <= _TITLE and not line.endswith(("...", "…")) and not _SENTENCE_BREAK.search(line)
    )


def _is_foreign(terms: list[str], body: set[str]) -> bool:
    shared = sum(t in body for t in terms)
    return len(terms) >= _MIN_TERMS and shared * _SHARED[1] <= len(terms) * _SHARED[0]


def opening_teaser(text: str) -> Iterator[Flag]:
    """RES019: the lines opening the text, above the article's title and date line, that
    share (almost) no words with the article's body: another story's headline and blurb."""
    units = lines(text)
    date = _dated_header(units)
    if not date or date < 2:
        return
    wordy = [i for i in range(date) if len(units[i].text.split()) > _LABEL_WORDS]
    end = wordy[-1] if wordy and _is_title(units[wordy[-1]].text) else date
    body = set(_terms(text[units[date].end :]))
    run, foreign, evidence = 0, 0, 0
    while run < end:
        terms = _terms(units[run].text)
        if _is_foreign(terms, body):
            foreign, evidence = foreign + 1, evidence + len(terms)
        elif len(units[run].text.split()) > _LABEL_WORDS:
            break  # the article's own standfirst: the teaser (if any) ends above it
        run += 1
    while run and len(units[run - 1].text.split()) <= _LABEL_WORDS:
        run -= 1  # a section label closing the run belongs to the title below it
    if run and foreign >= 2 and evidence >= _EVIDENCE:
        yield Flag(
            "RES019",
            "teaser",
            "boilerplate",
            "low",
            units[0].start,
            units[run - 1].end,
            "lines above the article's title and date that its body does not share",
        )
