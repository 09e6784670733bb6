"""Page debris in scraped text: breadcrumb trails, share buttons in a row or one per line,
captions with their credits, and author biographies. Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect


def _flagged(text: str, code: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text) if f.code == code]


_BODY = (
    "The council approved the plan on Tuesday after a long debate, officials said.\n\n"
    "Residents had objected to the cost, which rose twice during the year.\n"
)


@pytest.mark.parametrize(
    "trail",
    [
        "News / Northshire News / Courts",
        "Home » Politics » Education",
        "Sport > Rugby > Internationals",
        "Home / National News / Harbour reopens after storm damage repaired",
    ],
)
def test_a_breadcrumb_trail_is_navigation(trail: str) -> None:
    text = f"The Daily Courier\n{trail}\n\nHarbour reopens after storm damage repaired\n\n{_BODY}"
    assert trail in _flagged(text, "RES021")


@pytest.mark.parametrize(
    "line",
    [
        "The vote was 3 / 4 / 5 across the wards.",  # numbers, and a sentence
        "Labour / Co-op",  # two parts
        "Roses / and violets / were sold at the market until the rain came on Friday.",
    ],
)
def test_slashes_in_prose_are_no_trail(line: str) -> None:
    text = f"Harbour reopens after storm damage repaired\n\n{line}\n\n{_BODY}"
    assert _flagged(text, "RES021") == []


@pytest.mark.parametrize("trail", ["Home / Environment", "Indonesia / Disaster"])
def test_a_two_part_breadcrumb_above_the_headline_is_navigation(trail: str) -> None:
    text = (
        f"The Daily Courier\n{trail}\n\nHarbour reopens after storm damage repaired\n\n"
        f"By Jane Rowan\nNovember 21, 2026\n\n{_BODY}"
    )
    assert trail in _flagged(text, "RES021")


@pytest.mark.parametrize("line", ["Jane Rowan / Reuters", "Priya Roe > Reuters"])
def test_a_name_and_an_outlet_above_the_headline_are_no_breadcrumb(line: str) -> None:
    text = (
        f"The Daily Courier\n{line}\n\nHarbour reopens after storm damage repaired\n\n"
        f"By Jane Rowan\nNovember 21, 2026\n\n{_BODY}"
    )
    assert line not in _flagged(text, "RES021")


@pytest.mark.parametrize(
    "row",
    ["Tweet  Share  Pin it  Email", "Share: LinkedIn | X | Facebook | Email"],
)
def test_a_row_of_share_buttons(row: str) -> None:
    text = f"Harbour reopens after storm damage repaired\n\n{row}\n\n{_BODY}"
    assert _flagged(text, "RES021") == [row]


def test_share_buttons_one_per_line() -> None:
    text = f"Harbour reopens after storm damage repaired\n\n{_BODY}\nLike\nComment\nRestack\n"
    assert _flagged(text, "RES021") == ["Like\nComment\nRestack"]


def test_one_word_lines_that_are_no_buttons_are_kept() -> None:
    text = f"Harbour reopens after storm damage repaired\n\n{_BODY}\nComment\n\nAnalysis\n"
    assert _flagged(text, "RES021") == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Alan Marsh leaves the court building on Thursday. (Priya Nandakumar/CBC)",
            "(Priya Nandakumar/CBC)",
        ),
        (
            "A fire crew works near Eastwood on Friday evening. (ABC Riverina: Tom Boyle)",
            "(ABC Riverina: Tom Boyle)",
        ),
        (
            "The minister arrives at the committee on Friday (PA Wire)",
            "The minister arrives at the committee on Friday (PA Wire)",
        ),
        (
            "Customers have been told to watch out for scam calls (file image)",
            "Customers have been told to watch out for scam calls (file image)",
        ),
        ("Pic: Getty Images", "Pic: Getty Images"),
        (
            "Image caption, Waves crash over the promenade",
            "Image caption, Waves crash over the promenade",
        ),
        ("Image source, Reader video", "Image source, Reader video"),
        (
            "Ann Roe, head of the Harbour Trust, speaks to the river committee of the county "
            "council at its meeting in March. | Tom Pike/AP",
            "| Tom Pike/AP",
        ),
    ],
)
def test_captions_and_their_credits(line: str, credit: str) -> None:
    text = f"Harbour reopens after storm damage repaired\n\n{line}\n\n{_BODY}"
    assert _flagged(text, "RES004") == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "The mayor met the minister (Alan Marsh/Priya Nandakumar).",  # a sentence
        "He said the plan was approved by the board (Reuters)",  # a wire signs, no credit
        "The vote split the party (Update: Police Say) again today.",
        "An image, the council said, was shared widely.",
    ],
)
def test_parentheses_in_prose_are_no_credit(line: str) -> None:
    text = f"Harbour reopens after storm damage repaired\n\n{line}\n\n{_BODY}"
    assert _flagged(text, "RES004") == []


_HEADED = (
    "The Daily Courier\n\nHarbour reopens after storm damage repaired\n\n"
    "By {credit}\n12 March 2026\n\n"
)


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe is a political reporter for The Daily Courier. She joined in 2021.",
        "Jane Roe covers the harbour and the county council for the Courier.",
        "Jane Roe is a former nurse who writes about health research.",
    ],
)
def test_a_biography_of_the_bylines_author_at_the_foot(bio: str) -> None:
    text = _HEADED.format(credit="Jane Roe, Political Reporter") + _BODY * 2 + "\n" + bio + "\n"
    assert _flagged(text, "RES017") == [bio]


def test_a_biography_of_someone_the_byline_does_not_name_is_the_story() -> None:
    paragraph = "Ann Vale is a reporter for the Harbour Gazette who first raised the concerns."
    text = _HEADED.format(credit="Jane Roe") + _BODY * 2 + "\n" + paragraph + "\n"
    assert _flagged(text, "RES017") == []


def test_a_paragraph_on_the_author_that_is_no_biography() -> None:
    paragraph = "Jane Roe is the resident who first complained about the harbour wall."
    text = _HEADED.format(credit="Jane Roe") + _BODY * 2 + "\n" + paragraph + "\n"
    assert _flagged(text, "RES017") == []


def test_the_authors_name_near_the_top_is_not_a_biography() -> None:
    paragraph = "Jane Roe is a reporter for the Courier and saw the damage herself."
    text = _HEADED.format(credit="Jane Roe") + paragraph + "\n\n" + _BODY * 3
    assert _flagged(text, "RES017") == []


def test_share_via_and_bookmark_links_one_per_line() -> None:
    text = (
        f"Harbour reopens after storm damage repaired\n\nBookmark\nShare Via\nCopy Link\n\n{_BODY}"
    )
    assert _flagged(text, "RES021") == ["Bookmark\nShare Via\nCopy Link"]


@pytest.mark.parametrize(
    "box",
    [
        "Jane Roe Jane Roe covers the harbour and the county council for the Courier.",
        "Jane Roe Reporter Jane Roe is a political reporter. She joined in 2021.",
        "JANE ROERoe covers courts for The Daily Courier.twitter mailto",
    ],
)
def test_an_author_box_near_the_top_headed_by_the_credited_name(box: str) -> None:
    text = _HEADED.format(credit="Jane Roe Reporter") + box + "\n\n" + _BODY * 3
    assert _flagged(text, "RES017") == [box]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Vale Ann Vale is a reporter for the Harbour Gazette.",  # not the byline's name
        "Jane Roe Jane Roe is the resident who complained about the wall.",  # no trade
    ],
)
def test_a_headed_paragraph_near_the_top_that_is_no_author_box(paragraph: str) -> None:
    text = _HEADED.format(credit="Jane Roe") + paragraph + "\n\n" + _BODY * 3
    assert _flagged(text, "RES017") == []
