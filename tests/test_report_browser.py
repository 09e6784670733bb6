"""The HTML report in a real browser: Debian's Chromium driven by Playwright.

Nothing downloads a browser: the tests use /usr/bin/chromium (installed by
scripts/install-system-deps.sh) and skip, saying so, when it is missing.
Screenshots of each article are written to test-artifacts/report/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from audit.jsonio import dumps
from audit.report.article import build_view
from audit.report.page import render

try:  # tests/ as a package (python -m pytest from the root) or as a plain folder
    from tests.report_fixtures import SEED_003, SEED_004, curated
except ModuleNotFoundError:
    from report_fixtures import SEED_003, SEED_004, curated

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "report"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="browser tests need Debian's Chromium at /usr/bin/chromium "
    "(run scripts/install-system-deps.sh)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # Playwright gives the browser a fresh temporary profile and removes it on close.
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Session:
    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def open_report(browser: Any) -> Iterator[Any]:
    contexts: list[Any] = []

    def opener(path: Path, width: int = 1280) -> Session:
        context = browser.new_context(viewport={"width": width, "height": 900})
        context.set_default_timeout(5000)
        contexts.append(context)
        page = context.new_page()
        session = Session(page)
        page.on(
            "console",
            lambda m: session.errors.append(m.text) if m.type in ("error", "warning") else None,
        )
        page.on("pageerror", lambda e: session.errors.append(str(e)))
        page.on("request", lambda r: session.requests.append(r.url))

        def on_dialog(dialog: Any) -> None:
            session.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        return session

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render(curated()), "utf-8")
    return path


def _anchor(record_id: str) -> str:
    ids = [r["id"] for r in curated()]
    return f"a{ids.index(record_id) + 1}"


_MARKS_JS = """() => {
  const out = {};
  for (const m of document.querySelectorAll('.text mark[data-hl]')) {
    const id = m.dataset.hl;
    out[id] = out[id] || {text: '', kind: m.dataset.kind};
    out[id].text += m.textContent;
  }
  return out;
}"""

_CHAIN_JS = """(anchor) => Array.from(
  document.querySelectorAll('#' + anchor + ' .chain > li'),
  li => Array.from(li.querySelectorAll('.hop-name'), n => n.textContent.trim()))"""


def test_report_loads_clean_and_offline(open_report: Any, fixture_report: Path) -> None:
    s = open_report(fixture_report)
    assert s.page.locator("article.article").count() == 5
    assert s.errors == []
    assert s.dialogs == []
    assert s.requests == [fixture_report.as_uri()]


def test_highlights_have_the_right_texts_and_kinds(open_report: Any, fixture_report: Path) -> None:
    s = open_report(fixture_report)
    shown = s.page.evaluate(_MARKS_JS)
    expected = {}
    for n, rec in enumerate(curated(), 1):
        for h in build_view(rec, f"a{n}", []).highlights:
            expected[h.hid] = {"text": rec["text"][h.start : h.end], "kind": h.kind}
    assert shown == expected
    spam = [
        v for k, v in shown.items() if k.startswith(_anchor(SEED_003) + "-") and v["kind"] == "spam"
    ]
    assert spam == [{"text": "Click Here: liverpool mens jersey", "kind": "spam"}]


def test_chain_diagrams_show_the_hops(open_report: Any, fixture_report: Path) -> None:
    s = open_report(fixture_report)
    assert s.page.evaluate(_CHAIN_JS, _anchor(SEED_004)) == [
        ["Commentary on Political Economy"],
        ["Financial Times"],
        ["The New York Times", "International Consortium of Investigative Journalists"],
        ["two leaked caches of internal Chinese Communist party documents"],
    ]
    chain_003 = s.page.evaluate(_CHAIN_JS, _anchor(SEED_003))
    assert chain_003[1] == ["The New York Times"]
    # A hop's evidence link leads to its passage in the text and opens the note.
    a = _anchor(SEED_004)
    link = s.page.locator(f"#{a} .hop[data-hop='The New York Times'] a.ev").first
    target = link.get_attribute("href")[1:]
    link.click()
    # hashchange fires asynchronously: let Playwright wait for its effect.
    expect(s.page.locator(f"#{target}")).to_be_focused()
    expect(s.page.locator(f"#{target}-note")).to_be_visible()
    assert "New York Times" in s.page.locator(f"#{target}").text_content()


def test_notes_open_and_close_with_the_keyboard(open_report: Any, fixture_report: Path) -> None:
    s = open_report(fixture_report)
    page = s.page
    a = _anchor(SEED_003)
    spam = page.locator(f"#{a} .text mark[data-kind='spam'][role='button']")
    hid = spam.get_attribute("id")
    note = page.locator(f"#{hid}-note")
    previous = page.locator(f"#{a} .text mark[role='button']")
    ids = [previous.nth(i).get_attribute("id") for i in range(previous.count())]
    # Tab from the highlight before reaches the spam highlight.
    page.focus(f"#{ids[ids.index(hid) - 1]}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == hid
    assert not note.is_visible()
    page.keyboard.press("Enter")
    assert note.is_visible() and spam.get_attribute("aria-expanded") == "true"
    assert "spam" in note.text_content().lower() and "Why it matters" in note.text_content()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(f"#{a} .reading").screenshot(path=str(ARTIFACTS / "note-open-003.png"))
    page.keyboard.press("Escape")
    assert not note.is_visible() and spam.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.id") == hid
    page.keyboard.press(" ")
    assert note.is_visible()
    page.keyboard.press(" ")
    assert not note.is_visible()
    assert s.errors == []


def test_screenshot_of_every_article(open_report: Any, fixture_report: Path) -> None:
    s = open_report(fixture_report)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for n, rec in enumerate(curated(), 1):
        shot = ARTIFACTS / f"{rec['id']}.png"
        s.page.locator(f"#a{n}").screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
    s.page.locator("#compare").screenshot(path=str(ARTIFACTS / "compare.png"))


def test_print_layout_shows_every_note(open_report: Any, fixture_report: Path) -> None:
    s = open_report(fixture_report)
    s.page.emulate_media(media="print")
    notes = s.page.locator(".note")
    assert notes.count() > 0
    hidden = s.page.evaluate(
        "Array.from(document.querySelectorAll('.note')).filter("
        "n => getComputedStyle(n).display === 'none').length"
    )
    assert hidden == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    s.page.pdf(path=str(ARTIFACTS / "report.pdf"))


# --- hostile text -----------------------------------------------------------------

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    '"><svg onload=window.__pwned=3>',
    "javascript:window.__pwned=4",
    '</mark></div><iframe src="javascript:parent.__pwned=5"></iframe>',
    '<a href="javascript:window.__pwned=6" id="evil">click</a>',
    "<style>body{display:none}</style><!--",
    '<base href="http://evil.invalid/"><meta http-equiv="refresh" content="0;url=http://evil.invalid/">',
    "'\" onmouseover='window.__pwned=7' x=\"{{ 7*7 }}</textarea></title><b",
]
HOSTILE = " ".join(PAYLOADS)


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "quote": part}


def hostile_record() -> dict[str, Any]:
    """A schema-valid record with a payload in every free-text field."""
    import hashlib

    text = f"{HOSTILE}\n\n{PAYLOADS[0]} said {PAYLOADS[1]}.\n\n{PAYLOADS[5]} {PAYLOADS[2]}"
    sp = _span(text, PAYLOADS[0])
    return {
        "schema_version": 1,
        "id": "hostile-record",
        "source": {
            "kind": "url",
            "location": 'https://example.invalid/"onmouseover="window.__pwned=8',
            "retrieved": "2020-01-01T00:00:00Z",
            "media_type": "text/html",
        },
        "text": text,
        "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
        "title": {"value": HOSTILE, "evidence": _span(text, HOSTILE), "method": "curator"},
        "outlet": {
            "name": PAYLOADS[1],
            "kind": "blog",
            "evidence": _span(text, PAYLOADS[1]),
            "method": "curator",
            "reason": PAYLOADS[2],
        },
        "published": {
            "date": None,
            "time": None,
            "not_before": None,
            "evidence": None,
            "method": "none",
            "reason": PAYLOADS[6],
        },
        "byline": [{"name": PAYLOADS[5], "evidence": _span(text, PAYLOADS[5])}],
        "republication": {"original_outlet": PAYLOADS[3], "evidence": [_span(text, PAYLOADS[3])]},
        "attribution": {
            "chain": [
                {
                    "name": PAYLOADS[4],
                    "kind": "newspaper",
                    "relation": "reports",
                    "asserted_by": "self",
                    "evidence": [_span(text, PAYLOADS[4])],
                },
                {
                    "name": PAYLOADS[7],
                    "kind": "unknown",
                    "relation": "cites",
                    "asserted_by": PAYLOADS[4],
                    "evidence": [_span(text, PAYLOADS[7])],
                },
            ],
            "origin": PAYLOADS[8],
            "origin_reason": PAYLOADS[0],
            "primary_material": {"description": PAYLOADS[6], "evidence": [sp]},
        },
        "caveats": [
            {"kind": "hedge", "stated_by": PAYLOADS[2], "evidence": _span(text, PAYLOADS[8])}
        ],
        "quotes": [{"text": PAYLOADS[1], "speaker": PAYLOADS[0], "evidence": sp}],
        "figures": [{"value": 7, "unit": PAYLOADS[3], "qualifier": "about", "evidence": sp}],
        "flags": [
            {
                "code": "SPM999",
                "kind": "spam_link",
                "category": "spam",
                "confidence": "low",
                "evidence": _span(text, PAYLOADS[6]),
                "status": "dismissed",
                "reason": PAYLOADS[5],
            }
        ],
        "review": {"status": "reviewed", "by": PAYLOADS[1], "at": None, "notes": PAYLOADS[0]},
    }


def _assert_inert(s: Session, out: Path) -> None:
    """Poke every interactive element, then prove no payload ran, loaded or broke the page."""
    page = s.page
    for i in range(page.locator("mark[role='button']").count()):
        page.locator("mark[role='button']").nth(i).click()
    for i in range(page.locator("a.ev").count()):
        page.locator("a.ev").nth(i).click()
    page.locator(".f-source").first.hover()
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert s.dialogs == []
    assert s.errors == []
    assert all(url.startswith(out.as_uri()) for url in s.requests), s.requests
    assert page.locator("iframe, img, svg, base, [onerror], [onload], [onmouseover]").count() == 0
    assert page.locator("script").count() == 1
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.evaluate("getComputedStyle(document.body).display") != "none"


def test_hostile_text_never_executes(
    open_report: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from audit.cli import main
    from audit.schema import violations

    record = hostile_record()
    assert list(violations(record)) == []
    (tmp_path / "hostile-record.json").write_text(dumps(record), "utf-8")
    # The raw-article path too: an HTML page and a text file full of payloads.
    (tmp_path / "page.html").write_text(
        f"<html><head><title>{PAYLOADS[0]}</title></head><body><article><h1>Evil &lt;b&gt;"
        f"</h1><p>{json.dumps(HOSTILE)} &lt;script&gt;window.__pwned=9&lt;/script&gt; "
        "and more text to make it an article. " * 5 + "</p></article></body></html>",
        "utf-8",
    )
    (tmp_path / "story.txt").write_text(f"Headline {HOSTILE}\n\n{HOSTILE}\n", "utf-8")
    out = tmp_path / "hostile.html"
    assert main(["report", str(tmp_path), "-o", str(out)]) == 0, capsys.readouterr().err
    s = open_report(out)
    _assert_inert(s, out)
    page = s.page
    # The page still renders, showing the payloads as text.
    assert page.locator("article.article").count() == 3
    hostile = page.locator("article[data-record='hostile-record']")
    assert hostile.locator("h2").text_content() == HOSTILE
    assert hostile.locator(".f-outlet").text_content().startswith(PAYLOADS[1])
    assert PAYLOADS[4] in hostile.locator(".chain").text_content()
    assert hostile.locator(".text").text_content() == record["text"]
    assert "{{ 7*7 }}" in hostile.locator(".text").text_content()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    hostile.screenshot(path=str(ARTIFACTS / "hostile.png"))


def test_hostile_findings_and_comparison_never_execute(open_report: Any, tmp_path: Path) -> None:
    from audit.findings import Confidence, Finding, Related, Severity
    from audit.model import Evidence

    record = hostile_record()
    other = curated()[0]
    span = Evidence.of(record["text"], 0, len(PAYLOADS[0]))
    finding = Finding(
        code="XSC997",
        name=PAYLOADS[1],
        severity=Severity.WARNING,
        confidence=Confidence.LOW,
        message=HOSTILE,
        record_id=record["id"],
        evidence=span,
        related=(Related(other["id"], evidence=Evidence.of(other["text"], 0, 5), note=HOSTILE),),
    )
    local = Finding(
        code="ATT998",
        name=PAYLOADS[5],
        severity=Severity.INFO,
        confidence=Confidence.LOW,
        message=HOSTILE,
        record_id=record["id"],
        evidence=Evidence.of(record["text"], 2, 30),
    )
    out = tmp_path / "hostile-compare.html"
    out.write_text(render([record, other], [finding, local]), "utf-8")
    s = open_report(out)
    _assert_inert(s, out)
    sides = s.page.locator(".discrepancy .side")
    assert sides.count() == 2
    assert sides.first.locator("mark").text_content() == PAYLOADS[0]
    assert HOSTILE in s.page.locator(".discrepancy .message").text_content()
    assert HOSTILE in s.page.locator(".findings").text_content()
    assert PAYLOADS[1] in s.page.locator(".compare-table").text_content()  # the outlet cell
