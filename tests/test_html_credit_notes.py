"""A page's note crediting the original publisher, kept in its own element below the article
("This article originally appeared in …"), stays in the text where the extractor drops it,
so that the copy's republication rests on it."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.ingest import from_bytes
from audit.ingest.html import extract

BODY = "".join(
    f"<p>Paragraph {i}: the council voted to close the old bridge after engineers found cracks "
    "in two of its piers, officials said, and repairs are expected to take most of next year.</p>"
    for i in range(6)
)


def _page(after_article: str, inside_article: str = "") -> str:
    return (
        "<html><head><title>Bridge closed</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Bridge closed after cracks found</h1>{BODY}{inside_article}</article>"
        f"{after_article}<footer><p>Privacy policy</p></footer></body></html>"
    )


def _analysed(page: str) -> tuple[str, dict[str, Any]]:
    article = from_bytes(page.encode(), "p.html", "html", "2026-03-05T00:00:00Z", is_html=True)
    return article.text, analyse(article)


def test_a_note_beside_the_article_is_kept_and_names_the_original() -> None:
    note = "This article originally appeared in The Washington Post."
    text, fields = _analysed(_page(f'<p class="syndication-note"><em>{note}</em></p>'))
    assert text.endswith("\n\n" + note)
    republication = fields["republication"]
    assert republication is not None
    assert republication["original_outlet"] == "The Washington Post"
    for evidence in republication["evidence"]:
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_a_note_the_extractor_keeps_is_not_repeated() -> None:
    note = "This story first appeared on Harbour Weekly and is republished with permission."
    extracted = extract(_page("", f"<p>{note}</p>"), "p.html")
    assert extracted.text.count("first appeared on Harbour Weekly") == 1


def test_a_page_without_a_note_gets_nothing_added() -> None:
    page = _page("<aside><p>Sign up for our newsletter</p><p>Most read today</p></aside>")
    extracted = extract(page, "p.html")
    assert extracted.text.rstrip().endswith("most of next year.")


def test_a_sentence_about_something_else_first_appearing_is_no_note() -> None:
    # "first appeared in" followed by a year names no outlet.
    aside = "<aside><p>The variant first appeared in 2024, researchers said.</p></aside>"
    extracted = extract(_page(aside), "p.html")
    assert "The variant first appeared" not in extracted.text


def test_a_wire_credited_in_a_writer_element_is_kept_and_carried() -> None:
    page = (
        "<html><head><title>Bridge closed</title><meta name='author' content='KYODO'></head>"
        "<body><header><h1>Bridge closed after cracks found</h1>"
        "<div class='meta'><p class='writer'>KYODO</p></div></header>"
        f"<article>{BODY}</article>"
        "<button class='btn-shout-writer-coffee'>Shout the writer a coffee</button>"
        "</body></html>"
    )
    text, fields = _analysed(page)
    assert "Shout the writer" not in text  # a widget whose class only contains "writer"
    assert fields["republication"]["original_outlet"] == "Kyodo News"
    for credit in fields["byline"]:
        evidence = credit["evidence"]
        assert evidence is not None
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
