"""Figures: quantities the article states, with what they count and how they are hedged.

"more than 7,000 people" is ``{value: 7000, unit: "people", qualifier: "more_than"}``.
Years, dates, clock times, ordinals, ages and identifiers ("No. 10", "COVID-19") are not
figures; a bare number with no unit, qualifier, currency, percentage or scale is skipped,
unless it is grouped in thousands ("up from 11,960", its noun elided).
Spelled-out numbers count when they name a unit ("three people"); "one" only with a scale
("one million").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from audit.analyse import folding
from audit.analyse.figure_tables import DIGITS, YEAR_LIKE, Tables, tables
from audit.analyse.identity_memo import by_identity
from audit.analyse.magnitudes import find_magnitudes
from audit.analyse.numerals import german, number_value
from audit.analyse.scores import find_scores
from audit.analyse.shares import find_shares
from audit.analyse.spans import Spans
from audit.analyse.tallies import find_tallies
from audit.model import Article, Evidence

# A number grouped in thousands with commas ("11,960"): a quantity even without a unit.
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


_CLOCK_BEFORE = re.compile(r"\d[:.]$")
_CLOCK_AFTER = (re.compile(r"[:.]\d"), re.compile(r":\d"))
_ZONE_AFTER = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?|GMT|UTC|BST|EST|CET)\b", re.IGNORECASE)


@cache
def _month_context(months: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A month name ending the text before a number, and one opening the text after it."""
    return (
        re.compile(rf"\b{months}\s*,?\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{months})(?!\w)", re.IGNORECASE),
    )


def _is_date_or_time(text: str, start: int, end: int, t: Tables) -> bool:
    before, after = text[max(0, start - 12) : start], text[end : end + 12]
    if _CLOCK_BEFORE.search(before) or any(p.match(after) for p in _CLOCK_AFTER):
        return True
    if _ZONE_AFTER.match(after):
        return True
    month_before, month_after = _month_context(t.months.pattern)
    words = before.split()
    if t.months.fullmatch(words[-1] if words else "") or month_before.search(before):
        return True
    return bool(month_after.match(after))


# "isn't", "won't", "we'll": a verb follows the number ("111 isn't available"), not a unit.
_CONTRACTION = re.compile(r"[’'](?:t|ll|re|ve|d)$", re.IGNORECASE)


_HYPHENED = re.compile(r"-([a-z]+)\b")  # "5-year": the unit after the hyphen
_NEXT_WORDS = re.compile(r"[^\S\n]+([A-Za-z][\w’'-]*)")
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _unit(text: str, position: int, t: Tables) -> tuple[str | None, int]:
    """What the number counts: the next word, or the words up to a plural noun ("camp
    inmates", "other people", "three main ideological blocs") or, in German, up to a noun;
    never past a line end."""
    hyphen = _HYPHENED.match(text, position)
    if hyphen:
        return hyphen.group(1), hyphen.end()
    words = list(_NEXT_WORDS.finditer(text[position : position + 60]))
    chosen: list[re.Match[str]] = []
    expected = position
    for w in words[:3]:
        if (
            w.start() + position != expected
            or w.group(1).lower() in t.stop
            or (w.group(1).lower() in t.german_stop and german(text))
            or _CONTRACTION.search(w.group(1))
        ):
            break
        chosen.append(w)
        expected = position + w.end()
        if _ends_unit(w.group(1), text, t):
            break
    if (
        len(chosen) == 3
        and not _adjectives_then_noun([c.group(1) for c in chosen], t)
        and not (chosen[2].group(1)[:1].isupper() and german(text))  # "drei große Häuser"
    ):
        chosen = chosen[:2]
    if len(chosen) == 2 and not _ends_unit(chosen[1].group(1), text, t):
        # no plural noun: the first word says it, with the next for "square kilometre"
        chosen = chosen[:2] if chosen[0].group(1).lower() in t.prefixes else chosen[:1]
    if not chosen:
        return None, position
    end = position + chosen[-1].end()
    return text[position + chosen[0].start(1) : end], end


