"""Quotes: marks, nesting, split quotes, lost openings, and speaker resolution."""

from __future__ import annotations

from typing import Any

import pytest

from audit.analyse.quotemarks import find_quotes
from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Evidence, Source
from tests.claims_support import install_registry


@pytest.fixture(autouse=True)
def _registry(monkeypatch: pytest.MonkeyPatch) -> None:
    install_registry(monkeypatch)


def quotes(text: str) -> list[dict[str, Any]]:
    got = analyse_quotes(Article(text, Source("stdin", "-", "x", "text/plain")), {})["quotes"]
    for q in got:
        ev = q["evidence"]
        assert Evidence(ev["start"], ev["end"], ev["quote"]).holds_in(text)
        assert ev["quote"] == q["text"]
        if q["speaker_evidence"]:
            sev = q["speaker_evidence"]
            assert Evidence(sev["start"], sev["end"], sev["quote"]).holds_in(text)
    return got


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in quotes(text)]


def test_said_after_with_apposition() -> None:
    text = '"Prices will keep rising," said Tomas Lind, an economist at Nordbank.'
    assert pairs(text) == [("Prices will keep rising,", "Tomas Lind")]


@pytest.mark.parametrize(
    "tag",
    [
        "said the mayor, Rosa Diaz.",
        "said the city's mayor, Rosa Diaz.",
        "said the city’s deputy mayor, Rosa Diaz, on Monday.",
        "said Britain's foreign secretary, Rosa Diaz.",
    ],
)
def test_said_a_role_then_the_name_of_who_holds_it(tag: str) -> None:
    assert pairs(f'"We will rebuild the bridge," {tag}') == [
        ("We will rebuild the bridge,", "Rosa Diaz")
    ]


def test_said_an_unnamed_role_names_no_person() -> None:
    tag = "said the mayor, who declined to be named."
    assert pairs(f'"We will rebuild the bridge," {tag}') == [("We will rebuild the bridge,", None)]


def test_said_a_body_noun_then_its_name_is_the_body() -> None:
    tag = "said the company, Acme Corp."
    assert pairs(f'"We will rebuild the bridge," {tag}') == [
        ("We will rebuild the bridge,", "Acme Corp")
    ]


def test_name_said_before_colon_and_curly_marks() -> None:
    text = "Mayor Rosa Diaz said: “We are ready.”"
    assert pairs(text) == [("We are ready.", "Rosa Diaz")]


def test_split_quote_shares_speaker() -> None:
    text = '"It is late," Ana Ruiz said, "but not too late."'
    assert pairs(text) == [("It is late,", "Ana Ruiz"), ("but not too late.", "Ana Ruiz")]


def test_pronoun_resolves_to_last_person_outside_quotes() -> None:
    text = (
        "Omar Haddad, who runs the clinic, was blunt. "
        '"We saw Maria Lopez yesterday and she is fine," he said.'
    )
    assert pairs(text)[0][1] == "Omar Haddad"


def test_surname_and_title_resolve_to_full_name() -> None:
    text = "Karin Vogel leads the party. Later Ms Vogel said: “We will win.”"
    assert pairs(text) == [("We will win.", "Karin Vogel")]


def test_according_to_a_statement_by_surname() -> None:
    text = (
        'Piet Smit resigned in May. He regretted "every decision," according to a '
        "letter by Smit published on Friday."
    )
    assert pairs(text) == [("every decision,", "Piet Smit")]


def test_nested_single_quote_stays_inside() -> None:
    text = "The note reads: “This ‘reform’ is a sham.”"
    got = pairs(text)
    assert got == [("This ‘reform’ is a sham.", None)]


def test_scare_quote_without_speaker_and_apostrophes_ignored() -> None:
    text = "Critics called the country’s plan a ‘giveaway’ to donors."
    assert pairs(text) == [("giveaway", None)]


def test_closing_mark_with_lost_opening_takes_the_paragraph() -> None:
    text = "The minister told officials:\n\nClose every border now. Do it today.”\n\nNext."
    got = quotes(text)
    assert got[0]["text"] == "Close every border now. Do it today."


def test_continuation_in_same_paragraph() -> None:
    text = '"First point," said Lea Brandt. "Second point."'
    assert pairs(text) == [("First point,", "Lea Brandt"), ("Second point.", "Lea Brandt")]


def test_person_beats_relaying_outlet() -> None:
    text = 'Governor Sam Oduya urged calm and "no revenge," the Washington Post reported.'
    assert pairs(text) == [("no revenge,", "Sam Oduya")]


def test_paraphrase_is_not_a_quote() -> None:
    assert quotes("Minister Jane Okoro said the budget would be balanced next year.") == []


def test_quote_marks_pairing_straight() -> None:
    text = 'He said "yes" and then "no".'
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["yes", "no"]


