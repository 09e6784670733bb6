"""Plain-text headers as wire sites, local TV sites and writing platforms print them: a
second reporter credited "with … in <place>", a site's address after the reporter, bars of
account links, a platform's own links above a post, a writer's name above "Follow" and the
date; and the kind of a publisher known only by its name. Invented people and sites."""

from __future__ import annotations

import pytest

from audit.analyse.header import is_furniture
from audit.analyse.host import guess_kind
from tests.claims_support import analysed_fields, byline_names

HEADLINE = "Floodwater reaches the old mill as river rises past its record"
STANDFIRST = (
    "Rescuers moved families from the lower town overnight as the river rose for a third day."
)
BODY = (
    "The river rose above its 1987 record on Tuesday, the regional water office said, and "
    "families in the lower town were moved to the sports hall overnight.\n\n"
    '"We have never seen the water this high," said Ines Moravec, who runs the bakery.'
)


def test_a_second_reporter_with_a_place_and_capitalised_surnames_is_credited() -> None:
    text = (
        "Wire Site - The Wire Service\nSkip to main content\nNews | Photos | Videos | About\n"
        "Search | Log in\n\n"
        f"{HEADLINE}\n\n{STANDFIRST}\n\nBy Tomas VELDA, with Mirela OSTROVA in Brno\n"
        f"Published on 18 November 2026 - 06:52 GMT\n\n{BODY}\n"
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == HEADLINE
    assert byline_names(fields, text) == ["Tomas VELDA", "Mirela OSTROVA"]


def test_a_site_address_after_the_reporter_is_no_person_and_no_republication() -> None:
    text = (
        f"KVRX.com\nNews | Sports | Weather\n\n{HEADLINE}\n\n"
        "By Dana Holt, KVRX.com | Posted - Nov. 22, 2026 at 4:38 p.m.\n\n"
        f"{BODY}\n"
    )
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Dana Holt"]
    assert fields["republication"] is None
    assert fields["outlet"]["name"] == "KVRX.com"
    assert fields["outlet"]["kind"] == "broadcaster"


def test_an_agency_credited_with_the_reporters_is_no_republication() -> None:
    text = (
        f"{HEADLINE}\n\nBy Dana Holt and Luis Ferro, with The Associated Press\n"
        f"November 20, 2026\n\n{BODY}\n"
    )
    fields = analysed_fields(text)
    assert "Dana Holt" in byline_names(fields, text) and "Luis Ferro" in byline_names(fields, text)
    assert fields["republication"] is None


def test_a_site_address_alone_credits_no_one() -> None:
    text = f"{HEADLINE}\n\nBy kvrx.com\nNovember 20, 2026\n\n{BODY}\n"
    assert byline_names(analysed_fields(text), text) == []


def test_a_platforms_links_and_a_writers_name_above_follow_and_the_date() -> None:
    text = (
        "Medium\nOpen in app\nSign up | Sign in\nWrite\nSearch\n\n"
        f"{HEADLINE}\n\n{STANDFIRST} Here is who should be asking questions.\n\n"
        "Ines Moravec\n\nFollow\n\n6 min read\n·\nNov 21, 2026\n\n--\n\nListen\n\nShare\n\n"
        f"{BODY}\n"
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == HEADLINE
    assert fields["published"]["date"] == "2026-11-21"
    assert byline_names(fields, text) == ["Ines Moravec"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Sign up | Sign in", True),
        ("Search | Log in", True),
        ("Open in app", True),
        ("·", True),
        ("Floods | What we know so far about the lower town", False),
        ("Sign up now to save the mill", False),
    ],
)
def test_bars_of_account_links_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("KSL.com", "broadcaster"),
        ("KOCO 5 News", "broadcaster"),
        ("WRAL-TV", "broadcaster"),
        ("Winnipeg Free Press", "newspaper"),
        ("Kettle Weekly", "magazine"),
        ("Knowhow", "unknown"),
        ("WHO", "unknown"),
    ],
)
def test_a_publishers_kind_from_its_name(name: str, kind: str) -> None:
    assert guess_kind(name, "")[0] == kind


def test_a_newsletter_platforms_footer_marks_a_blog() -> None:
    assert guess_kind("Downstream", f"{BODY}\n\nSubscribe\n\nStart writing\nGet the app\n")[0] == (
        "blog"
    )