def _ends_unit(word: str, text: str, t: Tables) -> bool:
    """Whether a unit ends with ``word``: a plural, or in German any noun ("zehn Jahren
    bereits": Jahren; "807.500 neue Wärmepumpen")."""
    return _plural(word, t) or (word[:1].isupper() and german(text))


def _plural(word: str, t: Tables) -> bool:
    """Whether a word reads as a plural noun ("cases", "people"; not "coronavirus", "glass",
    "analysis")."""
    low = word.lower()
    singular = low.endswith(("us", "ss")) or (low.endswith("is") and len(low) > 4)
    return low in t.plurals or (low.endswith("s") and not singular)


_PLAIN_WORD = re.compile(r"[A-Za-z]+")


def _adjectives_then_noun(words: list[str], t: Tables) -> bool:
    """Whether three words are English describing words and a plural noun ("main
    ideological blocs", "Democratic House members"): plain letters, a lower-case first
    word or two capitalised ones, and a plural of four letters or more at the end."""
    if not all(_PLAIN_WORD.fullmatch(w) for w in words) or len(words[1]) < 3:
        return False
    last = words[2].lower()
    plural = last in t.plurals or (len(last) > 3 and last.endswith("s") and last[-2] not in "su")
    return plural and (words[0].islower() or (words[0][0].isupper() and words[1][0].isupper()))


def _counts_things(unit: str | None, t: Tables) -> bool:
    """Whether a unit opens with a plural noun ("jobs", "people"), not a measure word."""
    first = unit.split()[0].lower() if unit else ""
    return len(first) > 3 and (first.endswith("s") or first in t.plurals)


_SHARE = re.compile(rf"\s+of\s+(?:the|its|their|these|those|all)\s+(?:{DIGITS})(?=\s)")


def _share_of(text: str, end: int, t: Tables) -> tuple[str, int] | None:
    """The unit of a part stated against its whole ("23 of the 31 drones" counts drones)
    and where that phrase ends."""
    m = _SHARE.match(text, end)
    if m is None:
        return None
    unit, stop = _unit(text, m.end(), t)
    return (unit, stop) if unit else None


# A part of a group the text has named, with no number for the whole: "14 of the flagged
# days", "Two of the former employees", "at least nine of those", "two of them".
_PART = re.compile(
    r"[ \t]+of[ \t]+(?:(?P<pronoun>them|those|these)\b(?=[ \t]*[,.;:)—–]|[ \t]+(?:were|was|are"
    r"|is|had|have|has|did|do|said|say|told|who|that|remain|remained)\b)"
    r"|(?:the|its|their|these|those|his|her|our)[ \t]+"
    r"(?:(?!(?:were|was|are|is|had|have|has|did|said|told|who|that|and|or|in|at|on)\b)"
    r"[\w’'-]+[ \t]+){0,3}?"
    r"(?P<noun>[a-z][a-z-]+s)\b)"
)


def _part_of(text: str, end: int, t: Tables) -> tuple[str, int] | None:
    """The unit of a part of a group ("14 of the flagged days" counts days; "nine of those"
    counts what the text named before) and where that phrase ends."""
    m = _PART.match(text, end)
    if m is None:
        return None
    if m.group("pronoun"):
        return f"of {m.group('pronoun')}", m.end("pronoun")
    noun = m.group("noun")
    return (noun, m.end()) if noun.lower() not in t.stop else None


def _identifier_before(text: str, number_start: int, t: Tables) -> bool:
    """Whether the words before a number make it an identifier ("No. 7", "§ 3")."""
    head = text[max(0, number_start - 20) : number_start]
    if t.not_before_any:
        return t.not_before_any.search(head) is not None
    return any(p.search(head) for p in t.not_before)


