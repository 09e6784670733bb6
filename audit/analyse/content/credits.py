"""Caption and photo-credit residue: credit lines, credit parentheses, merged captions."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import ahocorasick

from audit.analyse.content.lexicon import lexicon
from audit.analyse.content.model import Flag, Unit, holding, lines
from audit.analyse.full_names import ACRONYM
from audit.analyse.mentions import outlet_head_words
from audit.analyse.people import name_particles, organisation_words, title_words
from audit.analyse.registry import lookup

_SHORT_LINE = 250
_CAPTION_MAX = 120
# "© AP", "© AFP / MARCO BERTORELLO": the sign and the upper-case credit after it. Each
# repetition starts with a separator the word class excludes, so matching is linear.
_CAPS = r"[A-Z][A-Z.&-]{0,19}(?!\w)"
_COPYRIGHT = re.compile(rf"©\s?{_CAPS}(?:\s?/\s?{_CAPS}|\s{_CAPS}){{0,4}}")
_SIGN = re.compile(r"©(?!\s?\d)")
# "… in Las Croabas. By U.S. CUSTOMS AND BORDER PROTECTION": a caption signed in capitals.
_CAPS_CREDIT = re.compile(rf"[.!?]\s+(?:By|Photo by|Foto|Por)\s+{_CAPS}(?:\s{_CAPS}){{0,7}}\s*$")
_SENTENCE_END = re.compile(r"[.!?”\"]\s+(?=[^\s])")
_CREDIT_LINE = 120
_LOWER_WORD_END = re.compile(r"[a-z]\s$")
_CREDIT_AFTER_LABEL = 60
_SLASH = re.compile(r"\s?[/|]\s?")
_NAME_WORDS = 6
# A parenthesis closing a line: a credit when it reads as one ("(State Emergency Service /
# Telegram)").
_CLOSING_PARENTHESIS = re.compile(r"\([^()\n]{3,100}\)$")
_FILE_PHOTO = re.compile(
    r"\((?:file|file photo|file image|file picture|file pic|stock image|stock photo|archivo"
    r"|archiv|archivbild)\)$"
)
# A broadcaster's caption lines, each labelled after a comma ("Image caption, Waves crash
# over …", "Image source, Getty Images", "Media caption, …").
_CAPTION_LABEL = re.compile(r"(?:Image|Media|Video|Photo)\s(?:caption|source),\s")
# "(ABC Gippsland: Dev Raman)": a credit naming the outlet, then the photographer.
_OUTLET_THEN_NAME = re.compile(
    r"\((?:[A-Z][\w&'’.-]*\s){0,3}[A-Z][\w&'’.-]*:\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\)"
)


@cache
def _label() -> re.Pattern[str]:
    markers = "|".join(re.escape(m) for m in lexicon().credit_markers)
    # "Photo: …", "Picture by …", "Photo source: Unsplash", "Image credit: …"
    return re.compile(
        rf"(?<!\w)(?:{markers})s?\s?(?:(?:source|credits?|courtesy)\s?)?(?::|\bby\b|\bvon\b|/)",
        re.IGNORECASE,
    )


@cache
def _parenthesis() -> re.Pattern[str]:
    markers = "|".join(re.escape(m) for m in lexicon().credit_markers)
    return re.compile(rf"\((?:{markers})s?\b[^()\n]{{0,120}}\)", re.IGNORECASE)


def _is_credit_line(line: str) -> bool:
    """A credit with no credit word: a stock library alone ("Shutterstock"), a name and a
    photo agency after a slash or bar ("Noah Berger / AP", "Alex Wong/Getty Images"), a
    parenthesised "(Elizabeth Conley / Houston Chronicle)", "Courtesy Louvre", or a
    caption ending in "(FILE)"."""
    low = line.lower()
    agencies = lexicon().photo_agencies
    if low in agencies:
        return low not in lexicon().agencies  # a wire agency alone is a sign-off (RES020)
    if low[-1:] == ")" and _FILE_PHOTO.search(low):  # lines are stripped: "$" is the end
        return True
    if line[:1] == "(" and line[-1:] == ")":
        inner = low[1:-1].strip()
        if inner in agencies and inner not in lexicon().agencies:
            return True  # "(PA Wire)", "(Getty Images)"; a wire's name alone may sign off
        if _OUTLET_THEN_NAME.fullmatch(line):
            return True
    if len(line) > _CREDIT_LINE or line[-1:] in ".!?:;,":
        return False
    if low.startswith("courtesy "):
        return len(line.split()) <= _NAME_WORDS
    parts = _SLASH.split(line.strip("()") if line[:1] == "(" and line[-1:] == ")" else line)
    if len(parts) < 2 or not all(
        p[:1].isupper() and len(p.split()) <= _NAME_WORDS for p in parts[-2:]
    ):
        return False
    if parts[-1].lower() in agencies:
        return True
    if (
        line[:1] == "("
        and len(parts[0].split()) >= 2
        and ":" not in parts[0]  # "(Credit: Jane Roe / Grist)" is a labelled caption
        and _is_short_name(parts[-1])
    ):
        return True  # "(Jeff Stapleton/CBC)": the photographer, then the outlet
    if len(parts) == 2 and parts[0].lower() in agencies | lexicon().agencies:
        name = parts[1].split()  # "PAP/ Rafał Guz", "ANP/ Joris van Dijk"
        return name[0][:1].isupper() and name[-1][:1].isupper()
    if len(parts) == 2 and "|" not in line and _names_and_outlet(*parts):
        return True  # "Ruaridh Campbell/BBC", "THE CANADIAN PRESS/Liam Strachan"
    return (
        line[:1] == "(" and len(parts[0].split()) >= 2 and all(len(p.split()) >= 2 for p in parts)
    )


# A word of a person's name: "Campbell", "Ruiz-Tennant", "O'Neil", "OSEI"; particles and
# initials may sit between the first and last ("Marijke de Wit", "Jane A. Roe").
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ'’]{2,}(?:-[A-Z][a-zà-ÿ'’]+)*|[A-Z][A-Z'’-]{2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_JOINERS = frozenset({"of", "and", "the", "&"})


def _names_and_outlet(first: str, second: str) -> bool:
    """Whether two parts of a credit are a person's name and an outlet's, in either order
    ("Tessa Huang/CPR News", "Antara/Rizky Pratama"): an outlet is a photo or wire agency,
    a registered outlet, an acronym, or capitalised words ending in an outlet's head word
    ("Sun-Times", "The Hamilton Spectator") or in "Staff"."""
    return (_is_person(first) and _is_outlet(second)) or (_is_outlet(first) and _is_person(second))


def _is_person(part: str) -> bool:
    """Two to four name words ("Marijke de Wit", "RENATA OSEI"), none an organisation's,
    a title's or a common word."""
    words = part.split()
    if not 2 <= len(words) <= 4:
        return False
    inner_ok = all(_NAME_WORD.fullmatch(w) or _particle(w) for w in words[1:-1])
    if not (inner_ok and _NAME_WORD.fullmatch(words[0]) and _NAME_WORD.fullmatch(words[-1])):
        return False
    return not any(w.lower() in _not_in_names() for w in words if not _particle(w))


