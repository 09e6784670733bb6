"""Reporting credited to a paper named with its website ("The Ridge Herald/RidgeLive
reported"), not to the copy's own outlet, and a short form two registered outlets share
("CNA") read as the one from the country of the outlets the text names."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.attribution import analyse_attribution
from audit.model import Article, Source


def _attribution(text: str, own: str | None = None) -> dict[str, Any]:
    article = Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain"))
    found = {"outlet": {"name": own}} if own else {}
    attribution: dict[str, Any] = analyse_attribution(article, found)["attribution"]
    for hop in attribution["chain"]:
        for ev in hop["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["quote"]
    return attribution


def test_a_paper_named_with_its_website_is_credited() -> None:
    text = (
        "The dispatch agency is two years late on its new system, The Ridge Herald/RidgeLive "
        "first reported Tuesday. Records obtained by the newspaper show the cost doubled."
    )
    attribution = _attribution(text, own="Valley News 9")
    assert [hop["name"] for hop in attribution["chain"]] == ["Ridge Herald/RidgeLive"]
    assert attribution["origin"] == "Ridge Herald/RidgeLive"


def test_the_copys_own_paired_name_is_no_hop() -> None:
    text = (
        "The cost rose to $31.4 million, according to emails obtained by The Ridge "
        "Herald/RidgeLive through a public records request."
    )
    assert _attribution(text, own="The Ridge Herald/RidgeLive")["chain"] == []


@pytest.mark.parametrize(
    "text",
    [
        "According to Smith/Jones estimates, the board voted on Monday.",
        "According to the Quinnipiac/Marist poll, the race is tied.",
        "The Health/Safety unit reported a leak on Monday.",
    ],
)
def test_a_pair_that_is_no_paper_and_its_website_is_no_outlet(text: str) -> None:
    assert _attribution(text)["chain"] == []


def test_the_copys_paper_named_alone_owns_its_paired_name() -> None:
    text = "The cost doubled, according to The Ridge Herald/RidgeLive, which obtained emails."
    assert _attribution(text, own="The Ridge Herald")["chain"] == []


def test_a_shared_short_form_is_the_outlet_of_the_texts_country() -> None:
    text = (
        "Taipei Times\n\nKaohsiung court jails hospital buyer\n\n"
        "The defendant's lawyer told CNA after the ruling that his client would appeal."
    )
    names = [hop["name"] for hop in _attribution(text)["chain"]]
    assert names == ["Central News Agency (Taiwan)"]


def test_a_wire_named_first_gives_no_country_to_go_by() -> None:
    text = (
        "Reuters reported the ruling first.\n\n"
        "The defendant's lawyer told CNA after the ruling that his client would appeal."
    )
    assert "Central News Agency (Taiwan)" not in [h["name"] for h in _attribution(text)["chain"]]


def test_a_shared_short_form_without_a_country_to_go_by_credits_no_one() -> None:
    text = "The defendant's lawyer told CNA after the ruling that his client would appeal."
    assert _attribution(text)["chain"] == []
