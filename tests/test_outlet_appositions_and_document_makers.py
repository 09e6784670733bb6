"""The chain as news copy names outlets and documents' makers: an outlet described by an
apposition ("Al Tarik, the Bahraini daily, reported"), by who runs it ("told the state-run
Ardenian News Agency"), or opening a sentence with a channel's number ("Tarsk 11 News
reported"); a document's maker ("prepared for the water board by Limassol-based consultancy
Tarvin Marine Engineering", "the inspection unit of the Provincial Water Directorate",
"signed by an inspector of the Regional Administration", "released under freedom of
information legislation by the operator, Northway Ferries", "according to a KWB notice
seen by the paper"). An agency that is no news agency is a body the text cites; an
acronym the text spells out as a body is not the outlet that shares it. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields


def _attribution(text: str) -> dict[str, object]:
    attribution: dict[str, object] = analysed_fields(text)["attribution"]
    return attribution


def _chain(text: str) -> list[tuple[str, str]]:
    chain = _attribution(text)["chain"]
    assert isinstance(chain, list)
    return [(hop["name"], hop["relation"]) for hop in chain]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Earlier, Al Tarik, the Bahraini daily, reported that the coach had been offered a "
            "contract.",
            "Al Tarik",
        ),
        ("Haaretz, the Israeli daily, reported on Monday that the deal was off.", "Haaretz"),
        (
            "The mayor told the state-run Philippine News Agency that the inventory would start.",
            "Philippine News Agency",
        ),
        (
            "Residents were angry. Tarsk 11 News reported on Wednesday that fragments were found.",
            "Tarsk 11 News",
        ),
    ],
)
def test_an_outlet_described_or_opening_a_sentence_reports(text: str, outlet: str) -> None:
    assert _attribution(text)["origin"] == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, a daily commuter, said the trains were late.",
        "Sam Hale, the blog's author, said the trains were late.",
        "What The Marlow Post reported was wrong, the council said.",
    ],
)
def test_no_outlet_from_a_person_or_a_sentence_opener(text: str) -> None:
    names = [name for name, _ in _chain(text)]
    assert not any(name.startswith(("Jane", "Sam", "What")) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "According to the Coastal Flood Agency, 12 rivers flooded.",
        "Residents were angry. The Coastal Flood Agency reported that 12 rivers flooded.",
    ],
)
def test_an_agency_that_is_no_news_agency_is_cited(text: str) -> None:
    attribution = _attribution(text)
    assert attribution["origin"] is None
    assert _chain(text) == [("Coastal Flood Agency", "cites")]


def test_a_news_agency_reports() -> None:
    text = "According to the Marlow News Agency, 12 rivers flooded."
    assert _attribution(text)["origin"] == "Marlow News Agency"


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "The Ledger has seen an inspection report dated October 2026, prepared for the "
            "water board by Limassol-based consultancy Tarvin Marine Engineering, which notes "
            "that a boom was damaged.",
            "Tarvin Marine Engineering",
        ),
        (
            "The document was prepared by the inspection unit of the Provincial Water "
            "Directorate and has not been made public.",
            "Provincial Water Directorate",
        ),
        (
            "A copy of the auditor's summary, prepared by Caldera Assurance & Audit Ltd., shows "
            "that 14 loans were never repaid.",
            "Caldera Assurance & Audit Ltd",
        ),
        (
            "The audit, dated Oct. 29 and signed by an inspector of the Ravenmoor Regional "
            "Administration's internal control department, says 11 units are missing.",
            "Ravenmoor Regional Administration",
        ),
        (
            "Data released under freedom of information legislation by the operator, Northway "
            "Ferries, shows the ship broke down 17 times.",
            "Northway Ferries",
        ),
        (
            "A leaked letter from the Ministry of Harbours instructs ward offices to list "
            "young men.",
            "Ministry of Harbours",
        ),
    ],
)
def test_a_documents_maker_is_the_origin(text: str, maker: str) -> None:
    assert _attribution(text)["origin"] == maker


def test_a_signature_by_a_title_names_no_body() -> None:
    text = (
        "The document is signed by a Director of Consumer Protection, a post that does not "
        "appear in the ministry's chart."
    )
    assert _chain(text) == []


def test_an_acronym_spelt_out_names_the_body_not_the_outlet() -> None:
    # "TBS" is also The Business Standard's short name: the text says which it means
    text = (
        "The Tanzania Bureau of Standards (TBS) suspended permits on Monday. The levels were "
        "found at its laboratory, according to a TBS notice seen by The Harbour Ledger."
    )
    names = [name for name, _ in _chain(text)]
    assert "Tanzania Bureau of Standards" in names
    assert not any("Business Standard" in name for name in names)


def test_records_another_outlet_reported_reach_the_copy_through_it() -> None:
    text = (
        "The company failed to report spills, according to the Financial Times, which cited "
        "a draft internal review. The review, written by the consultancy Harcourt Partners, "
        "found 47 faulty monitors."
    )
    assert _attribution(text)["origin"] == "Financial Times"


def test_who_publishes_a_title_is_no_source_of_its_reporting() -> None:
    assert (
        _chain("The Harbour Ledger is published by the Balkan Investigative Reporting Network.")
        == []
    )
    assert _chain("The story was first published by Reuters.")[0][0] == "Reuters"
