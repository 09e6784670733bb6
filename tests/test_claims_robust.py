"""The claims analysers never crash and their spans always hold, whatever the text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.analyse.attribution import analyse_attribution
from audit.analyse.caveats import analyse_caveats
from audit.analyse.figures import analyse_figures
from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Evidence, Source
from tests.claims_support import fixture_registry

PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "'",
    "„",
    "«",
    "»",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    " ",
    "—",
    "said",
    "he said",
    "according to",
    "the Times",
    "the newspaper",
    "obtained by",
    "The New York Times",
    "Reuters",
    "Mr Xi",
    "Xi Jinping",
    "more than",
    "1,000",
    "403",
    "pages",
    "million",
    "2019",
    "did not",
    "verified",
    "denied",
    "allegedly",
    "who",
]


def _spans(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        if set(node) == {"start", "end", "quote"}:
            return [node]
        return [s for v in node.values() for s in _spans(v)]
    if isinstance(node, list):
        return [s for v in node for s in _spans(v)]
    return []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40))
def test_never_crash_and_spans_hold(parts: list[str]) -> None:
    reg = fixture_registry()
    with pytest.MonkeyPatch.context() as mp:
        from audit.analyse import outlets

        mp.setattr(outlets, "registry", lambda: reg)
        text = " ".join(parts)
        article = Article(text, Source("stdin", "-", "x", "text/plain"))
        for analyser in (analyse_attribution, analyse_caveats, analyse_quotes, analyse_figures):
            for ev in _spans(analyser(article, {})):
                assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(text)


def test_long_run_on_text_stays_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from audit.analyse import outlets

    reg = fixture_registry()
    monkeypatch.setattr(outlets, "registry", lambda: reg)
    text = "Ann Lee, " * 6000 + 'said "x" and Reuters reported more than 5 people, he said '
    text = text * 2
    article = Article(text, Source("stdin", "-", "x", "text/plain"))
    started = time.monotonic()
    for analyser in (analyse_attribution, analyse_caveats, analyse_quotes, analyse_figures):
        analyser(article, {})
    assert time.monotonic() - started < 20
