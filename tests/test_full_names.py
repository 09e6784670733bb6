"""An organisation speaking under a short name is reported under its name in full."""

from __future__ import annotations

import pytest

from audit.analyse.full_names import organisation_in_full
from tests.claims_support import install_registry, quoted_speakers


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # an acronym given in brackets, or abbreviating a name's capitals
        (
            "The Marlow Valley Water Authority (MVWA) met. Later",
            "MVWA",
            "Marlow Valley Water Authority",
        ),
        (
            "On Monday the Authority for Inland Waters said so. Later",
            "AIW",
            "Authority for Inland Waters",
        ),
        # a name in another language, its words joined by that language's particles
        (
            "The Office de Contrôle des Marchés du Nord (OCMN) wrote to it. Later",
            "OCMN",
            "Office de Contrôle des Marchés du Nord",
        ),
        (
            "The Stiftung für Wasser und Boden (SWB) was told. Later",
            "SWB",
            "Stiftung für Wasser und Boden",
        ),
        # a short name with the rest of it after, the last word an organisation's
        ("Kirimura Denki Holdings Co. shares fell. Later", "Kirimura", "Kirimura Denki Holdings"),
        (
            "shares of Dovecote Cables & Wires rose. Later",
            "Dovecote Cables",
            "Dovecote Cables & Wires",
        ),
        # or before it; sentence openers and possessives are no part of it
        (
            "In a letter, the N.C. Department of Roads said so. Later",
            "Department of Roads",
            "N.C. Department of Roads",
        ),
        (
            "Officials at the Brenton Regional Water Authority agreed. Later",
            "Water Authority",
            "Brenton Regional Water Authority",
        ),
        (
            "Yesterday Germany's Economy Ministry said so. Later",
            "Economy Ministry",
            "Economy Ministry",
        ),
        # nothing longer: as written
        ("Kirimura Denki Plunges After Outlook Cut\n\nLater", "Kirimura Denki", "Kirimura Denki"),
        ("Brightwell Health Inc. makes the app. Later", "Brightwell Health", "Brightwell Health"),
        ("Kent-based Fenwick Pharma recalled it. Later", "Fenwick Pharma", "Fenwick Pharma"),
        ("The Halden Health Board met. Later", "NRC", "NRC"),
    ],
)
def test_a_short_name_takes_the_full_name_given_before(text: str, short: str, full: str) -> None:
    assert organisation_in_full(text, short, text.index("Later")) == full


def test_quotes_give_an_acronym_speaker_its_full_name() -> None:
    text = (
        "The Marlow Valley Water Authority (MVWA) oversees the wells.\n\n"
        "An MVWA spokesperson said the agency had “opened a review of the records.”"
    )
    assert _speakers(text) == ["Marlow Valley Water Authority"]


def test_a_persons_name_is_never_lengthened() -> None:
    text = (
        "Ana Whitcombe founded the Ana Whitcombe Foundation in 2019.\n\n"
        "“We will keep going,” Whitcombe said."
    )
    assert _speakers(text) == ["Ana Whitcombe"]
