"""Page menus in scraped text: the site's section links above the headline, one per line
("News / Politics / Football / Celebs / TV") or all on one line ("Home US World Politics
Health"); several links on one line set off by bars ("Home | About | Archive | Support this
blog"); rows of share buttons ("Share  Tweet  Email") and of reaction counters ("12 Likes ·
4 Restacks"), wherever they stand."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.analyse.content.model import Flag, Unit, lines, runs
from audit.analyse.credit_lines import Line, labels
from audit.analyse.dates import find_dates
from audit.analyse.header import (
    SENTENCE_MARKS,
    date_bar,
    is_language_switcher,
    is_menu_line,
    read_header,
)
from audit.analyse.people import is_given_name
from audit.analyse.registry import lookup_in_context

_MIN_ITEMS = 4  # lines in a row; fewer may be a kicker, a masthead and a section label
_MAX_ITEM = 30  # characters of one menu entry ("Life & Style", "X (formerly Twitter)")
_MAX_WORDS = 4
_BAR = re.compile(r"\s+[|·•∙]\s+")
_MIN_BARRED = 3  # entries on one line: "Home | About | Archive"
# A breadcrumb trail: sections set off by spaced slashes or arrows, the last one maybe the
# story's own headline ("News / Greater Manchester News / Courts", "Home » Politics »
# Education", "Home / India News / Constable exam cancelled after paper leak").
_TRAIL = re.compile(r"\s+[/»›>]\s+")
_TRAIL_MARKS = frozenset("/»›>")
_MIN_TRAIL = 3
_MAX_TRAIL_LAST_WORDS = 16
_MAX_BARRED_WORDS = 5
_SHARE_WORD = (
    r"(?:(?i:share|tweet|email|e-mail|comments?|print|save|copy\s+link|facebook|twitter|"
    r"whatsapp|linkedin|pinterest|pin\s+it|reddit|flipboard|messenger|like|restack|share\s+via"
    r"|bookmark|telegram|viber|wechat|weibo|bluesky|mastodon|tumblr)|f|X|in|LINE|VK)"
)
# A row of share buttons' labels, two or more, maybe after a "Share:" label and set off by
# bars ("Share  Tweet  Email", "f  X  in  WhatsApp", "Share: LinkedIn | X | Email").
_SHARE_ROW = re.compile(
    rf"(?:(?i:share(?:\s+this)?):\s*)?{_SHARE_WORD}(?:(?:\s*[|·•]\s*|\s+){_SHARE_WORD}){{1,9}}"
)
# One share button's label alone on a line: two or more such lines in a row are a row of
# buttons laid out one per line ("Like / Comment / Restack" under a post).
_SHARE_LABEL = re.compile(_SHARE_WORD)
# A line bringing in share or follow buttons ("Share this:", "Follow us on social media:").
_SHARE_PROMPT = re.compile(r"(?i)\b(?:share|follow|connect|find\s+us|like\s+us|spread)\b")
_MAX_SHARE_LABEL = 12  # "Share Via", "Copy Link", "Pin it"
# A row of two or more reaction counters under a post: "12 Likes · 4 Restacks", "1.2K
# shares | 87 comments".
_COUNTER = (
    r"\d[\d,.]{0,8}[KkM]?\s+(?i:likes?|restacks?|shares?|reposts?|retweets?|reactions?"
    r"|comments?|replies|views)"
)
_COUNTER_ROW = re.compile(rf"{_COUNTER}(?:(?:[ \t]*[|·•∙,][ \t]*|[ \t]+){_COUNTER}){{1,5}}")
# A word a menu entry is written in: capitalised, a connector, or an ampersand.
_ENTRY_WORD = re.compile(r"(?:[A-Z0-9][\w'’.-]*|&|and|of|the|to|in|on|for|a)")


def page_menus(text: str) -> Iterator[Flag]:
    """RES021: section links above the headline, and lines of barred links anywhere."""
    units = lines(text)
    header = read_header(text)
    if header.title is not None:
        # the site's name stays, unless it only opens a bar of links ("LRT English  News")
        masthead = (header.masthead.start, header.masthead.end) if header.masthead else None
        # a copied page's title first, then the site's header down to the headline again
        # (read as the title either copy; the site's header lies between the two)
        again = _headline_again(text, units, header.title)
        earlier = next(
            (u for u in units if u.end <= header.title.start and u.text == header.title.text),
            None,
        )
        bound = again.start if again is not None else header.title.start
        opened = header.title.end if again is not None else earlier.end if earlier else None
        above = [
            u
            for u in units
            if u.end <= bound
            and (u.start, u.end) != masthead
            and not header.title.start <= u.start < header.title.end
        ]
        stacked = list(_stacked(above))
        yield from stacked
        tagline = _tagline(units, masthead, bound, header.title.text)
        if tagline is not None:
            yield _flag(tagline, tagline, "the site's tagline below its name: page furniture")
        bar = _unit_of(units, date_bar(header))
        if bar is not None:
            yield _flag(bar, bar, "the site's date bar above the headline: page furniture")
        for unit in above:
            inside = any(f.start <= unit.start < f.end for f in stacked)
            between = opened is not None and unit.start >= opened
            if not inside and (is_menu_line(unit.text) or (between and _site_menu(unit.text))):
                yield _flag(
                    unit, unit, "a line of section links above the headline: site navigation"
                )
            elif not inside and _is_short_trail(unit.text):
                yield _flag(unit, unit, "a breadcrumb above the headline: navigation")
    for unit in units:
        if _is_barred(unit.text):
            yield _flag(unit, unit, "a line of page links set off by bars: site navigation")
        elif _TRAIL_MARKS.intersection(unit.text) and _is_trail(unit.text):
            yield _flag(unit, unit, "a breadcrumb trail of the site's sections: navigation")
        elif _SHARE_ROW.fullmatch(unit.text):
            yield _flag(unit, unit, "a row of share buttons: page furniture")
        elif _COUNTER_ROW.fullmatch(unit.text):
            yield _flag(unit, unit, "a row of reaction counters: page furniture")
        elif is_language_switcher(unit.text):
            yield _flag(unit, unit, "the site's choice of languages: navigation")
    yield from _share_columns(units)


def _unit_of(units: list[Unit], line: Line | None) -> Unit | None:
    """The unit spanning exactly ``line``, if any."""
    if line is None:
        return None
    return next((u for u in units if (u.start, u.end) == (line.start, line.end)), None)


_MAX_TAGLINE_WORDS = 8


def _tagline(
    units: list[Unit], masthead: tuple[int, int] | None, bound: int, title: str
) -> Unit | None:
    """A short line between the site's name and its menu ("Belize's Leading Newspaper",
    "Independent journalism from Nicaragua since 1996"), above the headline; not a date
    line nor the headline set above the menu."""
    if masthead is None:
        return None
    at = next((i for i, u in enumerate(units) if (u.start, u.end) == masthead), None)
    if at is None or at + 2 >= len(units):
        return None
    line, below = units[at + 1], units[at + 2]
    menu = is_menu_line(below.text) or _is_barred(below.text) or is_language_switcher(below.text)
    if below.end > bound or not menu:
        return None
    words = line.text.split()
    if len(words) > _MAX_TAGLINE_WORDS or line.text.rstrip().endswith(tuple(SENTENCE_MARKS)):
        return None
    if is_menu_line(line.text) or line.text.strip() == title.strip() or find_dates(line.text):
        return None
    return line


_HEADER_REACH = 3_000  # how far down a copied page's headline is looked for again
_SITE_MENU_WORDS = 5
_SITE_MENU_LABELS = 2


def _headline_again(text: str, units: list[Unit], title: Line) -> Unit | None:
    """The line repeating the title line further down the header, when a copied page opens
    with its title and then the site's header ("Leaked report … / Newsday / News Business
    Sport … / Leaked report …")."""
    return next(
        (
            u
            for u in units
            if title.end < u.start < _HEADER_REACH and u.text == title.text and u.text
        ),
        None,
    )


