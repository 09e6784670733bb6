"""Headers and speakers the fifteenth blind set showed misread: a standfirst shorter than
its headline, a byline whose job title sits on the next line, letters after a name, "the
judge" standing for Judge Roe, and places read as people. Texts written for these tests."""

from __future__ import annotations

from typing import Any

from audit.analyse import analyse
from audit.analyse.people import names_in
from audit.model import Article, Source

_SOURCE = Source("file", "test.txt", "2026-01-01T00:00:00Z", "text/plain")


def _fields(text: str) -> dict[str, Any]:
    result: dict[str, Any] = analyse(Article(text, _SOURCE))
    return result


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in _fields(text)["quotes"]]


_BODY = (
    "\n\nThe council voted on Tuesday to close the library at Elm Park, ending a campaign "
    "that had run for two years.\n\nResidents said they would appeal the decision.\n"
)


def test_a_headline_above_a_shorter_standfirst_is_the_title() -> None:
    text = (
        "The Wexmoor Courier\n\nCouncil votes to shut Elm Park library after two-year fight "
        "by residents and staff\n\nAppeal planned as doors close in March\n\nBy Ana Diaz\n"
        "Tuesday 3 March 2026" + _BODY
    )
    title = _fields(text)["title"]
    assert title["value"].startswith("Council votes to shut Elm Park library")


def test_a_menu_line_above_the_headline_is_no_headline() -> None:
    text = (
        "NEWS | WEATHER | SPORTS | TRAFFIC | VIDEO\n\nCouncil votes to shut Elm Park library "
        "after a two-year fight\n\nBy Ana Diaz\nTuesday 3 March 2026" + _BODY
    )
    assert _fields(text)["title"]["value"].startswith("Council votes to shut")


def test_a_name_above_its_job_title_above_the_date_is_the_byline() -> None:
    text = (
        "Council votes to shut Elm Park library after a two-year fight\n\nClara Mendel\n"
        "Europe Correspondent\nWednesday 11 March 2026 15:22 GMT" + _BODY
    )
    assert [b["name"] for b in _fields(text)["byline"]] == ["Clara Mendel"]


def test_letters_after_a_name_are_not_part_of_it() -> None:
    names = [n.text for n in names_in("Judge Caroline Ashworth KC ruled. Sir Ian Lowe OBE said.")]
    assert names == ["Caroline Ashworth", "Ian Lowe"]


def test_the_role_stands_for_the_person_titled_with_it() -> None:
    text = (
        "At a hearing on Monday, Judge Maria Okafor KC ruled that the messages were "
        "admissible.\n\nDefence barrister Tom Reyes had argued that they were taken out of "
        'context.\n\nBut the judge said: "The question is one for a jury."\n\n'
        'She added: "I am satisfied it is fair."\n'
    )
    assert _speakers(text) == ["Maria Okafor", "Maria Okafor"]


def test_a_place_is_not_whom_she_stands_for() -> None:
    # "Hale Barns" after "Tom Reyes, 58, of" is where he lives; nobody here is "she"
    text = 'Tom Reyes, 58, of Hale Barns, denies fraud.\n\n"It is all a mistake," she said.\n'
    assert _speakers(text) == [None]
    assert [n.text for n in names_in("News / Greater Wexmoor / Courts")] == []


def test_a_surname_shared_by_two_people_resolves_by_the_pronoun() -> None:
    text = (
        "Dimakatso Roe sat outside her home. Jacob Roe had worked there for 20 years.\n\n"
        'Roe said she would attend every day. "I want answers," she said.\n'
    )
    assert _speakers(text) == ["Dimakatso Roe"]


def test_which_after_a_body_makes_the_body_the_speaker() -> None:
    text = (
        "The Department of Mines said it would study the report. Families were offered "
        "R50,000 each, according to the National Union of Mineworkers.\n\nThe offer was "
        'criticised by the union, which called the amount "an insult".\n'
    )
    assert _speakers(text) == ["National Union of Mineworkers"]


def test_put_it_introduces_a_quote() -> None:
    text = 'The union\'s Thabo Dube put it bluntly: "We warned them and they laughed at us."'
    assert _speakers(text) == ["Thabo Dube"]
