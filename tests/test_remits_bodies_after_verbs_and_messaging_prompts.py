"""Speakers named as ministries and departments list them ("the Ministry of Labour,
Employment and Social Protection"), stand after an inverted verb ("…,” said the ministry")
or are one word a body's apposition describes ("Jadrolinija, the state ferry operator,");
and a single messaging network's call naming the outlet ("Follow X on Telegram and get the
latest news first") is a page prompt. Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect
from tests.claims_support import quoted_speakers

_EARLIER = (
    "Officials met on Monday.\n\nThe Ministry of Economy said on Tuesday it would appeal.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ministry of Economy, Trade and Industry said: “We will review the figures.”",
            "Ministry of Economy, Trade and Industry",
        ),
        (
            "“We will appeal,” the Ministry of Labour, Employment and Social Protection said.",
            "Ministry of Labour, Employment and Social Protection",
        ),
        (
            "“We will appeal,” said the Department for Environment, Food and Rural Affairs.",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "“We will appeal,” the Ministry of Labour and Social Protection said.",
            "Ministry of Labour and Social Protection",
        ),
        (_EARLIER + "“We will appeal this decision,” said the ministry.", "Ministry of Economy"),
        (
            "“We will appeal,” said the Harnley Borough Council in a statement.",
            "Harnley Borough Council",
        ),
        ("“We will appeal,” said the Acme Corporation.", "Acme Corporation"),
        (
            "Jadrolinija, the state ferry operator, said: “The ferry was fully seaworthy.”",
            "Jadrolinija",
        ),
    ],
)
def test_bodies_by_their_remits_after_the_verb_and_by_apposition(text: str, speaker: str) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It was dark,” said the woman.", None),  # a person unnamed, not a body
        ("In Belgrade, the Ministry of Interior said: “No one was hurt.”", "Ministry of Interior"),
        (  # a person a body's words describe after her surname
            "Jane Roe ran the firm.\n\nRoe, the head of the company, said: “It was safe.”",
            "Jane Roe",
        ),
        ("“We will appeal,” said the council leader, Jane Roe.", "Jane Roe"),
    ],
)
def test_people_and_single_bodies_stay_as_they_were(text: str, speaker: str | None) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


_BODY = (
    "Ferry fares rise again\n\nBy Jane Roe\n\n12 November 2026\n\n"
    "Ferry fares will rise by 8% from January, the operator said on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow Sarajevo Times on Telegram and get the latest news first.",
        "Join our Viber community to get the news as it happens.",
        "Subscribe to our Telegram channel to get breaking news.",
    ],
)
def test_one_messaging_networks_call_is_a_page_prompt(prompt: str) -> None:
    text = _BODY + prompt + "\n\nThe company blamed fuel costs for the increase.\n"
    flagged = [text[f.start : f.end] for f in detect(text) if f.kind == "page_prompt"]
    assert prompt in flagged


def test_a_sentence_about_following_a_channel_is_no_prompt() -> None:
    line = "Investigators said the suspects used a Telegram channel to coordinate the thefts."
    text = _BODY + line + "\n\nThe company blamed fuel costs for the increase.\n"
    assert [f.kind for f in detect(text) if f.kind == "page_prompt"] == []
