"""Outlets the registry does not know, named in full and then by a short form, as the
whole-article blind sets showed them; the outlets and places are written for these tests."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.analyse.mentions import outlet_mentions
from audit.model import Article, Source


def _chain(text: str) -> list[tuple[str, str]]:
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    fields: dict[str, Any] = analyse(article)
    return [(hop["name"], hop["evidence"][0]["quote"]) for hop in fields["attribution"]["chain"]]


def test_a_short_form_after_an_unregistered_outlet_is_that_outlet() -> None:
    text = (
        "A water utility skipped lead tests for six years, according to an investigation "
        "published Tuesday by The Marlow Valley Tribune.\n\n"
        "The Tribune reported that the utility filed results for six rounds of sampling.\n"
    )
    assert sorted(_chain(text)) == [
        ("Marlow Valley Tribune", "The Tribune reported"),
        ("Marlow Valley Tribune", "published Tuesday by The Marlow Valley Tribune"),
    ]
    short = next(m for m in outlet_mentions(text) if m.surface == "The Tribune")
    assert short.name == "Marlow Valley Tribune" and short.resolved


def test_without_the_longer_name_the_short_form_stays_the_registrys() -> None:
    text = "The Tribune reported that the utility filed results for six rounds of sampling.\n"
    assert [name for name, _ in _chain(text)] == ["The Tribune (India)"]


def test_the_with_a_capital_names_an_outlet_mid_sentence() -> None:
    text = (
        "On Tuesday The Marlow Valley Herald reported that the utility skipped its tests, "
        "citing the former operator's logs.\n"
    )
    assert [name for name, _ in _chain(text)] == ["Marlow Valley Herald"]


def test_a_name_across_a_line_break_or_before_another_capital_is_no_outlet() -> None:
    text = (
        "The report was published by The Marlow Valley Tribune.\n\nThe Tribune said more.\n"
        "Parcels go through the Royal Mail Group, the company reported.\n"
    )
    names = [name for name, _ in _chain(text)]
    assert "Marlow Valley Tribune" in names
    assert not any("\n" in name or "Mail" in name for name in names)


def test_the_body_or_person_material_came_from_is_an_origin() -> None:
    text = (
        "A 2024 inspection by the Harbour Safety Board, obtained by The Marlow Valley Herald "
        "through a public records request, found two faulty sensors.\n"
        "Marta Quell worked at the plant until March. Quell provided the Herald with copies "
        "of the shift records she kept.\n"
        "The records, obtained through a request from the Marlow Water Board, show gaps.\n"
        "The emails were provided to the Herald by a former Kestrel Kiln employee, who "
        "worked near the Kestrel Kiln Chemicals plant.\n"
    )
    names = {name for name, _ in _chain(text)}
    assert {"Harbour Safety Board", "Marta Quell", "Marlow Water Board"} <= names
    assert "Kestrel Kiln" in names  # named in full only after


def test_a_company_short_name_takes_the_rest_from_running_text_not_a_headline() -> None:
    text = (
        "Kestrel Kiln Files Suit Against Regulator\n\n"
        "Residents near the Kestrel Kiln Chemicals plant complained for years. The emails "
        "were provided to the Herald by a former Kestrel Kiln employee.\n"
    )
    names = {name for name, _ in _chain(text)}
    assert "Kestrel Kiln Chemicals" in names
    assert not any("Files" in name for name in names)


def test_a_short_form_of_a_paper_named_earlier_takes_its_full_name() -> None:
    text = (
        "The Dunmore Press Herald, using public records requests, found that the cameras "
        "shared their data with 900 agencies.\n\n"
        "Audit logs obtained by the Press Herald show the searches.\n"
    )
    assert [name for name, _ in _chain(text)] == ["Dunmore Press Herald"]


def test_a_one_word_outlet_named_with_the_after_its_description_is_a_hop() -> None:
    text = (
        "That report followed an investigation by nonprofit news outlet The Quillfeather, "
        "which said inspection records showed 14 exceedances.\n"
    )
    assert [name for name, _ in _chain(text)] == ["The Quillfeather"]
    opener = "The story was picked up by the outlet In Kenya, where it ran on Monday.\n"
    assert _chain(opener) == []


def test_a_shared_short_form_after_a_described_outlet_is_that_outlet() -> None:
    text = (
        "The company under-reported deaths, according to an investigation by Scottish "
        "newspaper The Herald.\n\n"
        "The Herald reported that the spreadsheets listed 418,600 dead fish.\n"
    )
    assert {name for name, _ in _chain(text)} == {"The Herald"}
