"""Paragraphs, sentences and tokens of an article, as offsets into its text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before white
# space and an opening capital, digit or quote. Common abbreviations are not ends, nor
# are titles written short (``title_abbreviations`` in ``reporting.yaml``).
_SENTENCE_END = re.compile(
    r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9\u00C0-\u024F\u4e00-\u9fff])"""
)
_ABBREVIATIONS = frozenset(
    [
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "dept",
    ]
)
# Abbreviations only before a number ("No. 10", "est. 1890"): before a word they are words
# ending a sentence ("she said no. The talks ended").
_NUMBER_ABBREVIATIONS = frozenset(["no", "est"])
WORD = re.compile(r"\w+(?:[.'’&-]\w+)*")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str


Tokens = tuple[tuple[re.Match[str], ...], tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=8)
def tokens(text: str) -> Tokens:
    """The :data:`WORD` matches of ``text``, their words, and the words lower-cased."""
    matches = tuple(WORD.finditer(text))
    words = tuple(map(re.Match.group, matches))
    return matches, words, tuple(map(str.lower, words))


def paragraphs(text: str) -> list[Segment]:
    """Blocks separated by blank lines, trimmed, with their offsets."""
    return list(_paragraphs(text))


# Several analysers segment the same article: the last few texts' answers are kept.
@lru_cache(maxsize=8)
def _paragraphs(text: str) -> tuple[Segment, ...]:
    out: list[Segment] = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped)
            out.append(Segment(start, start + len(stripped), stripped))
        position = match.end() if match else len(text)
    return tuple(out)


_LAST_WORD = re.compile(r"([A-Za-z.]+)\.?$")


@cache
def _title_abbreviations() -> frozenset[str]:
    # imported here: the lexicon loader reads word boundaries from this module
    from audit.analyse.reporting import title_abbreviations

    return title_abbreviations()


def is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop at ``end`` closes an abbreviation rather than a sentence."""
    window = text[max(0, end - 12) : end]
    word = _LAST_WORD.search(window)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if len(token) == 1 and window[word.start() - 1 : word.start()].isdigit():
        return False  # "€3m.", "5k.": a unit after a number, not an initial
    if token in _NUMBER_ABBREVIATIONS:
        return text[end + 1 : end + 2].isspace() and text[end + 1 :].lstrip()[:1].isdigit()
    return (
        token in _ABBREVIATIONS
        or token in _title_abbreviations()  # "Capt. Ruben Roe": a title's stop
        or (len(token) == 1 and token.isalpha())
    )


def sentences_in(segment: Segment) -> Iterator[Segment]:
    """Sentences of one paragraph (lines inside it are separate sentences too)."""
    for line_start, line in _lines(segment):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            dot = match.start()
            if line[dot] == "." and is_abbreviation(line, dot):
                continue
            piece = line[start : match.end()]
            stripped = piece.strip()
            if stripped:
                offset = line_start + start + piece.index(stripped)
                yield Segment(offset, offset + len(stripped), stripped)
            start = match.end()
        piece = line[start:]
        stripped = piece.strip()
        if stripped:
            offset = line_start + start + piece.index(stripped)
            yield Segment(offset, offset + len(stripped), stripped)


def _lines(segment: Segment) -> Iterator[tuple[int, str]]:
    position = segment.start
    for line in segment.text.split("\n"):
        yield position, line
        position += len(line) + 1


def sentences(text: str) -> list[Segment]:
    """Every sentence of the text, in order."""
    return list(_sentences(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Segment, ...]:
    return tuple(s for p in _paragraphs(text) for s in sentences_in(p))
