"""ATT001–ATT004 on records built from made-up articles, run through the check engine."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from audit.analyse import analyse
from audit.engine import Engine
from audit.ingest import from_bytes
from audit.jsonio import dumps
from audit.options import CheckOptions
from audit.record import build
from audit.rules.metadata import METADATA_RULES

BODY = (
    "The council voted on Tuesday to close the old bridge after engineers found cracks in "
    "two of its piers, officials said."
)
COMPLETE = (
    f"The Riverside Ledger\n\nTuesday 3 December 2019\n\nBridge closed\n\nBy Jane Doe\n\n{BODY}"
)
BARE = f"Bridge closed\n\n{BODY}"
UNCREDITED = (
    "Notes From the Delta\n\nTuesday 3 December 2019\n\nBridge closed\n\nThe files — which "
    f"have not been independently verified by the Financial Times — were leaked.\n\n{BODY}"
)
CREDITED = UNCREDITED + "\n\nSource: Financial Times"


def codes(tmp_path: Path, text: str) -> dict[str, list[str]]:
    article = from_bytes(text.encode(), "a.txt", "file", "2026-01-01T00:00:00Z", is_html=False)
    record = build(article, analyse(article))
    path = tmp_path / f"{record['id']}.json"
    path.write_text(dumps(record), encoding="utf-8")
    result = Engine(CheckOptions(select=("ATT", "REC"))).run([str(path)])
    found: dict[str, list[str]] = {}
    for finding in result.findings:
        found.setdefault(finding.code, []).append(finding.message)
    return found


def test_complete_header_raises_nothing(tmp_path: Path) -> None:
    assert codes(tmp_path, COMPLETE) == {}


def test_bare_article_lacks_outlet_date_and_byline(tmp_path: Path) -> None:
    found = codes(tmp_path, BARE)
    assert sorted(found) == ["ATT001", "ATT002", "ATT003"]


def test_uncredited_republication(tmp_path: Path) -> None:
    found = codes(tmp_path, UNCREDITED)
    assert "ATT004" in found
    assert "Financial Times' article" in found["ATT004"][0]
    assert "ATT004" not in codes(tmp_path, CREDITED)


@pytest.mark.parametrize("rule", METADATA_RULES, ids=lambda r: r.code)
def test_rule_documentation_is_complete(rule: type) -> None:
    doc = inspect.getdoc(rule) or ""
    for section in ("Why it matters:", "Fails:", "Passes:", "Options:"):
        assert section in doc, f"{rule.code} docstring lacks {section}"
    assert rule.code.startswith("ATT") and 1 <= int(rule.code[3:]) <= 19
