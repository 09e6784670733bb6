"""A page naming its site by its address ("Kelvora.org") is the site the text calls
"Kelvora"; "originally published in Norwegian" names a language, not the outlet this copy
republishes; "researchers report November 4 in the Journal of X" makes the journal the
origin. Texts and pages written for these tests."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.ingest import from_bytes
from audit.model import Article, Source

_SOURCE = Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain")
_PROSE = (
    "The agency will inspect the plant at Tarnvik before the end of the year, it said on "
    "Wednesday, after residents reported dead fish along the shore for a second month.\n\n"
)


def _fields(text: str) -> dict[str, Any]:
    return analyse(Article(text, _SOURCE))


def _page_outlet(site_name: str, body: str) -> dict[str, Any]:
    markup = (
        f'<html><head><meta property="og:site_name" content="{site_name}"></head><body>'
        f"<article><h1>Fjord leak shows the watchdogs are stretched</h1>{body}</article>"
        "</body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    outlet: dict[str, Any] = analyse(article)["outlet"]
    return outlet


_BODY = (
    "<p>Kelvora welcomes the inspection, but it is not enough, the group's adviser said on "
    "Thursday as fishermen filed a petition with the district court.</p>"
    "<p>Kelvora has asked the agency for all raw monitoring data from the plant and will "
    "publish what it receives, the adviser said, adding that the fjord deserved answers.</p>"
)


def test_a_site_named_by_its_address_is_called_as_its_text_calls_it() -> None:
    outlet = _page_outlet("Kelvora.org", _BODY)
    assert outlet["name"] == "Kelvora"
    assert outlet["evidence"]["quote"] == "Kelvora"


def test_an_address_the_text_writes_stays_the_name() -> None:
    body = _BODY + "<p>Read more at Kelvora.org every week.</p>"
    assert _page_outlet("Kelvora.org", body)["name"] == "Kelvora.org"


def test_a_country_spelt_by_the_address_is_no_site_name() -> None:
    body = "<p>Guatemala will vote in June. Guatemala has 17 million people, its census says.</p>"
    assert _page_outlet("Guatemala.com", body * 2)["name"] == "Guatemala.com"


def test_a_language_is_not_the_outlet_a_copy_republishes() -> None:
    text = (
        "Agency to inspect nickel plant\n\n"
        + _PROSE
        + "This article was originally published in Norwegian and has been translated by "
        "Polar Ledger News.\n"
    )
    assert _fields(text)["republication"] is None


def test_researchers_reporting_in_a_journal_make_it_the_origin() -> None:
    text = (
        "City bees carry more parasites\n\n"
        "Wild bumblebees in city parks were nearly twice as likely to carry a gut parasite, "
        "researchers report November 4 in the Journal of Pollinator Ecology.\n\n" + _PROSE
    )
    assert _fields(text)["attribution"]["origin"] == "Journal of Pollinator Ecology"
