"""The off-topic paragraph detector (SPM020): what it flags, and that it weighs nothing
when no paragraph follows page furniture."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.analyse.content import topic
from audit.analyse.content.model import Flag, paragraphs

STORY = (
    "Flood waters rose across the river valley overnight, forcing farmers to move cattle "
    "from the lowland pastures while engineers inspected the levees near the old mill."
)
MORE = (
    "Engineers said the levees near the mill held, but the river valley farmers fear "
    "another night of rain will flood the pastures and the cattle sheds again soon."
)
LAST = (
    "The valley council opened the school gym for farmers whose pastures flooded, and "
    "engineers will inspect every levee along the river again once the water falls."
)
FOREIGN = (
    "Discover luxurious skincare serums, velvet lipstick palettes, shimmering eyeshadow "
    "kits and fragrant perfume bottles curated by celebrity makeup artists worldwide."
)


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _heading(text: str, heading: str) -> Flag:
    start = text.index(heading)
    return Flag("RES015", "related_list", "boilerplate", "medium", start, start + len(heading), "")


def test_flags_the_foreign_paragraph_after_a_heading() -> None:
    text = _text(STORY, MORE, "Related", FOREIGN, LAST)
    flags = list(topic.unrelated_blocks(text, [_heading(text, "Related")]))
    assert [(f.code, text[f.start : f.end]) for f in flags] == [("SPM020", FOREIGN)]


def test_an_on_topic_paragraph_after_the_heading_passes() -> None:
    text = _text(STORY, "Related", MORE, FOREIGN, LAST)
    assert list(topic.unrelated_blocks(text, [_heading(text, "Related")])) == []


def test_no_paragraph_after_furniture_weighs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> dict[int, float]:
        raise AssertionError("coherence computed with no candidate paragraph")

    monkeypatch.setattr(topic, "coherence", fail)
    text = _text(STORY, MORE, FOREIGN, LAST, "Related")
    assert list(topic.unrelated_blocks(text, [_heading(text, "Related")])) == []
    text = _text(STORY, "Related", FOREIGN, MORE, LAST)
    start = text.index(FOREIGN)  # the paragraph after the heading is already a teaser
    teaser = Flag("RES019", "teaser", "boilerplate", "medium", start, start + len(FOREIGN), "")
    assert list(topic.unrelated_blocks(text, [_heading(text, "Related"), teaser])) == []
    text = _text(STORY, "Related", "Too short to weigh.", FOREIGN, MORE, LAST)
    assert list(topic.unrelated_blocks(text, [_heading(text, "Related")])) == []


@given(st.text(alphabet=st.sampled_from("abcé1_ -\n"), max_size=topic._MIN_CHARS - 1))
def test_a_text_shorter_than_the_bound_has_too_few_words(value: str) -> None:
    assert len(topic._WORD.findall(value)) < topic._MIN_WORDS


def test_the_bound_is_tight() -> None:
    value = " ".join(["cab"] * topic._MIN_WORDS)
    assert len(value) == topic._MIN_CHARS and len(topic._WORD.findall(value)) == topic._MIN_WORDS


@given(
    st.lists(st.sampled_from(["word", "two words", "", " "]), min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=4),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=3),
)
def test_paragraphs_after_breaks_as_every_pair_would_find_them(
    pieces: list[str], spans: list[tuple[int, int]], others: list[tuple[int, int]]
) -> None:
    text = "\n\n".join(pieces)
    every = paragraphs(text)
    breaks = [
        Flag("RES015", "related_list", "boilerplate", "medium", s, s + n, "") for s, n in spans
    ]
    furniture = breaks + [
        Flag("RES019", "teaser", "boilerplate", "low", s, s + n, "") for s, n in others
    ]
    expected = {
        b.start
        for a, b in pairwise(every)
        if any(f.start <= a.start and a.end <= f.end for f in breaks)
        and not any(f.start < b.end and b.start < f.end for f in furniture)
    }
    assert topic._after_breaks(every, breaks, furniture) == expected


def test_an_inline_teaser_does_not_open_a_list_of_the_entries_below() -> None:
    """'Also Read | <headline>' is one teaser: the timestamped live-blog entries after it
    are the article, not a list of links under a heading."""
    text = (
        "Live updates on the Kestrel valley flood.\n\n"
        "Also Read | Kestrel Records Its Coldest Night In Five Years\n\n"
        "Nov 20, 2026 17:12 (IST)\n"
        "Minister announces relief fund\n"
        "The minister visited the relief camp at Ostrov and announced a fund for the families "
        "of each of the victims, officials in the district said on Friday evening.\n\n"
        "Nov 20, 2026 15:48 (IST)\n"
        "Survivors describe the night\n"
    )
    start = text.index("Also Read")
    heading = Flag(
        "RES009", "navigation", "boilerplate", "medium", start, text.index("\n\nNov"), ""
    )
    assert list(topic.related_lists(text, [heading])) == []
    bare = text.replace("Also Read | Kestrel Records Its Coldest Night In Five Years", "Also Read")
    start = bare.index("Also Read")
    heading = Flag("RES009", "navigation", "boilerplate", "medium", start, start + 9, "")
    assert [f.code for f in topic.related_lists(bare, [heading])] == ["RES015"]
    cell = bare.replace("Also Read", "| Also Read |")
    start = cell.index("| Also Read |")
    heading = Flag("RES009", "navigation", "boilerplate", "medium", start, start + 13, "")
    assert [f.code for f in topic.related_lists(cell, [heading])] == ["RES015"]
