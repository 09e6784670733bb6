"""Header and outlet mentions from set 41: a sign-up pitch above the headline is furniture,
"the Australian seafood company" names no newspaper, and "Name | SITE" above the date line
is a byline without the site."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.analyse.mentions import outlet_mentions
from audit.model import Article, Source

_SOURCE = Source("file", "test", "2026-01-01T00:00:00Z", "text/plain")
_BODY = (
    "The harbour board voted on Monday to close the northern quay for repairs, ending a "
    "decade of delays that had cost the port about 2 million in lost fees.\n\n"
    '"We waited long enough," said Mara Quill, who chairs the board.\n'
)


def _fields(text: str) -> dict[str, Any]:
    return analyse(Article(text, _SOURCE))


def test_a_sign_up_pitch_above_the_headline_is_furniture() -> None:
    text = (
        "Harbour Ledger\nNews  Politics  Ports  Podcasts  Donate\n\n"
        "Get your news from a source that answers to readers. Sign up for the free Harbour "
        "Ledger Daily.\n\nPorts\nQuay closure ends a decade of delays at the northern docks\n"
        "The board's vote settles a long fight over repairs.\n\nTessa Varga\n"
        "November 20, 2026\n\n" + _BODY
    )
    fields = _fields(text)
    assert fields["title"]["value"] == "Quay closure ends a decade of delays at the northern docks"
    assert [b["name"] for b in fields["byline"]] == ["Tessa Varga"]
    assert fields["published"]["date"] == "2026-11-20"


def test_the_adjective_is_no_newspaper() -> None:
    text = "It is the Scottish arm of the Australian seafood company Quellmar, listed on the "
    text += "Australian stock exchange. The Australian reported the sale last year."
    names = [(m.name, m.surface) for m in outlet_mentions(text)]
    assert names == [("The Australian", "The Australian")]


def test_the_paper_by_its_lower_case_name_is_still_named() -> None:
    for sentence in (
        "The deal was first reported by the Australian on Tuesday.",
        "A spokesman told the Independent that the talks had ended.",
        "The figures were published in the Australian newspaper.",
    ):
        assert outlet_mentions(sentence), sentence


def test_a_name_and_the_site_after_a_bar_is_a_byline() -> None:
    text = (
        "HLT | Harbour Ledger Television\nHome   Ports   Politics\n\n"
        "'We waited long enough': Quay closure ends a decade of delays\n\n"
        "Tessa Varga-Lindqvist | HLT\nPublished November 18, 2026 at 5:02 p.m. EST\n\n" + _BODY
    )
    fields = _fields(text)
    assert [b["name"] for b in fields["byline"]] == ["Tessa Varga-Lindqvist"]
    assert fields["title"]["value"].startswith("'We waited long enough'")


def test_he_after_a_doctor_opening_the_sentence_is_the_doctor() -> None:
    text = (
        "Quay closure ends a decade of delays\n\nBy Jane Roe\n\n"
        'Quellmar Freight described the figures as "speculative".\n\n'
        "Dr Fergus Tallon, a port engineer, reviewed the logs. He said the pattern was "
        '"consistent with neglect".\n'
    )
    quotes = {q["evidence"]["quote"]: q["speaker"] for q in _fields(text)["quotes"]}
    assert quotes["consistent with neglect"] == "Fergus Tallon"


def _chain_names(body: str) -> list[str]:
    text = f"Grant money went to consultants\n\nBy Jane Roe\n\n{body}\n"
    return [hop["name"] for hop in _fields(text)["attribution"]["chain"]]


def test_a_hyphenated_paper_is_named_whole() -> None:
    body = "The contracts were obtained by the Harbour Sun-Times through a records request."
    assert _chain_names(body) == ["Harbour Sun-Times"]


def test_a_short_name_takes_the_full_name_written_before() -> None:
    body = (
        "A Harbour Sun-Times investigation published Sunday found the money went to two "
        "firms.\n\nThe Sun-Times reported that the senator's cousin ran one of them."
    )
    assert _chain_names(body) == ["Harbour Sun-Times"]
