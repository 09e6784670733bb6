"""The header of a plain-text article: masthead, title, standfirst, byline and date lines.

Articles copied as text usually open with a few short lines before the body: the site's
name, the headline, a standfirst, "Written by …" / "By …" and a date line ("Monday, 18
November 2019 06:05 -", "World Uyghur Congress, 18 November 2019"). This module finds and
classifies those lines once per text; the title, outlet, byline and date analysers read it.
Single lines (a byline, a date line) are read by :mod:`audit.analyse.credit_lines`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from audit.analyse.credit_lines import (
    NAME_LIST,
    PLACE_TAIL,
    SITE_ADDRESS,
    WIDE_GAP,
    Byline,
    DateLine,
    Line,
    byline_after_date,
    byline_at_end,
    byline_prefix,
    credited_part,
    date_cues,
    labels,
    lines_of,
    person_like,
    read_byline,
    read_date_line,
    role_line,
    trailing_role,
    without_agency_tail,
)
from audit.analyse.full_names import ACRONYM
from audit.analyse.names import looks_like_name
from audit.analyse.people import is_given_name, lower_words
from audit.analyse.registry import lookup, lookup_in_context, outlets, with_medium
from audit.analyse.vocab import phrases

_MAX_HEADER_LINES = 10  # lines of text, dates and bylines; furniture and labels not counted
_MAX_RAW_LINES = 40
_MAX_HEADER_CHARS = 3000
_MIN_HEADLINE_WORDS = 5  # a shorter line written as a name is a section or source label
_MAX_TITLE = 300
_MAX_LABEL_WORDS = 3
# A clock time on a short line: a page's meta line ("On 10:21 pm In News by Vanguard"), not
# a headline.
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m|[AP]\.?M)(?![a-z])")
_MAX_STAMP_WORDS = 8
_MAX_MASTHEAD_WORDS = 5  # "Commentary on Political Economy"; longer is likely a headline
_BODY_LINE = 200  # a line this long is body text, not header
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
_MENU_WORDS = 4  # fewer may be a kicker ("Politics Live") or a masthead with a section
_MENU_SHARE = 0.6  # of a one-line menu's words that are section names
# Marks a link's text never holds: a line with one is prose, not a menu.
SENTENCE_MARKS = '.!?:;,"“”'
_CRUMB = re.compile(r"[|>»›/·•]")
# A site's name written as one token ("Bristol24/7", "Salon.com").
# A site's name as one token: "Bristol24/7", "Salon.com", "eKathimerini.com" (an address may
# open in lower case).
_SITE_TOKEN = re.compile(
    r"[A-Z][\w.&'’/+-]{1,39}|[a-z][A-Za-z0-9-]{1,30}\.[a-z]{2,6}(?:\.[a-z]{2})?"
)
_HOME_LINK = re.compile(
    r"(?<=\S)\s+(?:[-–|]\s+)?(?:back\s+to\s+)?(?:home\s*page|home|logo)$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Header:
    lines: tuple[Line, ...]
    masthead: Line | None
    title: Line | None
    standfirst: Line | None
    bylines: tuple[Byline, ...]
    dates: tuple[DateLine, ...]
    #: A registered outlet named after a separator in the title line ("Story | The Guardian").
    title_site: Line | None = None


def is_label(text: str) -> bool:
    """A section label, breadcrumb trail or menu ("Opinion", "HOME | NEWS | WORLD", "Home
    About Contact")."""
    parts = [p.strip(" :").lower() for p in _CRUMB.split(text)]
    if all(p in labels() for p in parts if p) and any(parts):
        return True
    if len(parts) >= 3 and parts[0] == "home" and all(0 < len(p.split()) <= 3 for p in parts):
        return True  # a breadcrumb trail from the home page ("Home / Health / Sleep")
    words = [w for w in text.lower().split() if w not in {"&", "and"}]  # "Technology & Science"
    return (len(words) >= 2 and all(w in labels() for w in words)) or is_menu_line(text)


def is_menu_line(text: str) -> bool:
    """A site menu written on one line: four or more link words, most of them section
    names, the rest capitalised, no sentence mark ("Home US World Politics Health Science",
    "News Feed Russia's War Business Opinion Investigations Support Us")."""
    words = [w for w in text.split() if w not in {"&", "and"}]
    if len(words) < _MENU_WORDS or any(mark in text for mark in SENTENCE_MARKS):
        return False
    labelled = sum(w.lower() in labels() for w in words)
    loose = sum(not (w[:1].isupper() or w.lower() in labels()) for w in words)
    return labelled >= _MENU_SHARE * len(words) and loose <= 1


@cache
def _furniture() -> re.Pattern[str]:
    alternation = "|".join(f"(?:{p})" for p in phrases("header.yaml", "furniture"))
    return re.compile(rf"(?:{alternation})[\s.:!]*", re.IGNORECASE)


_BAR = re.compile(r"\s+[|·•]\s+")
# A language switcher: two-letter codes joined by bars or spaces ("LT | EN | RU | UA").
_LANGUAGES = re.compile(r"[A-Z]{2}(?:(?:\s+[|·•/]\s+|\s+)[A-Z]{2}){2,}")
_MARKS = re.compile(r"[^\w\s]{1,3}").fullmatch  # "·", "--", "|": a separator left alone


def _links(text: str) -> list[str]:
    """A row of links split at its bars, or where it has none at its wide gaps."""
    return _BAR.split(text) if _BAR.search(text) else WIDE_GAP.split(text.strip())


def is_furniture(text: str) -> bool:
    """A line of page furniture: a skip link, cookie banner, account or share link, or
    several of them or of section labels joined by bars ("Sign up | Sign in", "Search |
    Log in")."""
    if _furniture().fullmatch(text) is not None or _MARKS(text) or is_language_switcher(text):
        return True
    parts = _BAR.split(text) if "|" in text or "·" in text or "•" in text else ()
    return len(parts) > 1 and all(
        is_label(p) or _furniture().fullmatch(p) is not None for p in parts
    )


_LANGUAGE_TAGS = 3  # languages a switcher offers at least, unless English is one
_ENGLISH_TAGS = frozenset({"en", "eng"})
_MAX_LANGUAGE_TAG = 4  # letters of one ("ENG", "Рус", "中文", "عربي", "TÜRK")


def is_language_switcher(text: str) -> bool:
    """A language switcher: two-letter codes ("LT | EN | RU"), three or more short
    language tags in any script set apart by bars or wide gaps ("ҚАЗ | РУС | ENG | 中文",
    "Eng   Рус   ქარ   Հայ"), two with English's ("BHS | ENG"), or two or more languages'
    names ("English | Français")."""
    if _LANGUAGES.fullmatch(text):
        return True
    parts = _links(text)
    if len(parts) >= 2 and all(p.strip().casefold() in _language_names() for p in parts):
        return True
    tags = len(parts) >= 2 and all(p.isalpha() and len(p) <= _MAX_LANGUAGE_TAG for p in parts)
    # three or more tags, or two with English's ("BHS | ENG")
    return tags and (
        len(parts) >= _LANGUAGE_TAGS or any(p.casefold() in _ENGLISH_TAGS for p in parts)
    )


@cache
def _language_names() -> frozenset[str]:
    """The languages' names a switcher offers (header.yaml), case-folded."""
    return frozenset(n.casefold() for n in phrases("header.yaml", "language_names"))


def _headline_like(line: Line) -> bool:
    text = line.text
    return (
        len(text) <= _MAX_TITLE
        and len(text.split()) >= 2
        and not text.rstrip("“”\"'").endswith(".")  # a question or exclamation may head
        and not text.endswith(":")  # a line introducing what follows
        and not text[:1].islower()  # "from research organizations": a tagline's tail
        and not (text.startswith("(") and text.endswith(")"))  # "(ATTN: UPDATES …)", a note
        and not is_label(text)
    )


def _is_stamp(text: str) -> bool:
    """A short line with a clock time: a page's meta line, not a headline."""
    return len(text.split()) <= _MAX_STAMP_WORDS and _CLOCK.search(text) is not None


def _is_body(line: Line) -> bool:
    return len(line.text) > _BODY_LINE or (
        len(line.text) > 100 and _SENTENCE_END.search(line.text) is not None
    )


def _header_lines(text: str) -> list[tuple[Line, bool]]:
    """The lines before the body, each with whether it is furniture or a label: up to ten
    that are not, which pages stack above a headline (a menu, a cookie banner, "Skip to
    content"). A furniture line never ends the header, however long ("By subscribing, I
    agree to …"), and section links stacked one per line above the headline are labels."""
    lines = lines_of(text, 0, min(len(text), _MAX_HEADER_CHARS))
    read: list[tuple[Line, bool]] = []
    for i, line in enumerate(lines[:_MAX_RAW_LINES]):
        furniture = is_label(line.text) or is_furniture(line.text)
        if (
            not furniture
            and _is_body(line)
            and not _standfirst_above_credits(line, lines[i + 1 : i + 7])
        ):
            break
        read.append((line, furniture))
    top = next((i for i, (_, furniture) in enumerate(read) if not furniture), len(read))
    menu = _stacked_menu(  # the top line may be the site
        [line for line, _ in read], top + 1, [furniture for _, furniture in read]
    )
    out: list[tuple[Line, bool]] = []
    counted = 0
    for i, (line, furniture) in enumerate(read):
        if counted >= _MAX_HEADER_LINES:
            break
        furniture = furniture or i in menu or (i > top and _is_menu_bar(line.text))
        out.append((line, furniture))
        counted += not furniture
    return out


_MENU_ITEMS = 4  # entries in a row; fewer may be a kicker, a masthead and a section label
_GAPPED_ITEMS = 3  # entries set apart by wide gaps, which no headline has between words
_MAX_ENTRY = 30  # characters of one menu entry ("Life & Style", "X (formerly Twitter)")
_MAX_ENTRY_WORDS = 4
_ENTRY_WORD = re.compile(r"(?:[A-Z0-9][\w'’.-]*|&|\+|and|of|the|to|in|on|for|a)")


def _is_menu_bar(line: str) -> bool:
    """A row of menu entries joined by bars ("International | France | Economy | Culture"):
    the page's menu, not a headline (the top line's bar may open with the site's name).
    Links copied from a page's menu may be set apart by wide gaps instead ("Kazakhstan
    World   Politics   Economy")."""
    needed = _MENU_ITEMS if _BAR.search(line) else _GAPPED_ITEMS
    parts = _links(line)
    return len(parts) >= needed and all(
        is_menu_entry(p.strip()) or _sentence_case_entry(p.strip()) for p in parts
    )


def _sentence_case_entry(part: str) -> bool:
    """An entry of a menu bar written in sentence case ("Front page", "Local news")."""
    words = part.split()
    return (
        0 < len(part) <= _MAX_ENTRY
        and len(words) <= _MAX_ENTRY_WORDS
        and part[:1].isupper()
        and all(w.isalpha() for w in words)
    )


def is_menu_entry(line: str) -> bool:
    """A menu entry: short, at most four words written as a link's, no sentence mark
    ("Arts + Culture", "Podcasts & Shows")."""
    words = line.replace(",", " ").split()  # "Edinburgh, Fife & East": a region's entry
    return (
        0 < len(line) <= _MAX_ENTRY
        and len(words) <= _MAX_ENTRY_WORDS
        and not any(mark in line for mark in SENTENCE_MARKS if mark != ",")
        and _capitalised_list(line)
        and all(_ENTRY_WORD.fullmatch(w) for w in words)
    )


def _capitalised_list(line: str) -> bool:
    """Whether every comma-separated part of ``line`` opens with a capital."""
    return all(part.strip()[:1].isupper() for part in line.split(","))


def _stacked_menu(lines: list[Line], start: int, furniture: list[bool]) -> set[int]:
    """Indexes of ``lines`` from ``start`` in runs of four or more menu entries, one per
    line, above the headline (a name and share links below it stay)."""
    found: set[int] = set()
    run: list[int] = []
    headline = _headline_index(lines, furniture, start - 1)
    for i in range(start, headline):
        line = lines[i]
        if is_menu_entry(line.text) or is_label(line.text):
            run.append(i)
            continue
        if len(run) >= _MENU_ITEMS:
            found.update(run)
        run = []
    if len(run) >= _MENU_ITEMS:
        found.update(run)
    return found


def _headline_index(lines: list[Line], furniture: list[bool], top: int) -> int:
    """The first line long enough to be a headline that is no furniture (a consent banner)
    nor, as the page's first line that is none (``top``), a site's line with its menu right
    below it ("Harbour Post - Explaining the Coast / News / Politics / …"), nor, as the line
    below that, a tagline with the date bar and the menu below it ("Malaysiakini / News and
    views that matter / Thursday, 19 Nov 2026 / Latest / News / …"); past the end when
    there is none."""
    for i, line in enumerate(lines):
        if furniture[i] or len(line.text.split()) < _MIN_HEADLINE_WORDS:
            continue
        if (i == top and _menu_below(lines, i + 1)) or (
            i == top + 1 and _date_bar_at(lines, i + 1) and _menu_below(lines, i + 2)
        ):
            continue
        return i
    return len(lines)


def _date_bar_at(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` is a date alone (a site's date bar; not "Updated
    November 17, 2026")."""
    dated = read_date_line(lines[index]) if index < len(lines) else None
    return dated is not None and _unmarked(dated)


def _unmarked(dated: DateLine) -> bool:
    """Whether a date line has neither a name nor a cue before its date ("Updated …")."""
    return dated.prefix is None and dated.cue is None


def _menu_below(lines: list[Line], start: int) -> bool:
    """Whether a menu of at least _MENU_ITEMS entries, one per line, starts at ``start``."""
    below = lines[start : start + _MENU_ITEMS]
    return len(below) == _MENU_ITEMS and all(
        is_menu_entry(b.text) or is_label(b.text) for b in below
    )


def _is_credit(line: Line) -> bool:
    """A byline or date line."""
    return read_byline(line) is not None or read_date_line(line) is not None


_STANDFIRST_BLOCK = 4  # lines of a standfirst set as points, one per line


def _block_then_credit(line: Line, following: list[Line]) -> bool:
    """Whether ``line`` opens or continues a block of a few lines with no blank line
    between them (a standfirst's points, one sentence each) that a byline or date line
    comes right after."""
    previous = line
    for f in following[:_STANDFIRST_BLOCK]:
        if f.start != previous.end + 1:  # a blank line: the block has ended
            return previous is not line and _is_credit(f)
        if len(f.text) > 2 * _BODY_LINE:
            return False
        previous = f
    return False


def _standfirst_above_credits(line: Line, following: list[Line]) -> bool:
    """Whether a long line is a standfirst, not body text: a byline or date line follows
    right after it (or one line later, when it ends without a full stop), furniture
    between passed over, or a writer's bare name and then the date."""
    if len(line.text) > 2 * _BODY_LINE or not following:
        return False
    if _block_then_credit(line, following):
        return True
    # "Listen to this article · 4 min", "Follow", "·", a picture's caption with its credit
    # between standfirst and credits
    following = [
        f
        for f in following
        if not (is_furniture(f.text) or is_label(f.text) or _CAPTION_CREDIT.search(f.text))
    ]
    near = following[:2] if not line.text.rstrip("\"'”’)").endswith(".") else following[:1]
    if any(map(_is_credit, near)):
        return True
    # a headline written as sentences, then its standfirst, then the credits
    if (
        len(line.text) <= _MAX_TITLE
        and len(following) > 2
        and len(following[0].text) > len(line.text)
        and any(map(_is_credit, following[1:3]))
    ):
        return True
    # a writer's bare name, then the date ("Mei Lin Cheong / Follow / 6 min read / Nov 21"),
    # or the outlet or a desk and then the date ("Elina Roe / Yle News / 18.11.2026 13:05",
    # "Deniz Roe / News Desk / 17 November 2026")
    if len(following) < 2 or not person_like(without_agency_tail(following[0].text)):
        return False
    if read_date_line(following[1]) is not None:
        return True
    if (  # "Selma Roe / Sarajevo / 20. November 2026.": the town it was filed from between
        len(following) > 2
        and _TOWN_LINE.fullmatch(following[1].text) is not None
        and read_date_line(following[2]) is not None
    ):
        return True
    return (
        len(following) > 2
        and (
            lookup_in_context(following[1].text) is not None
            or role_line().fullmatch(following[1].text) is not None
        )
        and read_date_line(following[2]) is not None
    )


@lru_cache(maxsize=16)
def read_header(text: str) -> Header:
    """Classify the header lines of ``text`` (cached: several analysers read it)."""
    read = _header_lines(text)
    lines = [line for line, _ in read]
    bylines: list[Byline] = []
    dates: list[DateLine] = []
    kinds: list[str] = []
    credits: set[int] = set()  # lines holding only a labelled picture credit
    for line, furniture in read:
        byline = read_byline(line) or (_second_byline(line) if bylines else None)
        # a byline line may end with its date: "Written by Jo Roe | November 11, 2026"
        dated = read_date_line(line) if byline is None or byline.names.end < line.end else None
        if byline:
            bylines.append(byline)
            kinds.append("byline")
            if dated:
                dates.append(dated)
        elif dated:
            dates.append(dated)
            kinds.append("date")
            bylines.extend(byline_after_date(dated))
        elif furniture:
            kinds.append("label")
        else:
            stamp = _is_stamp(line.text)
            credit = _picture_credit(line.text)
            if _CREDIT_LABEL.match(line.text):  # "Photo by: …" alone: a caption beside it
                credits.add(len(kinds))
            kinds.append("text" if not (stamp or credit) and _headline_like(line) else "other")
            if stamp:  # "On 10:21 pm In News by Vanguard"
                bylines.extend(byline_at_end(line))
    _headlines_with_a_stop(lines, kinds)
    masthead = _masthead(lines, kinds)
    bylines.extend(_bare_name_bylines(lines, kinds, masthead, lower_words(text)))
    captions = {i + 1 for i in credits} | {i - 1 for i in credits} | _repeated_captions(lines)
    title, standfirst = _title(lines, kinds, masthead, captions)
    site = None
    if title is not None:
        whole = title
        title, site = _split_site(title)
        if site is not None and _cited_below(text, site):
            title, site = whole, None  # "… – Xinhua": the story's source, not the site
        title = _without_badge(title)
        if site is None:
            site = _page_title_site(lines, kinds, title)
    return Header(tuple(lines), masthead, title, standfirst, tuple(bylines), tuple(dates), site)


# A picture's credit in brackets closing a caption ("Water district office(WYMT)").
_BRACKETED_CREDIT = re.compile(r"[ \t]*\([^()\n]{1,60}\)")


def _repeated_captions(lines: list[Line]) -> set[int]:
    """Lines written twice in a row, the second time with a credit in brackets after it
    ("Water district office in Letcher County" / "… County(WYMT)"): a picture's caption,
    as the page's alternative text and its caption."""
    found: set[int] = set()
    for i in range(len(lines) - 1):
        text, below = lines[i].text, lines[i + 1].text
        if below.startswith(text) and _BRACKETED_CREDIT.fullmatch(below, len(text)):
            found.update((i, i + 1))
    return found


_AND = re.compile(r"(?:and|&)[ \t]+(?=\S)", re.IGNORECASE)


_DATE_BAR_EXTRA = 12  # characters beside the date: "Wednesday, "


def date_bar(header: Header) -> Line | None:
    """The site's date bar: a date alone (perhaps with its weekday) above the headline,
    when the story's own date line, published or unmarked, stands below it ("Tuesday, 17
    November 2026" over the menu is today's date on any page of the site)."""
    title = header.title
    if title is None or not any(
        d.line.start >= title.end and d.cue != "updated" for d in header.dates
    ):
        return None
    return next(
        (
            d.line
            for d in header.dates
            if d.line.end <= title.start
            and _unmarked(d)
            and (d.line.end - d.line.start) - (d.date.end - d.date.start) <= _DATE_BAR_EXTRA
        ),
        None,
    )


def _second_byline(line: Line) -> Byline | None:
    """A byline's second line, below the first writer's role or address ("BY JO ROE /
    Senior staff reporter / AND SAM LEE"): "And" and people's names only."""
    m = _AND.match(line.text)
    if m is None:
        return None
    rest = line.text[m.end() :].rstrip(" .")
    parts = [p.strip() for p in NAME_LIST.split(rest)]
    if not parts or not all(person_like(p) for p in parts):
        return None
    start = line.start + m.end()
    return Byline(line, Line(start, start + len(rest), rest))


# A live page's badge in capitals before its headline ("LIVE Gulf Cup final: …"); "Live:
# Storm Eunice" and "LIVE UPDATES: Cayo flooding …" are the headline's own wording.
_BADGE = re.compile(r"LIVE(?!\s+(?:UPDATES|BLOG)\s*:)(?:\s+UPDATES|\s+BLOG)?\s+(?=\S)")


def _page_title_site(lines: list[Line], kinds: list[str], title: Line) -> Line | None:
    """The site's name after the headline in the page's title, copied as the first line
    above the page ("<headline> :: WRAL.com"): the publisher, not the headline's source."""
    top = next((i for i, k in enumerate(kinds) if k != "label"), None)
    if top is None or lines[top].start >= title.start:
        return None
    first = lines[top]
    for sep in _TITLE_SEPARATORS:
        head, found, tail = first.text.rpartition(sep)
        name = tail.strip()
        if (
            not found
            or " ".join(head.split()).casefold() != " ".join(title.text.split()).casefold()
        ):
            continue
        if SITE_ADDRESS.fullmatch(name) or looks_like_name(name, max_words=_MAX_MASTHEAD_WORDS):
            return _stripped_part(first, len(head) + len(found), tail)
    return None


def _stripped_part(line: Line, offset: int, part: str) -> Line:
    """``part``, found at ``offset`` in ``line``, without its surrounding white space."""
    start = line.start + offset + len(part) - len(part.lstrip())
    kept = part.strip()
    return Line(start, start + len(kept), kept)


def _without_badge(title: Line) -> Line:
    """The title without a live page's badge before it."""
    badge = _BADGE.match(title.text)
    if badge is None or badge.end() == len(title.text):
        return title
    return Line(title.start + badge.end(), title.end, title.text[badge.end() :])


def _title(
    lines: list[Line], kinds: list[str], masthead: Line | None, captions: set[int]
) -> tuple[Line | None, Line | None]:
    """The headline and its standfirst.

    The headline stands right above the byline or date line, below the page's menus and
    taglines: the last line of text before the first byline (else date line), unless that
    line is a standfirst (a longer line right below a headline) or a picture's caption
    (beside its credit, in ``captions``). With nothing before them, the first line of text
    after the masthead.
    """
    texts = [
        i
        for i, k in enumerate(kinds)
        if k == "text"
        and not _is_masthead(lines[i], masthead)
        and not _masthead_and_section(lines[i], masthead)
    ]
    anchor = next((i for i, k in enumerate(kinds) if k == "byline"), None)
    if anchor is None:
        anchor = next((i for i, k in enumerate(kinds) if k == "date"), None)
    before = [i for i in texts if anchor is not None and i < anchor]
    if anchor is not None and kinds[anchor] == "date" and before:
        below = _headline_below_date(lines, kinds, texts, before, anchor)
        if below is not None:
            return below, None
    while len(before) > 1 and (_section_label(lines[before[-1]]) or before[-1] in captions):
        before.pop()  # "Himachal Pradesh" between the headline and the byline: a section;
        # a line beside a picture's credit is its caption
    if before:
        last = before[-1]
        previous = before[-2] if len(before) > 1 else None
        # a line repeating the page's title, copied first, or a breadcrumb trail ending in
        # it ("News > Puntland traders say …"): the headline, no standfirst
        repeated = any(_repeats(lines[i].text, lines[last].text) for i in before[:-1])
        if previous == last - 1 and not repeated and _heads(lines[previous], lines[last]):
            return lines[previous], lines[last]
        return lines[last], None
    if not texts:
        return None, None
    first = texts[0]
    nxt = first + 1
    if nxt < len(lines) and kinds[nxt] in {"text", "other"} and len(lines[nxt].text) > 20:
        return lines[first], lines[nxt]
    return lines[first], None


def _headline_below_date(
    lines: list[Line], kinds: list[str], texts: list[int], before: list[int], anchor: int
) -> Line | None:
    """The headline of a page that dates itself above it (an email newsletter: "SAHAN | The
    Somali Wire", the date, the headline): when every line of text above the date is only
    names set apart by bars, the first line of text below it, furniture aside."""
    if not all(_name_bar(lines[i].text) for i in before):
        return None
    below = next((i for i in texts if i > anchor), None)
    if below is None or any(k not in {"label", "date"} for k in kinds[anchor + 1 : below]):
        return None
    return lines[below]


def _name_bar(text: str) -> bool:
    """Whether a line is only names set apart by bars ("SAHAN | The Somali Wire")."""
    parts = [p.strip() for p in _CRUMB.split(text)]
    return len(parts) > 1 and all(
        looks_like_name(p, max_words=_MAX_MASTHEAD_WORDS) for p in parts if p
    )


def _repeats(line: str, headline: str) -> bool:
    """Whether ``line`` is ``headline`` again, or a breadcrumb trail ending in it."""
    if not line.endswith(headline):
        return False
    trail = line[: len(line) - len(headline)].rstrip()
    return not trail or _CRUMB.fullmatch(trail[-1:]) is not None


_FOR_OUTLET = re.compile(
    r"(?P<name>[^\W\d_][\w.'’ -]{2,60}?)\s+for\s+(?P<outlet>[^\W\d_][\w.&'’ -]{1,60})"
)


# A picture's credit opening with its label ("Photo by: Brightwater Copper", "Image:
# Reuters").
_CREDIT_LABEL = re.compile(
    r"(?:Photo(?:graph)?|Picture|Image|Illustration|Graphic|Video)s?(?:\s+(?:by|credit))?"
    r"\s*:\s*\S",
    re.IGNORECASE,
)


# A caption closing with its labelled credit ("… West Harbour. Image: Jo Roe / Yle").
_CAPTION_CREDIT = re.compile(rf"[.!?”\"’)][ \t]+(?:{_CREDIT_LABEL.pattern})[^.!?]{{0,80}}$", re.I)


def _picture_credit(text: str) -> bool:
    """A photographer's or illustrator's credit on its own line ("Jordan Pike for
    ProPublica": a person's name, "for" and a registered outlet; "Photo by: Jane Roe"), or
    a caption ending in one. Never a headline."""
    # "The plant at dusk © Jane Roe for the Record": a caption's credit
    if "©" in text or _CREDIT_LABEL.match(text.strip()) or _CAPTION_CREDIT.search(text):
        return True
    m = _FOR_OUTLET.fullmatch(text.strip())
    if m is not None and person_like(m["name"]) and lookup(m["outlet"]) is not None:
        return True
    # imported here: the content flags read the header (menus, mastheads)
    from audit.analyse.content.credits import closing_credit

    return closing_credit(text.strip()) is not None  # "… in March. | Jane Roe/AP"


def _headlines_with_a_stop(lines: list[Line], kinds: list[str]) -> None:
    """Mark as text a headline written as sentences ("The river went white. Now comes the
    part nobody covers.") when a longer line of text, its standfirst, follows right below."""
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if (
            kinds[i] == "other"
            and kinds[i + 1] in {"text", "other"}
            and line.text.endswith(".")
            and len(line.text.split()) >= _MIN_HEADLINE_WORDS
            and len(below.text) > len(line.text)
            and not _is_stamp(line.text)
            and _headline_like(Line(line.start, line.end - 1, line.text[:-1]))
        ):
            kinds[i] = "text"


def _section_label(line: Line) -> bool:
    """A short name on a line of its own ("Himachal Pradesh", "World News"): a section or
    place label, not a headline, when a headline stands above it."""
    return len(line.text.split()) <= _MAX_LABEL_WORDS and looks_like_name(line.text)


def _heads(line: Line, below: Line) -> bool:
    """Whether ``line`` is a headline whose standfirst is the longer line right below it; a
    short name is a section or source label instead ("The Northern Echo" above a headline)."""
    words = len(line.text.split())
    crumbs = len(_CRUMB.findall(line.text))
    if crumbs >= 2 or (words < _MIN_HEADLINE_WORDS and crumbs):
        return False  # "News|European Union", "NEWS | WEATHER | SPORTS": a breadcrumb or menu
    if words >= _MIN_HEADLINE_WORDS and len(below.text.split()) >= _MIN_HEADLINE_WORDS:
        return True  # a headline above its standfirst, whichever is longer
    return len(below.text.split()) > words and (
        words >= _MIN_HEADLINE_WORDS or not looks_like_name(line.text)
    )


# The outlet as a source the text cites: "according to Xinhua", "Xinhua news agency has
# reported", "Xinhua quoted the ambassador".
_CITES_BEFORE = re.compile(r"(?:\baccording\s+to|\bciting|\breported\s+by)\s+(?:the\s+)?$", re.I)
_CITES_AFTER = re.compile(
    r"(?:\s+news\s+agency)?,?\s+(?:(?:has|had)\s+)?(?:reported|quoted|said\s+in\s+a\s+report)\b"
)


def _cited_below(text: str, site: Line) -> bool:
    """Whether the text below the title cites the outlet its title ends with as a source:
    then "– Xinhua" credits the story's source, not the site carrying it."""
    named = lookup(site.text)
    if named is None:
        return False
    for mention in outlets().mentions(text):
        if mention.start > site.end and mention.outlet.name == named.name:
            before = text[max(0, mention.start - 30) : mention.start]
            if _CITES_BEFORE.search(before) or _CITES_AFTER.match(text, mention.end):
                return True
    return False


# A section label after the site's name and a bar ("Becker's Hospital Review | Supply Chain").
_SECTION_AFTER_BAR = re.compile(r"[ \t]*[|/–—-][ \t]*[\w&'’-]++(?:[ \t]+[\w&'’-]++){0,2}[ \t]*")


def _masthead_and_section(line: Line, masthead: Line | None) -> bool:
    """Whether ``line`` repeats the masthead with a section label after a bar: a page's
    section header, never the headline."""
    if masthead is None or line.start == masthead.start:
        return False
    name = masthead.text.strip()
    return (
        bool(name)
        and line.text.startswith(name)
        and _SECTION_AFTER_BAR.fullmatch(line.text, len(name)) is not None
    )


def _is_masthead(line: Line, masthead: Line | None) -> bool:
    """Whether ``line`` holds the masthead (which may be a part of it: "BBC" of "BBC Homepage")."""
    return masthead is not None and line.start == masthead.start


def _split_site(title: Line) -> tuple[Line, Line | None]:
    """The title without a registered outlet's name after (or before) a separator."""
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.text.rpartition(sep)
        if found and head.strip() and lookup(tail.strip()) is not None:
            kept = head.rstrip()
            for inner in _TITLE_SEPARATORS:  # "Story | World news | The Guardian"
                before, hit, section = kept.rpartition(inner)
                if hit and before.strip() and is_label(section):
                    kept = before.rstrip()
            return Line(title.start, title.start + len(kept), kept), _stripped_part(
                title, len(head) + len(found), tail
            )
        head, found, tail = title.text.partition(sep)
        if found and tail.strip() and lookup(head.strip()) is not None:
            name = head.strip()
            return _stripped_part(title, len(head) + len(found), tail), Line(
                title.start, title.start + len(name), name
            )
    return title, None


# The place a story was filed from, on a line of its own between a reporter's name and the
# date: in capitals ("TUMAKURU", "NEW DELHI") or a town and its province ("Windsor, Ont.").
_PLACE_LINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}"
    r"|[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2},[ \t]+[A-Z][A-Za-z]{1,5}\.?"
)
# A town's name alone ("Sarajevo", "Banja Luka"), a place line only right above the date.
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_TOWN_LINE = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}")


def _kind_below(kinds: list[str], i: int, lines: list[Line] | None = None) -> str | None:
    """The kind of the nearest line below ``i`` that is no label or furniture ("Mei Lin
    Cheong / Follow / 6 min read / Nov 21, 2026"), nor, given ``lines``, a place line
    ("Rakesh Rao / TUMAKURU / Published …")."""
    j = _index_below(kinds, i, lines)
    return kinds[j] if j < len(kinds) else None


def _index_below(kinds: list[str], i: int, lines: list[Line] | None) -> int:
    j = i + 1
    while j < len(kinds) and (
        kinds[j] == "label"
        or (
            lines is not None
            and (
                _PLACE_LINE.fullmatch(lines[j].text) is not None
                or (
                    j + 1 < len(kinds)
                    and kinds[j] != "byline"
                    and kinds[j + 1] == "date"
                    and _TOWN_LINE.fullmatch(lines[j].text) is not None
                )
            )
            and lookup_in_context(lines[j].text) is None  # "PTI" is an agency's credit
        )
    ):
        j += 1
    return j


# Words a page's prompt opens with, never a name ("Watch DVB TV Live", "Share Save Harriet
# Coombe"); a short list: the non-name words at large hold month and place names that are
# given names and surnames too ("Jan Novák", "Mar Castro", "Paris Lees").
_PROMPT_OPENERS = frozenset(
    {
        "watch",
        "share",
        "save",
        "listen",
        "read",
        "follow",
        "subscribe",
        "download",
        "sign",
        "join",
        "click",
        "tap",
        "donate",
        "support",
        "play",
        "view",
        "print",
        "email",
    }
)


def _opens_with_non_name(words: str) -> bool:
    """Whether ``words`` open with a page prompt's word ("Watch", "Share")."""
    return words.split()[0].lower() in _PROMPT_OPENERS


def _bare_name_bylines(
    lines: list[Line], kinds: list[str], masthead: Line | None, lower: frozenset[str]
) -> list[Byline]:
    """Bylines without "By": a person's or an outlet's name alone next to the date line,
    below the title ("Jane Doe in Beijing / Mon 18 Nov 2019 06.05 GMT", "Agence
    France-Presse / Published: …"). Such lines are marked ``byline``."""
    found: list[Byline] = []
    for i in _below_title(lines, kinds, masthead):
        line = lines[i]
        # the date right above, or below past labels ("Follow", "6 min read") and the place
        # it was filed from, or another reporter's name there ("Ann Roe / Windsor, Ont. /
        # John Doe / Published …")
        below = _index_below(kinds, i, lines)
        kind_below = kinds[below] if below < len(kinds) else None
        # past a town's line, or above another name, only a name whose words the text never
        # writes in lower case ("Selma Roe / Sarajevo / 20. November 2026."; not a kicker,
        # "Anti-Corruption Trial / Sarajevo", "Border Scanner Trial / Jane Roe / …")
        common = any(w.lower() in lower for w in _CAPITALISED_WORD.findall(line.text))
        if (
            common
            and kind_below == "date"
            and any(
                _PLACE_LINE.fullmatch(lines[j].text) is None and kinds[j] != "label"
                for j in range(i + 1, below)
            )
        ):
            kind_below = None
        # "Aigerim Tulegenova / Correspondent", "Clara Mendel / Europe Correspondent /
        # Wednesday 11 March 2026": the writer's role on the line below
        role_below = i + 1 < len(lines) and role_line().fullmatch(lines[i + 1].text) is not None
        # "Solange Eyenga with APA / Last update: 18/11 - 11:05": a stamp with no year
        stamp_below = i + 1 < len(lines) and _cued_stamp(lines[i + 1].text)
        beside = (
            (i > 0 and kinds[i - 1] == "date") or kind_below == "date" or role_below or stamp_below
        )
        above = i - 1
        while above > 0 and kinds[above] == "label":  # the story's tags between
            above -= 1
        tagged = not beside and above >= 0 and kinds[above] == "date"
        if not beside and kind_below == "text" and not common:
            other = lines[below].text
            beside = (
                _kind_below(kinds, below, lines) == "date"
                and person_like(other)
                and is_given_name(other.split()[0])
            )
        # "Jane Roe and John Doe / Bloomberg / Thu, November 19 …": the outlet between
        above_outlet = (
            i + 2 < len(kinds)
            and kinds[i + 2] == "date"
            and lookup_in_context(lines[i + 1].text) is not None
        )
        near_date = beside or tagged or above_outlet
        name = _names_of(line.text, lines[:i])
        # "Jane Doe and John Roe", "Jane Doe in Paris and John Roe in Rome"
        parts = [credited_part(p.strip())[0] for p in NAME_LIST.split(name)]
        people = [
            p
            for p in parts
            if 2 <= len(p.split()) <= 4
            and person_like(p)
            and not _DIGIT.search(p)  # "0 Comments"
            and not _opens_with_non_name(p)  # "Watch DVB TV Live", "Share Save Harriet Coombe"
            and not p.endswith(("’s", "'s"))  # "Thai PBS World’s (Environment Desk)": a desk
        ]
        if (
            not beside
            and not any(is_given_name(p.split()[0]) for p in people)
            and not (tagged and any(map(_outlet_credit, parts)))  # "Eka Roe, JAMnews"
        ):
            people = []  # "Himachal Pradesh / PTI / date": a place label, no one's name
        # "Eka Roe, JAMnews, Tbilisi–Yerevan": the places the outlet filed from, last
        filed_from = (
            len(parts) > 1
            and parts[-1] not in people
            and _PLACES.fullmatch(parts[-1]) is not None
            and _outlet_credit(parts[-2])
            and not _outlet_credit(parts[-1])
        )
        credited = parts[:-1] if filed_from else parts
        fits = (
            near_date
            and ":" not in name  # "Source: University of Otago" is a label's line
            and not byline_prefix().match(line.text)  # "By TOI staff": not a bare name
            and bool(people)
            # beside the people, only agencies ("Ellen Marsh, PA")
            and all(p in people or _outlet_credit(p) for p in credited)
        )
        if fits and filed_from:
            name = name[: name.rfind(parts[-1])].rstrip(" ,")
        # an agency's name alone by the date is its credit ("Agence France-Presse", "PTI"),
        # also with the place it files from ("Press Trust of India | Bhopal")
        if name == line.text:
            name = _PLACE_AFTER_BAR.sub("", name)
        known = lookup_in_context(name) if near_date and not tagged else None
        agency = known is not None and (name == line.text or known.kind == "wire")
        if (fits and kinds[i] == "text" and lookup(name) is None) or agency:
            kinds[i] = "byline"
            found.append(Byline(line, Line(line.start, line.start + len(name), name)))
    return found


@cache
def _stamp_cue() -> re.Pattern[str]:
    """A publication or update cue and a colon opening a line, a number after it."""
    return re.compile(rf"(?:{date_cues()})\s*:\s*\d", re.IGNORECASE)


def _cued_stamp(text: str) -> bool:
    """A short line giving when the page was published or updated, maybe without the year
    a date line needs ("Last update: 18/11 - 11:05")."""
    return len(text.split()) <= _MAX_STAMP_WORDS and _stamp_cue().match(text) is not None


_DIGIT = re.compile(r"\d")
_PLACES = re.compile(r"[A-Z][\w'’.]+(?:[–—/-][A-Z][\w'’.]+)*")


def _outlet_credit(part: str) -> bool:
    """Whether ``part`` of a byline line credits an outlet beside the reporters: a known
    outlet or its domain ("PA", "LRT.lt"), one with its medium ("LRT RADIO"), or an
    agency's acronym ("BNS")."""
    return (
        lookup_in_context(part) is not None
        or ACRONYM.fullmatch(part) is not None
        or with_medium(part) is not None
    )


def _below_title(lines: list[Line], kinds: list[str], masthead: Line | None) -> Iterator[int]:
    """Indexes of the lines of text below the first one that is no masthead (the title)."""
    seen_title = False
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind == "text" and not _is_masthead(line, masthead) and not seen_title:
            seen_title = True
            continue
        if kind in ("text", "other") and seen_title:
            yield i


def _names_of(text: str, above: list[Line]) -> str:
    """A name line without what may follow its names, read from the end in turn: a site
    after a bar ("| RCI"), agencies ("with AFP, dpa"), a job title after a slash ("/Senior
    Staff Reporter"), an outlet in brackets ("(The Daily Record)"), a place ("in Paris")
    and a job title ("Environment correspondent")."""
    name = _without_site_after_bar(text, above)
    for strip in (without_agency_tail, _without_slashed_role, _without_outlet_note):
        name = strip(name)
    return trailing_role().sub("", PLACE_TAIL.sub("", name))


_OUTLET_NOTE = re.compile(r"\s*\((?P<outlet>[^()]{2,60})\)$")


def _without_outlet_note(text: str) -> str:
    """A name line without the outlet set after it in brackets ("Jane Roe and John Doe (The
    Daily Record)": the copy's publisher or an agency, not a third name)."""
    m = _OUTLET_NOTE.search(text)
    if m is None or lookup_in_context(m["outlet"]) is None:
        return text
    return text[: m.start()]


def _without_site_after_bar(text: str, above: list[Line]) -> str:
    """A name line without the site set after a bar ("Jo Roe | RCI"): a known outlet, an
    acronym, or a name a line above holds (the page's own banner, "RCI | Radio Canada
    International")."""
    head, bar, tail = text.rpartition(" | ")
    tail = tail.strip()
    if not bar or not head.strip() or not 0 < len(tail.split()) <= 4:
        return text
    site = (
        lookup_in_context(tail) is not None
        or (tail.isupper() and len(tail) <= 8)
        or any(tail in line.text for line in above)
    )
    return head.strip() if site else text


def _without_slashed_role(text: str) -> str:
    """A name without the job title a slash sets after it ("Jo Roe/Senior Staff Reporter")."""
    head, slash, tail = text.rpartition("/")
    return head.strip() if slash and head.strip() and role_line().fullmatch(tail.strip()) else text


# A place after a bar ending a wire's credit line ("Press Trust of India | Bhopal").
_PLACE_AFTER_BAR = re.compile(r"\s+[|/]\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")


def _masthead(lines: list[Line], kinds: list[str]) -> Line | None:
    """The first line when it names the site: a short name above a date line and a headline.

    "Commentary on Political Economy / Tuesday 3 December 2019 / <headline>" has a masthead;
    "<headline> / World Uyghur Congress, 18 November 2019 / <body>" does not.
    """
    top = next((i for i, k in enumerate(kinds) if k != "label"), len(kinds))  # past furniture
    if top > 0:
        # a menu bar opening with a registered outlet's name ("LRT English  News  World")
        menu_site = _site_of_bar(lines[0])
        if menu_site.text != lines[0].text and lookup(menu_site.text) is not None:
            return menu_site
    if top + 1 >= len(lines) or kinds[top] not in {"text", "other"}:
        return None
    # "Sky News - back to home", "Dawn Logo", "Morning Brew ☕️"
    first = _without_pictographs(_site_of_bar(_without_home(lines[top])))
    following = [k for k in kinds[top + 1 :] if k != "label"]
    if kinds[top] == "text" and "text" in following and lookup(first.text) is not None:
        return first  # a registered outlet's name standing alone above the headline
    one_token = _SITE_TOKEN.fullmatch(first.text) is not None  # "Bristol24/7", "Salon.com"
    if len(first.text.split()) > _MAX_MASTHEAD_WORDS or not (
        looks_like_name(first.text) or one_token
    ):
        return None
    if kinds[top] == "text" and following[:2] == ["date", "text"]:
        return first
    if kinds[top] == "text" and following == ["date"] and first.text != lines[top].text:
        return first  # a logo's line above an issue's date ("Morning Brew ☕️ / Nov 17, 2026")
    # the site's name alone above a headline, the header holding a byline or date line
    # ("Midlands Business Post / Kestrel Copper shares slump … / By …")
    after = next((i for i in range(top + 1, len(kinds)) if kinds[i] != "label"), None)
    if (
        (kinds[top] == "text" or one_token)
        and after is not None
        and kinds[after] == "text"
        and len(lines[after].text.split()) >= _MIN_HEADLINE_WORDS
        and any(k in ("byline", "date") for k in kinds[after:])
        and not is_given_name(first.text.split()[0])  # "Donald Trump" above is a kicker
    ):
        return first
    # the site's name above its menu, perhaps with a tagline or two between ("Mirror / News
    # / Politics", "The Daily Post / Local news since 1890 / Home About Contact")
    menu = next((i for i in range(top + 1, len(kinds)) if kinds[i] == "label"), None)
    if menu is not None and menu <= top + 3 and "text" in kinds[menu:]:
        return _without_home(first)
    return None


_SITE_BAR_ITEMS = 3  # the site's name and at least two links after it
_SITE_BAR_ITEM_WORDS = 3


# Emoji and other pictographs (with their joiners and variation selectors) closing a line.
_PICTOGRAPHS = re.compile(r"[\s\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+$")


def _without_pictographs(line: Line) -> Line:
    """The line without emoji closing it ("Morning Brew ☕️" -> "Morning Brew")."""
    m = _PICTOGRAPHS.search(line.text)
    if m is None or m.start() == 0:
        return line
    return Line(line.start, line.start + m.start(), line.text[: m.start()])


def _site_of_bar(line: Line) -> Line:
    """The site's name opening a bar of links ("Kessel Times | Politics | Media | Log In"
    -> "Kessel Times"): at least two short capitalised links after it, no sentence mark."""
    parts = _links(line.text)
    if len(parts) < _SITE_BAR_ITEMS or any(mark in line.text for mark in SENTENCE_MARKS):
        return line
    if not all(0 < len(p.split()) <= _SITE_BAR_ITEM_WORDS and p[:1].isupper() for p in parts[1:]):
        return line
    name = parts[0].strip()
    return Line(line.start, line.start + len(name), name) if name else line


def _without_home(line: Line) -> Line:
    """The site's name in its logo link's text ("BBC Homepage" -> "BBC")."""
    m = _HOME_LINK.search(line.text)
    return Line(line.start, line.start + m.start(), line.text[: m.start()]) if m else line
