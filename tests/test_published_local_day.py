"""A page whose metadata states the publication time in UTC and shows the day before or
after it, as a time zone ahead of or behind UTC would, was published on the day it shows
("2026-11-17T21:30Z" on a page dated "November 18, 2026" in Port Moresby). Pages written
for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.html_meta import choose_date
from audit.model import HtmlHints


def _hints(machine: str, shown: str) -> HtmlHints:
    return HtmlHints(
        page=(("meta:article:published_time", machine), ("dated", f"By Kila Roe {shown}"))
    )


@pytest.mark.parametrize(
    ("machine", "shown", "day"),
    [
        ("2026-11-17T21:30:12+00:00", "November 18, 2026", "2026-11-18"),  # UTC+10
        ("2026-11-18T03:10:00Z", "November 17, 2026", "2026-11-17"),  # UTC-5
        ("2026-11-17T21:30:12+00:00", "November 17, 2026", "2026-11-17"),  # the same day
        # no zone reaches two days, and 02:00 UTC is the next day nowhere
        ("2026-11-17T21:30:12+00:00", "November 19, 2026", "2026-11-17"),
        ("2026-11-17T02:00:00Z", "November 18, 2026", "2026-11-17"),
        # a stated local time is the page's own: its day stands
        ("2026-11-17T21:30:12+10:00", "November 18, 2026", "2026-11-17"),
    ],
)
def test_the_day_the_page_shows(machine: str, shown: str, day: str) -> None:
    choice = choose_date(_hints(machine, shown))
    assert choice is not None and choice.value == day


def test_other_stories_dates_do_not_move_the_day() -> None:
    hints = HtmlHints(
        page=(
            ("meta:article:published_time", "2021-04-28T09:45:09+00:00"),
            ("dated", "27 April 2021"),  # a related story's date, listed first
            ("dated", "29 April 2021"),
        )
    )
    choice = choose_date(hints)
    assert choice is not None and choice.value == "2021-04-28"
