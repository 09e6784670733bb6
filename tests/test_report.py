"""The HTML report without a browser: content, explanations, safety headers, the command."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from audit.cli import main
from audit.findings import Confidence, Finding, Related, Severity
from audit.model import Evidence
from audit.report import compare, explain
from audit.report.article import build_view
from audit.report.page import render
from audit.schema import violations

try:  # tests/ as a package (python -m pytest from the root) or as a plain folder
    from tests.report_fixtures import SEED_001, SEED_003, SEED_004, curated, ev, load
except ModuleNotFoundError:
    from report_fixtures import SEED_001, SEED_003, SEED_004, curated, ev, load

ROOT = Path(__file__).resolve().parent.parent


def _by_id(rid: str) -> dict[str, object]:
    return next(r for r in curated() if r["id"] == rid)


def test_fixtures_are_valid_records() -> None:
    for rec in curated():
        assert list(violations(rec)) == [], rec["id"]


def test_chain_of_004_in_columns() -> None:
    view = build_view(_by_id(SEED_004), "a1", [])
    names = [[hop.name for hop in col] for col in view.chain]
    assert names == [
        ["Financial Times"],
        ["The New York Times", "International Consortium of Investigative Journalists"],
    ]
    assert [hop.asserted_by for hop in view.chain[1]] == ["Financial Times"] * 2
    assert view.chain[1][0].is_origin
    assert view.primary is not None and view.primary.links
    for col in view.chain:
        for hop in col:
            for link in hop.links:
                assert link.hid.startswith("a1-h")
                assert _by_id(SEED_004)["text"][link.highlight.start : link.highlight.end] == (
                    link.quote
                )


def test_scorecard_lines_show_evidence_or_what_is_missing() -> None:
    lines = {line.criterion: line for line in build_view(_by_id(SEED_003), "a1", []).scorecard}
    assert list(lines) == [
        "Named outlet",
        "Byline",
        "Date",
        "Original source credited",
        "Caveats stated",
        "Response of the accused sought",
        "Free of spam and residue",
    ]
    assert not lines["Named outlet"].met and lines["Named outlet"].summary.startswith("Missing")
    assert not lines["Date"].met and "no date stated" in lines["Date"].summary
    assert lines["Original source credited"].met
    assert "The New York Times" in lines["Original source credited"].summary
    assert lines["Response of the accused sought"].met
    spam = lines["Free of spam and residue"]
    assert not spam.met and "spam ×1" in spam.summary and "boilerplate ×2" in spam.summary
    assert any(link.quote == "Click Here: liverpool mens jersey" for link in spam.links)
    # The stored record, with nothing analysed yet, says what is missing on every line.
    empty = build_view(load(SEED_003), "a1", []).scorecard
    assert [line.met for line in empty] == [False] * 6 + [True]


def test_dismissed_flags_do_not_count_against_the_article() -> None:
    rec = _by_id(SEED_003)
    for f in rec["flags"]:  # type: ignore[attr-defined]
        f["status"], f["reason"] = "dismissed", "false alarm"
    view = build_view(rec, "a1", [])  # type: ignore[arg-type]
    assert view.scorecard[-1].met
    assert all(h.dismissed for h in view.highlights if h.kind in ("spam", "boilerplate"))


def test_explanations_come_from_rule_docstrings_with_fallback() -> None:
    name, why = explain.rule_explanation("REC003")
    assert name == "text-hash-mismatch"
    assert why is not None and why.startswith("Every span, quote and finding points into the text")
    assert explain.rule_explanation("ZZZ999") == (None, None)
    assert explain.flag_explanation("ZZZ999", "spam") == explain.kind_explanation("spam")
    assert explain.flag_explanation("ZZZ999", "new_category")  # never empty
    doc = "Summary.\n\n    Why it matters:\n        one\n        two\n\n    Fails:\n        x\n"
    assert explain.docstring_section(doc, "Why it matters") == "one two"
    assert explain.docstring_section(doc, "Options") is None


def test_broken_evidence_is_reported_not_highlighted() -> None:
    rec = _by_id(SEED_003)
    rec["quotes"][0]["evidence"]["quote"] = "something else"  # type: ignore[index]
    view = build_view(rec, "a1", [])  # type: ignore[arg-type]
    assert any("/quotes/0" in p for p in view.problems)
    assert all(h.quote == rec["text"][h.start : h.end] for h in view.highlights)  # type: ignore[index]


def _hash(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_page_is_self_contained_with_a_strict_policy() -> None:
    html = render(curated())
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert found is not None
    policy = unescape(found.group(1))
    assert "default-src 'none'" in policy
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    assert style and script
    assert f"'sha256-{_hash(style.group(1))}'" in policy
    assert f"'sha256-{_hash(script.group(1))}'" in policy
    assert html.count("<script") == 1 and html.count("<style") == 1
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in style.group(1)


def test_several_articles_table_and_side_by_side_discrepancy() -> None:
    records = curated()
    r1, r3 = _by_id(SEED_001), _by_id(SEED_003)
    a = ev(r1["text"], "killed 31 people")  # type: ignore[arg-type]
    b = ev(r3["text"], "killed 31 people")  # type: ignore[arg-type]
    finding = Finding(
        code="XSC998",
        name="figure-event-mismatch",
        severity=Severity.WARNING,
        confidence=Confidence.MEDIUM,
        message="31 deaths tied to two different attacks",
        record_id=SEED_001,
        evidence=Evidence(a["start"], a["end"], a["quote"]),
        related=(Related(SEED_003, evidence=Evidence(b["start"], b["end"], b["quote"])),),
    )
    columns, rows = compare.table(records)
    assert len(rows) == 5 and columns
    html = render(records, [finding])
    section = html[html.index('id="compare"') :]
    assert section.count('class="side"') == 2
    assert "train station in southwestern China" in section  # context of record 001
    assert "a market in Urumqi" in section  # context of record 003
    assert section.count('<mark class="span">killed 31 people</mark>') == 2


def test_report_command_over_the_stored_records(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(ROOT / "records"), "-o", str(out)]) == 0
    html = out.read_text("utf-8")
    assert html.count('<article class="article"') == 5
    assert 'id="compare"' in html


def test_report_command_ingests_raw_articles(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("A headline\n\nSome text of the story, said nobody.\n", "utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(article), "-o", str(out), "--no-check"]) == 0
    assert "Some text of the story" in out.read_text("utf-8")


def test_a_source_that_cannot_be_read_is_listed_and_the_rest_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "story.txt"
    article.write_text("A headline\n\nSome text of the story, said nobody.\n", "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(article), str(empty), "-o", str(out), "--no-check"]) == 2
    html = out.read_text("utf-8")
    assert "Some text of the story" in html
    assert "Not in this report" in html and f"<code>{empty}</code>: empty input" in html
    assert f"not in the report: {empty}: empty input" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no such file"),
        ("invalid", "not a valid record"),
        ("broken", "not a valid record"),
        ("nofolder", "folder to write into does not exist"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, message: str
) -> None:
    record = tmp_path / "r.json"
    out = tmp_path / "r.html"
    shutil.copy(ROOT / "records" / f"{SEED_003}.json", record)
    if setup == "missing":
        record = tmp_path / "nothing.json"
    elif setup == "invalid":
        record.write_text('{"id": "x"}', "utf-8")
    elif setup == "broken":
        record.write_text('{"id": ', "utf-8")
    else:
        out = tmp_path / "no" / "r.html"
    assert main(["report", str(record), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_comparison_uses_audit_compare_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    import audit

    def fake(records: list[dict[str, object]]) -> pd.DataFrame:
        return pd.DataFrame({"id": [r["id"] for r in records], "n": [None] * len(records)})

    monkeypatch.setattr(audit, "compare", fake, raising=False)
    columns, rows = compare.table(curated())
    assert columns == ["id", "n"]
    assert rows[0] == [curated()[0]["id"], ""]


def test_republication_missing_from_the_chain_is_drawn_first() -> None:
    rec = _by_id(SEED_004)
    rec["attribution"]["chain"] = rec["attribution"]["chain"][1:]  # type: ignore[index]
    view = build_view(rec, "a1", [])  # type: ignore[arg-type]
    assert [[hop.name for hop in col] for col in view.chain][:2] == [
        ["Financial Times"],
        ["The New York Times", "International Consortium of Investigative Journalists"],
    ]
    credited = view.scorecard[3]
    assert credited.summary.startswith("republishes Financial Times; cites The New York Times")
    assert len({link.hid for link in credited.links}) == len(credited.links)


def test_one_box_per_outlet_and_column() -> None:
    rec = _by_id(SEED_003)
    chain = rec["attribution"]["chain"]  # type: ignore[index]
    text = rec["text"]  # type: ignore[index]
    chain.append(
        {
            "name": "The New York Times",
            "kind": "newspaper",
            "relation": "obtained",
            "asserted_by": "self",
            "evidence": [ev(text, "leaked to the New York Times")],
        }
    )
    view = build_view(rec, "a1", [])  # type: ignore[arg-type]
    assert [[hop.name for hop in col] for col in view.chain] == [["The New York Times"]]
    hop = view.chain[0][0]
    assert hop.relation == "relays the reporting of; obtained the material"
    assert len({link.hid for link in hop.links}) == len(hop.links) == 2


def test_findings_grouped_by_code_worst_first() -> None:
    rec = _by_id(SEED_003)

    def finding(code: str, severity: Severity, quote: str | None) -> Finding:
        span = ev(rec["text"], quote) if quote else None  # type: ignore[arg-type]
        return Finding(
            code=code,
            name=code.lower(),
            severity=severity,
            confidence=Confidence.LOW,
            message=f"about {quote}",
            record_id=SEED_003,
            evidence=Evidence(span["start"], span["end"], span["quote"]) if span else None,
        )

    findings = [
        finding("ATT777", Severity.INFO, "Many human rights groups"),
        finding("REC003", Severity.ERROR, None),
        finding("ATT777", Severity.INFO, "the most widespread"),
    ]
    view = build_view(rec, "a1", findings)  # type: ignore[arg-type]
    groups = view.finding_groups
    assert [(code, len(members)) for code, _, members in groups] == [("REC003", 1), ("ATT777", 2)]
    assert groups[0][1].startswith("Every span")  # the rule's "Why it matters"
    marks = [mark for _, mark in groups[1][2]]
    assert all(m is not None and m.kind == "attribution" for m in marks)
    assert [m.quote for m in marks if m] == ["Many human rights groups", "the most widespread"]


def test_folders_skip_hidden_entries(tmp_path: Path) -> None:
    shutil.copy(ROOT / "records" / f"{SEED_003}.json", tmp_path / "a.json")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "junk.json").write_text("[1, 2]", "utf-8")
    out = tmp_path / "r.html"
    for _ in range(2):  # the second run must not read the first report as an article
        assert main(["report", str(tmp_path), "-o", str(out), "--no-check"]) == 0
        assert out.read_text("utf-8").count('<article class="article"') == 1


@pytest.mark.parametrize(
    ("value", "shown"),
    [(1000000, "1,000,000"), (95000000.0, "95,000,000"), (0.405, "0.405"), (10**30, "1e+30")],
)
def test_figures_are_written_as_readers_write_them(value: float, shown: str) -> None:
    from audit.report.article import _number

    assert _number(value) == shown


def _scorecard_of(text: str, tmp_path: Path) -> dict[str, str]:
    article = tmp_path / "story.txt"
    article.write_text(text, "utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(article), "-o", str(out), "--no-check"]) == 0
    html = out.read_text("utf-8")
    rows = re.findall(
        r'<th scope="row">([^<]+)</th>\s*<td class="verdict">.*?</span> ([^<]+)</td>', html
    )
    return dict(rows)


def test_a_scorecard_criterion_that_asks_nothing_of_the_article_is_not_applicable(
    tmp_path: Path,
) -> None:
    card = _scorecard_of(
        "Harbour reopens after storm\n\nBy Jane Doe\n\n12 March 2026\n\n"
        "The harbour reopened on Tuesday. “We are back in business,” said harbourmaster "
        "Tom Bell.\n",
        tmp_path,
    )
    assert card["Response of the accused sought"] == "not applicable"
    assert card["Original source credited"] == "not applicable"  # own reporting, quoting Bell


def test_an_allegation_without_a_response_fails_the_scorecard_line(tmp_path: Path) -> None:
    card = _scorecard_of(
        "Factory report\n\nBy Jane Doe\n\n12 March 2026\n\n"
        "The documents reveal abuses by the Acme Corporation in its overseas plants.\n",
        tmp_path,
    )
    assert card["Response of the accused sought"] == "no"
    assert card["Original source credited"] == "no"  # nobody quoted, no outlet relayed
