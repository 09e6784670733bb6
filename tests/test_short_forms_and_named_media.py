"""A registered short form that only opens a longer name, and a described medium's name
followed by a date. Texts written for these tests; the station is invented."""

from __future__ import annotations

from tests.claims_support import analysed_fields


def _chain_and_origin(body: str) -> tuple[list[tuple[str, str]], str | None]:
    fields = analysed_fields("Jobs figures\n\nBy Jo Bloggs\n\n" + body)
    attribution = fields["attribution"]
    return [(hop["name"], hop["relation"]) for hop in attribution["chain"]], attribution["origin"]


def test_a_short_form_that_opens_a_longer_name_is_not_the_outlet() -> None:
    """ "the Bureau" is a registered newsroom's short form; "the Bureau of Labor Statistics"
    is another body, which names no outlet."""
    assert _chain_and_origin("According to the Bureau of Labor Statistics, 40 jobs went.") == (
        [],
        None,
    )


def test_the_short_form_alone_still_names_its_outlet() -> None:
    chain, origin = _chain_and_origin(
        "The Bureau of Investigative Journalism counted 40 cases. According to the Bureau, "
        "40 jobs went."
    )
    assert chain == [("The Bureau of Investigative Journalism", "reports")]
    assert origin == "The Bureau of Investigative Journalism"


def test_a_described_media_name_ends_before_the_word_joining_a_date() -> None:
    chain, origin = _chain_and_origin(
        "The claim first aired on the radio station FM Karrow on Tuesday, which reported "
        "that 40 wells ran dry."
    )
    assert chain == [("FM Karrow", "reports")]
    assert origin == "FM Karrow"


def test_a_name_written_in_lower_case_words_keeps_them() -> None:
    chain, _ = _chain_and_origin(
        "Researchers at the Institut de recherche santé et climat (IRSC) counted 40 cases."
    )
    assert chain == [("Institut de recherche santé et climat", "reports")]
