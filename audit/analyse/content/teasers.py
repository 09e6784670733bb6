"""Other stories' teasers recognised by their shape, with no heading announcing them:
excerpts a CMS cut short ("… co-presented by Onassis […]"), the headline above a teaser
blurb that ends in a "mehr" link, a list of headlines opening the text, headlines in a
row after the article or each under a section label, and the lines that end the text
after its tag list."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, Unit, lines, runs

_HEADLINE = 120
_EXCERPT = 600
_BLURB = 60
_BULLETS = ("- ", "• ", "* ", "– ")
_MIN_HEADLINES = 4
_HEADLINE_WORDS = 4  # "DATE : 27/09/2020" in a fact box is no headline
_PROSE = 120
_TAG = 30
_TAIL = 250
_MAX_TAIL = 3
_MIN_CLOSING = 20
_CLOSING = 130
_MIN_CLOSING_RUN = 3
_LABEL_VALUE = 4
_KICKER = 40
_WORD = re.compile(r"[\w©]+")
_TERM = re.compile(r"[^\W\d_]{4,}")
_OPENING = "\"'“„«‘"


def _flag(units: Sequence[Unit], message: str) -> Flag:
    return Flag(
        "RES019",
        "teaser",
        "boilerplate",
        "medium",
        units[0].start,
        units[-1].end,
        message,
    )


def _is_headline(line: str) -> bool:
    """A short line of two words or more, opening with a letter, digit or quotation mark
    (not "(via Boing Boing)") and without closing punctuation."""
    return (
        len(line) <= _HEADLINE
        and (line[:1].isalnum() or line[:1] in _OPENING)
        and line[-1:] not in ".!?:;,…)"
        and len(line.split()) >= 2
    )


def _is_excerpt(line: str) -> bool:
    return len(line) <= _EXCERPT and line.endswith(lexicon().excerpt_marks)


def excerpts(text: str) -> Iterator[Flag]:
    """RES019: two or more paragraphs each cut off with an excerpt mark, with the
    headlines between or above them."""
    units = lines(text)
    index = 0
    while index < len(units):
        if not _is_excerpt(units[index].text):
            index += 1
            continue
        start = index - 1 if index and _is_headline(units[index - 1].text) else index
        run, cut, last = index, 0, index
        while run < len(units) and (_is_excerpt(units[run].text) or _is_headline(units[run].text)):
            if _is_excerpt(units[run].text):
                cut, last = cut + 1, run
            run += 1
        if cut >= 2:
            yield _flag(units[start : last + 1], "excerpts of other stories, cut off with […]")
        index = last + 1


def _is_blurb(line: str) -> bool:
    """A teaser blurb closing with its link: "… finden Sie Antworten. mehr"."""
    words = line.lower().rstrip(" .…»>").split()
    tail = {" ".join(words[-n:]) for n in (1, 2, 3)}
    return len(line) >= _BLURB and not tail.isdisjoint(lexicon().more_links)


def teaser_headlines(text: str, navigation: Sequence[Flag]) -> Iterator[Flag]:
    """RES019: the headline line above a navigation-flagged teaser blurb."""
    units = lines(text)
    starts = {u.start: i for i, u in enumerate(units)}
    taken = {(f.start, f.end) for f in navigation}
    for flag in navigation:
        index = starts.get(flag.start)
        if not index or units[index].end != flag.end or not _is_blurb(units[index].text):
            continue
        above = units[index - 1]
        if _is_headline(above.text) and (above.start, above.end) not in taken:
            yield _flag([above], "the headline of another story's teaser")


def _item(line: str) -> str | None:
    return line[2:].strip() if line.startswith(_BULLETS) else None


def _is_headline_item(line: str) -> bool:
    """A list item that reads as a headline: capitalised, four words or more."""
    body = _item(line)
    return (
        body is not None
        and _is_headline(body)
        and body[:1].isupper()
        and len(body.split()) >= _HEADLINE_WORDS
    )


def opening_headlines(text: str) -> Iterator[Flag]:
    """RES019: a list of four or more headlines before the article's first paragraph."""
    units = lines(text)
    index = 0
    while index < len(units) and _item(units[index].text) is None:
        if len(units[index].text) >= _PROSE:
            return  # the article has begun: a list below is the article's own
        index += 1
    run = index
    while run < len(units) and _is_headline_item(units[run].text):
        run += 1
    if run - index < _MIN_HEADLINES or (run < len(units) and _item(units[run].text) is not None):
        return
    rest = set(_TERM.findall(text[units[run - 1].end :].lower()))
    foreign = [_is_foreign(u.text, rest) for u in units[index:run]]
    if sum(foreign) * 2 >= len(foreign):  # a summary of the article shares its words
        yield _flag(units[index:run], "a list of other stories' headlines above the article")


