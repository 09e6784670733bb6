"""A publisher known only by the page's closing copyright line ("© 2026 NPR"), and the kind
of an unregistered publisher read from its acronym spelt out in the text ("OVPR News" beside
"Orland Valley Public Radio"), a station's call letters with its city, or a wire's name
("… News Service"). Invented people, places and stations."""

from __future__ import annotations

import pytest

from audit.analyse.copyright import last_copyright_holder
from audit.analyse.host import guess_kind
from tests.claims_support import analysed_fields

HEADLINE = "Ferry service to the outer islands resumes after a week of storms"
BODY = (
    "Ferries to the outer islands sailed again on Friday after a week of storms kept them in "
    "port, the island council said.\n\n"
    '"People have been patient, and we thank them," said Orla Brannick, who runs the harbour '
    "office. The council said about 400 passengers had been waiting for a crossing.\n\n"
    "Repairs to the north pier will take another month, according to the council.\n"
)


def _page(footer: str) -> str:
    return (
        "Skip to main content\nNews\nWeather\nSports\n\n"
        f"{HEADLINE}\n\nNovember 20, 2026\n\n{BODY}\nMore stories\n"
        f"Harbour fees to rise in spring\n\n{footer}\n"
    )


def test_a_registered_outlet_in_the_closing_copyright_line_publishes_the_copy() -> None:
    text = _page("© 2026 npr")
    outlet = analysed_fields(text)["outlet"]
    assert (outlet["name"], outlet["kind"], outlet["method"]) == ("NPR", "broadcaster", "footer")
    evidence = outlet["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["quote"] == "npr"


def test_call_letters_in_the_closing_copyright_line_name_a_station() -> None:
    outlet = analysed_fields(_page("© 2026 KVXR-TV. All Rights Reserved."))["outlet"]
    assert (outlet["name"], outlet["kind"]) == ("KVXR-TV", "broadcaster")


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright 2026 Harrowgate Media Holdings, Inc. All rights reserved.",  # a company
        "© 2026 Maren Solberg",  # a newsletter writer
        # a wire's notice credits the story it closes, not the page
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission.",
    ],
)
def test_a_company_a_person_or_a_wire_holding_the_copyright_names_no_publisher(
    footer: str,
) -> None:
    assert analysed_fields(_page(footer))["outlet"]["name"] is None


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2026 The Kessel Times DAC", "The Kessel Times"),
        ("Copyright © 2026 Harbour Post Publishers Ltd. All rights reserved.", "Harbour Post"),
        ("©2026 Kessel Wire L.P. All Rights Reserved", "Kessel Wire"),
        ("© KESSEL VERLAG GmbH & Co. KG. All rights reserved.", "KESSEL VERLAG"),
        ("Copyright KWF 2017-2026. All rights reserved.", "KWF"),
        ("© 2026 Copyright Kessel 24 - All rights reserved.", "Kessel 24"),
        ("Copyright 1995-2026 Kessel Daily or by other parties, where indicated.", "Kessel Daily"),
        ("© 2026 The Harbour Post | Powered by WordPress", "The Harbour Post"),
    ],
)
def test_the_copyright_holder_is_read_without_years_and_legal_forms(line: str, holder: str) -> None:
    text = f"{BODY}\nMore stories\n\n{line}\n"
    found = last_copyright_holder(text)
    assert found is not None
    assert found.name == holder == text[found.start : found.end]


def test_a_copyright_line_far_above_the_end_is_not_the_pages() -> None:
    text = f"© 2026 npr\n\n{BODY * 40}"
    assert last_copyright_holder(text) is None


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("OVPR News", f"OVPR News\nOrland Valley Public Radio\n\n{BODY}", "broadcaster"),
        ("OVPR News", BODY, "unknown"),  # not spelt out in the text
        ("KVXR Kessel Falls", BODY, "broadcaster"),  # call letters and city
        ("KVEX 7 Kessel Falls", BODY, "broadcaster"),  # with its channel
        ("KIA Motors", BODY, "unknown"),  # three capitals and a word: no station
        ("Courtline News Service", BODY, "wire"),
        ("4News", BODY, "broadcaster"),  # a channel number with News
        ("12 NEWS", BODY, "broadcaster"),
        ("KVTV News", BODY, "broadcaster"),  # an acronym ending in TV
        ("Harrow Ledger", f"{BODY}\nLeave a Reply\n", "blog"),  # furniture over the name
        ("News of 1999", BODY, "unknown"),  # a year is no channel
    ],
)
def test_an_unregistered_publishers_kind_from_its_spelt_out_acronym_call_letters_or_name(
    name: str, text: str, kind: str
) -> None:
    assert guess_kind(name, text)[0] == kind


@pytest.mark.parametrize(
    ("sentence", "original"),
    [
        ("This story first appeared on November 15 on The Harbour Post.", "The Harbour Post"),
        ("Originally published by The Harbour Post.", "The Harbour Post"),
        # a video, or a crew of hackers, that first appeared somewhere is no article's source
        ("The footage shows a crowd. It first appeared on November 15 on Kessel Voice.", None),
        ("GreyFin is a ransomware crew that first appeared in late 2024.", None),
    ],
)
def test_a_first_appeared_credit_needs_this_article_as_its_subject(
    sentence: str, original: str | None
) -> None:
    republication = analysed_fields(f"{HEADLINE}\n\n{BODY}\n{sentence}\n")["republication"]
    assert (republication or {}).get("original_outlet") == original
