"""An agency's material credited as inputs ("(With inputs from PTI)") is a credit in the
chain, not a republication; a masthead written as the site's address ("eKathimerini.com")
names the registered outlet that owns the domain."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse import analyse
from audit.analyse.registry import lookup
from audit.model import Article, Source


def _fields(text: str) -> dict[str, Any]:
    return analyse(Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain")))


@pytest.mark.parametrize(
    "credit",
    ["(With inputs from PTI)", "(with agency inputs from PTI)", "With information from PTI."],
)
def test_inputs_from_an_agency_are_a_credit(credit: str) -> None:
    text = (
        "Mill shares fall 20% after auditor quits\n\nBy Ravi Menon\n\n"
        "MUMBAI: Shares of the miller fell 20% on Monday after its auditor resigned.\n\n"
        f"{credit}\n"
    )
    fields = _fields(text)
    chain = fields["attribution"]["chain"]
    assert [(h["name"], h["relation"]) for h in chain] == [("Press Trust of India", "credits")]
    assert fields["republication"] is None
    assert fields["attribution"]["origin"] is None


def test_information_from_a_body_in_running_text_is_no_credit() -> None:
    text = "Officials acted with information from PTI reporters and the police.\n"
    assert _fields(text)["attribution"]["chain"] == []


def test_a_registered_domain_names_its_outlet() -> None:
    found = lookup("eKathimerini.com")
    assert found is not None and found.name == "Kathimerini"
    assert lookup("example-news.com") is None


def test_a_masthead_written_as_an_address() -> None:
    text = (
        "eKathimerini.com\nSUBSCRIBE\nSearch\nNEWS\nPOLITICS\n\n"
        "Over 400 rescued south of Crete as nine die off Gavdos\n\nEleni Varda\n"
        "21.11.2026 • 14:20\n\nThe coast guard rescued 412 people on Saturday.\n"
    )
    outlet = _fields(text)["outlet"]
    assert (outlet["name"], outlet["kind"]) == ("Kathimerini", "newspaper")
    assert outlet["evidence"]["quote"] == "eKathimerini.com"
