"""A page's menu and language switcher copied with wide gaps between their links
("Kazakhstan   World   Politics", "ҚАЗ | РУС | ENG | 中文") are no headline; a writer's
bare name over their role ("Aigerim Tulegenova / Correspondent") or under the date and
the story's tags with the outlet and its places ("Eka Roe, Lilit Poe, Ostvale Herald,
Tbilisi–Yerevan") is the byline; "By Ostvale Herald in Nation on 18 November 2026"
credits the outlet alone. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields, byline_names

_BODY = (
    "PAVLODAR – Heat supply has been restored to 186 of the 212 apartment buildings in "
    "Kemertau that were left without heating after a main pipeline burst late on Sunday, the "
    "regional governor said at a briefing on Tuesday.\n\n"
    "The breach occurred on a section of the main that had been scheduled for replacement "
    "in 2024, the governor said, adding that the work had been postponed twice.\n"
)
_TITLE = "Heating restored to 186 apartment blocks after main pipeline breach"


def test_a_menu_and_switcher_set_apart_by_gaps_are_no_headline() -> None:
    text = (
        "Skip to main content\nOstvale News Agency\n"
        "ҚАЗ | РУС | ENG | 中文 | عربي | TÜRK\n"
        "Kazakhstan   World   Politics   Economy   Society   Regions   Special projects\n"
        f"Search\n\nRegions\n17 November 2026, 14:05\n\n{_TITLE}\n\n"
        f"Aigerim Tulegenova\nCorrespondent\n\n{_BODY}"
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == _TITLE
    assert byline_names(fields, text) == ["Aigerim Tulegenova"]


@pytest.mark.parametrize("switcher", ["Eng   Рус   ქარ   Հայ   Aze", "LT | EN | RU | UA"])
def test_language_switchers(switcher: str) -> None:
    text = f"Ostvale Herald\n{switcher}\n\n{_TITLE}\n\n{_BODY}"
    assert analysed_fields(text)["title"]["value"] == _TITLE


def test_names_under_the_date_and_tags_with_the_outlet_and_its_places() -> None:
    text = (
        f"Caucasus Bureau\n\n{_TITLE}\n\nNovember 21, 2026, 11:20\n"
        "Armenia, Azerbaijan, Georgia   Economy   Society\n\n"
        "Eka Janashia, Lilit Hovhannisyan, Reuters, Tbilisi–Yerevan\n\n"
        f"Share   Facebook   X   Telegram\n\n{_BODY}"
    )
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Eka Janashia", "Lilit Hovhannisyan"]


def test_a_label_under_the_date_and_tags_is_no_byline() -> None:
    text = (
        f"{_TITLE}\n\nKendra Vail\nNov 19, 2026, 5:42am EST\nPolitics\n\n"
        f"Share\nCopy link\nEmail\n\nRepublish This Story\n\n{_BODY}"
    )
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Kendra Vail"]


def test_an_outlet_filed_in_a_section_on_a_day() -> None:
    text = f"{_TITLE}\n\nBy Kazinform in Nation on 18 November 2026\n\n{_BODY}"
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Kazinform"]
    assert fields["published"]["date"] == "2026-11-18"
