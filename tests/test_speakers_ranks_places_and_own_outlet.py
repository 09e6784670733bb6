"""Speakers as the twentieth text set and eighteenth HTML set wrote them: ranks written
short ("Brig Obaid Al Shamsi"), Filipino titles and particles ("Atty.", "dela Rosa"), places
"he" never stands for ("the port of Agia Vryssi"), the copy's own outlet ("told Seven
Days"), the one addressed ("asked the ministry for buses"), a body named with an ordinal and
a quote after "declined to comment, saying"."""

from __future__ import annotations

import pytest

from audit.analyse import analyse
from audit.model import Article, Source


def _speakers(body: str) -> list[tuple[str, str | None]]:
    text = f"Officials promise inquiry into missing buses\n\nBy Jo Park\n\n{body}\n"
    fields = analyse(Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain")))
    return [(q["evidence"]["quote"], q["speaker"]) for q in fields["quotes"]]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"Fraud exploits hope," said Brig Obaid Al Qasimi, director of the centre.',
            "Obaid Al Qasimi",
        ),
        ('"We act," said Maj Sara Hill of the police.', "Sara Hill"),
        (
            "Atty. Cesar Malabanan, counsel for the builders, declined to comment further, "
            "saying his client “will answer in the proper forum.”",
            "Cesar Malabanan",
        ),
        ("“We will look,” said Assistant Ombudsman Teresa dela Rosa.", "Teresa dela Rosa"),
        (
            "In a statement, the DPWH Quezon 4th District Engineering Office denied the claims, "
            "saying all 38 projects “underwent proper inspection.”",
            "DPWH Quezon 4th District Engineering Office",
        ),
    ],
)
def test_the_speaker_is_named_as_the_reader_knows_them(body: str, speaker: str) -> None:
    assert [s for _, s in _speakers(body)] == [speaker]


def test_a_place_is_never_he() -> None:
    body = (
        "A man from Sudan, speaking at the port of Agia Vryssi, told reporters the boat had "
        "been at sea for 30 hours.\n\n"
        '"People were standing on each other," he said.'
    )
    assert _speakers(body) == [("People were standing on each other,", None)]


def test_the_one_asked_is_not_the_speaker() -> None:
    body = (
        "The mayor, Manolis Drakakis, spoke on Monday.\n\n"
        "Drakakis said he had asked the Migration Ministry for buses and had received "
        '"promises, not buses."'
    )
    assert _speakers(body)[-1] == ("promises, not buses.", "Manolis Drakakis")


def test_a_reporter_asking_is_not_the_one_asked() -> None:
    body = "A reporter asked Ana Pires, “What is the biggest problem right now?”"
    assert _speakers(body) == [("What is the biggest problem right now?", None)]


def test_the_copys_own_outlet_is_never_she() -> None:
    text = (
        "Seven Days\n\nLawmakers want audit of school bus billing\n\nBy Jo Park\n\n"
        "Sen. Harriet Colburn said she had no evidence. “The others may be fine,” Colburn "
        "told Seven Days.\n\n"
        "“We have an auditor for exactly this,” she continued.\n"
    )
    fields = analyse(Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain")))
    assert fields["outlet"]["name"] == "Seven Days"
    assert [q["speaker"] for q in fields["quotes"]] == ["Harriet Colburn", "Harriet Colburn"]
