"""Header lines read as the blind sets showed them: a menu bar in sentence case, a
podcast's promo, a caption closing with its labelled credit between the standfirst and the
credits, a writer's name above the outlet and the date, a role of any words after a comma,
and a second writer's line opening with "And"."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.model import Article, Source

_SOURCE = Source("file", "test", "2026-01-01T00:00:00Z", "text/plain")
_BODY = (
    "The harbour board voted on Monday to close the northern quay for repairs, ending a "
    "decade of delays that had cost the port about 2 million in lost fees.\n\n"
    '"We waited long enough," said Mara Quill, who chairs the board.\n'
)
_HEADLINE = "Quay closure ends a decade of delays at the northern docks"


def _fields(text: str) -> dict[str, Any]:
    return analyse(Article(text, _SOURCE))


def test_a_sentence_case_menu_and_a_podcast_promo_are_no_headline() -> None:
    text = (
        "Yle News\nFront page | Finland | World | Politics | Culture | Podcasts\n"
        "Listen to All Points North\n\n"
        f"{_HEADLINE}\n\n"
        "The board says the repairs will take a year. Shipping lines say they were not told.\n\n"
        "The northern quay at low tide. Image: Aino Virtanen / Yle\n\n"
        f"Elina Saarnio\nYle News\n18.11.2026 13:05\n\n{_BODY}"
    )
    fields = _fields(text)
    assert fields["title"]["value"] == _HEADLINE
    assert [credit["name"] for credit in fields["byline"]] == ["Elina Saarnio"]
    assert fields["published"]["date"] == "2026-11-18"


def test_a_role_of_any_words_after_a_comma_is_no_headline() -> None:
    text = (
        f"Harbour Weekly\n\n{_HEADLINE}\n\n"
        f"Anders Holmqvist, Nordic Correspondent\nNovember 20, 2026\n\n{_BODY}"
    )
    fields = _fields(text)
    assert fields["title"]["value"] == _HEADLINE
    assert [credit["name"] for credit in fields["byline"]] == ["Anders Holmqvist"]


def test_a_second_writer_on_a_line_opening_with_and_is_a_byline() -> None:
    text = (
        f"Harbour Weekly\n\n{_HEADLINE}\n\n"
        "BY TESSA CAMPBELL-BROWN\nSenior staff reporter\ncampbellt@harbourweekly.example\n\n"
        "AND DWAYNE MORLEY\nstaff reporter\n\nThursday, November 19, 2026\n\n"
        f"{_BODY}"
    )
    names = [credit["name"] for credit in _fields(text)["byline"]]
    assert [n.lower() for n in names] == ["tessa campbell-brown", "dwayne morley"]


def test_a_line_opening_with_and_without_a_byline_above_is_no_byline() -> None:
    text = f"Harbour Weekly\n\n{_HEADLINE}\n\nAnd Then There Were None\n\n{_BODY}"
    assert _fields(text)["byline"] == []