def _site_menu(text: str) -> bool:
    """A row of link words between a page's title and its headline again: five or more
    words, capitalised but for one at most, two of them section names, no sentence mark
    ("Home News Ministries Press Releases Speeches Photo Gallery Contact Us")."""
    words = [w for w in text.split() if w not in {"&", "and"}]
    if len(words) < _SITE_MENU_WORDS or any(mark in text for mark in SENTENCE_MARKS):
        return False
    labelled = sum(w.lower() in labels() for w in words)
    loose = sum(not w[:1].isupper() for w in words)
    return labelled >= _SITE_MENU_LABELS and loose <= 1


def _share_columns(units: list[Unit]) -> Iterator[Flag]:
    """Share buttons laid out one per line: two or more lines in a row that each hold one
    button's label and nothing else."""
    for first, end in runs(units, _is_share_label):
        # not a list the text introduces ("The top apps were:" above "Line / Telegram /
        # Viber", its first item maybe no button's label)
        introduced = any(
            u.text.rstrip().endswith(":") and not _SHARE_PROMPT.search(u.text)
            for u in units[max(0, first - 2) : first]
        )
        if end - first >= 2 and not introduced:
            yield _flag(units[first], units[end - 1], "share buttons, one per line: page furniture")


def _is_share_label(line: str) -> bool:
    return len(line) <= _MAX_SHARE_LABEL and _SHARE_LABEL.fullmatch(line) is not None


