"""Other stories' teasers recognised by their shape, with no heading announcing them:
excerpts a CMS cut short ("… co-presented by Onassis […]"), the headline above a teaser
blurb that ends in a "mehr" link, and a list of headlines opening the text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, Unit, lines

_HEADLINE = 120
_EXCERPT = 600
_BLURB = 60
_BULLETS = ("- ", "• ", "* ", "– ")
_MIN_HEADLINES = 4
_PROSE = 120
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


def opening_headlines(text: str) -> Iterator[Flag]:
    """RES019: a list of four or more headlines before the article's first paragraph."""
    units = lines(text)
    index = 0
    while index < len(units) and _item(units[index].text) is None:
        if len(units[index].text) >= _PROSE:
            return  # the article has begun: a list below is the article's own
        index += 1
    run = index
    while run < len(units):
        body = _item(units[run].text)
        if body is None or not _is_headline(body) or not body[:1].isupper():
            break
        run += 1
    if run - index >= _MIN_HEADLINES and (run == len(units) or _item(units[run].text) is None):
        yield _flag(units[index:run], "a list of other stories' headlines above the article")