def _particle(word: str) -> bool:
    """A name's particle or initial ("de", "bin", "A.")."""
    return word in name_particles() or bool(_INITIAL.fullmatch(word))


@cache
def _not_in_names() -> frozenset[str]:
    """Words a person's name does not hold: organisations' ("Union"), titles' ("Senior")
    and common words ("The")."""
    return organisation_words() | title_words() | lexicon().stopwords


def _is_outlet(part: str) -> bool:
    """An outlet's name in a credit (see :func:`_names_and_outlet`)."""
    words = part.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w in _JOINERS for w in words):
        return False
    low = part.lower()
    if low in lexicon().photo_agencies or low in lexicon().agencies:
        return True
    if len(words) == 1 and ACRONYM.fullmatch(part):
        return True
    if words[0] == "The" and len(words) >= 2:
        return True  # "The National", "The Hamilton Spectator"
    if words[-1].lower() in title_words():
        return False  # "Senior Staff Reporter": a byline's role
    last = words[-1].split("-")[-1].lower()
    if last in outlet_head_words() or last == "staff":  # "RENATA OSEI/GLOBE STAFF"
        return True
    return lookup(part) is not None


def _is_short_name(part: str) -> bool:
    """An outlet's short name after a photographer's: one to three capitalised words
    ("CBC", "The Globe")."""
    words = part.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def credit_lines(text: str, captions: Sequence[Flag] = ()) -> Iterator[Flag]:
    """RES004: short lines that are a photo credit without any credit word, and captions
    that end in one ("Wolverhampton Crown Court (Tom Hadley/PA Wire)"); lines a caption
    flag (``captions``) already covers whole are left to it."""
    whole = {(f.start, f.end) for f in captions}
    for unit in lines(text):
        if len(unit.text) > _SHORT_LINE or (unit.start, unit.end) in whole:
            continue
        if _is_credit_line(unit.text):
            yield _flag(unit.start, unit.end, "medium", "a photo credit line")
            continue
        credit = closing_credit(unit.text)
        if credit is not None:
            caption = unit.text[:credit].rstrip()
            start = unit.start if caption[-1:] not in ".!?" else unit.start + credit
            yield _flag(start, unit.end, "medium", "a photo caption ending in its credit")


