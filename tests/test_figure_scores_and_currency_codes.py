"""Scores and tallies ("won 3-1", "voted 5-2") are figures where a word beside them says
so; sums written after currency letters or ISO codes ("JD48 million", "USD 2.1 billion")
carry their currency; letters that are words or other abbreviations stay out."""

from __future__ import annotations

import pytest

from audit.analyse.figures import find_figures


def _figures(text: str) -> list[tuple[float, str | None, str]]:
    return [(f["value"], f["unit"], f["evidence"]["quote"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("The team won 3-1 on Saturday in front of a full house.", "3-1"),
        ("It finished in a 2-2 draw after extra time.", "2-2"),
        ("The council voted 5-2 to approve the budget.", "5-2"),
        ("The motion passed 4-3.", "4-3"),
        ("Labor leads 52-48 on a two-party preferred basis.", "52-48"),
        ("They came from behind to beat Johor FC 3-2 in the semi-final.", "3-2"),
        ("A jury found him guilty by a majority verdict of 10-2.", "10-2"),
        ("Al Sahel won the shootout 4–2.", "4–2"),
        ("An amendment to hold the rise to 2.5 percent failed 3-4.", "3-4"),
        ("Harbridge Town 3-1 Castlemere Athletic: Okafor double lifts Reds", "3-1"),
    ],
)
def test_a_score_gives_both_sides(text: str, score: str) -> None:
    first, second = (int(side) for side in score.replace("–", "-").split("-"))
    scores = [f for f in _figures(text) if f[1] == "score"]
    assert scores == [(first, "score", score), (second, "score", score)]
    span = text.index(score)
    for found in find_figures(text):
        if found["unit"] == "score":
            ev = found["evidence"]
            assert (ev["start"], ev["end"]) == (span, span + len(score))
            assert text[ev["start"] : ev["end"]] == ev["quote"]


@pytest.mark.parametrize(
    "text",
    [
        "They lined up in a 4-3-3 formation and won nothing.",  # a formation
        "The vote is on Nov. 18-19 in the capital.",  # a date range
        "We won the raffle between 9-11 pm on Friday.",  # a clock range
        "Children aged 5-11 won prizes.",  # an age band
        "Read pages 12-14 before the vote.",  # pages
        "The 3-1 figure came from an old spreadsheet.",  # no word says score
        "Route 9-11 is closed after the crash; the mayor lost patience.",  # a name
    ],
)
def test_numbers_joined_by_a_dash_without_a_score_word_or_as_a_band_are_no_score(
    text: str,
) -> None:
    assert [f for f in _figures(text) if f[1] == "score"] == []


def test_a_range_of_things_counted_stays_a_range() -> None:
    assert _figures("The team won after 2-3 days of talks.") == [
        (2, "days", "2-3 days"),
        (3, "days", "2-3 days"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The tariff rises to JD1.16 per cubic metre.", [(1.16, "JOD", "JD1.16")]),
        ("A household pays JD31 a month.", [(31, "JOD", "JD31")]),
        ("The deficit was JD48 million.", [(48_000_000, "JOD", "JD48 million")]),
        ("It raised USD 2.1 billion.", [(2_100_000_000, "USD", "USD 2.1 billion")]),
        ("A fine of Dh500 applies.", [(500, "AED", "Dh500")]),
        ("Revenue reached N152.4 trillion.", [(152_400_000_000_000, "NGN", "N152.4 trillion")]),
        ("It costs ₦4,500 a bag.", [(4500, "NGN", "₦4,500")]),
        ("The fund holds KD1.2 billion.", [(1_200_000_000, "KWD", "KD1.2 billion")]),
    ],
)
def test_currency_letters_and_codes_give_the_currency(
    text: str, want: list[tuple[float, str, str]]
) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Rm 5 is on the second floor.",  # a room: guarded letters need a big number
        "Sr 5 will sing.",
        "He joined jd 2021 as an intern.",  # letters are a currency only as written
        "Die zarten Töne.",  # a word, not "ZAR" and a number word
        "The RTX 3080 cards sold out.",  # a model's name
    ],
)
def test_letters_that_are_words_or_names_are_no_currency(text: str) -> None:
    assert [f for f in _figures(text) if f[1] and f[1].isupper()] == []
