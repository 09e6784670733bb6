"""Property tests: the reader and analysers never crash and every span is exact."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.analyse import analyse
from audit.analyse.segment import paragraphs, sentences
from audit.errors import InputError
from audit.ingest.text import decode, normalise
from audit.model import Article, Source
from audit.record import build
from audit.rules.record import iter_evidence
from audit.schema import violations

FRAGMENTS = (
    "Reuters|the New York Times|said|reported|according to|“|”|‘|’|\"|'|\n|\n\n|. |, |:|—|"
    "(AP) —|By |Written by |Source: |Monday, 18 November 2019|more than|7,000|403 pages|Mr Xi|"
    "did not respond|has denied|allegedly|Click Here:|Leave a Reply|© AP|[link](#)|\u200b|"
    "\u202e|e\u0301|🇺🇦|\t|  |A|z|1|%|<b>|&amp;"
)
NEWSY = st.sampled_from(FRAGMENTS.split("|"))
TEXTS = st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=600))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt")
    except InputError as err:
        assert str(err).startswith("fuzz.txt: ")
    else:
        assert isinstance(text, str)


@SETTINGS
@given(TEXTS)
def test_segments_are_exact(text: str) -> None:
    text = normalise(text)
    for segment in [*paragraphs(text), *sentences(text)]:
        assert text[segment.start : segment.end] == segment.text
        assert segment.text.strip() == segment.text != ""


@SETTINGS
@given(TEXTS)
def test_analysis_spans_are_exact_and_records_valid(text: str) -> None:
    text = normalise(text)
    if not text.strip():
        return
    article = Article(text, Source("file", "fuzz.txt", "2026-01-01T00:00:00Z", "text/plain"))
    record = build(article, analyse(article))
    assert record["text_sha256"] == hashlib.sha256(text.encode()).hexdigest()
    for pointer, ev in iter_evidence(record):
        assert 0 <= ev["start"] <= ev["end"] <= len(text), pointer
        assert text[ev["start"] : ev["end"]] == ev["quote"], pointer
    assert list(violations(record)) == []


def test_fuzzer_found_unit_case(tmp_path: object) -> None:
    """Regression: atheris input b"%\\xf2\\x86\\x7f" decoded to '2f"' and crashed figures."""
    from audit.analyse.figures import find_figures
    from audit.ingest import from_bytes

    for text in ('2f"', "It was 30f outside.", "Water boils at 212 F."):
        for figure in find_figures(text):
            ev = figure["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["quote"]
    article = from_bytes(b"\xf2\x86\x7f", "fuzz", "file", "2026-01-01T00:00:00Z", is_html=True)
    analyse(article)
