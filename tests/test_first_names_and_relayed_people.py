"""People as relayed copy names them: a first name given alone ("who gave only his first
name, Aslam", "identified only as Néstor") is that name as written, not the full name of
someone else the text names with the same word ("Dr Farhana Aslam"); "quoted Jane Roe, head
of the Traders Association, as saying" quotes the person, not her body. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers

_STUDY = (
    '"The link is strong," said Dr Farhana Aslam, the study\'s lead author.\n\n'
    "A rickshaw driver on the main road, {intro} said his eyes had been burning. "
    '"I cannot stop working," he said.'
)


@pytest.mark.parametrize(
    "intro",
    [
        "who gave only his first name, Aslam,",
        "who was identified only by his first name, Aslam,",
        "who gave his name only as Aslam,",
        "known only as Aslam,",
        "who introduced himself as Aslam,",
    ],
)
def test_a_first_name_given_alone_stays_as_written(intro: str) -> None:
    speakers = dict(quoted_speakers(_STUDY.format(intro=intro)))
    assert speakers["I cannot stop working,"] == "Aslam"
    assert speakers["The link is strong,"] == "Farhana Aslam"


def test_a_surname_after_the_full_name_still_resolves() -> None:
    text = (
        "Dr Farhana Aslam led the study. Asked about the hospitals, Aslam said the link "
        'held everywhere. "It is consistent," she said.'
    )
    assert dict(quoted_speakers(text))["It is consistent,"] == "Farhana Aslam"


def test_named_as_without_only_is_no_first_name_alone() -> None:
    speakers = dict(quoted_speakers(_STUDY.format(intro="named in court as Aslam,")))
    assert speakers["I cannot stop working,"] == "Farhana Aslam"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The report quoted Jane Roe, head of the Traders Association, as saying the "
            "estimate had come “from the invoices of 160 member companies” alone.",
            "Jane Roe",
        ),
        (
            "Xinhua quoted the ambassador, Mr Zhou Wenhao, as saying the talks were "
            "“constructive and frank” on Monday.",
            "Zhou Wenhao",
        ),
        (
            "Xinhua quoted the Foreign Ministry as saying the talks were “constructive and "
            "frank” on Monday.",
            "Foreign Ministry",
        ),
    ],
)
def test_quoted_as_saying_names_the_person(text: str, speaker: str) -> None:
    assert [s for _, s in quoted_speakers(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"They sold us like cattle," said a 27-year-old man from Magway who asked to be '
        "identified only as Zaw, fearing reprisals.",
        'A man who asked to be identified only as Zaw said: "They sold us like cattle."',
        "A man who asked to be identified only as Zaw said he was recruited in March. Zaw "
        'returned home in October. "They sold us like cattle," he said.',
    ],
)
def test_a_person_named_by_a_first_name_alone_speaks_under_it(text: str) -> None:
    assert [s for _, s in quoted_speakers(text)] == ["Zaw"]


def test_an_unnamed_speaker_stays_unnamed() -> None:
    text = '"They sold us like cattle," said a man who asked not to be named.'
    assert [s for _, s in quoted_speakers(text)] == [None]


@pytest.mark.parametrize("adverb", ["Later", "Meanwhile", "Yesterday", "Separately"])
def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(adverb: str) -> None:
    text = f'The council met on Monday. {adverb} Jane Roe said the plan was "dead" again.'
    assert [s for _, s in quoted_speakers(text)] == ["Jane Roe"]