def _figure(text: str, m: re.Match[str], t: Tables) -> dict[str, Any] | None:
    qual, cur, num, word, scale, attached = (
        m.group(g) for g in ("qual", "cur", "num", "word", "scale", "attached")
    )
    start, end = m.start(), m.end()
    number_start = m.start("num") if num else m.start("word")
    tail = text[end : end + 20]
    lettered = bool(cur) and cur[:1].isalpha()
    if lettered and (cur not in t.currencies or not num):
        return None  # letters are a currency as written and before digits ("JD31", not "jd")
    # "USD 2.1 billion": what stands before lettered currency, not the letters, may make the
    # number an identifier (capitals right before a number are a model's name otherwise)
    if _identifier_before(text, m.start("cur") if lettered else number_start, t):
        return None
    if t.not_after_any.match(tail) if t.not_after_any else any(p.match(tail) for p in t.not_after):
        return None
    if num and not (qual or cur or scale) and t.service_number.match(text, number_start):
        return None  # "a 911 dispatch center": the number people call, not a count
    if _is_date_or_time(text, number_start, m.end("num") if num else m.end("word"), t):
        return None
    if num:
        number = number_value(num, text)
        if number is None or (YEAR_LIKE.fullmatch(num) and not (qual or cur or scale)):
            return None  # a year, or a decimal comma in English
        value = number
    else:
        spelled = " ".join(word.lower().split())
        if spelled in t.german_words and not german(text):
            return None
        value = Decimal(t.words[spelled])
        ones = _compound_ones(text, end, value, t)
        if ones is not None:  # "forty-two", "fifty-four million"
            value, end, scale = value + ones[0], ones[1], ones[2]
        if value == 1 and not scale:
            return None
    if scale:
        value *= t.scales[scale.lower()]
    dotted = bool(scale) and scale.lower() in t.dotted_scales and text.startswith(". ", end)
    unit, after, noun = _unit_after(text, end + 1 if dotted else end, cur, attached, t)
    if (noun and not _german_noun(noun, text, t)) or (dotted and not _currency(noun, t)):
        unit = None  # "zwölf wurden verletzt": a German noun is capitalised
    else:
        end = after  # "5 Mio. Euro": past the abbreviation's dot to the currency
    if _ambiguous_scale(scale, cur, unit, t):
        return None
    if unit is None and qual and not (cur or scale):
        unit, end = _part_of(text, end, t) or (unit, end)  # "at least nine of those"
    if unit is None and not (qual or cur or scale):
        share = _share_of(text, end, t) or _part_of(text, end, t)
        if share is not None:
            unit, end = share
        elif not (num and _GROUPED.fullmatch(num) and not german(text)) and not (
            num and _COMPARED.search(text, max(0, start - 20), start)
        ):  # "up from 11,960", "down from 78": a count, its noun elided
            return None  # a bare "12" may be anything
    if word and unit is None:
        return None
    parts = t.fractions.get(unit.lower()) if unit else None
    if parts and value < parts:  # "three-quarters" of something: a share, 75 percent
        value, unit = (value * 100 / parts).quantize(Decimal("0.01")), "percent"
    qualifier = t.qualifier_of[" ".join(qual.lower().split())] if qual else "exact"
    return _stated(value, unit, qualifier, Evidence.of(text, start, end))


