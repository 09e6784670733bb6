"""How a text writes its numbers: which language its common words are in, whether dots
or commas group thousands, and the value of a number as written there."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from audit.analyse import leading

# A decimal comma ("3,5", "1.234,56"): read in a text whose common words are not English,
# or in English that writes its decimals so (see :func:`comma_decimals`).
_DECIMAL_COMMA = re.compile(r"\d+(?:[.\s]\d{3})*,\d{1,2}")
# English written with decimal commas and thousands grouped by spaces, as in southern
# Africa: "N$12,4 million", "38 000" (never a comma before three digits: "1,200").
_COMMA_BEFORE_SCALE = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}\s(?:million|billion|trillion|bn|m)\b")
_SPACE_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}[ \u00a0\u202f]\d{3}(?![\d,.]?\d)")
_SPACES = re.compile(r"\s")  # no-break and thin spaces are white space too
# Thousands grouped with dots ("20.000", "1.200.000"), as German, French or Spanish write them.
_DOT_GROUPED = re.compile(r"\b\d{1,3}(?:\.\d{3})+(?![.,]?\d)")
_COMMA_GROUPED = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
# Common words, matched whole and with case: a text's count of one list is the number of
# its runs of word characters (what lies between two ``\b``) that the list holds.
# German function words that English, French, Spanish, Portuguese and Polish texts do not
# use ("das" and "den" are Portuguese and Danish, "von" opens names), and the ones that open
# German sentences capitalised ("Die", "Ein"), so that two short sentences are read too.
_GERMAN = frozenset(
    "der die und nicht mit sich ist sind wird werden wurde wurden dem eine auch für nach"  # noqa: SIM905
    " bei oder aber noch zum zur vom im beim ein einen einem einer eines zu auf bis sie"
    " wir ich haben dass als wie aus über durch gegen zwischen"
    " Der Die Ein Eine Sie Wir Ich Im Nach Bei Auch".split()
)
_NOT_ENGLISH = frozenset(
    "der die das und nicht mit sich le les des et est une el los las que del il che".split()  # noqa: SIM905
)
_ENGLISH = frozenset("the and of to is was with that".split())  # noqa: SIM905
_RUN = re.compile(r"\w+")  # a run of word characters


@lru_cache(maxsize=8)
def _counts(text: str) -> tuple[int, int, int]:
    """How many German, English and other not English common words ``text`` holds: its
    runs of word characters that each list holds ("der-Text" holds the run "der")."""
    runs = _RUN.findall(text)
    return (
        sum(map(_GERMAN.__contains__, runs)),
        sum(map(_ENGLISH.__contains__, runs)),
        sum(map(_NOT_ENGLISH.__contains__, runs)),
    )


def number_value(digits: str, text: str) -> Decimal | None:
    """The value of a number as written in ``text``: commas group thousands; dots do when
    there are several ("1.200.000") or when the text writes numbers that way ("20.000"). In
    a text that is not English, a comma before one or two digits is a decimal comma ("3,5");
    None for such a number in English."""
    if _DECIMAL_COMMA.fullmatch(digits):
        if not not_english(text) and not comma_decimals(text):
            return None
        return Decimal(_SPACES.sub("", digits).replace(".", "").replace(",", "."))
    if digits.count(".") > 1 or (dots_group_thousands(text) and _DOT_GROUPED.fullmatch(digits)):
        return Decimal(digits.replace(".", ""))
    # "10’000" (Swiss), "38 000"
    return Decimal(_SPACES.sub("", digits).replace(",", "").replace("’", "").replace("'", ""))


@lru_cache(maxsize=8)
def comma_decimals(text: str) -> bool:
    """Whether an English text writes decimal commas: "12,4 million" or thousands grouped
    with spaces ("38 000"), and no thousands grouped with commas."""
    if _found(_COMMA_GROUPED, text):
        return False
    return bool(_COMMA_BEFORE_SCALE.search(text) or _SPACE_GROUPED.search(text))


@lru_cache(maxsize=8)
def not_english(text: str) -> bool:
    """Whether the text's common words are mostly not English ones (or German ones)."""
    german_words, english, other = _counts(text)
    return other > english or german_words > english


@lru_cache(maxsize=8)
def german(text: str) -> bool:
    """Whether the text's common words are mostly German ones."""
    german_words, english, _ = _counts(text)
    return german_words > english


@lru_cache(maxsize=8)
def dots_group_thousands(text: str) -> bool:
    """Whether the text groups thousands with dots: it writes "20.000" and no "20,000", and
    its common words are not English (an English "2.500" is a decimal)."""
    if not _found(_DOT_GROUPED, text) or _found(_COMMA_GROUPED, text):
        return False
    return not_english(text)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches in ``text``, searched through its leading twin (which
    matches exactly where it does, skipping to digits instead of testing ``\\b`` everywhere)."""
    return (leading.twin(pattern) or pattern).search(text) is not None
