"""Reading single lines of an article's header: a byline ("By Jane Doe, Staff Writer",
"By state political reporter …"), a date line ("Posted on March 5, 2026 by Lito R.", "Jane
Roe · CBC News · Posted: Nov 12, 2026"), and the job titles written around names.
:mod:`audit.analyse.header` decides which lines of the text are its header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from audit.analyse.dates import DateMatch, cue_before, find_dates, vocabulary
from audit.analyse.names import looks_like_name
from audit.analyse.registry import lookup, short_form_owners
from audit.analyse.vocab import phrases

# "Jane Doe in Beijing": the place a reporter writes from, after the name.
PLACE_TAIL = re.compile(r"\s+(?:in|at|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")


# (a link after a bar ends it: "… by Rohan Roe | Leave a comment")
_BY_TAIL = re.compile(r"\bby\s+(?P<names>[^\s,|][^|·•]*?)\s*(?:\s[|·•]\s.*)?$", re.IGNORECASE)
# A separator between a date line's parts: "Jane Roe · CBC News · Posted: …".
_SEGMENT = re.compile(r" [·|•] ")
# A desk credited after a slash, past the names ("By Layla HADDAD / AFP Iraq").
_DESK = re.compile(r"\s+/\s+\S.*$")
# What separates the names of a credit ("Jane Doe, John Roe and Ana Silva").
NAME_LIST = re.compile(r",\s*|\s+and\s+|\s*&\s*")
# "with Claire Duval": a second reporter credited after the first ("By Rizky Pratama, with
# Claire Duval in Jakarta").
WITH_OPENER = re.compile(r"with\s+(?=[A-Z])")
# A site credited by its address after the names ("By Tessa Harlan, KSL.com").
SITE_ADDRESS = re.compile(
    r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|org|net|co|news|info|[a-z]{2})"
)
# Agencies whose copy a reporter's story used, after the names ("Lena Roe with AFP, dpa",
# "By Ann Roe, with Reuters and AP").
_AGENCY_TAIL = re.compile(
    r",?[ \t]+with[ \t]+(?P<agencies>[^,;()\n]{1,40}(?:(?:,|[ \t]+and)[ \t]*[^,;()\n]{1,40}){0,3})$"
)
_AGENCY_SPLIT = re.compile(r",|[ \t]+and[ \t]+")
_FILLER = re.compile(r"[\s,;:|·•/()\[\]–—-]+")


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateLine:
    """A header or footer line holding a date; ``prefix`` is a name written before it."""

    line: Line
    date: DateMatch
    cue: str | None  # published | updated | None
    prefix: Line | None


@dataclass(frozen=True, slots=True)
class Byline:
    """A "By …" / "Written by …" line; ``names`` is the span after the prefix."""

    line: Line
    names: Line


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-empty lines of ``text[start:end]``, stripped, with offsets into ``text``."""
    out: list[Line] = []
    position = start
    stop = len(text) if end is None else end
    for raw in text[start:stop].split("\n"):
        stripped = raw.strip()
        if stripped:
            offset = position + raw.index(stripped)
            out.append(Line(offset, offset + len(stripped), stripped))
        position += len(raw) + 1
    return out


