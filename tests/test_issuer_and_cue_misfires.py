"""Misfires a review of the Central American and South Asian families found, on sentences
no labelled set holds: a handle that is no subject, company letters read as titles, a
document only named near an issuer, a hard-wrapped line, an issuer's lawyers, a statement
issued by someone other than the person quoting it, a document passed on, abbreviations
in a signing sentence; caveat cues on ordinary unknowns; "twofold" as parts; comment
counts in prose; a date line above a menu. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields, found_caveats, quoted_speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A user who tagged @HarbourWatch wrote: "It is over."', None),
        ('Tom Poe, the harbour master, quoting @HarbourWatch said "the dock is shut".', "Tom Poe"),
        ('LIC Housing Finance said "rates will rise".', "LIC Housing Finance"),
        ('ING Groep said "rates will rise".', "ING Groep"),
        (
            "The Sindh government issued a notification on Monday. According to the "
            'notification\'s critics, it was "rushed".',
            None,
        ),
        (
            "The Sindh government issued a notification on Monday. According to the federal "
            'notification, "all schools shall reopen".',
            None,
        ),
        (
            "Traders angry with\nthe Sindh government issued a statement on Monday. "
            '"We will strike," the statement said.',
            None,
        ),
        ('The summary, written by Jane Roe\'s lawyers, states that "the deal was legal".', None),
        (
            "Jane Roe rejected claims in a statement issued by the union. "
            '"Pay has fallen," the statement said.',
            None,
        ),
        (
            'The court ordered the statement from Acme Ltd to be read aloud: "We regret the '
            'spill."',
            "Acme Ltd",
        ),
        (
            'The statement was shared by Jane Roe on Facebook. "We will fight on," the '
            "statement said.",
            None,
        ),
        (
            "The letter, dated 2 March, is signed by Dr. Jane Roe, the health officer. It "
            'instructs clinics to "close at noon".',
            "Jane Roe",
        ),
        (
            "The letter, dated 2 March, is signed by Ing. Carlos Mejía, the engineer. It "
            'instructs crews to "stop work".',
            "Carlos Mejía",
        ),
    ],
)
def test_speaker(text: str, speaker: str | None) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "There was no answer at the press office when the fire broke out, staff said.",
        "It is not yet clear how many residents left the island before the storm.",
        "It is unclear when the ship reached port after the engine failed.",
        "Doctors cannot treat the infection until its source is confirmed.",
        "Residents were split: some said to be patient, others wanted to leave.",
        "Many said to have faith in the new coach.",
        "The BBC quoted a Home Office official, Jane Roe, as saying it was over.",
        "The paper was quoting an official report from the ministry.",
        "The lawyer quoted an employee handbook in court.",
        "According to a former Acme employee, Jane Roe, the plant was unsafe.",
    ],
)
def test_no_new_cue_fires(text: str) -> None:
    kinds = {kind for kind, _ in found_caveats(text)}
    assert not kinds & {"no_response", "provenance_unclear", "hedge", "anonymous_source"}


def test_twofold_aim_is_no_multiple() -> None:
    figures = analysed_fields("The aim of the plan is twofold: to cut costs and raise pay.")
    assert figures["figures"] == []


@pytest.mark.parametrize(
    "text",
    [
        "312 responses to the consultation were received, most of them opposed.",
        "40 replies to the council's post called the plan unfair.",
        "One thought on the budget stands out: it is too small, said Jane Roe.",
    ],
)
def test_counts_in_prose_are_no_comment_heading(text: str) -> None:
    assert analysed_fields(text)["flags"] == []


def test_a_date_line_above_the_menu_is_no_tagline() -> None:
    page = (
        "Harbour Times\nTuesday, 4 March 2025\nHome | News | Opinion | Sports | About\n\n"
        "River rises overnight in the lower town\n\nBy Ana Roe\n\n"
        "Police said the river rose overnight.\n"
    )
    flagged = [f["evidence"]["quote"] for f in analysed_fields(page)["flags"]]
    assert "Tuesday, 4 March 2025" not in flagged
