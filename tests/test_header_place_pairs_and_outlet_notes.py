"""Header lines the twenty-fifth text set showed: two reporters each with the place they
filed from ("Jane Roe in Lisbon and John Doe in Porto"), names followed by the outlet in
brackets, and a caption's copyright credit standing between the headline and the byline."""

from __future__ import annotations

from tests.claims_support import analysed_fields, byline_names

_BODY = (
    "The ferry operator cancelled its winter timetable on Monday, leaving islanders with one "
    "crossing a week, according to the harbour board. The board said it would review the "
    "decision in March.\n"
)


def test_two_reporters_each_with_a_place_are_the_byline() -> None:
    text = (
        "Harbour Ledger\n\nFerry operator cuts winter crossings to one a week\n\n"
        "Islanders say the decision leaves them stranded\n\n"
        "Jane Rowan in Lisbon and Marco Teles in Porto\n"
        "Published November 17 2026\n\n" + _BODY
    )
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Jane Rowan", "Marco Teles"]
    assert fields["title"]["value"] == "Ferry operator cuts winter crossings to one a week"


def test_names_before_the_outlet_in_brackets_are_the_byline() -> None:
    text = (
        "Harbour Ledger\n\nFerry operator cuts winter crossings to one a week\n\n"
        "Jane Rowan and Marco Teles (The Jakarta Post)\n"
        "Jakarta ● Sat, November 21, 2026\n\n" + _BODY
    )
    fields = analysed_fields(text)
    assert byline_names(fields, text) == ["Jane Rowan", "Marco Teles"]
    assert fields["title"]["value"] == "Ferry operator cuts winter crossings to one a week"


def test_a_caption_with_a_copyright_credit_is_no_headline() -> None:
    text = (
        "Harbour Ledger\n\nFerry operator cuts winter crossings to one a week\n\n"
        "The ferry terminal at dusk © Ana Lima for the Ledger\n\n"
        "Jane Rowan in Lisbon and Marco Teles in Porto\n"
        "Published November 17 2026\n\n" + _BODY
    )
    fields = analysed_fields(text)
    assert fields["title"]["value"] == "Ferry operator cuts winter crossings to one a week"


def test_a_place_after_one_name_alone_is_not_split_into_a_second() -> None:
    text = (
        "Harbour Ledger\n\nFerry operator cuts winter crossings to one a week\n\n"
        "Jane Rowan in Lisbon\nPublished November 17 2026\n\n" + _BODY
    )
    assert byline_names(analysed_fields(text), text) == ["Jane Rowan"]