def _is_foreign(line: str, rest: set[str]) -> bool:
    """At most half of the line's content words occur in ``rest``."""
    stop = lexicon().stopwords
    terms = [t for t in _TERM.findall(line.lower()) if t not in stop]
    return sum(t in rest for t in terms) * 2 <= len(terms)


def _is_tag(line: str) -> bool:
    """A keyword line of a tag list: one to three words, no punctuation, no digits first."""
    return (
        len(line) <= _TAG
        and len(line.split()) <= 3
        and not any(mark in line for mark in ".!?:;,()")
        and not line[:1].isdigit()
    )


def after_tags(text: str) -> Iterator[Flag]:
    """RES019: up to three unpunctuated lines ending the text after its tag list (two or
    more keyword lines): a teaser or page furniture, not the article."""
    units = lines(text)
    for size in range(1, _MAX_TAIL + 1):
        first = len(units) - size
        if first < 2:
            return
        if not _is_tail(units[first].text):
            return
        if _is_tag(units[first - 1].text) and _is_tag(units[first - 2].text):
            yield _flag(units[first:], "lines after the article's tag list: not article text")
            return


def _is_tail(line: str) -> bool:
    return len(line) <= _TAIL and line[-1:] not in ".!?:;,)" and len(line.split()) >= 4


def _is_closing_headline(line: str) -> bool:
    """A headline of another story: capitalised (or opening with a quotation mark, "¿" or
    "¡"), four words or more, no closing full stop, and no credit words."""
    return (
        _MIN_CLOSING <= len(line) <= _CLOSING
        and (line[:1].isupper() or line[:1] in _OPENING + "¿¡")
        and line[-1:] not in ".:;,)…"
        and "|" not in line
        and len(line.split()) >= _HEADLINE_WORDS
        and lexicon().credit_words.isdisjoint(_WORD.findall(line.lower()))
        and not _is_label(line)
    )


def _is_label(line: str) -> bool:
    """A label and its value ("Edition : M-A. Pioerron"): one word, a colon, a few words."""
    head, colon, value = line.partition(":")
    return bool(colon) and len(head.split()) == 1 and len(value.split()) <= _LABEL_VALUE


def _is_prose(line: str) -> bool:
    return len(line) >= _PROSE and line[-1:] in '.!?"”»'


def closing_headlines(text: str, comments: Sequence[Flag]) -> Iterator[Flag]:
    """RES019: three or more headlines in a row after the article's last paragraph."""
    units = lines(text)
    last = max((i for i, u in enumerate(units) if _is_prose(u.text)), default=None)
    if last is None:
        return  # no paragraph of the article: nothing to come after it
    for first, end in runs(units, _is_closing_headline, last + 1):
        quiet = not any(
            f.start < units[end - 1].end and units[first].start < f.end for f in comments
        )
        if end - first >= _MIN_CLOSING_RUN and quiet and not _introduced(units[first - 1].text):
            yield _flag(units[first:end], "headlines of other stories after the article")


def _is_kicker(line: str) -> bool:
    """A section label over a teaser ("Sociedad", "Fußball - Bundesliga")."""
    return len(line) <= _KICKER and len(line.split()) <= 4 and line[-1:] not in ".!?:;,)…"


def kicker_grid(text: str) -> Iterator[Flag]:
    """RES019: three or more headlines each under a section label, one label repeated
    ("Sociedad / <headline> / Sociedad / <headline> / …"): a grid of other stories."""
    units = lines(text)
    index = 0
    while index + 1 < len(units):
        run = index
        while (
            run + 1 < len(units)
            and _is_kicker(units[run].text)
            and _is_closing_headline(units[run + 1].text)
        ):
            run += 2
        kickers = [units[k].text.lower() for k in range(index, run, 2)] if run > index else []
        if len(kickers) >= _MIN_CLOSING_RUN and len(set(kickers)) < len(kickers):
            yield _flag(units[index:run], "headlines of other stories under section labels")
            index = run
        else:
            index += 1


_INTRO_WORDS = 5
# Words of a heading over other stories ("Read also:", "You may also like:").
_TEASER_HEADING = frozenset(
    {"read", "more", "also", "related", "like", "recommended", "popular", "latest", "see"}
    | {"stories", "articles", "news", "trending", "watch", "interested", "topics", "picks"}
)


def _introduced(line: str) -> bool:
    """Whether ``line`` introduces a list of the article's own ("What a cubic metre of gas
    costs for households:"): a clause ending with a colon, no heading over other stories
    ("Zum Thema:", "You may also like:")."""
    words = _WORD.findall(line.lower())
    return line.endswith(":") and len(words) >= _INTRO_WORDS and _TEASER_HEADING.isdisjoint(words)
