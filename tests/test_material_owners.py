"""The body whose own material an article rests on reaches the chain: internal records that
"show" it did something, records "from" it, a review "prepared by" it, a records request to
it. A person named there is no such body."""

from __future__ import annotations

import pytest

from audit.analyse import analyse
from audit.model import Article, Source

_SOURCE = Source("file", "test", "2026-01-01T00:00:00Z", "text/plain")


def _chain(body: str) -> list[tuple[str, str]]:
    text = f"Water board under scrutiny\n\nBy Lena Roe\n\n{body}\n"
    chain = analyse(Article(text, _SOURCE))["attribution"]["chain"]
    return [(hop["name"], hop["relation"]) for hop in chain]


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        (
            "Internal lab reports obtained by the Courier show the Marrow Vale Water Authority "
            "detected the metal in 14 wells.",
            "Marrow Vale Water Authority",
        ),
        (
            "Records reviewed by reporters suggest that Quellbrook Freight billed for routes "
            "it never drove.",
            "Quellbrook Freight",
        ),
        (
            "The story rests on internal emails, shift rosters and other records from Tarnby "
            "Care Services, which runs the homes.",
            "Tarnby Care Services",
        ),
        (
            "It cites an internal draft from the Federal Levee Safety Office that would hide "
            "the ratings.",
            "Federal Levee Safety Office",
        ),
        (
            "The review, prepared by Homes Renew Authority's own assurance unit in April, "
            "found defects in a third of homes.",
            "Homes Renew Authority",
        ),
        (
            "The 23-page report, a copy of which was obtained by the Courier, was prepared by "
            "Portvale-based Kestrel Marine Surveyors Ltd for the ferry's operator.",
            "Kestrel Marine Surveyors Ltd",
        ),
        (
            "A hull survey carried out in June by Ostmark Classification found corrosion.",
            "Ostmark Classification",
        ),
        (
            "Incident logs released after a public records request to the Division of Harbor "
            "Safety show 41 near misses.",
            "Division of Harbor Safety",
        ),
    ],
)
def test_the_owner_of_the_material_is_an_origin(body: str, owner: str) -> None:
    assert (owner, "obtained") in _chain(body)


def test_who_paid_for_a_survey_is_not_its_author() -> None:
    body = "A survey commissioned by the Drivers Union found that 40% of staff were tired."
    assert all(name != "Drivers Union" for name, _ in _chain(body))


def test_a_person_after_show_is_no_origin() -> None:
    chain = _chain("Internal emails obtained by the Courier show Mayor Jana Holt approved it.")
    assert all("Holt" not in name for name, _ in chain)


def test_a_short_name_is_the_full_name_given_elsewhere() -> None:
    body = (
        "Internal documents show that Tarnby knew of the flaw. The report drew on internal "
        "emails and other records from Tarnby Care Services, the contractor."
    )
    owners = [name for name, relation in _chain(body) if relation == "obtained"]
    assert owners == ["Tarnby Care Services"]


def test_the_outlet_that_reported_the_records_stays_the_origin() -> None:
    text = (
        "Recycler under scrutiny\n\nBy Lena Roe\n\nThe claims were first reported by the "
        "Financial Times, which drew on internal spreadsheets and emails from Quellbrook "
        "Circular, a Rotterdam company.\n"
    )
    attribution = analyse(Article(text, _SOURCE))["attribution"]
    assert attribution["origin"] == "Financial Times"
    assert ("Quellbrook Circular", "obtained") in [
        (hop["name"], hop["relation"]) for hop in attribution["chain"]
    ]


def test_the_owner_alone_is_the_origin() -> None:
    text = (
        "Water board under scrutiny\n\nBy Lena Roe\n\nInternal lab reports show the Marrow "
        "Vale Water Authority detected the metal in 14 wells.\n"
    )
    attribution = analyse(Article(text, _SOURCE))["attribution"]
    assert attribution["origin"] == "Marrow Vale Water Authority"
    assert "holds the records" in attribution["origin_reason"]
