"""Speakers written as a person "of" their body, quoted "as saying" after the quote, named
as a signed document's author after the quote's verb, or a ministry named with "of"; and
who is never the speaker: the medium after "wrote in", the story's own writer for "he",
an unnamed source who spoke "to the paper on condition of anonymity". Names open with any
Latin capital ("İsmail", "Şükrü"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import install_registry, quoted_speakers


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def _speakers(body: str) -> list[str | None]:
    text = f"Harbour probe widens\n\nPORT ELLIS — Officials met on Monday.\n\n{body}\n"
    return [speaker for _, speaker in quoted_speakers(text)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Tomas Varga of the dockers' union SDU told the paper that crews are paid "
            '"less than 9 euros an hour".',
            "Tomas Varga",
        ),
        (
            "Safety expert Marta Lindqvist of the Institute for Port Safety told reporters: "
            '"Few brigades have trained for this."',
            "Marta Lindqvist",
        ),
        (
            "Marta Lindqvist of the Kestrel Institute for Applied Fire Safety told a local paper "
            "that fires were rare. "
            '"Few brigades have trained for this," she was quoted as saying.',
            "Marta Lindqvist",
        ),
        (
            '"The rosters and the GPS data do not match," reads the warrant, signed by '
            "deputy prosecutor Elena Varro.",
            "Elena Varro",
        ),
        (
            "A spokesperson for Norland's Ministry of Ports and Coastal Security denied it. "
            '"Talks are ongoing," the spokesperson said.',
            "Norland's Ministry of Ports and Coastal Security",
        ),
        (
            'In Kadıköy, vendor İsmail Karaca said sales had fallen. "People walk away," '
            "Karaca said.",
            "İsmail Karaca",
        ),
        ('Another vendor, Şükrü Aydın, agreed. "It is bad," Aydın said.', "Şükrü Aydın"),
    ],
)
def test_the_speaker_is_found(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        '"The lights went off," one passenger wrote in a Facebook post.',
        '"The lights went off," one passenger wrote in the Harbour Gazette.',
        'The daughter of Jane Roe at the hospital said: "It is bad."',
        "One docker, who has worked at the port for 11 years, spoke to the paper on condition "
        'of anonymity. "I have not been paid since August," he said.',
    ],
)
def test_no_one_named_speaks(body: str) -> None:
    assert _speakers(body) == [None]


def test_the_writer_credited_in_the_byline_is_no_he() -> None:
    text = (
        "Dockers protest over unpaid wages\n\nBy John Roe\n17 November 2026\n\n"
        "Police detained dockers on Tuesday. A docker at the gate was angry.\n\n"
        '"I have not been paid since August," he said.\n'
    )
    assert [speaker for _, speaker in quoted_speakers(text)] == [None]


def test_a_writer_named_before_wrote_in_still_speaks() -> None:
    assert _speakers('"The port is failing," Jane Roe wrote in the Harbour Gazette.') == [
        "Jane Roe"
    ]
