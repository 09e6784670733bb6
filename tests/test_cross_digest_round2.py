"""Shortcuts of the cross-source digest (round 2) give what the plain forms give.

Each reference below is the form a helper had before its shortcut; property tests
compare the two on quotation-like random texts.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.analyse.crosssource.lexicon import WORD, word_key
from audit.analyse.crosssource.quotes import _ELISION, GAP, QuoteWords, quote_words
from tests.test_cross_digest_speed import SETTINGS


def reference_quote_words(text: str) -> QuoteWords:
    """quote_words without its shortcut for quotations that hold no elision."""
    shown: list[str] = []
    keys: list[str] = []
    position = 0
    for match in [*_ELISION.finditer(text), None]:
        end = match.start() if match else len(text)
        words = WORD.findall(text, position, end)
        shown.extend(words)
        keys.extend(map(word_key, words))
        if match:
            shown.append("…")
            keys.append(GAP)
            position = match.end()
    return QuoteWords(tuple(shown), tuple(keys))


QUOTISH = st.lists(
    st.sampled_from(
        (
            *("We", "will", "rebuild", "Rebuilding", "bridges", "it's", "don’t", "x"),
            *(".", "..", "...", ". . .", ". .", "…", "[", "]", "[sic]", "[the party]"),
            *(" ", "  ", "\n", ",", "'", "’", "7", "İ", "Σ"),
        )
    ),
    max_size=40,
).map("".join)


@SETTINGS
@given(QUOTISH)
def test_quote_words_match_the_plain_form(text: str) -> None:
    assert quote_words(text) == reference_quote_words(text)


def test_quote_words_shortcut_and_elisions() -> None:
    assert quote_words("We rebuilt it.").keys == ("we", "rebuilt", "it")
    assert quote_words("We . . . rebuilt").shown == ("We", "…", "rebuilt")
    assert quote_words("We [the party] rebuilt").keys == ("we", GAP, "rebuilt")
