"""Speakers resolved through what the text says of a body or a person: a company known as
one by a single phrase, "it", a spokesperson after "the company", a surname opening with
"al-", a player named by nationality. Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.bodies import bodies_in
from audit.analyse.people import quoted_mask
from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


def test_a_body_named_once_by_which_is_one_wherever_it_is_written() -> None:
    text = (
        "By Desk Reporter\n\n"
        "In a statement, Lendora said the breach was found on Monday. "
        '"We have contained the incident," the statement said.\n\n'
        "Lendora, which says it has two million users, urged customers to be careful.\n"
    )
    assert _speakers(text) == ["Lendora"]


def test_an_apposition_with_an_organisations_noun_makes_a_body() -> None:
    text = (
        "Details of customers of Lendora, a Pune-based digital lending app, were exposed.\n\n"
        'Lendora confirmed the attack. "No money was taken," the company said.\n'
    )
    assert _speakers(text) == ["Lendora"]


def test_it_stands_for_the_organisation_named_in_its_paragraph() -> None:
    text = (
        "Lendora, which runs the app, urged customers to be wary of calls. It said it had "
        'rotated its keys and "engaged a forensic firm" to investigate.\n'
    )
    assert _speakers(text) == ["Lendora"]


def test_it_with_no_organisation_in_its_paragraph_names_nobody() -> None:
    text = (
        "Lendora, which runs the app, was hacked.\n\n"
        'The weather turned. It said on the radio that "storms are coming" tonight.\n'
    )
    assert _speakers(text) == [None]


def test_a_spokesperson_after_the_company_in_a_later_paragraph() -> None:
    text = (
        "Lendora, which runs the app, urged customers to be wary of calls.\n\n"
        "The company denied reports that its app had been hacked. "
        '"Our core systems were not affected," a spokesperson said.\n'
    )
    assert _speakers(text) == ["Lendora"]


def test_a_spokesperson_with_no_body_in_sight_stays_unnamed() -> None:
    text = (
        "Lendora, which runs the app, urged customers to be wary of calls.\n\n"
        'Police were called to the scene. "Nobody was hurt," a spokesperson said.\n'
    )
    assert _speakers(text) == [None]


def test_a_surname_opening_with_a_particle() -> None:
    text = (
        "Provincial governor Hamid al-Kanani visited the wounded. "
        '"We will not allow this again," al-Kanani told reporters.\n'
    )
    assert _speakers(text) == ["Hamid al-Kanani"]


@pytest.mark.parametrize("reference", ["the Dane", "the midfielder", "the veteran"])
def test_a_person_named_by_nationality_or_position(reference: str) -> None:
    text = (
        'Coach Lars Hovmand was pleased. "They showed me something," Hovmand told '
        f'reporters. Hovmand had thought of a change. "He was tired," {reference} said.\n'
    )
    assert _speakers(text) == ["Lars Hovmand", "Lars Hovmand"]


def test_a_language_compound_is_nobody() -> None:
    text = '"They killed our children," reads the Arabic-language caption of a post.\n'
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Roe, a council officer, was there.",
        "Roe, the party's leader, spoke first.",
        "Roe, a former union official, said little.",
    ],
)
def test_a_person_described_by_an_organisation_is_no_body(sentence: str) -> None:
    masked = quoted_mask(sentence, [])
    assert [b.text for b in bodies_in(masked, [])] == []


def test_a_body_with_a_particle_in_its_name() -> None:
    text = "The depot was used by Kataib al-Saqr, an armed group whose fighters man checkpoints."
    assert [b.text for b in bodies_in(quoted_mask(text, []), [])] == ["Kataib al-Saqr"]


@pytest.mark.parametrize(
    "text",
    [
        "The Tarn Water Office runs the grants.\n\n"
        'A spokeswoman for the agency told the Ledger that "no award has been cut."\n',
        'The Tarn Water Office runs the grants. "No award has been cut," a representative of '
        "the agency said.\n",
        'The Tarn Water Office runs the grants. "No award has been cut," said a spokesman for '
        "the agency.\n",
    ],
)
def test_a_spokesperson_for_the_body_named_by_its_noun_speaks_for_it(text: str) -> None:
    assert _speakers(text) == ["Tarn Water Office"]


def test_a_spokesperson_for_a_body_never_named_is_nobodys() -> None:
    text = '"The final was a record," a spokesperson for the organising committee said.\n'
    assert _speakers(text) == [None]
