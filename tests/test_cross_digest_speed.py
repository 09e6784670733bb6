"""The faster digest helpers give exactly what the plain algorithms they replace give.

Each reference below is the straightforward form of a helper (the one it had before it
was made faster); property tests compare the two on news-like random texts.
"""

from __future__ import annotations

import bisect
import importlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.analyse.crosssource.dates import _FOLD, _pattern, _report_phrases
from audit.analyse.crosssource.figures import numbers_in
from audit.analyse.crosssource.lexicon import lexicon, tokens, value_key
from audit.analyse.segment import sentences

FRAGMENTS = (
    "Reuters|the New York Times|said|“|”|‘|’|\"|'|\n|\n\n|\n \n|. |, |:|—|! |? |Mr. |U.S. |"
    "seven|million|7 million|one billion|thousand|7,000|1.5|12|2019|²|٣|0|Xinjiang|"
    "Uighur|XINJIANG|O’Brien|McDonald|A|z|1|%|e\u0301|\t|  |Mr Xi|ten|hundred|said on |"
    "SAID ON |ſaid |reported last |Reported |wrote |on |last |Monday|FRIDAY|frıday|Frİday|"
    "yesterday|TODAY|today.|sunday\u00a0|İ|ı|ſ|\u212a"
)
TEXTS = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS.split("|")), st.text(max_size=8)), max_size=80
).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The package exports the function ``digest``, which hides the module of that name.
digest_module = importlib.import_module("audit.analyse.crosssource.digest")
RECORDS = sorted((Path(__file__).resolve().parents[1] / "records").glob("*.json"))


def reference_numbers(text: str) -> frozenset[str]:
    lex = lexicon()
    found: set[float] = set()
    for match in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        found.add(float(match.group(0).replace(",", "")))
    words = tokens(text)
    for i, word in enumerate(words):
        base: float | None = None
        if word in lex.number_words:
            base = lex.number_words[word]
        elif word.isdecimal():
            base = float(word)
        if base is None:
            continue
        found.add(float(base))
        if i + 1 < len(words) and words[i + 1] in lex.multipliers:
            found.add(float(base) * lex.multipliers[words[i + 1]])
    return frozenset(value_key(v) for v in found)


def reference_entities(text: str, outlets: set[str]) -> list[str]:
    stop = lexicon().entity_stopwords | outlets
    counts: Counter[str] = Counter()
    for match in re.finditer(r"[A-Z][\w'’-]+", text):
        before = text[max(0, match.start() - 2) : match.start()].strip()
        if not before or before[-1] in '.!?\n“"‘:':
            continue
        word = match.group(0).lower().replace("’", "'")
        if word not in stop and len(word) > 2:
            counts[word] += 1
    return [word for word, _ in counts.most_common(digest_module._MAX_ENTITIES)]


def reference_sentence(text: str, offset: int) -> tuple[int, int] | None:
    spans = sentences(text)
    position = bisect.bisect_right([s.start for s in spans], offset) - 1
    if position >= 0 and spans[position].end >= offset:
        return spans[position].start, spans[position].end
    return None


@SETTINGS
@given(TEXTS)
def test_numbers_match_the_reference(text: str) -> None:
    assert numbers_in(text) == reference_numbers(text)


def test_numbers_read_words_multipliers_and_odd_digits() -> None:
    found = numbers_in("About 7,000 people, seven million others; 3 billion; area 5 m ² (٣).")
    assert {"7e+03", "7e+06", "3e+09", "5", "3"} <= found
    assert numbers_in("9" * 400 + " million") == frozenset({"inf"})  # no overflow crash


@SETTINGS
@given(TEXTS)
def test_entities_match_the_reference(text: str) -> None:
    expected = reference_entities(text, {"reuters"})
    assert digest_module._entities(text, {"reuters"}) == frozenset(expected)


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=400))
def test_sentence_lookup_matches_whole_text_search(text: str, offset: int) -> None:
    offset = min(offset, len(text))
    found = digest_module._Sentences(text).at(offset)
    assert (found and (found.start, found.end)) == reference_sentence(text, offset)


def test_sentence_lookup_on_the_bundled_records() -> None:
    assert RECORDS
    for path in RECORDS:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        lookup = digest_module._Sentences(text)
        for offset in range(0, len(text), 7):
            found = lookup.at(offset)
            assert (found and (found.start, found.end)) == reference_sentence(text, offset)


@SETTINGS
@given(TEXTS)
def test_report_phrases_match_the_case_insensitive_pattern(text: str) -> None:
    def found(matches: Iterator[re.Match[str]]) -> list[tuple[int, int, bool, str]]:
        # The fast scan reads its words from the folded text ("frıday" -> "friday", as the
        # next test shows): compare the words folded the same way.
        return [
            (m.start(), m.end(), bool(m.group(1)), m.group(2).translate(_FOLD).lower())
            for m in matches
        ]

    assert found(_report_phrases(text)) == found(_pattern().finditer(text))


def test_report_phrases_fold_the_letters_that_match_without_case() -> None:
    text = "The paper ſaid on FRIDAY, Reuters reported last frıday and it wrote yesterday."
    assert [m.group(2) for m in _report_phrases(text)] == ["friday", "friday", "yesterday"]


def test_every_dataclass_of_a_digest_pickles_as_field_values() -> None:
    from dataclasses import fields, is_dataclass

    from audit.analyse.crosssource.packed import _CLASSES, pack
    from tests.cross_fixtures import filled_records

    seen: set[type] = set()

    def walk(node: object) -> None:
        if is_dataclass(node) and not isinstance(node, type):
            seen.add(type(node))
            for f in fields(node):
                walk(getattr(node, f.name))
        elif isinstance(node, tuple | list | frozenset | set):
            for item in node:
                walk(item)

    for record in filled_records():
        d = digest_module.digest(record, record["id"])
        walk(d)
        assert pack(d).unpack() == d
    assert seen and seen <= set(_CLASSES)
