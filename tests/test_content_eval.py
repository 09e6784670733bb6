"""The measured floors of the content detectors (bench/eval_content.py), pinned.

Seeds: every expected content flag found, no legitimate line flagged as spam. Corpus
(trafilatura-eval, extracted with boilerplate kept): recall on the "without" snippets
and the share of "with" snippets flagged, over all pages and over the held-out half (pages
the detectors were not tuned on; see bench/eval_content.py). Raise the floors when the
detectors improve; never lower them silently.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import load_bench

RECALL_FLOOR = 0.88
FALSE_POSITIVE_CEILING = 0.005
COMMENTS_FLOOR = 0.45
HELD_OUT_RECALL_FLOOR = 0.79
HELD_OUT_FALSE_POSITIVE_CEILING = 0.01
# The whole visible page (menus, footers, teasers): a harder, secondary measurement.
FULL_RECALL_FLOOR = 0.70
FULL_FALSE_POSITIVE_CEILING = 0.03


BENCH = load_bench("eval_content")
SHARED = BENCH.find_shared()


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not available")
def test_seeds_every_content_flag_found_and_no_spam_false_positive() -> None:
    result = BENCH.eval_seeds(SHARED)
    assert result["misses"] == []
    assert result["found"] == result["expected"] > 0
    assert result["spam_false_positives"] == []


@pytest.fixture(scope="session")
def corpus_result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    cache = tmp_path_factory.mktemp("content-corpus")
    texts = BENCH.extract_corpus(SHARED, cache, None)
    result: dict[str, Any] = BENCH.eval_corpus(SHARED, texts)
    return result


@pytest.mark.skipif(
    not (SHARED / "corpus" / "trafilatura-eval").is_dir(), reason="corpus not available"
)
def test_corpus_floors(corpus_result: dict[str, Any]) -> None:
    assert corpus_result["without_present"] >= 100
    assert corpus_result["recall"] >= RECALL_FLOOR
    assert corpus_result["false_positive_rate"] <= FALSE_POSITIVE_CEILING
    comments = corpus_result["comments_flagged"] / max(1, corpus_result["comments_present"])
    assert comments >= COMMENTS_FLOOR


@pytest.mark.skipif(
    not (SHARED / "corpus" / "trafilatura-eval").is_dir(), reason="corpus not available"
)
def test_corpus_floors_on_the_held_out_half(corpus_result: dict[str, Any]) -> None:
    halves = corpus_result["halves"]
    assert sum(h["pages"] for h in halves.values()) == corpus_result["pages"]
    held_out = halves["held-out"]
    assert held_out["without_present"] >= 40
    assert held_out["recall"] >= HELD_OUT_RECALL_FLOOR
    assert held_out["false_positive_rate"] <= HELD_OUT_FALSE_POSITIVE_CEILING


def test_halves_are_fixed_by_file_name() -> None:
    assert BENCH.half("a.html") == BENCH.half("a.html")
    names = [f"page-{i}.html" for i in range(200)]
    dev = sum(BENCH.half(n) == "dev" for n in names)
    assert 70 <= dev <= 130  # about half, by hash


@pytest.mark.skipif(
    not (SHARED / "corpus" / "trafilatura-eval").is_dir(), reason="corpus not available"
)
def test_corpus_floors_on_whole_pages(tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = tmp_path_factory.mktemp("content-corpus-full")
    texts = BENCH.extract_corpus(SHARED, cache, None, "full")
    result = BENCH.eval_corpus(SHARED, texts)
    assert result["without_present"] >= 500
    assert result["recall"] >= FULL_RECALL_FLOOR
    assert result["false_positive_rate"] <= FULL_FALSE_POSITIVE_CEILING
