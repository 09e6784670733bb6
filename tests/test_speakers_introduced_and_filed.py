"""Speakers a paragraph presents before their quotation, quotations continued over
paragraphs with the tag at the end, court filings as subjects, and names behind titles,
honorifics or firms. Invented people, firms and places."""

from __future__ import annotations

import pytest

from tests.claims_support import install_registry, quoted_speakers


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return quoted_speakers(text)


OPENING = "The grant office plans to reclaim the money by spring, the memo says.\n\n"


def test_a_quotation_after_a_paragraph_presenting_a_person_is_theirs() -> None:
    text = (
        f"{OPENING}Nadia Orlov runs the Ferndale Telephone Cooperative, which won a grant in "
        "2024. Her project is about a tenth complete.\n\n"
        '"We waited a year for a permit. Then the crew took a job elsewhere."\n\n'
        "She said the cooperative had not been told it was on any list."
    )
    assert _speakers(text) == [
        ("We waited a year for a permit. Then the crew took a job elsewhere.", "Nadia Orlov")
    ]


def test_a_quotation_after_a_paragraph_reporting_someones_words_is_theirs() -> None:
    text = (
        f"{OPENING}Ferris's lawyer, Tomas Grell, said his client had applied for a dozen jobs."
        '\n\n"Ferris spent nine years building that program.\n\n"We are asking the court to '
        'look at what happened."\n\nHe said Ferris would not speak to reporters.'
    )
    assert _speakers(text) == [
        ("Ferris spent nine years building that program.", "Tomas Grell"),
        ("We are asking the court to look at what happened.", "Tomas Grell"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # two people named in full: the quotation could be either's
        "Nadia Orlov and Pia Lund run the cooperative. Her project is a tenth complete.",
        # nothing says the paragraph is about her
        "Nadia Orlov runs the cooperative, which won a grant in 2024.",
        # she is not the one whose words are reported
        "The council told Nadia Orlov that the grant was safe.",
    ],
)
def test_a_paragraph_that_presents_no_one_lends_no_speaker(paragraph: str) -> None:
    text = f'{OPENING}{paragraph}\n\n"We waited a year for a permit."'
    assert _speakers(text) == [("We waited a year for a permit.", None)]


def test_a_quotation_open_at_its_paragraphs_end_takes_the_tag_of_its_continuation() -> None:
    text = (
        "Deputy minister Aminah Rahim said the ministry had set aside money for tracing."
        '\n\n"With tracing, buyers will know where the goods came from.\n\n"We have seen '
        'cases of mixed batches," she added.'
    )
    assert _speakers(text) == [
        ("With tracing, buyers will know where the goods came from.", "Aminah Rahim"),
        ("We have seen cases of mixed batches,", "Aminah Rahim"),
    ]


def test_a_court_filing_speaks_for_the_party_who_filed_it() -> None:
    text = (
        "Dario Venn, who coached the Harbour Kings, filed a statement of claim on Tuesday "
        "against the league.\n\nThe claim, which was obtained by reporters, seeks damages."
        "\n\nThe statement of claim says that account was wrong.\n\n"
        '"The plaintiff at no time left the bench," the claim reads.'
    )
    assert _speakers(text) == [("The plaintiff at no time left the bench,", "Dario Venn")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Deputy Administrator Lena Moss wrote: "We cannot wait."', "Lena Moss"),
        ('"We cannot wait," said Datuk Aminah Rahim.', "Aminah Rahim"),
    ],
)
def test_titles_and_honorifics_are_no_part_of_the_name(sentence: str, speaker: str) -> None:
    assert _speakers(f"The office met on Monday.\n\n{sentence}")[0][1] == speaker


@pytest.mark.parametrize(
    "body",
    ["the research firm Tallbrook Analytics", "Universiti Teknologi Serangan"],
)
def test_he_or_she_passes_over_a_firm_or_university_named_after_the_person(body: str) -> None:
    text = (
        'Senator Ray Dunmore wrote that "the agency failed."\n\n'
        f"Analyst Marta Quill of {body} said the delay could slow work. "
        '"Lenders will wait and see," she said.'
    )
    assert _speakers(text)[-1] == ("Lenders will wait and see,", "Marta Quill")


def test_a_pages_lines_are_its_paragraphs() -> None:
    """Extracted pages put one paragraph on each line: "she" after an unnamed nurse's
    paragraph is the nurse, not the minister quoted on the line before."""
    text = (
        "Minister for Health Nora Quigley said the budget had risen by a tenth this year.\n"
        "“I am not going to pretend that this is acceptable. It is not,” she said. “But we "
        "are turning a very large ship, and that takes time.”\n"
        "A nurse at the hospital, who asked not to be named because staff may not speak to "
        "reporters, said conditions had worsened since the inspection in September.\n"
        "“We had 67 people on trolleys one morning last week,” she said."
    )
    assert _speakers(text)[-1] == ("We had 67 people on trolleys one morning last week,", None)


def test_a_quoted_sentence_opening_the_next_line_goes_on_with_the_speaker() -> None:
    text = (
        "The scientists matched the decision times to the accumulation process over months.\n"
        "“If the reported time was valid, we could predict the decision,” explains Dr. Ivo "
        "Brandt, who led the study at the institute for several years.\n"
        "“We used a kind of mathematical trick, based on earlier studies.” This trick was "
        "the threshold the team had measured in the first experiment of the series."
    )
    assert _speakers(text)[-1] == (
        "We used a kind of mathematical trick, based on earlier studies.",
        "Ivo Brandt",
    )


def test_a_quotation_running_over_a_pages_lines_goes_on_with_the_speaker() -> None:
    text = (
        "Departure boards at the central station showed rows of cancellations on Thursday.\n"
        '"This is not a strike about pay," Hanna Veldt, the union\'s general secretary, told '
        "reporters outside the station on Thursday morning.\n"
        '"We are being asked to accept that one person, alone in a cab, can drive for four '
        "hours without relief. No pilot would be asked to do that.\n"
        '"And if the ministry does not withdraw this text, Thursday will not be the last day '
        'we stop."'
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Hanna Veldt"] * 3