# "… testifies in March. | Jane Roe/AP": a caption's credit after a bar.
_BAR_CREDIT = re.compile(r"\s\|\s+([^|]{3,80})$")


# "… in Sabal County. [ LUIS OCAMPO | Times ]": a credit in brackets, name and outlet.
_BRACKET_CREDIT = re.compile(r"\[\s*([A-Z][^\[\]|]{2,60}?)\s*\|\s*([A-Z][^\[\]|]{1,40}?)\s*\]$")
# "… from U.S. automakers.Dax Melnyk/The Globe and Mail": a photographer and an outlet glued
# to the caption's last full stop, as pages copied without their markup run them together.
_GLUED_CREDIT = re.compile(
    r"(?<=[a-z0-9][.!?])[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2}[ \t]?/[ \t]?"
    r"[A-Z][\w'’&.-]*(?:[ \t](?:and|of|the|&|[A-Z][\w'’&.-]*)){0,4}$"
)


def closing_credit(line: str) -> int | None:
    """Where the photo credit closing a caption line starts ("… (Jane Roe/AP)", "… | Jane
    Roe/AP", "… [ JANE ROE | Times ]", "…harbour.Jane Roe/The Daily Post"), or None when
    the line ends in none."""
    closing = _CLOSING_PARENTHESIS.search(line)
    if closing is not None and closing.start() > 0 and _is_credit_line(closing.group()):
        return closing.start()
    bracket = _BRACKET_CREDIT.search(line)
    if (
        bracket is not None
        and bracket.start() > 0
        and len(bracket.group(1).split()) >= 2
        and _is_short_name(bracket.group(2))
    ):
        return bracket.start()
    glued = _GLUED_CREDIT.search(line)
    if glued is not None:
        return glued.start()
    bar = _BAR_CREDIT.search(line)
    if bar is not None and _is_credit_line(bar.group(1)):
        return bar.start() + 1
    last = _LAST_SENTENCE.search(line)
    if last is not None and _is_closing_credit(last.group(1)):
        return last.start(1)
    return None


# "… on Wednesday. Tessa Huang/CPR News": what follows a caption's last full stop.
_LAST_SENTENCE = re.compile(r"[.!?][”’\"]?\s+([^.!?\s][^.!?\n]{2,80})$")
# "… on Tuesday. MARTA LUENGO", "… THIBAULT MARCEAU FOR LE MONDE": a credit in capitals.
_CAPS_NAME = re.compile(
    r"[A-ZÀ-Þ'’-]{2,}(?: [A-ZÀ-Þ'’-]{2,}){1,3}(?: FOR(?: [A-ZÀ-Þ'’-]{2,}){1,4})?"
)

