"""The figure finder's tables: its lexicon (audit/lexicon/figures.yaml) compiled once into
the patterns and word sets :mod:`audit.analyse.figures` reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.analyse import lexicons

# A number that reads as a year ("1998", "2024") when nothing else makes it a quantity.
YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
# A number as written: dot- or comma-grouped thousands, Swiss apostrophes, decimals.
DIGITS = (
    r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[’']\d{3})+"
    # thousands grouped with (thin or no-break) spaces: "38 000", "1 200 head of cattle"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\d.,]\d)"
    r"|\d+(?:\.\d{3})*,\d{1,2}|\d+(?:\.\d+)?"
)


@dataclass(frozen=True, slots=True)
class Tables:
    pattern: re.Pattern[str]
    qualifier_of: dict[str, str]
    words: dict[str, int]
    scales: dict[str, int]
    attached: dict[str, str]
    currencies: dict[str, str]
    currency_words: dict[str, str]
    percent: re.Pattern[str]
    months: re.Pattern[str]
    stop: frozenset[str]
    plurals: frozenset[str]
    not_after: tuple[re.Pattern[str], ...]
    not_before: tuple[re.Pattern[str], ...]
    range_: re.Pattern[str]
    fractions: dict[str, int]
    prefixes: frozenset[str]
    weights: frozenset[str]
    german_words: frozenset[str]
    attached_lower: frozenset[str]
    dotted_scales: frozenset[str]
    currency_only_scales: frozenset[str]
    german_stop: frozenset[str]
    spread_qualifiers: frozenset[str]
    spread_units: frozenset[str]
    range_core: re.Pattern[str]
    not_after_any: re.Pattern[str] | None
    not_before_any: re.Pattern[str] | None
    service_number: re.Pattern[str]


@cache
def tables() -> Tables:
    data = lexicons.load("figures")
    qualifier_of = {
        " ".join(p.lower().split()): kind
        for kind, phrases in data["qualifiers"].items()
        for p in phrases
    }
    german = {k.lower(): int(v) for k, v in data["german_number_words"].items()}
    words = {k.lower(): int(v) for k, v in data["number_words"].items()} | german
    scales = {k.lower(): int(v) for k, v in data["scales"].items()}
    currencies = {str(k): str(v) for k, v in data["currencies"].items()}
    guarded = {str(k): str(v) for k, v in data["guarded_currencies"].items()}
    qual = lexicons.words_trie(list(qualifier_of))
    num_words = lexicons.words_trie(list(words))
    scale = lexicons.words_trie(list(scales))
    cur = "|".join(re.escape(c) for c in sorted(currencies, key=len, reverse=True))
    letters = "|".join(re.escape(c) for c in sorted(guarded, key=len, reverse=True))
    # "R50,000", "R1 600", "R1.1 billion", "R12,4 million": a guarded currency only before
    # separators or a scale word
    separated = r"\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?![\d,])"
    cur += rf"|(?:{letters})(?=\s?(?:{separated}|\d+(?:[.,]\d+)?(?:\s|-(?=\w\w))?(?:{scale})\b))"
    # "CFA45": letters written against the number are a currency, spaced they are guarded
    attached_only = {str(k): str(v) for k, v in data["attached_currencies"].items()}
    if attached_only:
        joined = "|".join(re.escape(c) for c in sorted(attached_only, key=len, reverse=True))
        cur += rf"|(?:{joined})(?=\d)"
    currencies |= guarded | attached_only
    attached_units = {str(k): str(v) for k, v in data["attached_units"].items()}
    attached = "|".join(re.escape(u) for u in sorted(attached_units, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w.,$£€¥₹-])(?:(?P<qual>{qual})\s+)?(?:(?P<cur>{cur})\s?)?"
        rf"(?:(?P<num>{DIGITS})|(?P<word>{num_words}))(?![\d,]\d)"
        # "R38-million", as South African papers write a sum (a hyphen before a scale word,
        # never before a one-letter one: "100-m sprint"); a scale is never a model's letter
        # ("12 B-52 bombers")
        rf"(?:(?:\s|-(?=\w\w))?(?P<scale>{scale})(?!-\d)|(?P<attached>{attached}))?(?![\w])",
        re.IGNORECASE,
    )
    percent = re.compile(rf"^\s?(?:{lexicons.words_trie(data['percent_words'])})(?!\w)", re.I)
    range_ = re.compile(
        rf"(?<![\w.,$£€¥₹-])(?:(?P<pre>between|from|zwischen|von)\s+)?(?:(?P<cur>{cur})\s?)?"
        rf"(?P<lo>{DIGITS})(?:\s?(?P<loscale>{scale}))?"
        rf"\s?(?P<sep>[-–—]|\s(?:to|and|bis|und)\s)\s?(?:(?P<cur2>{cur})\s?)?"
        rf"(?P<hi>{DIGITS})(?![\d,]\d)(?:\s?(?P<scale>{scale})|(?P<attached>{attached}))?(?![\w])",
        re.IGNORECASE,
    )
    # What every range holds, from the low number's last digit to the high one's first: a
    # text without it has no range, and the range pattern (a dear search) need not run.
    range_core = re.compile(
        rf"\d(?:\s?(?:{scale}))?\s?(?:[-–—]|\s(?:to|and|bis|und)\s)\s?(?:(?:{cur})\s?)?\d",
        re.IGNORECASE,
    )
    months = re.compile(rf"(?:{lexicons.words_trie(data['month_names'])})\.?", re.IGNORECASE)
    return Tables(
        pattern,
        qualifier_of,
        words,
        scales,
        attached_units,
        currencies,
        {k.lower(): v for k, v in data["currency_words"].items()},
        percent,
        months,
        frozenset(w.lower() for w in data["unit_stopwords"]),
        frozenset(w.lower() for w in data["irregular_plurals"]),
        lexicons.compiled(tuple(data["not_figure_after"])),
        lexicons.compiled(tuple(data["not_figure_before"])),
        range_,
        {k.lower(): int(v) for k, v in data["fraction_words"].items()},
        frozenset(w.lower() for w in data["unit_prefixes"]),
        frozenset(w.lower() for w in data["weight_currency_words"]),
        frozenset(german),
        frozenset(u.lower() for u in attached_units),
        frozenset(w.lower() for w in data["dotted_scales"]),
        frozenset(w.lower() for w in data["currency_only_scales"]),
        frozenset(w.lower() for w in data["german_unit_stopwords"]),
        frozenset(w.lower() for w in data["spread_over_qualifiers"]),
        frozenset(w.lower() for w in data["spread_over_units"]),
        range_core,
        lexicons.any_of(lexicons.compiled(tuple(data["not_figure_after"]))),
        lexicons.any_of(lexicons.compiled(tuple(data["not_figure_before"]))),
        re.compile(
            rf"(?:{'|'.join(map(re.escape, data['service_numbers']))})"
            rf"\s+(?:{lexicons.words_trie(data['service_number_nouns'])})\b",
            re.IGNORECASE,
        ),
    )
