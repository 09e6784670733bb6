"""A wire's name alone as a paragraph right after the story's prose signs the copy: the
article is that agency's, whoever the byline names. Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse import analyse
from audit.model import Article, Source

_SOURCE = Source("file", "test.txt", "2026-01-01T00:00:00Z", "text/plain")
_STORY = (
    "Fire destroys homes in the east of the state\n\nBy Tom Roe\nJanuary 17, 2026\n\n"
    "At least 37 homes have been lost to a bushfire, officials said.\n\n"
    "Crews were still working on Saturday.\n\n"
)


def _republished(text: str) -> str | None:
    found = analyse(Article(text, _SOURCE))["republication"]
    return found["original_outlet"] if found else None


@pytest.mark.parametrize(
    ("sign_off", "agency"),
    [
        ("AAP", "Australian Associated Press"),
        ("— Reuters", "Reuters"),
        ("AFP", "Agence France-Presse"),
    ],
)
def test_a_wire_signing_off_its_copy(sign_off: str, agency: str) -> None:
    text = f"{_STORY}{sign_off}\n\nSign up to our newsletter\n"
    assert _republished(text) == agency


def test_a_wire_name_before_the_prose_ends_is_no_sign_off() -> None:
    # a caption credit between paragraphs of an unfinished story, early in the text
    text = (
        "Fire destroys homes\n\nBy Tom Roe\n\nFirefighters at the scene on Saturday\n\nReuters\n\n"
        "At least 37 homes have been lost to a bushfire, officials said.\n\n"
        "Crews were still working on Saturday and expected to stay all week.\n\n"
        "Residents were told to leave the valley before nightfall.\n"
    )
    assert _republished(text) is None
