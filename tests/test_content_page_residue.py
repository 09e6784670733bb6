"""Page residue the seventh article set showed missed: captions ending in a credit,
reader-support and app prompts, topic lists under a bare heading, menus barred with "∙".
The texts are written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect

BODY = (
    "Harbour reopens after storm damage repaired\n\nBy Jane Doe\n12 March 2026\n\n"
    "The harbour reopened on Tuesday after a week of repairs, the council said in a "
    "statement, and the first ferry left on time.\n\n"
)


# A newsletter of short bullets, none a paragraph of 150 characters.
_NEWSLETTER = "\n".join(
    [
        "Patch Notes #210: the week in breaches",
        "",
        "- A pharmacy startup left 1.2 million prescription records in an open storage bucket.",
        "- A dental chain said it was investigating claims that patient files were for sale.",
        "- A smart-lock maker patched a flaw that let strangers open doors over Bluetooth.",
        "- Regulators in two states asked a data broker to explain where its lists came from.",
    ]
)


def _flagged(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detect(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Kelbrook Crown Court (Tom Hadley/PA Wire)", "Kelbrook Crown Court (Tom Hadley/PA Wire)"),
        (
            "Crews search the rubble of a block in Kelbrook on Nov. 19. (Fire Service / Telegram)",
            "(Fire Service / Telegram)",
        ),
    ],
)
def test_a_caption_ending_in_its_credit(line: str, flagged: str) -> None:
    text = BODY + line + "\n\nRepairs cost more than expected, the council said on Friday.\n"
    assert flagged in _flagged(text, "caption_credit")


def test_an_aside_in_parentheses_is_no_credit() -> None:
    text = BODY + "The ferry was late (the first time this year)\n\nIt left at noon.\n"
    assert _flagged(text, "caption_credit") == []


@pytest.mark.parametrize(
    "prompt",
    [
        "Harbour Latest: Get our daily briefing on the harbour in your inbox. Sign up here.",
        "We've covered the coast for 40 years. Our journalism is funded by readers.",
        "Download the Courier app for the latest headlines. Get the app",
        "Subscribe to Courier Business",
        "We're a small newsroom. Help us keep going by making a donation today.",
    ],
)
def test_reader_support_newsletter_and_app_prompts(prompt: str) -> None:
    text = BODY + prompt + "\n\nRepairs cost more than expected, the council said on Friday.\n"
    assert any(prompt[:20] in f for f in _flagged(text, "page_prompt"))


def test_a_topic_list_under_a_bare_heading_stops_at_the_next_heading() -> None:
    text = (
        BODY + "Topics\nHarbours\nStorms\nKelbrook\n\nStory Source:\n"
        "Materials provided by the Kelbrook Harbour Trust.\n"
    )
    lists = _flagged(text, "related_list")
    assert lists == ["Harbours\nStorms\nKelbrook"]


def test_footer_links_barred_with_bullet_operators() -> None:
    line = "Privacy ∙ Terms ∙ Collection notice"
    assert _flagged(BODY + line + "\n", "navigation") == [line]


def test_a_row_of_reaction_counters_is_page_furniture() -> None:
    text = f"{_NEWSLETTER}\n\n12 Likes · 4 Restacks\n\n1.2K shares | 87 comments\n"
    assert _flagged(text, "navigation") == ["12 Likes · 4 Restacks", "1.2K shares | 87 comments"]
    assert _flagged("Readers left 71 comments and 12 likes within an hour.\n", "navigation") == []


def test_comments_under_a_newsletter_of_short_bullets() -> None:
    text = (
        f"{_NEWSLETTER}\n\nComments\n\nDev Aro · Nov 21\n"
        "Good roundup. Do you have a source for the second item? Haven't seen it anywhere.\n\n"
        "Reply\n"
    )
    (comments,) = _flagged(text, "reader_comments")
    assert comments.startswith("Dev Aro") and comments.endswith("Reply")


def test_a_lead_in_named_picture_is_no_caption() -> None:
    line = (
        "The big picture: Every pharmacy startup is a data company that happens to ship "
        "pills. Most of them treat security as an afterthought."
    )
    assert _flagged(f"{_NEWSLETTER}\n\n{line}\n", "caption_credit") == []
    assert _flagged(f"{_NEWSLETTER}\n\nStaff photo: Jane Roe\n", "caption_credit") == [
        "Staff photo: Jane Roe"
    ]


@pytest.mark.parametrize(
    ("prompt", "kind"),
    [
        (
            "Get the latest harbour news straight to your phone. Turn on notifications?",
            "page_prompt",
        ),
        ("Want more news like this? Download the Courier app for breaking news.", "page_prompt"),
        ("Get the latest local news delivered to your inbox. Sign up for free.", "page_prompt"),
        ("Sign up to The Harbour Report. The week's stories, every Friday.", "page_prompt"),
        ("You've read 3 of your 5 free articles this month. Subscribe today.", "page_prompt"),
        ("This website uses cookies to ensure you get the best experience.", "page_prompt"),
        ("Please refresh the page for the latest updates", "page_prompt"),
        ("4 min read", "page_prompt"),
        ("Printer-friendly version", "page_prompt"),
        ("FROM OUR PARTNERS", "page_prompt"),
        ("Log in or register to post comments", "comment_form"),
        ("Join our commenting forum", "comment_form"),
    ],
)
def test_push_app_newsletter_paywall_and_comment_prompts(prompt: str, kind: str) -> None:
    text = BODY + prompt + "\n\nRepairs cost more than expected, the council said on Friday.\n"
    assert any(prompt[:16] in f for f in _flagged(text, kind))


@pytest.mark.parametrize(
    "line",
    [
        "Sign-ups for the harbour swim rose to 400, the council said.",
        "Fishermen said the free articles of association were never filed.",
        "Residents were told to sign up to the scheme before the storm.",
    ],
)
def test_prose_near_those_prompts_is_not_flagged(line: str) -> None:
    text = BODY + line + "\n\nRepairs cost more than expected, the council said on Friday.\n"
    assert not [f for f in detect(text) if line[:16] in text[f.start : f.end]]
