"""A record's text read once gives what reading it again for each helper gave.

Each reference below is the plain form a helper had before it reused one reading of the
text (tokens, offsets, a sentence's features); property tests compare the two on
news-like random texts, with the odd letters that lower-case to other lengths or forms.
"""

from __future__ import annotations

import pickle
import re
from dataclasses import fields, replace

import lz4.block
from hypothesis import given
from hypothesis import strategies as st

from audit.analyse.crosssource.digest import Digest, digest, story_keys
from audit.analyse.crosssource.figures import (
    _YEAR,
    EventContext,
    SentenceWords,
    _numbers_by_tokens,
    event_context,
    numbers_in,
)
from audit.analyse.crosssource.lexicon import WORD, content, lexicon, stem, tokens, word_key
from audit.analyse.crosssource.packed import _CLASSES, _DISPATCH, hashed_keys, key_hash, pack
from audit.analyse.crosssource.quotes import QuoteWords
from audit.pickling import dumps, field_table
from tests.cross_fixtures import filled_records
from tests.test_cross_digest_speed import SETTINGS, TEXTS, reference_numbers

ODD = st.sampled_from(
    ["Σ", "ΟΔΟΣ", "ΑΣ:Β", "ς", "İstanbul", "\u212aelvin", "in Paris", "at the Grand"]
)
SENTENCES = st.lists(st.one_of(TEXTS, ODD), max_size=4).map(" ".join)


def reference_places(sentence: str) -> set[str]:
    lex = lexicon()
    found: set[str] = set()
    words = WORD.findall(sentence)
    for i, word in enumerate(words[:-1]):
        if word.lower() not in lex.place_prepositions:
            continue
        for after in words[i + 1 : i + 4]:
            if after[:1].isupper():
                lower = after.lower()
                if lower not in lex.entity_stopwords and lower not in lex.months:
                    found.add(lower)
                break
            if not after.isalpha():
                break
    return found


def reference_context(sentence: str, offset: int, window: int = 8) -> EventContext:
    lex = lexicon()
    words = tokens(sentence)
    before = len(tokens(sentence[:offset]))
    near = content(words[max(0, before - window) : before + window + 2])
    return EventContext(
        window=frozenset(map(word_key, near)),
        venues=frozenset(stem(w) for w in words if w in lex.venues),
        kinds=frozenset(stem(w) for w in words if w in lex.event_kinds),
        places=frozenset(reference_places(sentence)),
        years=frozenset(int(y) for y in _YEAR.findall(sentence)),
        outcomes=frozenset(lex.outcomes[w] for w in words if w in lex.outcomes),
    )


@SETTINGS
@given(SENTENCES, st.integers(min_value=0, max_value=300))
def test_event_context_matches_the_reference(sentence: str, offset: int) -> None:
    offset = min(offset, len(sentence))
    assert event_context(sentence, offset) == reference_context(sentence, offset)


@SETTINGS
@given(SENTENCES)
def test_sentence_words_are_the_tokens_and_where_they_start(sentence: str) -> None:
    read = SentenceWords(sentence)
    assert read.words == tokens(sentence)
    assert read.starts == [m.start() for m in WORD.finditer(sentence)]


def test_one_reading_serves_every_figure_of_a_sentence() -> None:
    sentence = "Police said 31 people died and 140 were hurt in the blast at a market in Kunming."
    read = SentenceWords(sentence)
    for number in ("31", "140"):
        offset = sentence.index(number)
        assert read.context(offset) == reference_context(sentence, offset)
    assert read.context(sentence.index("140")).window != read.context(0).window
    assert re.search("market", sentence) and read.venues == {"market"}


NUMBERISH = st.lists(
    st.sampled_from(
        (
            *("seven", "Seven", "SEVEN", "million", "Million", "hundred", "one", "someone"),
            *("ten", "often", "dozen", "twenty's", "million'", "o’", "'s", "7's"),
            *("7", "12", "1,234", "1.5", ".5", "3,", "٣", "²", "9_", "x", "_", "s", "-"),
            *("'", "’", "''", ", ", ". ", " ", "\n", "İ", "\u212a"),
        )
    ),
    max_size=30,
).map("".join)


@SETTINGS
@given(NUMBERISH)
def test_numbers_found_as_substrings_match_the_tokens(text: str) -> None:
    assert numbers_in(text) == _numbers_by_tokens(text)
    assert numbers_in(text) == reference_numbers(text)


def test_numbers_at_the_edges_of_the_text_and_of_tokens() -> None:
    assert numbers_in("seven") == {"7"}
    assert numbers_in("Seven million") == {"7", "7e+06"}
    assert numbers_in("o'seven 7's x7 one'") == {"7", "1"}  # "one'" is the token "one"
    assert numbers_in("o’seven million, 7's million; x'7 million") == {"7"}  # no base
    assert numbers_in("3,000, hundred") == {"3e+03", "3", "0", "100"}  # 000 hundred


def reference_hashed_keys(d: Digest) -> bytes:
    values = sorted({key_hash(k) for k in story_keys(d)})
    return b"".join(v.to_bytes(8, "little", signed=True) for v in values)


def test_hashed_keys_are_every_key_hash_sorted_once() -> None:
    records = filled_records()
    assert records
    for record in records:
        d = digest(record, record["id"])
        assert len(story_keys(d)) > 10
        assert hashed_keys(d) == reference_hashed_keys(d)
    empty = replace(d, entities=frozenset(), figures=(), quotes=())
    assert story_keys(empty) == set() and hashed_keys(empty) == b""
    one = replace(empty, entities=frozenset({"xinjiang"}))
    assert hashed_keys(one) == key_hash("e:xinjiang").to_bytes(8, "little", signed=True)


@SETTINGS
@given(
    st.lists(st.sampled_from(["", "\x00", "\x01", "a\x01b", "word", "…", "O’Brien"]), max_size=6),
    st.lists(st.text(max_size=4), max_size=6),
)
def test_joined_words_pack_back_exactly(shown: list[str], window: list[str]) -> None:
    words = QuoteWords(tuple(shown), tuple(reversed(shown)))
    context = EventContext(
        frozenset(window),
        frozenset(),
        frozenset({"x"}),
        frozenset(),
        frozenset({2019}),
        frozenset(),
    )
    for value in (words, context):
        back = pickle.loads(dumps(value, _DISPATCH))
        assert back == value and type(back) is type(value)
        assert all(
            type(getattr(back, f.name)) is type(getattr(value, f.name)) for f in fields(value)
        )


def test_joined_words_make_the_blob_smaller() -> None:
    d = digest(filled_records()[0], "x")
    plain = len(lz4.block.compress(dumps(d, field_table(_CLASSES))))
    assert len(pack(d).blob) < plain and pack(d).unpack() == d