# "… recycled water. — Bernama pic", "… — Filepic": a Malaysian paper's picture credit.
_DASH_PIC = re.compile(r"[—–-] ?(?:[A-Z][\w&'’-]* ){0,3}(?:[Pp]ic|[Ff]ilepic|[Ff]ile pic)")


def _is_closing_credit(rest: str) -> bool:
    """Whether the words after a caption's last sentence are its credit: a credit line
    ("Marcy Delacroix/Getty Images"), a name in capitals, or a name for an outlet
    ("Sardar Mahmoud for Al-Monitor")."""
    rest = rest.rstrip()
    if _is_credit_line(rest) or _CAPS_NAME.fullmatch(rest) or _DASH_PIC.fullmatch(rest):
        return True
    person, sep, outlet = rest.partition(" for ")
    return bool(sep) and _is_person(person) and _is_outlet(outlet)


def _flag(start: int, end: int, confidence: str, message: str) -> Flag:
    return Flag("RES004", "caption_credit", "residue", confidence, start, end, message)


@cache
def cue_words() -> tuple[str, ...]:
    """Words without which no credit pattern matches a line: the credit markers, the
    copyright sign and the words that sign a caption (lower case, for the lowered text)."""
    return tuple(w.lower() for w in (*lexicon().credit_markers, "©", "by", "foto", "por"))


@cache
def _cues() -> Any:
    auto = ahocorasick.Automaton()
    for word in cue_words():
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


def _candidates(text: str, cue_ends: Sequence[int] | None) -> Iterator[Unit]:
    """The lines that hold a credit cue (every line when lowering changes the length)."""
    units = lines(text)
    if cue_ends is None:
        low = text.lower()
        if len(low) != len(text):
            yield from units
            return
        cue_ends = [last for last, _ in _cues().iter(low)]
    yield from holding(units, cue_ends)


def caption_credits(text: str, cue_ends: Sequence[int] | None = None) -> Iterator[Flag]:
    """RES004: photo captions and credits left in the text (``cue_ends``: where the
    ``cue_words`` end in ``text.lower()``, in order, when a shared scan found them; that
    lowering then keeps the text's length)."""
    label, parenthesis = _label(), _parenthesis()
    for unit in _candidates(text, cue_ends):
        line = unit.text
        if len(line) <= _SHORT_LINE and (
            _labelled(label, line)
            or _SIGN.search(line)
            or _CAPS_CREDIT.search(line)
            or _CAPTION_LABEL.match(line)
        ):
            yield _flag(unit.start, unit.end, "high", "a photo caption or credit line")
            continue
        if "(" in line:
            for match in parenthesis.finditer(line):
                yield _flag(
                    unit.start + match.start(),
                    unit.start + match.end(),
                    "high",
                    "a photo credit inside the paragraph",
                )
        if "©" in line:
            for match in _COPYRIGHT.finditer(line):
                yield _merged_caption(line, unit.start, match.start(), match.end())


def _labelled(label: re.Pattern[str], line: str) -> bool:
    """Whether a credit label ("Photo:", "Picture by") marks ``line`` as a caption: at the
    line's start, after no lower-case word, or before a short credit ("Staff photo: Jane
    Roe"). "The big picture: Every startup is …" is a paragraph's lead-in."""
    for match in label.finditer(line):
        before = line[: match.start()]
        after = line[match.end() :]
        if not before.strip() or not _LOWER_WORD_END.search(before):
            return True
        if len(after) <= _CREDIT_AFTER_LABEL and not _SENTENCE_END.search(after):
            return True
    return False


def _merged_caption(line: str, offset: int, sign: int, end: int) -> Flag:
    """A credit inside a paragraph, with the caption text just before it when it has no
    sentence of its own ("… a threat. Chen Quanguo, party secretary © AP Chinese …")."""
    credit_end = len(line[:end].rstrip())
    start = sign
    ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, sign)]
    caption_start = ends[-1] if ends else 0
    if sign - caption_start <= _CAPTION_MAX:
        start = caption_start
    return _flag(
        offset + start,
        offset + credit_end,
        "medium",
        "a photo caption and credit merged into the paragraph",
    )
