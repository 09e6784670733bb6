"""Photo credits that name a photographer and an outlet with no credit word ("Jane Roe/BBC",
"… on Tuesday. Jane Roe / The Courier"), credits in capitals after a caption, a
Malaysian paper's "— X pic", and the "Photographer:" label. Texts written for these tests;
menus, bylines and prose with slashes must stay clean."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect

BODY = (
    "Harbour reopens after storm damage repaired\n\nBy Jane Doe\n12 March 2026\n\n"
    "The harbour reopened on Tuesday after a week of repairs, the council said in a "
    "statement, and the first ferry left on time.\n\n"
)
AFTER = "\n\nRepairs cost more than expected, the council said on Friday.\n"


def _credits(line: str) -> list[str]:
    text = BODY + line + AFTER
    return [text[f.start : f.end] for f in detect(text) if f.kind == "caption_credit"]


@pytest.mark.parametrize(
    "line",
    [
        "Orla Fenwick/BBC",
        "Tomasz Wierzba / NPR",
        "Hanne Lidgard/The Kelbrook Courier",
        "BRENNA OKORO/GLOBE STAFF",
        "THE CANADIAN PRESS/Corin Maddox",
        "Antara/Wiryo Santoso",
        "Piet de Wilde / The Daily Mirror",
        "Siti Aisyah binti Kamal/Bernama",
        "Yusuf ibn Rahal / Reuters",
    ],
)
def test_a_photographer_and_an_outlet_alone_on_a_line(line: str) -> None:
    assert _credits(line) == [line]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "The pier at Kelbrook on Wednesday, Nov. 18, 2026. Orla Fenwick/Coastal Radio News",
            "Orla Fenwick/Coastal Radio News",
        ),
        (
            "The court ordered the man deported after his sentence. Idris Kamal / The National",
            "Idris Kamal / The National",
        ),
        ("Workers sort nets at the pier on Tuesday. MARTA QUIROGA", "MARTA QUIROGA"),
        (
            "Residents outside the court on Tuesday. LOUIS FAVRAUD FOR THE COURIER",
            "LOUIS FAVRAUD FOR THE COURIER",
        ),
        ("A ferry berths at the new pier in Kelbrook. — Filepic", "— Filepic"),
        ("A ferry berths at the new pier in Kelbrook. — Bernama pic", "— Bernama pic"),
        (
            "A production line at the plant in Kelbrook. Photographer: Aiko Tanabe/Bloomberg",
            "A production line at the plant in Kelbrook. Photographer: Aiko Tanabe/Bloomberg",
        ),
        (
            "The harbour master at the pier. Ines Marlow for Al-Monitor",
            "Ines Marlow for Al-Monitor",
        ),
    ],
)
def test_a_caption_closing_with_its_credit(line: str, credit: str) -> None:
    assert _credits(line) == [credit]


@pytest.mark.parametrize(
    "line",
    [
        "Sign In/Register",
        "Terms and Conditions/FAQ",
        "News/European Union",
        "Privacy Policy/Cookie Settings",
        "By Orla Fenwick | The Kelbrook Courier",
        "Orla Fenwick | Coastal Radio",
        "Orla Fenwick/Senior Staff Reporter",
        "The ferry left at noon. It was late.",
        "The ferry left at noon. Then it came back",
        "The vote was close. NATO said so.",
        "The ferry left at noon, and the pier closed at three on Tuesday.",
    ],
)
def test_menus_bylines_and_prose_are_no_credit(line: str) -> None:
    assert _credits(line) == []


def test_a_labelled_caption_is_flagged_once() -> None:
    line = "The pier at Kelbrook on Tuesday. Photo: Orla Fenwick/AFP"
    assert _credits(line) == [line]


@pytest.mark.parametrize("name", ["Siti Aisyah binti Kamal", "Layla bint Harith", "Omar ibn Saleh"])
def test_patronymic_particles_join_a_name_in_prose_and_in_credits(name: str) -> None:
    from audit.analyse.people import NAME_RUN

    match = NAME_RUN.match(name + " said")
    assert match is not None and match.group() == name