# The number compared with: "64 murders, down from 78", "compared with 41 a year earlier".
_COMPARED = re.compile(r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+$", re.IGNORECASE)


_ONES = re.compile(r"-(one|two|three|four|five|six|seven|eight|nine)\b(?:[^\S\n]([a-z]+)\b)?", re.I)


def _compound_ones(text: str, end: int, tens: Decimal, t: Tables) -> tuple[int, int, str] | None:
    """The ones of a hyphenated number word after a tens word ("forty" + "-two"): their
    value, where the number ends and its scale word (empty when none)."""
    m = _ONES.match(text, end)
    if m is None or not (20 <= tens < 100 and tens % 10 == 0):
        return None
    scale = m.group(2) if m.group(2) and m.group(2).lower() in t.scales else None
    ones = t.words[m.group(1).lower()]
    return (ones, m.end(), scale) if scale else (ones, m.end(1), "")


@by_identity
def _unanchored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (opening with "^", and reading nothing before it) without the "^", to
    match at a position of the whole text instead of at the start of a copy of its end
    (a pattern written otherwise fails here, loudly, rather than match nothing)."""
    if not pattern.pattern.startswith("^") or "(?<" in pattern.pattern:
        raise ValueError(f"expected a pattern opening with '^' and no look-behind: {pattern!r}")
    return re.compile(pattern.pattern.removeprefix("^"), pattern.flags)


def _unit_after(
    text: str, end: int, cur: str | None, attached: str | None, t: Tables
) -> tuple[str | None, int, str | None]:
    """What the number ending at ``end`` counts, where that ends, and the noun it was read
    from (None when a currency sign, an attached unit or a percentage says it)."""
    if attached:
        # the pattern matches case-insensitively ("2f"); the table is keyed as written ("F")
        unit = t.attached.get(attached) or next(
            (u for key, u in t.attached.items() if key.lower() == attached.lower()), None
        )
        return unit, end, None
    pct = _unanchored(t.percent).match(text, end)  # as t.percent on text[end:]
    if pct and not cur:
        return "percent", pct.end(), None
    if cur:
        return t.currencies.get(cur), end, None  # keyed as written: "jd" is no currency
    noun, end = _unit(text, end, t)
    if noun and noun.lower() in t.weights and _OF.match(text[end : end + 5]):
        return noun.lower(), end, noun  # "475 pounds of cocaine" weighs, it is no sum
    if noun and noun.lower() in t.currency_words:
        return t.currency_words[noun.lower()], end, noun
    return noun, end, noun


def _ambiguous_scale(scale: str | None, cur: str | None, unit: str | None, t: Tables) -> bool:
    """A one-letter scale with no currency before something not counted: "5m" may be
    metres, while "1.2m jobs" counts things. "B" stands for billion only after a currency
    ("$1.2B"): "2B pencils" and "tier 1B drugs" are grades."""
    if not scale or len(scale) != 1 or not scale.isalpha() or cur:
        return False
    return scale.lower() in t.currency_only_scales or not _counts_things(unit, t)


def _stated(value: Decimal, unit: str | None, qualifier: str, ev: Evidence) -> dict[str, Any]:
    """The record's ``figures`` item."""
    return {
        "value": int(value) if value == value.to_integral_value() else float(value),
        "unit": unit,
        "qualifier": qualifier,
        "evidence": ev.as_json(),
        "method": "body",
    }


# What a range's opening word needs as its separator, and an "and" its opening word:
# "between … and", "zwischen … und", "from … to", "von … bis" ("3 to 5", "3 bis 5" and
# "3-5" need none).
_RANGE_WORDS = {
    "between": "and",
    "and": "between",
    "zwischen": "und",
    "und": "zwischen",
    "from": "to",
    "von": "bis",
}


def _range(text: str, m: re.Match[str], t: Tables) -> list[dict[str, Any]]:
    """ "between 3,000 and 5,000 people", "10-15 people", "40 to 60 per cent": an at_least
    and an at_most figure with the range as evidence (empty when it is not such a range)."""
    pre, sep = (m.group("pre") or "").lower(), m.group("sep").strip().lower()
    if _RANGE_WORDS.get(sep, pre) != pre or _RANGE_WORDS.get(pre, sep) != sep:
        return []
    lo_text, hi_text = m.group("lo"), m.group("hi")
    if YEAR_LIKE.fullmatch(lo_text):
        return []  # "2019-20 season", "1914 to 1918"
    if _is_date_or_time(text, m.start("lo"), m.end("hi"), t):
        return []
    cur = m.group("cur") or m.group("cur2")
    unit, end, noun = _unit_after(text, m.end(), cur, m.group("attached"), t)
    if (
        noun is not None
        and not pre  # "between 3,000 and 5,000 snow leopards" is a range whatever it counts
        and not _counts_things(noun, t)
        and not _german_plural(noun, text)
    ):
        return []  # "a 3-1 win", "the 9-11 commission"
    scale, lo_scale = m.group("scale"), m.group("loscale")
    if unit is None or _ambiguous_scale(scale, cur, unit, t):
        return []
    lo, hi = number_value(lo_text, text), number_value(hi_text, text)
    if lo is None or hi is None:
        return []
    hi *= t.scales[scale.lower()] if scale else 1
    lo *= t.scales[lo_scale.lower()] if lo_scale else t.scales[scale.lower()] if scale else 1
    if not lo < hi:
        return []
    ev = Evidence.of(text, m.start(), end)
    return [_stated(lo, unit, "at_least", ev), _stated(hi, unit, "at_most", ev)]


def _currency(word: str | None, t: Tables) -> bool:
    """Whether a word names a currency ("Euro", "Dollar", "EUR"); after "5 Mio." only a
    currency is taken as the unit, since a capitalised word may start a new sentence."""
    return word is not None and (
        word.lower() in t.currency_words or _CURRENCY_CODE.fullmatch(word) is not None
    )


def _german_noun(unit: str, text: str, t: Tables) -> bool:
    """False for a unit ending in a lower-case word in a German text, unless a unit symbol
    ("km"): German capitalises its nouns, so such words name nothing counted ("zwölf
    wurden verletzt"; "drei große Häuser" ends in one)."""
    last = unit.split()[-1]
    return not last[:1].islower() or last.lower() in t.attached_lower or not german(text)


def _german_plural(word: str, text: str) -> bool:
    """Whether ``word`` may count things in a German text ("10 bis 20 Häuser"): German
    plurals take many endings, so any capitalised noun may."""
    return word[:1].isupper() and german(text)


def find_figures(text: str) -> list[dict[str, Any]]:
    """Every figure in ``text`` in order (a range gives two: its bounds)."""
    t = tables()
    out = []
    ranges: list[tuple[int, int]] = []
    for m in folding.finditer(t.range_, text) if t.range_core.search(text) else ():
        cur = m.group("cur")  # capitals before "USD 2.1 and …" are the currency's, not a name's
        before = m.start("cur") if cur and cur[:1].isalpha() else m.start("lo")
        if _identifier_before(text, before, t):
            ranges.append((m.start(), m.end()))  # "§§ 8 bis 10": neither number is a figure
            continue
        found = _range(text, m, t)
        if found:
            out.extend(found)
            ranges.append((m.start(), found[0]["evidence"]["end"]))
    for m in folding.finditer(t.pattern, text):
        if any(m.start() < e and s < m.end() for s, e in ranges):
            continue
        fig = _figure(text, m, t)
        if fig is not None:
            out.append(fig)
    scores = [
        f
        for f in find_scores(text)  # "Nov. 18-19", "9-11 pm" are dates and times
        if not _is_date_or_time(text, f["evidence"]["start"], f["evidence"]["end"], t)
    ]
    if more := [*find_shares(text), *scores, *find_magnitudes(text), *find_tallies(text)]:
        taken = Spans((f["evidence"]["start"], f["evidence"]["end"]) for f in out)
        out.extend(
            f for f in more if not taken.overlaps(f["evidence"]["start"], f["evidence"]["end"])
        )
    out.sort(key=lambda f: f["evidence"]["start"])
    return _spread_periods(text, out, t)


# Between a figure and the "over" of the period it covers: a space and at most two words.
_SPREAD_GAP = re.compile(r"[^\S\n]+(?:[^\W\d]+[^\S\n]+){0,2}")


def _spread_periods(text: str, figures: list[dict[str, Any]], t: Tables) -> list[dict[str, Any]]:
    """``figures`` with "over five years" right after another figure ("rose 40 percent over
    five years") read as the exact period that figure covers, its evidence the period."""
    out: list[dict[str, Any]] = []
    before = -1  # where the figures so far end
    for fig in figures:
        ev = fig["evidence"]
        words = ev["quote"].split(maxsplit=1)
        if (
            fig["qualifier"] != "exact"
            and len(words) == 2
            and words[0].lower() in t.spread_qualifiers
            and str(fig["unit"]).lower() in t.spread_units
            and 0 <= before <= ev["start"]
            and _SPREAD_GAP.fullmatch(text, before, ev["start"])
        ):
            start = ev["end"] - len(words[1])
            fig = {
                **fig,
                "qualifier": "exact",
                "evidence": Evidence.of(text, start, ev["end"]).as_json(),
            }
        out.append(fig)
        before = max(before, ev["end"])
    return out


def analyse_figures(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """Figures with value, unit, qualifier and evidence."""
    return {"figures": find_figures(article.text)}
