"""A document quoted later as "the report states" speaks for the author the text named where
it brought the document in ("a review by X", "was prepared by X", "its annual report"); a
document obtained or seen by someone is not theirs. Texts written for these tests."""

from __future__ import annotations

from tests.claims_support import quoted_speakers


def test_the_review_speaks_for_the_ministry_that_wrote_it() -> None:
    text = (
        "A 2025 review by the Ministry of Roads, Ports and Harbours recommended new booms.\n\n"
        'The review described the equipment as "inadequate for any spill," officials said.\n'
    )
    assert quoted_speakers(text) == [
        ("inadequate for any spill,", "Ministry of Roads, Ports and Harbours")
    ]


def test_an_author_after_an_aside_and_a_verb_of_writing() -> None:
    text = (
        "The 90-page report, a copy of which was seen by this newspaper, was prepared by "
        "Tamsin Orle Chartered Accountants for the harbour board.\n\n"
        '"The contractor kept no register of spoil volumes," the report states.\n'
    )
    assert quoted_speakers(text) == [
        ("The contractor kept no register of spoil volumes,", "Tamsin Orle Chartered Accountants")
    ]


def test_a_document_obtained_by_someone_is_not_theirs() -> None:
    text = (
        "An internal audit obtained by Marta Velde showed gaps in the fuel logs.\n\n"
        '"Entries are missing for most of 2025," the audit states.\n'
    )
    assert quoted_speakers(text) == [("Entries are missing for most of 2025,", None)]


def test_its_report_is_the_organisation_the_paragraph_speaks_of() -> None:
    text = (
        "Lab staff at the Kelvadon Water Authority's plant in Ostby County logged the same "
        "result for months.\n\n"
        "The authority did not tell its customers. Its annual report, mailed in June, said "
        'the water "met every standard."\n'
    )
    assert quoted_speakers(text) == [("met every standard.", "Kelvadon Water Authority")]


def test_a_long_body_name_after_by_is_read_whole() -> None:
    text = (
        "A 2024 report by the Audit Office of the Institutions of the Federation of Westmark "
        'flagged "irregularities in the sale of timber."\n'
    )
    assert quoted_speakers(text) == [
        (
            "irregularities in the sale of timber.",
            "Audit Office of the Institutions of the Federation of Westmark",
        )
    ]
