"""Newsletter and donation prompts, read-next headings and the lists under them, in the
words the whole-article blind sets showed. Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect

_BODY = (
    "The council approved the plan on Tuesday after a long debate, officials said.\n\n"
    "Residents had objected to the cost, which rose twice during the year, and several "
    "asked for a public meeting before any work begins on the bridge.\n"
)


def _flagged(text: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text) if f.category == "boilerplate"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for Morning Ledger: the day's news before breakfast.",
        "Sign up to Harbour Notes",
        "Thanks for reading Riverbank! Subscribe for free to receive new posts.",
        "By signing up, you agree to our Privacy Policy",
        "By providing your email address, you agree to the Terms of Use.",
        "Get the best local stories in your inbox. Sign up here.",
        "If someone forwarded this to you, welcome; you can subscribe below.",
        "Weekly Newsletter",
        "Go to newsletter preferences",
        "Independent journalism costs money. Support us for the price of a coffee.",
        "Our newsroom depends on readers like you. Join today.",
        "Valley Radio is powered by listeners like you.",
        "Donate now",
    ],
)
def test_newsletter_and_donation_prompts(prompt: str) -> None:
    text = _BODY + "\n" + prompt + "\n\n" + _BODY
    assert any(prompt in flagged or flagged in prompt for flagged in _flagged(text))


@pytest.mark.parametrize(
    "heading", ["Read next", "Related article", "[Related Article]", "More fact-checks"]
)
def test_read_next_headings(heading: str) -> None:
    text = _BODY + "\n" + heading + "\nFerry operator fined over late sailings\n\n" + _BODY
    assert heading in _flagged(text)


@pytest.mark.parametrize(
    "line",
    [
        "Scam emails that land straight to your inbox are the problem, the officer said.",
        "Go deeper: the first find came from a reader who spotted the filing last week.",
        "Also on Tuesday, the council voted to close the library.",
        "A petition signed by readers like you is not enough, the mayor said on Tuesday.",
    ],
)
def test_the_same_words_in_article_prose_are_kept(line: str) -> None:
    # a sentence of the article at its own line, long enough to read as prose
    text = _BODY + "\n" + line + " The plan now goes to the full council in March.\n\n" + _BODY
    assert not any("plan now goes" in flagged for flagged in _flagged(text))


def test_a_related_list_ends_at_a_live_pages_next_timestamp() -> None:
    text = (
        _BODY
        + "\nRelated article\nHow engineers measure bridge loads\n\nAd Feedback\n\n"
        + "9:30 a.m. ET, November 21, 2026\n\nSurvivors describe the collapse\n\n"
        + "Residents of the town described hearing a crack before the bridge fell.\n"
    )
    flagged = _flagged(text)
    assert any("How engineers measure bridge loads" in f for f in flagged)
    assert not any("9:30" in f for f in flagged)
