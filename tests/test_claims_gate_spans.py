"""The claim rules search a sentence only for the cues whose words lie inside it: a cue
left out never matches that sentence searched alone (so findings cannot change)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.analyse.segment import Segment, paragraphs, sentences_in
from audit.rules.claim_support import (
    GATED_CUES,
    cue_paragraphs,
    cues_in,
    first_cue,
    first_match,
    sentence_cues,
)

WORDS = (
    "systematic|systematically|all part of|ALL PART OF|undeniable|clearly|no doubt|"
    "there is no doubt|without any doubt|beyond doubt|it is a fact|everyone knows|proves that|"
    "allegedly|accused|leaked|obtained|documents|reportedly|according to|said|İ|ı|ſ|"
    "leaked documents|obtained by|Leaked CCP files|was told by|told the|"
    " |  |\n|\n\n|. |, |“|”|A|z|is|of|part|all|doubt|no|Systematic abuse"
)
TEXTS = st.lists(
    st.one_of(st.sampled_from(WORDS.split("|")), st.text(max_size=6)), max_size=50
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.data())
def test_a_cue_left_out_of_a_span_does_not_match_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    span = Segment(start, end, text[start:end])
    for name in GATED_CUES:
        kept = sentence_cues(name, text, span)
        assert set(kept) <= set(cues_in(name, text))
        for pattern in cues_in(name, text):
            if pattern not in kept:
                assert pattern.search(span.text) is None, (name, pattern.pattern, span.text)


def test_a_span_keeps_the_cues_whose_words_it_holds() -> None:
    text = "It was systematic. Nothing else here. There is no doubt about it."
    first = Segment(0, 18, text[:18])
    middle = Segment(19, 37, text[19:37])
    strong = {p.pattern for p in sentence_cues("strong_claim_cues", text, first)}
    assert any("systematic" in p for p in strong)
    assert not any("doubt" in p for p in strong)
    assert sentence_cues("strong_claim_cues", text, middle) == ()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_first_cue_is_the_first_match_of_every_cue(text: str) -> None:
    for name in GATED_CUES:
        want = first_match(cues_in(name, text), text)
        got = first_cue(name, text)
        assert (got and (got.span(), got.re)) == (want and (want.span(), want.re))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_paragraphs_left_out_hold_no_sentence_a_cue_matches(text: str) -> None:
    every = [tuple(sentences_in(p)) for p in paragraphs(text)]
    for name in GATED_CUES:
        kept = [tuple(group) for group in cue_paragraphs(name, text)]
        assert all(group in every for group in kept)
        for group in every:
            if group not in kept:
                for sentence in group:
                    assert not any(p.search(sentence.text) for p in cues_in(name, text))
