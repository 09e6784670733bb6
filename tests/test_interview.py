"""Interview transcripts: labelled answers, and unlabelled answers after a question, are
quotations of the person interviewed; labels that are no transcript are left alone."""

from __future__ import annotations

from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Evidence, Source

TRANSCRIPT = """Food bank boss on a record winter

Dana Reyes has run the Northern Larder Network since 2019.

The Courier: What sits behind the record number of parcels this year?

Dana Reyes: Every one of those is a household that came to us in crisis with nothing left.

The Courier: Are wages not rising?

Dana Reyes: Wages are rising, yes, but rents and energy are rising faster than any of them.
"""

UNLABELLED = """Noise at night is linked to heart disease

Ana Silva at the Porto institute led the study.

Jo Bell: What did you actually measure?

Ana Silva: We linked the addresses of 412,000 adults to detailed noise maps of both cities.

Does this prove that noise causes heart disease?

No, and I want to be careful here, because this is an observational study of two cities.

The study was published on Monday.
"""


def _quotes(text: str) -> list[tuple[str | None, str]]:
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    quotes = analyse_quotes(article, {})["quotes"]
    for q in quotes:
        ev = q["evidence"]
        assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(text)
    return [(q["speaker"], q["text"]) for q in quotes]


def test_labelled_answers_are_quotes_of_the_person_labelled() -> None:
    assert _quotes(TRANSCRIPT) == [
        (
            "Dana Reyes",
            "Every one of those is a household that came to us in crisis with nothing left.",
        ),
        (
            "Dana Reyes",
            "Wages are rising, yes, but rents and energy are rising faster than any of them.",
        ),
    ]


def test_an_unlabelled_answer_after_a_question_continues_the_interview() -> None:
    assert _quotes(UNLABELLED) == [
        (
            "Ana Silva",
            "We linked the addresses of 412,000 adults to detailed noise maps of both cities.",
        ),
        (
            "Ana Silva",
            "No, and I want to be careful here, because this is an observational study of two "
            "cities.",
        ),
    ]


def test_labels_that_are_no_transcript() -> None:
    text = (
        "Photo: Reuters\n\nSource: The Daily Courier, a newspaper of the north of England\n\n"
        "Update: The council said on Monday that the bridge would stay closed all winter.\n\n"
        "Note: The council said on Monday that the bridge would stay closed all winter.\n\n"
        "Update: Engineers said the second pier had also cracked and would need replacing.\n"
    )
    assert _quotes(text) == []


def test_teasers_and_capitalised_nouns_are_no_interview() -> None:
    text = (
        "Kim Jong Un: Der Diktator ist zurück - Donald Trump ist „glücklich“\n\n"
        "Kim Jong Un: Neue Raketen auf der Parade in Pjöngjang gezeigt\n\n"
        "Ein Problem: Viele Menschen haben nur eine leichte Erkältung und gehen trotzdem "
        "zur Arbeit.\n\n"
        "Ein Problem: Niemand weiß bisher genau, wie viele Menschen sich angesteckt haben.\n"
    )
    assert _quotes(text) == [(None, "glücklich")]  # the one quotation in marks