def _is_trail(line: str) -> bool:
    """A breadcrumb trail: three or more parts set off by spaced slashes or arrows, each
    but the last a short capitalised section name, the last a section or a headline."""
    parts = _TRAIL.split(line.strip())
    if len(parts) < _MIN_TRAIL:
        return False
    *sections, last = parts
    return (
        all(
            part[:1].isupper()
            and len(part.split()) <= _MAX_WORDS
            and not any(mark in part for mark in SENTENCE_MARKS)
            for part in sections
        )
        and last[:1].isupper()
        and len(last.split()) <= _MAX_TRAIL_LAST_WORDS
    )


def _is_short_trail(line: str) -> bool:
    """Two sections set off by a spaced slash or arrow, each written as a menu entry
    ("Home / Environment", "Indonesia / Disaster"): a breadcrumb where it stands above the
    headline."""
    parts = _TRAIL.split(line.strip())
    return (
        len(parts) == 2
        and all(_is_entry(part) for part in parts)
        # not a byline's name and outlet ("Jane Rowan / Reuters"); a section's label is no
        # outlet's short form ("Home > News" is not The News)
        and not any(
            (lookup_in_context(part) and part.lower() not in labels())
            or is_given_name(part.split()[0])
            for part in parts
        )
    )


def _stacked(units: list[Unit]) -> Iterator[Flag]:
    """Runs of menu entries, one per line, in ``units`` (the lines above the headline)."""
    for first, end in runs(units, _is_entry):
        if end - first >= _MIN_ITEMS:
            message = f"{end - first} section links above the headline: site navigation"
            yield _flag(units[first], units[end - 1], message)


def _is_entry(line: str) -> bool:
    """A menu entry: short, at most four words written as a link's, no sentence mark."""
    words = line.split()
    return (
        0 < len(line) <= _MAX_ITEM
        and len(words) <= _MAX_WORDS
        and not any(mark in line for mark in SENTENCE_MARKS)
        and line[:1].isupper()
        and all(_ENTRY_WORD.fullmatch(w) for w in words)
    )


def _is_barred(line: str) -> bool:
    """Three or more short link texts set off by bars on one line (not a byline and date
    line: "Jane Roe · CBC News · Posted: Nov 12, 2026")."""
    parts = _BAR.split(line.strip())
    return (
        len(parts) >= _MIN_BARRED
        and all(
            part
            and len(part) <= 2 * _MAX_ITEM
            and len(part.split()) <= _MAX_BARRED_WORDS  # not "Headline … | Section | Site"
            and part[:1].isupper()
            and not part.endswith(".")
            and ":" not in part
            for part in parts
        )
        and not find_dates(line)
    )


def _flag(first: Unit, last: Unit, message: str) -> Flag:
    return Flag("RES021", "navigation", "boilerplate", "medium", first.start, last.end, message)
