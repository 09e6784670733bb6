"""Header lines that are no headline or byline: a labelled picture credit and the caption
beside it, an editor's note in brackets, a menu of regions written with commas, an editor
credited below the reporter; and a name closing a date line after a dash."""

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


def _title(text: str) -> str | None:
    value: str | None = _fields(text)["title"]["value"]
    return value


def _byline(text: str) -> list[str]:
    return [credit["name"] for credit in _fields(text)["byline"]]


def test_a_labelled_picture_credit_and_its_caption_are_no_headline() -> None:
    text = (
        f"Harbour Weekly\nHome\nNews\nPorts\nMarkets\n\n{_HEADLINE}\n\n"
        "Photo by: Kessel Port Authority\nThe northern quay at low tide\n\n"
        f"17th November 2026\n\nBy: Tessa Varga\n\n{_BODY}"
    )
    assert _title(text) == _HEADLINE


def test_an_editors_note_in_brackets_is_no_headline() -> None:
    text = (
        f"Harbour Wire\n\n(LEAD) {_HEADLINE}\n\n2026-11-18 17:06\n\n"
        "(ATTN: UPDATES with board vote in paras 1-2)\n\nBy Tessa Varga\n\n" + _BODY
    )
    assert _title(text) == f"(LEAD) {_HEADLINE}"


def test_a_menu_of_regions_with_commas_is_no_headline() -> None:
    regions = ["Edinburgh, Fife & East", "Glasgow & West", "NE, Orkney & Shetland", "South"]
    menu = "\n".join(["Scotland", "Scotland Politics", *regions, "Local News"])
    text = f"Kessel Broadcasting\nHome\nNews\nSport\n\n{menu}\n\n{_HEADLINE}\n\n{_BODY}"
    assert _title(text) == _HEADLINE


def test_an_editor_below_the_reporter_is_no_author() -> None:
    text = (
        f"{_HEADLINE}\n\n17th November 2026\n\nBy: Tessa Varga\nSenior Writer\n\n"
        f"Edited by: Oren Blake\nSub-Editor\n\n{_BODY}"
    )
    assert _byline(text) == ["Tessa Varga"]


def test_an_editor_alone_is_credited() -> None:
    text = f"{_HEADLINE}\n\nEdited by Oren Blake\nUpdated: November 20, 2026 10:47 pm\n\n{_BODY}"
    assert _byline(text) == ["Oren Blake"]


def test_a_name_after_a_dash_closing_a_date_line_is_the_author() -> None:
    text = f"{_HEADLINE}\n\nFri, Nov 20th 2026 01:38pm - Tessa Varga\n\n{_BODY}"
    assert _byline(text) == ["Tessa Varga"]


def test_a_section_or_a_time_after_a_dash_is_no_author() -> None:
    for tail in ("Politics & Policy", "5.00am"):
        text = f"{_HEADLINE}\n\nNov 16, 2026 - {tail}\n\n{_BODY}"
        assert _byline(text) == []
