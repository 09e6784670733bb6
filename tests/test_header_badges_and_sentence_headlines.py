"""Plain-text headers: a headline written as sentences above its standfirst, a live page's
capital "LIVE" badge, a name with its beat after it and no comma, and a page's note that a
story is old. Invented sites and people; the look-alikes keep their old reading."""

from __future__ import annotations

from audit.analyse.header import read_header

BODY = (
    "The solvent reached the intake of the town's water works before dawn, and the "
    "operator shut its pumps for the second time this year, the district office said."
)


def _title(text: str) -> str | None:
    header = read_header(text)
    return None if header.title is None else header.title.text


def test_a_headline_of_sentences_above_its_standfirst() -> None:
    headline = "The river went white. Now comes the part nobody covers."
    standfirst = "A week after a tank failed, the questions are about a wall and a broken alarm"
    text = (
        f"Downstream\nSubscribe\n\n{headline}\n\n{standfirst}\n\nDana Roe\nNov 21, 2026\n\n{BODY}"
    )
    assert _title(text) == headline


def test_a_sentence_above_a_shorter_line_is_no_headline() -> None:
    text = "Gulf edition\n\nRead our coverage.\n\nTown water cut\n\nNov 21, 2026\n\n" + BODY
    assert _title(text) == "Town water cut"


def test_a_live_badge_in_capitals_is_no_part_of_the_headline() -> None:
    text = "Sports > Football\n\nLIVE Cup final: Al Sahel beat Al Murjan on penalties\n\n"
    text += "Updated 21 Nov 2026, 11:40 PM\n\n" + BODY
    assert _title(text) == "Cup final: Al Sahel beat Al Murjan on penalties"


def test_live_written_as_a_word_stays() -> None:
    text = "Live: Storm Arwen cuts power to thousands\n\nUpdated 21 Nov 2026, 11:40 PM\n\n" + BODY
    assert _title(text) == "Live: Storm Arwen cuts power to thousands"


def test_a_name_with_its_beat_and_an_old_story_note() -> None:
    text = (
        "Crime\nThis article is more than 4 days old\n\n"
        "Fire door firm boss faked safety certificates, jury told\n\n"
        "Director accused of taking £2.1m from a housing scheme while doors went untested\n\n"
        "Helen Marlow North of England correspondent\nThu 19 Nov 2026 17.48 GMT\n\n" + BODY
    )
    header = read_header(text)
    assert _title(text) == "Fire door firm boss faked safety certificates, jury told"
    assert [b.names.text for b in header.bylines] == ["Helen Marlow"]
