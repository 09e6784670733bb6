"""A byline line that closes with its date and time ("by Ann Roe - 11/19/26 5:47 PM ET",
"…, Updated November 15, 2026, 9:22 a.m."), a paper's short name before "Staff" ("Jo Roe
Globe Staff"), and a standfirst set as points, one per line, above the byline.
Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse import analyse
from audit.ingest import from_bytes
from tests.claims_support import analysed_fields, byline_names

_BODY = (
    "A former aide to the mayor of Ostvale filed a lawsuit on Thursday alleging that she "
    "was dismissed after she warned that office money was paying for campaign trips.\n\n"
    "The complaint, filed in the district court, says the aide raised her concerns in "
    "writing in August and was told nine days later that her post had been cut.\n"
)


def _page(header: str) -> str:
    return f"Former aide sues Ostvale mayor over travel spending\n\n{header}\n\n{_BODY}"


@pytest.mark.parametrize(
    "byline",
    [
        "by Paula Quintas - 11/19/26 5:47 PM ET",
        "By Paula Quintas, Nov 19, 2026, 2:47 p.m. EST",
        "By Paula Quintas | Last updated: 19 Nov 2026 14:05",
        "By Paula Quintas, Updated November 19, 2026, 9:22 a.m.",
    ],
)
def test_a_byline_closing_with_date_and_time_credits_its_writer(byline: str) -> None:
    text = _page(byline)
    assert byline_names(analysed_fields(text), text) == ["Paula Quintas"]


def test_the_papers_short_name_before_staff_is_part_of_the_role() -> None:
    text = _page("By Paula Quintas and Tomas Aurel Globe Staff, Updated November 19, 2026")
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Paula Quintas", "Tomas Aurel"]
    assert fields["republication"] is None  # "Tomas Aurel Globe" is no outlet


def test_a_standfirst_in_points_above_the_byline() -> None:
    header = (
        "An aide says she was fired nine days after flagging travel costs.\n"
        "The mayor's office says the post was cut for budget reasons.\n"
        "The case goes to a hearing in January.\n\n"
        "By Paula Quintas\n"
        "Nov 19, 2026, 2:47 PM ET"
    )
    text = _page(header)
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Paula Quintas"]
    assert fields["published"]["date"] == "2026-11-19"
    assert fields["title"]["value"] == "Former aide sues Ostvale mayor over travel spending"


def test_body_lines_without_a_credit_below_still_end_the_header() -> None:
    header = (
        "An aide says she was fired nine days after flagging travel costs.\n"
        "The mayor's office says the post was cut for budget reasons.\n\n"
        "Paula Quintas said later that she would appeal."
    )
    text = _page(header)
    assert byline_names(analysed_fields(text), text) == []


def test_an_outlet_on_a_pages_byline_line_is_not_one_of_its_writers() -> None:
    markup = (
        "<html><head><title>Former aide sues Ostvale mayor</title>"
        '<meta name="author" content="Harbour Today"></head><body><article>'
        "<h1>Former aide sues Ostvale mayor over travel spending</h1>"
        '<p class="byline">by Paula Quintas and Tomas Aurel, Harbour Today November 4, 2026</p>'
        + "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n"))
        + "</article></body></html>"
    )
    article = from_bytes(markup.encode(), "p.html", "html", "2026-01-01T00:00:00Z", is_html=True)
    fields = analyse(article)
    assert [b["name"] for b in fields["byline"]] == ["Paula Quintas", "Tomas Aurel"]