def test_a_straight_quotation_over_several_paragraphs_keeps_each_paragraph() -> None:
    text = (
        '"We ran the numbers twice," said Nadia Krol, the depot manager. "The trucks are '
        "old.\n\n"
        '"And the drivers are older. Ours is 70.\n\n'
        '"Nobody is coming to replace them," she said.\n\n'
        'Critics called it a "tired" plan.\n\nThe "long" delay ended. "'
    )
    assert pairs(text) == [
        ("We ran the numbers twice,", "Nadia Krol"),
        ("The trucks are old.", "Nadia Krol"),
        ("And the drivers are older. Ours is 70.", "Nadia Krol"),
        ("Nobody is coming to replace them,", "Nadia Krol"),
        ("tired", None),
        ("long", None),
    ]
    assert find_quotes("") == []  # no paragraph, no next one to look at


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal,” said Dr. Ana Silva, the hospital's director.", "Ana Silva"),
        ("“It is over,” said Gen. Mark Milley.", "Mark Milley"),
        ("“Magic is real,” said J. K. Rowling.", "J. K. Rowling"),
        ("“The shelling has not stopped,” said Ahmed al-Rashid, a resident.", "Ahmed al-Rashid"),
        ("“We are not leaving,” Maria de la Cruz told reporters.", "Maria de la Cruz"),
        ("“Europe must act,” said Ursula von der Leyen.", "Ursula von der Leyen"),
        (
            "“We ran out of fuel,” Dr. Sobhi Skaik, the director of the hospital in the "
            "central Gaza Strip, said in an interview.",
            "Sobhi Skaik",
        ),
    ],
)
def test_speaker_names_with_titles_initials_and_particles(text: str, speaker: str) -> None:
    assert [s for _, s in pairs(text)] == [speaker]


def test_a_verb_in_another_clause_does_not_introduce_the_quote() -> None:
    text = (
        "The chancellor described the deal as “a good outcome for everyone”, though the "
        "National Farmers' Union warned that prices would rise."
    )
    assert [s for _, s in pairs(text)] == [None]


def test_middle_initials_do_not_make_two_people() -> None:
    text = (
        "Thomas Malone founded the centre. Thomas W. Malone, its director, is a professor.\n\n"
        "Mr Malone calls them “superminds”, he said."
    )
    assert [s for _, s in pairs(text)] == ["Thomas Malone"]


def test_a_verb_followed_by_that_reports_other_words() -> None:
    text = (
        "After trust member Peggy Bell asked last week “Why has this taken four months?” "
        "Mr. Cueto responded that the department needed time."
    )
    assert [s for _, s in pairs(text)] == ["Peggy Bell"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It will not happen on its own,” Okafor said.", "Okafor"),
        ("“Will it happen?” Brandt asked.", "Brandt"),
        ("“It will not happen,” said Okafor.", "Okafor"),
        ("Ines Okafor spoke first. “It will not happen,” Okafor said.", "Ines Okafor"),
        ("“We are ready,” said Laurence des Cars, the director.", "Laurence des Cars"),
        ("“We got here,” said Supervisor Alfredo Pedroza of Napa County.", "Alfredo Pedroza"),
        ("Ana Roe met the host. “Why now?” King asked Roe.", "King"),  # a title as surname
        ("“We pray,” said Bishop Tom Reed.", "Tom Reed"),
        ("US Attorney for Massachusetts Joshua Levy said: “It was built on lies.”", "Joshua Levy"),
        ("“It was built on lies,” said U.S. Attorney Joshua Levy.", "Joshua Levy"),
        # A capital at a sentence start or a word that names no one is not a surname.
        ("“It will not happen.” Officials said so later.", None),
        ("“It will not happen,” Police said.", None),
    ],
)
def test_a_lone_surname_in_the_tag_is_the_speaker(text: str, speaker: str | None) -> None:
    assert pairs(text)[0][1] == speaker


def test_a_long_apposition_between_name_and_verb() -> None:
    text = (
        "Prof Ana Silva, director of the Centre for Health at Duke University, who is leading "
        "research into the outbreak, says: “Reopening is like docking a cruise ship in town.”"
    )
    assert pairs(text)[0][1] == "Ana Silva"


def test_a_pronoun_takes_the_person_named_earlier_in_its_sentence() -> None:
    text = (
        "“We are ready,” said Ana Silva, a researcher. Deans reacted to threats by the "
        "minister, Tom Roe, to cut their pay because of what he called a “crisis”."
    )
    assert pairs(text)[1] == ("crisis", "Tom Roe")


def test_a_middle_name_or_first_surname_resolves_to_the_full_name() -> None:
    text = (
        "“He cannot play,” said Camille Etienne Gbedey, his mother. "
        "“Maybe a doctor can help,” Etienne said."
    )
    assert pairs(text)[1] == ("Maybe a doctor can help,", "Camille Etienne Gbedey")


