"""Bylines with something after the names: a comment link after a bar, an agency desk after
a slash; and share links under the date line, which name nobody. Texts written for these
tests."""

from __future__ import annotations

import pytest

from audit.analyse.header import read_header
from tests.claims_support import analysed_fields

_BODY = "A video showing a fireball over the town has spread widely on social media this week.\n"


def _bylines(text: str) -> list[str]:
    return [b.names.text for b in read_header(text).bylines]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Posted on 22 November 2026 by Rohan Varma | Leave a comment", "Rohan Varma"),
        ("By Layla HADDAD / AFP Iraq", "Layla HADDAD"),
        ("By Jane Roe / Staff", "Jane Roe"),
    ],
)
def test_the_names_before_a_trailer(line: str, name: str) -> None:
    text = (
        f"The Harbour Post\n\nFireball video shared as this week's depot blast\n\n{line}\n\n{_BODY}"
    )
    assert _bylines(text) == [name]


def test_share_links_under_the_date_are_no_byline() -> None:
    text = (
        "The Harbour Post\n\nFireball video shared as this week's depot blast\n\n"
        "By Desk Reporter Team\nUpdated on Nov 21, 2026 07:42 PM IST\n\n"
        f"Share Via\nCopy Link\n\n{_BODY}"
    )
    assert "Share Via" not in _bylines(text)


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("By Ann Roe  Harbour News", ["Ann Roe"]),  # the outlet set beside the name
        ("By Ann Roe  Kessel Times", ["Ann Roe"]),
        ("By Ann  Roe", ["Ann  Roe"]),  # a wide gap inside a name splits nothing
    ],
)
def test_an_outlet_set_beside_the_name_after_a_wide_gap_is_no_person(
    line: str, people: list[str]
) -> None:
    text = f"The Harbour Post\n\nFireball video shared as this week's depot blast\n\n{line}\n"
    text += f"November 20, 2026\n\n{_BODY}"
    assert [b["name"] for b in analysed_fields(text)["byline"]] == people
