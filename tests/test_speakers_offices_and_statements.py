"""Speakers named by an office or a statement: "the magistrate said" after "Magistrate Ann
Roe" (also when the text opens with her title), a deacon's title, a portfolio before a
name ("Deputy Mayor for Housing Services Ann Roe"), "“…,” the statement said" after "In a
written statement, the department said", and a department's whole name ("Kessel
Department of Pest Control"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


@pytest.mark.parametrize("office", ["Mayor", "Judge", "Magistrate"])
def test_an_office_names_the_person_it_titled_even_at_the_texts_start(office: str) -> None:
    text = f'{office} Ann Roe fined the builder.\n\n"It was late," the {office.lower()} said.\n'
    assert _speakers(text) == ["Ann Roe"]


def test_a_deacon_is_a_title() -> None:
    text = 'Deacon Tomas Grell of Harbour Chapel spoke first. "We pay for traps," Grell said.\n'
    assert _speakers(text) == ["Tomas Grell"]


def test_a_portfolio_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Deputy Mayor for Housing Services Nadia Orlov said the city would act.\n\n"
        '"Residents deserve an answer," Orlov said.\n'
    )
    assert _speakers(text) == ["Nadia Orlov"]


def test_a_statement_speaks_for_whoever_gave_it_and_a_department_keeps_its_name() -> None:
    text = (
        "Of 4,000 complaints the Kessel Department of Pest Control logged, half were closed.\n\n"
        'In a written statement, the department said closures are "a standard tool" and that '
        "each was reviewed.\n\n"
        '"We answer every resident," the statement said.\n'
    )
    assert _speakers(text) == ["Kessel Department of Pest Control"] * 2


def test_a_statement_of_its_own_stays_unattributed() -> None:
    text = 'The council met on Monday.\n\n"We answer every resident," a statement said.\n'
    assert _speakers(text) == [None]