def test_a_title_in_quotation_marks_is_no_quote() -> None:
    """A name or title in quotation marks is nobody's words: not a quote, and no break in
    the quotes around it."""
    text = (
        'Bernice Scott leads the group. Scott told "CBS This Morning" co-host Gayle King, '
        '"Because we need him."'
    )
    assert pairs(text) == [("Because we need him.", "Bernice Scott")]
    named = 'The file was first posted by a Telegram channel named "Data Bazar BD" last week.'
    assert pairs(named) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chris Grayling warned on Monday that the sector faces cuts. Speaking in the "
            "Commons, the Conservative MP said: “It does not need to be like this.”",
            "Chris Grayling",
        ),
        # a role that is not the clause's subject does not stand for anyone
        (
            "Kerri Vance bought a villa. A source close to the star told us: “She loves it.”",
            None,
        ),
    ],
)
def test_the_role_of_the_last_person_named_stands_for_them(text: str, speaker: str | None) -> None:
    assert pairs(text)[-1][1] == speaker


def test_a_quote_split_around_its_tag_keeps_one_speaker() -> None:
    text = (
        'Lucy Hargreaves, the housing minister, spoke. "We inherited a mess," the minister '
        'said, "and we are building our way out of it." Tom Beale called it "pure fantasy".'
    )
    assert [s for _, s in pairs(text)] == ["Lucy Hargreaves", "Lucy Hargreaves", "Tom Beale"]
    two = 'Ana Roe and Tom Bell spoke. "We won," Roe said, "but it was close," Bell added.'
    assert [s for _, s in pairs(two)] == ["Ana Roe", "Tom Bell"]


def test_a_person_named_after_an_outlets_possessive_is_the_speaker() -> None:
    text = '"You have to ask whether you want that," the ACLU\'s Jay Stanley tells Axios.'
    assert pairs(text)[0][1] == "Jay Stanley"


def test_next_sentence_reporting_other_words_is_no_tag() -> None:
    text = (
        "“The talks are over.” Mayor Rosa Diaz said the council would meet again in May. "
        "“We are ready.” Tomas Lind said on Monday."
    )
    assert pairs(text) == [("The talks are over.", None), ("We are ready.", "Tomas Lind")]
    asked = "“Is it over?” asked Rosa Diaz, the mayor."
    assert pairs(asked) == [("Is it over?", "Rosa Diaz")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the person whose view the sentence gives, known as a person by a title or by
        # being called by a single name elsewhere in the text
        (
            'For Ada Lutterell, the ruling was "a betrayal". Lutterell, who farms near '
            "Ely, plans to appeal.",
            "Ada Lutterell",
        ),
        (
            'Ada Lutterell runs the shop. For Lutterell, the rent rise is "ruinous".',
            "Ada Lutterell",
        ),
        ('To Mayor Ines Okafor, the plan was "long overdue".', "Ines Okafor"),
        ('For President Biden, it was "a win".', "Biden"),
        # places, firms, teams and phrases that open a sentence the same way: nobody
        ('For Ada Lutterell, the ruling was "a betrayal".', None),
        ('For Hong Kong, the ruling was "a blow". Hong Kong officials declined to comment.', None),
        ('For New York City, the plan was "a lifeline".', None),
        ('For Goldman Sachs, the deal was "transformational".', None),
        ('To North Korea, the drills are "a provocation". South Korea disagrees.', None),
        ('For Britain, the vote was "a turning point".', None),
        ('For the first time, officials called it "a crisis".', None),
        ('To date, the project has been "a success".', None),
        ('For Lutterell\'s neighbours, the closure was "a disaster". Lutterell left.', None),
        # firms and institutions called by one of their words are not people
        ('For Kemp Logistics, the strike was "costly". Kemp, the founder, agreed.', None),
        ('For Mercedes Benz, the sales were "weak". Benz cars sold.', None),
        ('For Harvard Business School, the case is "a classic". Harvard declined.', None),
        # a title the sentence splitter cut off ("Dr.") still marks a person
        ('For Dr. Ana Silva, the results were "striking".', "Ana Silva"),
        (
            'Ana Silva spoke. For Ana Silva, the cuts were "cruel". Silva said she would go.',
            "Ana Silva",
        ),
    ],
)
def test_a_sentence_opening_for_a_person_gives_their_view(text: str, speaker: str | None) -> None:
    assert [s for _, s in pairs(text)] == [speaker]


def test_a_speaker_of_its_own_wins_over_the_viewpoint() -> None:
    text = (
        'For Ada Lutterell, the ruling was "a betrayal," her lawyer Tom Reyes said. Lutterell left.'
    )
    assert [s for _, s in pairs(text)] == ["Tom Reyes"]
