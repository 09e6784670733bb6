"""Misfires a review of the round that read remit lists, inverted tags, statements'
senders, role labels, lower-case institutes, messaging prompts, "-fold" multiples and new
caveat cues found on sentences no labelled set holds; each is held here, with the cheap
variants the review found missing. Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect
from audit.analyse.header import read_header
from audit.analyse.outlets import registry
from tests.claims_support import analysed_fields, found_caveats, quoted_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a union, court or hospital does not stand for the employer or ministry named before
        ("Kestrel Maritime cut 200 jobs.\n\n“We will fight this,” said the union.", None),
        ("Kestrel Maritime sold the site in 2024.\n\n“The sale was lawful,” said the court.", None),
        (
            "The Ministry of Health ordered the closure.\n\n“We had no notice,” said the hospital.",
            None,
        ),
        (
            "Kestrel Maritime took over in 2025.\n\n"
            "“We will fight,” a statement from the union said.",
            None,
        ),
        (
            "The National Union of Mineworkers met.\n\n“We will fight this,” said the union.",
            "National Union of Mineworkers",
        ),
        (
            "Kestrel Maritime took over in 2025.\n\n"
            "“We will appeal,” read a statement from the company.",
            "Kestrel Maritime",
        ),
        # a sentence's adverb is no one-word body
        ("However, the company, which denies wrongdoing, said: “We will appeal.”", None),
        # several bodies listed are no ministry's remits
        ("The Bank of England, Barclays and HSBC said: “The system is safe.”", None),
        ("Representatives of the Ministry of Defence, Airbus and Boeing said: “It is open.”", None),
        (
            "“We will appeal,” the Ministry of Labour, Employment and Social Protection said.",
            "Ministry of Labour, Employment and Social Protection",
        ),
        # "her employer, Tan Mei Ling": a person, who "she" goes on meaning
        (
            "A helper told the court her employer, Tan Mei Ling, had beaten her.\n\n"
            "She denies the charges. “I never hit her,” she told the court.",
            "Tan Mei Ling",
        ),
    ],
)
def test_speakers_the_round_must_not_misread(text: str, speaker: str | None) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said he did not know who made the decision to close the ward.",
        "Police said they did not know who had taken the children.",
        "He said the decision could reflect badly on the government.",
        "Players may reflect on a disappointing season during the break.",
        "Researchers obtained the data from an official registry of births.",
        "The suspect obtained the gun from a person he met online, the court heard.",
        "Police attributed the blast to an unidentified armed group.",
        "Villagers insist they never received any warning before the dam was opened.",
        "Relatives have not been able to check on him since the floods cut the road.",
        "Stranded travellers have not been able to check in for their flights.",
        "Unidentified gunmen shot officers at a checkpoint in the north.",
        "Police said they did not have any information on the whereabouts of the boy.",
        "The court said it was unable to take account of evidence submitted late.",
        "He was caught driving with no cover note, the court heard.",
        "Her style is hard to pin down.",
    ],
)
def test_sentences_that_state_no_caveat(sentence: str) -> None:
    assert found_caveats(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The agency denied aid had been diverted to armed groups.", "official_denial"),
        ("The company denied wages had been withheld.", "official_denial"),
        (
            "The tip came anonymously from a police officer who feared reprisals.",
            "anonymous_source",
        ),
        ("The station hasn't been able to check the figure.", "unverified_authenticity"),
        ("The BBC was not able to check the figure.", "unverified_authenticity"),
        ("Reuters could not reach Mr. Roe for comment.", "no_response"),
        ("The AP could not reach U.S. officials for comment.", "no_response"),
        ("The company again rebuffed suggestions of a widespread fault.", "official_denial"),
    ],
)
def test_caveats_kept_or_now_found(sentence: str, kind: str) -> None:
    assert [k for k, _ in found_caveats(sentence)] == [kind]


_BODY = (
    "Phone thefts rise\n\nBy Jane Roe\n\n12 November 2026\n\n"
    "Phone thefts rose by a third this year, police said on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Investigators said the gang used a Telegram channel to get buyers for the phones.",
        "Subscribers to the app get the latest news first, the company said.",
        "Protesters urged supporters to follow them on Telegram and get the word out.",
        "Related reading of the statute suggests the minister overstepped, the judge said.",
    ],
)
def test_sentences_about_channels_and_reading_are_no_furniture(line: str) -> None:
    text = _BODY + line + "\n\nThe company blamed the rise on resale prices.\n"
    assert [f.kind for f in detect(text) if text[f.start : f.end] == line] == []


def test_a_film_reviews_credits_box_names_no_byline() -> None:
    text = (
        "The Quiet Harbour review: a slow-burning thriller that rewards patience\n\n"
        "12 November 2026\n\nDirector: Jane Roe\nWriter: John Smith\nStarring: Ann Lee\n"
        "Running time: 112 minutes\n\n"
        "The film opens on a foggy morning in a fishing town, where a body is found.\n"
    )
    assert [b.names.text for b in read_header(text).bylines] == []


def test_a_publisher_named_reporters_on_the_date_line_stays_the_outlet() -> None:
    text = (
        "Press freedom: journalist jailed in Ruritania\n\n"
        "Reporters Without Borders, 12 November 2026\n\n"
        "The press freedom group condemned the sentence on Tuesday, calling it an outrage.\n"
    )
    assert analysed_fields(text)["outlet"]["name"] == "Reporters Without Borders"


def test_a_shared_host_is_no_single_journal() -> None:
    assert registry().by_domain("journals.plos.org") is None


def _chain(text: str) -> list[str]:
    fields = analysed_fields("Study\n\nBy Jo Bloggs\n\n" + text)
    return [hop["name"] for hop in fields["attribution"]["chain"]]


@pytest.mark.parametrize(
    "text",
    [
        "According to Le Quotidien, the president left Dakar on Monday.",
        "According to Delano, a 34-year-old farmer, the river rose overnight.",
        "A study by researchers from Universität Zürich and the ETH (ETHZ) found ice loss.",
        "When daily PM 2.5 levels exceeded 100, asthma visits rose.",
        "The daily Covid-19 cases rose again, officials said.",
    ],
)
def test_names_that_are_no_source(text: str) -> None:
    assert _chain(text) == []


@pytest.mark.parametrize(
    ("sentence", "multiples"),
    [
        ("Cases increased by threefold over the decade.", [3]),
        ("Demand is expected to grow fourfold by 2040.", [4]),
        ("It carries a threefold higher risk of stroke.", [3]),
        ("The strategy is twofold more or less.", []),
    ],
)
def test_fold_multiples_beside_a_change(sentence: str, multiples: list[int]) -> None:
    figures = analysed_fields("Cases\n\nBy Jo Bloggs\n\n" + sentence)["figures"]
    assert [f["value"] for f in figures if f.get("unit") == "times"] == multiples
