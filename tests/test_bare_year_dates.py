"""A page that states no date gets none: a bare year ("© 2026") is not 1 January."""

from __future__ import annotations

from audit.analyse import analyse
from audit.ingest import from_bytes

BODY = "".join(
    f"<p>Paragraph {i}: the council voted to close the old bridge after engineers found cracks "
    "in two of its piers, officials said, and repairs are expected to take most of next year.</p>"
    for i in range(6)
)


def _published(head: str, foot: str) -> str | None:
    page = (
        f"<html><head><title>Bridge closed</title>{head}</head><body><article>"
        f"<h1>Bridge closed after cracks found</h1>{BODY}</article>"
        f"<footer><p>{foot}</p></footer></body></html>"
    )
    article = from_bytes(page.encode(), "p.html", "html", "2026-03-05T00:00:00Z", is_html=True)
    return analyse(article)["published"]["date"]


def test_a_copyright_year_is_no_date() -> None:
    assert _published("", "&copy; 2026 All rights reserved.") is None


def test_a_stated_first_of_january_stays() -> None:
    meta = '<meta property="article:published_time" content="2026-01-01T09:00:00Z">'
    assert _published(meta, "&copy; 2026 All rights reserved.") == "2026-01-01"
