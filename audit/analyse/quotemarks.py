"""Pairing quotation marks: curly and straight, nested, and quotes whose opening is lost.

Works paragraph by paragraph. Double marks pair first; single marks inside a double quote
are nested quotes and stay part of it. A closing double mark with no opening before it in
its paragraph closes a quote that starts at the paragraph start (the opening mark was lost
in copying); an opening curly mark never closed runs to the paragraph end, and so does a
straight one when the next paragraph opens with a straight mark again (a quotation running
over several paragraphs closes only on its last), and so does a single curly mark opening a
paragraph when the next opens with one again (papers that quote in single marks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.analyse.segment import paragraphs

_OPEN_BEFORE = " \t\n([{—–-/:;,"
_MARKS = re.compile("[\n\"“”„«»‘’']")
_MAX_SINGLE = 200
_SINGLE_CLOSE = re.compile(r"\S’(?!\w)")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words at ``start:end`` (marks excluded); ``open_at``/``close_at`` are the marks."""

    start: int
    end: int
    open_at: int | None
    close_at: int | None
    how: str  # paired | unopened | unclosed


def _alnum(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[QuoteSpan]:
    """Top-level quotations of ``text`` in order."""
    out: list[QuoteSpan] = []
    paras = paragraphs(text)
    for i, para in enumerate(paras):
        following = paras[i + 1].text if i + 1 < len(paras) else ""
        continued = _opens_straight(following)
        # a quotation in single marks goes on into a paragraph that opens with one and
        # closes one ("‘So, for now, …,’ he added"), not into "‘Twas ever so."
        single_goes_on = (
            following[:1] == "‘"
            and _alnum(following[1:2])
            and _SINGLE_CLOSE.search(following) is not None
        )
        out.extend(_in_paragraph(text, para.start, para.end, continued, single_goes_on))
    return [q for q in out if text[q.start : q.end].strip(" \t\n.,;:…")]


def _opens_straight(paragraph: str) -> bool:
    """Whether a paragraph opens with a straight double mark before a word."""
    return paragraph[:1] == '"' and _alnum(paragraph[1:2])


def _in_paragraph(
    text: str, start: int, end: int, continued: bool, single_goes_on: bool = False
) -> list[QuoteSpan]:
    """The quotations of the paragraph at start:end; ``continued`` when the next paragraph
    opens with a straight double mark (a straight quotation left open runs on into it),
    ``single_goes_on`` when it opens with a single curly mark (so does a quotation in single
    marks that opens this paragraph, where a paper quotes in single marks)."""
    out: list[QuoteSpan] = []
    double_open: int | None = None
    double_mark = ""
    single_open: int | None = None
    seen_double = False
    # Only quotation marks and line breaks change the state: visit just those.
    for mark in _MARKS.finditer(text, start, end):
        i = mark.start()
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch == "\n" and double_open is not None:
            # A quotation does not run over a line break: each line of a quoted
            # paragraph opens its own (the closing mark is often only on the last).
            out.append(QuoteSpan(double_open + 1, i, double_open, None, "unclosed"))
            double_open = None
        elif double_open is None and (
            ch in "“„«" or (ch == '"' and (prev in _OPEN_BEFORE or i == start))
        ):
            double_open, double_mark, single_open = i, ch, None
            seen_double = True
        elif double_open is None and ch == "»" and prev in _OPEN_BEFORE and _alnum(nxt):
            double_open, double_mark, single_open = i, ch, None  # German »…«
            seen_double = True
        elif double_open is not None and (
            (ch in '”"' and double_mark in '“"')
            or (ch in "“”" and double_mark == "„")
            or (ch == "»" and double_mark == "«")
            or (ch == "«" and double_mark == "»")
        ):
            out.append(QuoteSpan(double_open + 1, i, double_open, i, "paired"))
            double_open = None
        elif ch == "”" and double_open is None and not seen_double:
            out.append(QuoteSpan(start, i, None, i, "unopened"))
            seen_double = True
        elif double_open is None and ch in "‘'" and single_open is None:
            if (prev in _OPEN_BEFORE or i == start) and _alnum(nxt):
                single_open = i
        elif (
            double_open is None
            and ch in "’'"
            and single_open is not None
            and not _alnum(nxt)
            and i - single_open <= _MAX_SINGLE
            and prev != " "
        ):
            out.append(QuoteSpan(single_open + 1, i, single_open, i, "paired"))
            single_open = None
    if double_open is not None and (
        double_mark not in '"»'
        or (double_mark == '"' and continued and _alnum(text[double_open + 1 : double_open + 2]))
    ):
        out.append(QuoteSpan(double_open + 1, end, double_open, None, "unclosed"))
    elif double_open is None and single_open == start and single_goes_on and text[start] == "‘":
        out.append(QuoteSpan(start + 1, end, start, None, "unclosed"))
    return out
