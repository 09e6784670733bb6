"""Every title, outlet, date, byline and republication in seeds/expected.json is found.

Each seed goes through ``audit.ingest.load`` and ``audit.analyse.analyse`` as ``provaudit
ingest`` does. Note on ``published_not_before``: for seeds 002 and 003 expected.json gives
2019-11-16, which comes from cross-source reasoning (other records' origin dates, issue 5);
a single article cannot establish it, so here only "date is null, with a reason" is required.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import pytest

from audit.analyse import analyse
from audit.ingest import load
from audit.ingest.fetch import FetchLimits
from audit.model import Evidence


def _shared() -> Path | None:
    for folder in Path(__file__).resolve().parents:
        if (folder / "shared" / "seeds" / "expected.json").is_file():
            return folder / "shared"
    return None


SHARED = _shared()
pytestmark = pytest.mark.skipif(SHARED is None, reason="shared/seeds not available")
EXPECTED: dict[str, Any] = (
    json.loads((SHARED / "seeds" / "expected.json").read_text(encoding="utf-8"))["articles"]
    if SHARED
    else {}
)


@pytest.fixture(scope="module")
def analysed() -> dict[str, tuple[str, dict[str, Any]]]:
    assert SHARED is not None
    out = {}
    # load() takes FetchLimits (or, in older trees, a byte cap) as its third argument.
    third = list(inspect.signature(load).parameters)[2]
    limit: Any = FetchLimits(max_bytes=1 << 22) if third == "limits" else 1 << 22
    for name in EXPECTED:
        article = load(str(SHARED / "seeds" / name), "2026-01-01T00:00:00Z", limit)
        out[name] = (article.text, analyse(article))
    return out


def _holds(text: str, evidence: dict[str, Any] | None) -> None:
    if evidence is not None:
        assert Evidence(evidence["start"], evidence["end"], evidence["quote"]).holds_in(text)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_title(name: str, analysed: dict[str, tuple[str, dict[str, Any]]]) -> None:
    text, fields = analysed[name]
    assert fields["title"]["value"] == EXPECTED[name]["title"]
    _holds(text, fields["title"]["evidence"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outlet(name: str, analysed: dict[str, tuple[str, dict[str, Any]]]) -> None:
    text, fields = analysed[name]
    outlet, expected = fields["outlet"], EXPECTED[name]["outlet"]
    assert (outlet["name"], outlet["kind"]) == (expected["name"], expected["kind"])
    if outlet["name"] is None:
        assert outlet["reason"], "a null outlet must say why"
    else:
        assert outlet["evidence"] is not None
        _holds(text, outlet["evidence"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_published(name: str, analysed: dict[str, tuple[str, dict[str, Any]]]) -> None:
    text, fields = analysed[name]
    published, expected = fields["published"], EXPECTED[name]["published"]
    assert published["date"] == expected
    if expected is None:
        assert published["reason"], "a null date must say why"
        bound = published["not_before"]
        wanted = EXPECTED[name].get("published_not_before")
        if bound is not None and wanted is not None:
            assert bound <= wanted, "not_before may only be weaker than the cross-source bound"
    else:
        _holds(text, published["evidence"])
        assert published["evidence"]["quote"], "a stated date carries its span"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_byline(name: str, analysed: dict[str, tuple[str, dict[str, Any]]]) -> None:
    text, fields = analysed[name]
    assert [b["name"] for b in fields["byline"]] == EXPECTED[name]["byline"]
    for entry in fields["byline"]:
        _holds(text, entry["evidence"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_republication(name: str, analysed: dict[str, tuple[str, dict[str, Any]]]) -> None:
    text, fields = analysed[name]
    republication, expected = fields["republication"], EXPECTED[name]["republication_of"]
    if expected is None:
        assert republication is None
        return
    assert republication["original_outlet"] == expected
    assert republication["evidence"]
    for evidence in republication["evidence"]:
        _holds(text, evidence)
