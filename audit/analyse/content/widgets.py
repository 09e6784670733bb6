"""Page widgets recognised by their shape: a list of other stories from one source (every
item ends with the same source name), a teaser that repeats its own headline, a section
label standing alone between two separator rules, and a run of other stories' bylines."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, Unit, lines, runs

_ITEM = 400
_MIN_ITEMS = 3
_MIN_ITEM_WORDS = 6
_MAX_SOURCE_WORDS = 4
_MIN_SOURCE = 4
_MIN_HEADLINE = 20
_MIN_HEADLINE_WORDS = 4
_LABEL = 100
_MIN_RULE = 3
_RULE_MARKS = frozenset("-_=*+~#•·–—")
_BYLINE = 80
_MIN_BYLINES = 3
_BULLETS = ("- ", "• ", "* ", "– ")


def _flag(units: Sequence[Unit], confidence: str, message: str) -> Flag:
    return Flag(
        "RES019",
        "teaser",
        "boilerplate",
        confidence,
        units[0].start,
        units[-1].end,
        message,
    )


def _body(line: str) -> str:
    return line[2:].strip() if line.startswith(_BULLETS) else line


def _source(words: list[str], size: int) -> str | None:
    """The last ``size`` of a teaser line's ``words`` when they read as a name
    (capitalised): "… throw stones at staff Wales Online" -> "Wales Online"."""
    if len(words) < _MIN_ITEM_WORDS + size - 1:
        return None
    tail, before = words[-size:], words[-size - 1]
    if not all(w[:1].isupper() for w in tail):
        return None
    if any(c.isdigit() for c in before):
        return None  # "… 16 Gigabyte für 6 Euro": a price or a quantity, not a source
    if before[-1:] in ",;:–-—(" or before.lower() in lexicon().stopwords:
        return None  # "…, Democrat of New York": an attribute of the item, not a source
    name = " ".join(tail)
    return name if len(name) >= _MIN_SOURCE else None


def _sources(line: str) -> set[str]:
    """The names a teaser line may end with (no closing punctuation, last word capitalised)."""
    if len(line) > _ITEM or line[-1:] in ".!?:;,…" or not line.rsplit(None, 1)[-1][:1].isupper():
        return set()  # a sentence, not a teaser item: most lines end here
    words = _body(line).split()
    return {s for n in range(1, _MAX_SOURCE_WORDS + 1) if (s := _source(words, n))}


def source_lists(text: str) -> Iterator[Flag]:
    """RES019: three or more lines in a row that all end with the same source name (a
    video or news widget: "… Wales Online" on every item), with the label line above
    that names the same source in parentheses."""
    units = lines(text)
    names = [_sources(u.text) for u in units]
    index = 0
    while index < len(units):
        common = names[index]
        run = index + 1
        while common and run < len(units) and common & names[run]:
            common = common & names[run]
            run += 1
        if run - index < _MIN_ITEMS or not common:
            index += 1
            continue
        first = index
        above = units[index - 1].text if index else ""
        if any(above.rstrip().endswith(f"({name})") for name in common):
            first = index - 1
        name = max(common, key=len)
        yield _flag(units[first:run], "medium", f"a list of other stories, each from {name!r}")
        index = run


def _repeats_headline(line: str) -> bool:
    """The line opens with a headline that it repeats at once ("Met Office forecast for
    November 5 Met Office forecast for November 5 - …"): a teaser's title and blurb."""
    body = _body(line)
    if len(body) > _ITEM or len(body) < 2 * _MIN_HEADLINE:
        return False
    opening = body[:_MIN_HEADLINE]
    found = body.find(opening, _MIN_HEADLINE + 1)
    while 0 < found <= len(body) // 2 + 1:
        head = body[: found - 1]
        if body[found - 1] == " " and body.startswith(head, found):
            return len(head.split()) >= _MIN_HEADLINE_WORDS
        found = body.find(opening, found + 1)
    return False


def repeated_headlines(text: str) -> Iterator[Flag]:
    """RES019: two or more lines in a row that each repeat their own opening headline."""
    units = lines(text)
    for first, end in runs(units, _repeats_headline):
        if end - first >= 2:
            yield _flag(units[first:end], "medium", "teasers of other stories (headline, blurb)")


def _is_rule(line: str) -> bool:
    if line[:1] not in _RULE_MARKS:
        return False
    marks = line.replace(" ", "")
    return len(marks) >= _MIN_RULE and set(marks) <= _RULE_MARKS


def ruled_labels(text: str) -> Iterator[Flag]:
    """RES019: a short line alone between two separator rules ("____ / More on
    coronavirus: / ____"): a box of links whose links were lost."""
    units = lines(text)
    for index in range(1, len(units) - 1):
        label = units[index].text
        if len(label) > _LABEL or _is_rule(label) or label[-1:] in ".!?":
            continue  # a sentence between rules is a note, not a label
        if ":" in label[:-1]:
            continue  # "Bildquelle: Peter Ferstl": a credit, flagged as one
        if _is_rule(units[index - 1].text) and _is_rule(units[index + 1].text):
            yield _flag(
                units[index - 1 : index + 2], "medium", "a label boxed between separator rules"
            )


def _is_byline(line: str) -> bool:
    """A byline: "By John Teufel", "Von Walter Otte" (a byline word, a capitalised name)."""
    head, _, rest = line.partition(" ")
    rest = rest.strip()
    return (
        len(line) <= _BYLINE
        and head.lower() in lexicon().byline_words
        and rest[:1].isupper()
        and line[-1:] not in ".!?:;,"
    )


def byline_runs(text: str) -> Iterator[Flag]:
    """RES019: three or more bylines in a row: the first may be the article's own, the
    others sign teasers of other stories whose headlines were lost (low confidence)."""
    units = lines(text)
    for first, end in runs(units, _is_byline):
        if end - first >= _MIN_BYLINES:
            yield _flag(units[first + 1 : end], "low", "bylines of other stories")