@cache
def byline_prefix() -> re.Pattern[str]:
    words = sorted(phrases("header.yaml", "byline_prefixes"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?:{alternation})\b[ \t]*:?[ \t]*", re.IGNORECASE)


def byline_label(text: str) -> re.Match[str] | None:
    """The byline word opening ``text`` ("By ", "Reporter: "), if it opens one: a role's
    label only with its colon ("Reporters Without Borders" is no byline)."""
    m = byline_prefix().match(text)
    if m is None:
        return None
    if text[: m.end()].strip().lower() in _LABELS_WITH_COLON and ":" not in text[: m.end()]:
        return None
    return m


@cache
def _role_before_names() -> re.Pattern[str]:
    """Lower-case job title words between "By" and the names, up to the last role word."""
    roles = "|".join(re.escape(w) for w in phrases("header.yaml", "role_before_names"))
    return re.compile(rf"(?:[a-z][\w-]*[ \t]+){{0,4}}?(?:{roles})[ \t]+(?=[A-Z])")


@cache
def trailing_role() -> re.Pattern[str]:
    """A job title after a name, without a comma ("Sandra Okafor Environment correspondent")
    or after one, whatever its words ("Anders Roe, Nordic Correspondent")."""
    openers = "|".join(re.escape(w) for w in phrases("header.yaml", "role_openers"))
    roles = "|".join(re.escape(w) for w in phrases("header.yaml", "role_before_names"))
    # white space is taken possessively: a long run of it cannot be split many ways
    return re.compile(
        rf"(?:(?:[ \t]*+,)?(?:[ \t]++(?:{openers})\b){{0,4}}[ \t]++(?:{roles})"
        rf"|[ \t]*+,(?:[ \t]++[\w&’'-]++){{0,3}}[ \t]++(?:{roles}))$",
        re.IGNORECASE,
    )


@cache
def role_line() -> re.Pattern[str]:
    """A line holding only a job title ("Europe Correspondent", "Senior Courts Reporter")."""
    roles = "|".join(re.escape(w) for w in phrases("header.yaml", "role_before_names"))
    return re.compile(rf"(?:[\w&’'-]+[ \t]){{0,3}}(?:{roles})", re.IGNORECASE)


# A note closing a byline in brackets, where and as what the reporter wrote ("(Paris,
# special correspondent)", "(in Kyiv)"): lower-case words or a comma; "(AP)" is a credit.
# Two or more spaces where a copied page set links or fields apart ("Kazakhstan   World",
# "By Ann Roe  Global News").
WIDE_GAP = re.compile(r"[ \t]{2,}")
# The dot or bar a byline line sets between its fields ("By Ann Roe · 14 Nov 2026").
_META_SEPARATOR = re.compile(r"\s+[·•|]\s+")
# The section a byline files the story in ("By Ann Roe, in News", "…, in Opinion & Analysis").
_IN_SECTION = re.compile(r",?\s+in\s+[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*){0,3}$")
_PLACE_NOTE = re.compile(r"\s*\((?=[^()]*(?:,|\b[a-z]))[^()]{1,80}\)$")
# A date line's time after its date ("… 11/19/26 5:47 PM ET", "…, 2:47 p.m. EST"), and a
# month/day/two-digit-year date, which find_dates leaves alone (ambiguous in prose).
_TIME_TAIL = re.compile(
    r"[\s,|·–—-]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}"
    r"(?:[ \t]*[AaPp]\.?[ \t]?[Mm]\.?)?(?:[ \t]+[A-Z]{1,4})?[\s.,]*"
)
_SHORT_YEAR_DATE = re.compile(r"[\s,|·–—-]+\d{1,2}/\d{1,2}/\d{2}(?!\d)")


# Byline words that credit only with their colon ("Text: Ann Roe", "Reporter: Ann Roe"; not
# "Reporter Ann Roe asked", "Text messages show").
_LABELS_WITH_COLON = frozenset(
    [
        "text",
        "author",
        "autor",
        "texte",
        "reporter",
        "reporters",
        "correspondent",
    ]
)


def read_byline(line: Line) -> Byline | None:
    """The line as a byline when it starts with a byline word followed by name(s)."""
    m = byline_label(line.text)
    if not m or m.end() == len(line.text):
        return None
    role = _role_before_names().match(line.text, m.end())  # "By state political reporter …"
    begin = role.end() if role else m.end()
    rest = without_agency_tail(line.text[begin:].rstrip(" .|-–—"))
    note = _PLACE_NOTE.search(rest)
    if note is not None and note.start() > 0:
        rest = rest[: note.start()]  # "By Ann Roe (Saint-Firmin, special correspondent)"
    meta = _META_SEPARATOR.search(rest)
    if meta is not None and meta.start() > 0:
        after = _META_SEPARATOR.split(rest[meta.end() :], maxsplit=1)[0]
        # "Author of the article: Ann Roe • Edmonton Journal": the outlet whose copy it is
        keep = meta.end() + len(after) if lookup(after.strip()) is not None else meta.start()
        rest = rest[:keep]  # "By Ann Roe · 14 Nov 2026, 11:40 · 5 Comments"
    rest = _without_date_tail(rest)  # "By Jo Roe, The Ledger November 4, 2026, 5:47 PM ET"
    section = _IN_SECTION.search(rest)
    if section is not None and section.start() > 0:
        rest = rest[: section.start()]  # "By Ann Roe, in News": the section, not a writer
    desk = _DESK.search(rest)
    if desk is not None and looks_like_name(rest[: desk.start()]):
        rest = rest[: desk.start()]  # "By Layla HADDAD / AFP Iraq": the name, not the desk
    names = re.split(r",|;|\band\b|&|\bund\b|\bet\b|\by\b|[·•|]", rest)
    parts = [n.strip() for n in names if n.strip()]
    if len(parts) > 1 and role_line().fullmatch(parts[-1]):
        parts.pop()  # "By Tevin Marchbanks, WRAL reporter": the job after the name
    if not parts or not all(map(credit_name, parts)) or all(map(SITE_ADDRESS.fullmatch, parts)):
        return None  # a site's address alone ("By tennisnet.com") credits no one
    start = line.start + begin
    return Byline(line, Line(start, start + len(rest), rest))


def _without_date_tail(rest: str) -> str:
    """``rest`` without the date (and its time) it ends with, if it ends with one."""
    if not any(c.isdigit() for c in rest):
        return rest
    dated = find_dates(rest)
    if dated and _ends_after(rest, dated[-1].end):
        return _without_date_cue(rest[: dated[-1].start].rstrip(" ,|-–—"))
    short = _SHORT_YEAR_DATE.search(rest)  # "by Ann Roe - 11/19/26 5:47 PM ET"
    if short is not None and short.start() > 0 and _ends_after(rest, short.end()):
        return rest[: short.start()]
    return rest


def _without_date_cue(rest: str) -> str:
    """ "Jo Roe, Updated" -> "Jo Roe": the cue of the date cut after it, set off."""
    m = _date_cue_at_end().search(rest)
    return rest[: m.start()] if m is not None and m.start() > 0 else rest


@cache
def date_cues() -> str:
    """The publication and update cues ("published", "last updated") as one alternation,
    longest first, their words apart by any white space."""
    cues = sorted({*vocabulary().published, *vocabulary().updated}, key=len, reverse=True)
    return "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)


@cache
def _date_cue_at_end() -> re.Pattern[str]:
    words = date_cues()
    # "By Ann Roe in Nation on 18 November 2026": "on" before the date
    return re.compile(rf"\s*[,|·–—-]\s*(?:{words}):?$|\s+on$", re.IGNORECASE)


def _ends_after(rest: str, end: int) -> bool:
    """Whether nothing but punctuation or a time follows ``end`` in ``rest``."""
    tail = rest[end:]
    return not tail.strip(" .,|-–—") or _TIME_TAIL.fullmatch(tail) is not None


@cache
def _cue_words() -> tuple[re.Pattern[str], ...]:
    """Words a date line may hold besides its date, each as a whole word, in order."""
    words = (
        *vocabulary().published,
        *vocabulary().updated,
        *("on", "at", "uhr", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst"),
        *("cet", "cest", "aest", "aedt", "ist", "hkt"),
    )
    return tuple(re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in words)


def read_date_line(line: Line) -> DateLine | None:
    """The line as a date line: a date plus little else (weekday, time, cue, a name)."""
    dates = find_dates(line.text)
    if not dates:
        return None
    first = dates[0]
    # "Priya Ramaswamy · CBC News · Posted: Nov 12, 2026": names set off before the date
    head_names = _SEGMENT.split(line.text[: first.start])
    named = sum(len(n) + 3 for n in head_names[:-1] if looks_like_name(n.strip()))
    rest = line.text[named : first.start] + " " + line.text[first.end :]
    rest = vocabulary().weekday.sub(" ", rest)
    rest = re.sub(r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?", " ", rest)
    for word in _cue_words():
        rest = word.sub(" ", rest)
    words = [w for w in _FILLER.split(rest) if w]
    if len(words) > 6:
        return None
    prefix = None
    head = line.text[: first.start]
    name = head.strip().rstrip(",|-–—:").strip()
    if name and "," in head and looks_like_name(name) and not vocabulary().weekday.fullmatch(name):
        offset = line.start + head.index(name)
        prefix = Line(offset, offset + len(name), name)
    cue = cue_before(line.text, first.start)
    shifted = replace(first, start=line.start + first.start, end=line.start + first.end)
    return DateLine(line, shifted, cue, prefix)


@cache
def labels() -> frozenset[str]:
    """Section and page labels ("E-Paper", "Opinion"), lower-cased: never a person's name."""
    return frozenset(w.lower() for w in phrases("header.yaml", "labels"))


def without_agency_tail(text: str) -> str:
    """``text`` without agencies credited after the names ("Lena Roe with AFP, dpa": "Lena
    Roe"), when every one is a registered outlet or short form; else ``text`` unchanged."""
    m = _AGENCY_TAIL.search(text)
    if m is None or m.start() == 0:
        return text
    agencies = [a.strip() for a in _AGENCY_SPLIT.split(m["agencies"])]
    # a short form in capitals several agencies share ("with APA") credits an agency too
    if all(a and (lookup(a) is not None or _shared_short_form(a)) for a in agencies):
        return text[: m.start()]
    return text


def _shared_short_form(name: str) -> bool:
    """Whether ``name`` is a short form in capitals that several outlets share ("APA")."""
    return name.isupper() and len(short_form_owners(name)) > 1


def credited_part(part: str) -> tuple[str, bool]:
    """One part of a byline's list without a "with" before it and the place it was written
    in after it ("with Claire Duval in Jakarta": "Claire Duval"), and whether "with"
    opened it."""
    opener = WITH_OPENER.match(part)
    return PLACE_TAIL.sub("", part[opener.end() :] if opener else part), opener is not None


def credit_name(part: str) -> bool:
    """Whether one part of a byline's list is a credit: a name (see :func:`credited_part`)
    or a site's address."""
    name = credited_part(part)[0]
    return looks_like_name(name) or SITE_ADDRESS.fullmatch(name) is not None


def byline_after_date(dated: DateLine) -> list[Byline]:
    """The author a blog's date line ends with ("Posted on March 5, 2026 by Lito R."), or
    the people set off before its date ("Priya Ramaswamy · CBC News · Posted: …")."""
    line = dated.line
    found: list[Byline] = []
    position = line.start
    for part in _SEGMENT.split(line.text[: dated.date.start - line.start])[:-1]:
        name = part.strip()
        start = position + part.index(name) if name else position
        byline = read_byline(Line(start, start + len(name), name)) if name else None
        if byline is not None:  # "By Tessa Harlan, KSL.com | Posted - Nov. 22, 2026"
            found.append(replace(byline, line=line))
        elif (
            person_like(name)
            and lookup(name) is None
            and name.lower() not in labels()
            and ":" not in name  # "Published: Saturday | November 21, 2026": a cue
            and vocabulary().weekday.search(name) is None
        ):
            found.append(Byline(line, Line(start, start + len(name), name)))
        position += len(part) + 3
    if found:
        return found
    return byline_at_end(line, dated.date.end - line.start) or _name_after_dash(
        line, dated.date.end - line.start
    )


# A name closing a date line after a dash or bar ("Fri, Nov 20th 2026 01:38pm - Jo Roe").
_DASHED_NAME = re.compile(r"[ \t][-–—|][ \t]+(?P<name>[^-–—|]+?)[ \t]*$")


_PLAIN_NAME = re.compile(r"[A-Z][^\W\d_][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){1,3}")


def _name_after_dash(line: Line, position: int) -> list[Byline]:
    """A person's name set after a dash at the end of a date line, past its date."""
    m = _DASHED_NAME.search(line.text, position)
    if m is None:
        return []
    name = m.group("name")
    # imported here: people reads this module's credit lines
    from audit.analyse.people import non_name_words, organisation_words

    words = {w.lower() for w in name.split()}
    if (
        _PLAIN_NAME.fullmatch(name) is None  # "Politics & Policy", "5.00am"
        or not person_like(name)
        or lookup(name) is not None
        or name.lower() in labels()
        or not words.isdisjoint(non_name_words() | organisation_words())  # "Local News"
    ):
        return []
    start = line.start + m.start("name")
    return [Byline(line, Line(start, start + len(name), name))]


def byline_at_end(line: Line, position: int = 0) -> list[Byline]:
    """The name a meta line ends with, after "by" at or after ``position`` ("Posted on
    March 5, 2026 by Lito R.", "On 10:21 pm In News by Vanguard")."""
    m = _BY_TAIL.search(line.text, position)
    if m is None or not looks_like_name(m.group("names")):
        return []
    start = line.start + m.start("names")
    return [Byline(line, Line(start, start + len(m.group("names")), m.group("names")))]


def footer_lines(text: str, count: int = 6) -> list[Line]:
    """The last ``count`` non-empty lines of the text."""
    start = max(0, len(text) - 2000)
    return lines_of(text, start)[-count:]


# Small words a person's name never holds (a title's "A Letter on Justice" does).
_TITLE_WORDS = frozenset(["a", "an", "the", "on", "of", "for", "in", "at", "to", "with"])


def person_like(name: str) -> bool:
    """A name as people's are written: capitalised words, no "a", "on" or "of"."""
    return looks_like_name(name) and not any(w.lower() in _TITLE_WORDS for w in name.split())
