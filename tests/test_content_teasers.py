"""RES019 teasers by shape: what must and must not be taken for another story's teaser."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.analyse.content import detect
from audit.analyse.content.teasers import after_tags, closing_headlines, excerpts

SEEDS = next(
    (p / "shared" / "seeds" for p in Path(__file__).resolve().parents if (p / "shared").is_dir()),
    Path("../shared/seeds"),
)
PROSE = (
    "The council approved the budget on Tuesday after a long debate, and the mayor said in a"
    " statement that the vote was overdue."
)


def _teasers(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text) if f.code == "RES019"]


def test_article_header_above_the_first_paragraph_is_not_a_teaser() -> None:
    text = (
        "Commentary on Political Economy\n\nTuesday 3 December 2019\n\n"
        "Xinjiang leaks embolden critics of Chinese internment programme\n\n"
        "Analysts say information provides documentary evidence of Beijing’s role\n\n"
        f"{PROSE}\n"
    )
    assert _teasers(text) == []


def test_closing_headlines_stop_at_a_credit_line() -> None:
    text = (
        f"{PROSE}\nAdditional reporting by the Guardian\nUmfrage in Deutschland: Gendersprache"
        " stösst auf Ablehnung\nZwischen ABC und Genderstern: Sprache im Wandel\n"
    )
    assert list(closing_headlines(text, [])) == []


def test_closing_headlines_inside_reader_comments_are_left_to_res018() -> None:
    heads = (
        "Where is Lou Gramm of Foreigner?\nWhy is Bob Mould not on this list\n"
        "Have you heard this one sing live"
    )
    text = f"{PROSE}\n{heads}\n"
    (found,) = closing_headlines(text, [])
    comments = [
        found.__class__(
            "RES018", "reader_comments", "boilerplate", "medium", found.start, found.end, ""
        )
    ]
    assert list(closing_headlines(text, comments)) == []


def test_one_excerpt_mark_is_not_a_list() -> None:
    text = f"{PROSE}\nThe minister wrote that the budget “will be reviewed […]\n"
    assert list(excerpts(text)) == []
    assert len(list(excerpts(text + "Another story opens here and is cut short […]\n"))) == 1


def test_tag_list_needs_two_keyword_lines() -> None:
    tail = "Symposium fragt nach Wegen gesellschaftlicher Beteiligung\n"
    assert list(after_tags(f"{PROSE}\nGesellschaft\n{tail}")) == []
    text = f"{PROSE}\nKinder\nGesellschaft\n{tail}"
    assert len(list(after_tags(text))) == 1


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_no_seed_line_is_taken_for_a_teaser() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert _teasers(path.read_text(encoding="utf-8")) == [], path.name
