"""Speakers resolved in context: couples sharing a surname, appositions, ranks, places and
organisations that "he" or "she" cannot stand for, an outlet's named presenter, an
organisation's spokesperson.

Each case is a pattern the whole-article blind sets showed missed; the sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.claims_support import quoted_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in quoted_speakers(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom and Ellie Whitcombe, both 29, were on board.\n\n"
            "“The boat just tipped over,” Tom told reporters.",
            "Tom Whitcombe",
        ),
        (
            "Aldermoor Water said it would respond in due course.\n\n"
            "Naomi Pryce, the MP for Arkendale, said she had written to ministers.\n\n"
            "“If this is true, it is a scandal,” she said.",
            "Naomi Pryce",
        ),
        (  # a long title before the name: seven capitalised words in a row
            "Trips took longer, according to Harmon County Fire District Chief Luis Okonkwo.\n\n"
            "“Every minute matters,” Okonkwo said.",
            "Luis Okonkwo",
        ),
        (
            "Harbourmaster Dafydd Rees has been watching the waves at Porth Eirin.\n\n"
            "“I have never seen the harbour like it,” he told the radio station.",
            "Dafydd Rees",
        ),
        ("“We were never told,” said the group’s chair, Philippa Marsh.", "Philippa Marsh"),
        (
            "“The wind should ease after dark,” says BBC Wales weather presenter Owain Rees.",
            "Owain Rees",
        ),
        (
            "Coast guard spokesperson Commodore Arnel Dizon told reporters: “We have "
            "recovered 27 bodies.”",
            "Arnel Dizon",
        ),
        (
            "My old friend Bill Harker has fished the Arken at Kelbrook Bridge since he was "
            "a boy. “I used to catch brown trout here,” he told me.",
            "Bill Harker",
        ),
        (
            "Tom Achterberg at the Rhine Institute for Environmental Medicine, who was not "
            "involved in the work, calls it “a careful, very large study”.",
            "Tom Achterberg",
        ),
        (
            "Kestrel Maritime, which operates nine tankers, rejected the allegations.\n\n"
            "“We reject any suggestion that we tolerated discharges,” the company said in a "
            "statement emailed to Reuters.",
            "Kestrel Maritime",
        ),
        (
            "A spokesperson for Aldermoor Water said the report was wrong.\n\n"
            "“We report every spill we are aware of,” the spokesperson said.",
            "Aldermoor Water",
        ),
    ],
)
def test_speaker_in_context(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Department for Education spokesperson said: “We do not comment on leaks.”",
            "Department for Education",
        ),
        (
            "“We keep it under review,” said a spokeswoman for the Bank of England.",
            "Bank of England",
        ),
        (
            "A spokesperson for the Department for Work and Pensions said: “Nothing has changed.”",
            "Department for Work and Pensions",
        ),
        ("“Prices are falling,” a Tesco spokesman said.", "Tesco"),
        ("“No comment,” a BBC spokesman said.", "BBC"),  # an outlet, as registered
        (
            "Jane Roe, a spokesperson for the Harbour Trust, said: “It is fine.”",
            "Jane Roe",  # the person heading the apposition, not the body she speaks for
        ),
    ],
)
def test_an_organisations_spokesperson_speaks_for_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_body_opening_its_clause_speaks() -> None:
    text = "In a statement to CBC News, Lumen Health said it had “never sold” user data."
    assert _speakers(text) == ["Lumen Health"]  # not the outlet named in the aside


def test_the_person_who_denied_is_he() -> None:  # "denied" reports words too
    text = (
        "Union leader Somchai Rattanawong said the deal was broken.\n\nMetro Transit chief "
        "executive Anan Kittisak denied that any agreement had been broken. “There was never a "
        "commitment,” he told a news conference."
    )
    assert _speakers(text) == ["Anan Kittisak"]


def test_a_german_noun_before_the_verb_is_no_body() -> None:
    assert _speakers("Der Vorstandschef räumte ein: „Wir müssen miteinander reden.“") == [None]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # "she" passes over a man the text shows speaking
            "Harbridge manager Sean Kilbride said the team was tired. “We were slow,” "
            "Kilbride said.\n\nCastlemere boss Ana Ferreira blamed a foul on her goalkeeper, "
            "Ben Astley.\n\n“It is a foul,” she said.",
            ["Sean Kilbride", "Ana Ferreira"],
        ),
        (  # a title says it where no given name does
            "Mr Okoro said the plan was sound. “It works,” Okoro said.\n\n"
            "Mrs Haldane disagreed with him.\n\n“It does not,” she said.",
            ["Okoro", "Haldane"],
        ),
        (  # a name that says nothing of its bearer's sex is not passed over
            "Tahir Della said the crimes were real.\n\n“We must look,” he said.",
            ["Tahir Della"],
        ),
        (  # a club is no one "she" stands for
            "Castlemere Athletic lost again. Their manager Ana Ferreira was angry.\n\n"
            "“Not good enough,” she said.",
            ["Ana Ferreira"],
        ),
    ],
)
def test_he_and_she_agree_with_the_persons_sex(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_a_surname_shared_in_a_list_of_people_is_no_couple() -> None:
    text = (
        "Joaquin Phoenix and Renée Zellweger won the top acting prizes.\n\n"
        "“I am standing on the shoulders of my favourite actor,” Phoenix said."
    )
    assert _speakers(text) == ["Joaquin Phoenix"]


def test_the_company_with_no_organisation_named_stays_unnamed() -> None:
    assert _speakers(
        "Jane Roe founded the firm in 1990. “We are proud of it,” the company said."
    ) == [None]


def test_page_furniture_is_no_name() -> None:
    from audit.analyse.people import names_in

    assert [n.text for n in names_in("Follow Mirror on Facebook")] == []
    assert [n.text for n in names_in("the River Arken at Kelbrook Bridge")] == []
    assert [n.text for n in names_in("the Housing Bill and Bill Harker")] == ["Bill Harker"]


@pytest.mark.parametrize(
    "text",
    [
        "“We were told it was over,” one worker told the Telegraph.",
        "“She is heartbroken,” a source told the Mirror.",
        "A neighbour told the BBC: “It was terrifying.”",
    ],
)
def test_whoever_is_told_is_the_listener_not_the_speaker(text: str) -> None:
    assert _speakers(text) == [None]


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    text = (
        "The documents, leaked by an official “in hopes that leaders would not escape "
        "responsibility”, include demands from Jane Roe herself."
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # "she" is the woman named in her paragraph, not the airline the text shows speaking
            "Borealis Air said the outage was outside its control.\n\nPassenger rights advocate "
            "Tessa Varga disputed that. “It is within its control,” she said.",
            ["Tessa Varga"],
        ),
        (  # "the carrier said" is the airline named before
            "Borealis Air cancelled 400 flights. The Calgary-based carrier said the outage was "
            "caused by “a faulty software update”.",
            ["Borealis Air"],
        ),
        (  # an organisation's whole name, joined by "of" and "and"
            "In a notice, the state's Department of Water and Environmental Regulation said "
            "that “the volume released is substantially greater”.",
            ["Department of Water and Environmental Regulation"],
        ),
        (  # a body named after "the", its last word an organisation's (and no title's)
            "The Oregon Health Authority said it was “monitoring the situation closely”.",
            ["Oregon Health Authority"],
        ),
        (  # an acronym opening its clause
            "In a statement, the FBI said it was “aware of the incident” and was helping.",
            ["FBI"],
        ),
        (  # a body's unit after its possessive speaks for the body
            "The FBI's Portland field office said it was “working closely with the hospital”.",
            ["FBI"],
        ),
        (  # "told" names the listener; the subject before it speaks
            "The Commerce Department told Reuters in a statement that “no final decision "
            "has been made”.",
            ["Commerce Department"],
        ),
        (  # a spokesperson after a clause that names nobody
            "Asked whether the government would step in, a Department for Transport "
            "spokesperson said the dispute was “a matter for the employer and the union”.",
            ["Department for Transport"],
        ),
        (  # still a person's apposition: the person speaks
            "Jane Roe, a spokesperson for the Harbour Trust, said it was “a shame”.",
            ["Jane Roe"],
        ),
        (  # a spokesperson of no named body: the body named before in the paragraph
            "Harnley Borough Council said the officer had been suspended. A spokeswoman said "
            "the authority had “co-operated fully with the police”.",
            ["Harnley Borough Council"],
        ),
        (  # a body heading its apposition, a title word ("Green") inside its name
            "Residents' group Harnley Green Belt Watch, which had objected to the scheme, "
            "said it was “relieved that questions are finally being asked”.",
            ["Harnley Green Belt Watch"],
        ),
        (  # a passive reporting verb between the tag and the quote tags nothing
            "Detective Inspector Rachel Doherty said when the charges were announced in "
            "September: “This has been a complex investigation.”",
            ["Rachel Doherty"],
        ),
        (  # "A Facebook group" and "The Board" are no names
            "The Board said it was “not aware” of the complaint.",
            [None],
        ),
    ],
)
def test_bodies_and_pronouns_in_their_paragraph(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_a_stars_rep_speaks_for_the_star() -> None:
    text = (
        "Reality star Tasha Greenwood has split from her husband, friends say.\n\n"
        "The rep added: “We'd ask that people stop speculating about their private life.”"
    )
    assert _speakers(text) == ["Tasha Greenwood"]


def test_he_is_the_role_holder_who_spoke_not_a_name_after_said() -> None:
    text = (
        "Graham Pettifer, 52, appeared at court on Thursday.\n\n"
        "Pettifer's solicitor, Andrew Haskins, said: “My client maintains his innocence.”\n\n"
        "He added: “Mr Pettifer served this borough honestly.”\n\n"
        "The council said Pettifer had been suspended in November."
    )
    assert _speakers(text) == ["Andrew Haskins", "Andrew Haskins"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a body named inside the apposition is not the subject: the name heading it is
            "Marta Quint, a lecturer at the University of Tessby, said: “The data are thin.”",
            ["Marta Quint"],
        ),
        (  # an adverb or an auxiliary between the subject and its verb
            "The Maritime Safety Agency also told us it had “no record of any such inspection”.",
            ["Maritime Safety Agency"],
        ),
        (
            "The Department for Rural Affairs has said it will reply “in due course”.",
            ["Department for Rural Affairs"],
        ),
        (  # "had" stays: it puts the verb inside the reported clause
            "Kestrel Group issued a note. A source told the paper that the board had asked for "
            "the findings to be “softened”.",
            [None],
        ),
        (  # a body named with its owner's possessive, after a date with an abbreviation
            "Freedonia's Defence Ministry said on Nov. 19 that its units had “liberated” Ostrov.",
            ["Freedonia's Defence Ministry"],
        ),
        (  # a quote going on after a tag holding a title's full stop is the same speaker's
            "“It is a striking signal,” said Dr. Ilse Brandt, the study's senior author. "
            "“But it is an observational study.”",
            ["Ilse Brandt", "Ilse Brandt"],
        ),
        (  # "the statement" is the words of the organisation named before
            "Kestrel Maritime issued a note on Monday.\n\n"
            "“We have found no sign of misuse,” the statement said.",
            ["Kestrel Maritime"],
        ),
        (  # a name after "reported that" is the reported clause's subject
            "The inquiry reported that Mr. Ostrander was “gravely at fault”.",
            [None],
        ),
    ],
)
def test_subjects_past_appositions_adverbs_and_abbreviations(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a report quoting someone "as saying": the person it names, not the reporter
            "Tass quoted the deputy minister, Mr Oleg Varnov, as saying the deal was "
            "“a new chapter” for both countries.\n\n"
            "Varnov was also quoted as saying the port would open “within a year”.",
            ["Oleg Varnov", "Oleg Varnov"],
        ),
        (  # an acronym role before a name is a title: the surname resolves to the full name
            "Local MLA Suresh Mehra alleged that warnings were ignored. “Nobody listened,” "
            "Mehra said.",
            ["Suresh Mehra"],
        ),
        (  # a place made an adjective names nobody
            "“The denial is about the headline number,” said a Pune-based analyst who did not "
            "wish to be named.",
            [None],
        ),
        (  # a description ending in a lower-case organisation word is no body's name
            "Kestrel Motors issued a filing on Friday. In it, the Pune-headquartered company "
            "said it “categorically denies” the report.",
            ["Kestrel Motors"],
        ),
        (  # a body heading a relative clause, its name cut to one word by the name reader
            "The Environment Agency, which runs the barrier, said it was “urgently "
            "investigating” the failure.",
            ["Environment Agency"],
        ),
        (  # a person's word relayed by an unregistered paper stays the person's
            "Kira Lund won the seat. Lund, a former teacher, called the decision "
            "“heartbreaking,” according to the Harbour Times.",
            ["Kira Lund"],
        ),
    ],
)
def test_relayed_quotes_roles_and_bodies(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # "she" opening a paragraph: the woman named in the paragraph above, not the
            # last man shown speaking
            "Ostrov's minister, Pavel Drozdov, said the line was vital.\n\n"
            "“We must build it,” Drozdov said.\n\n"
            "Greta Lindqvist, an analyst at the Kestrel Centre for Transport Studies, "
            "estimated that costs could rise.\n\n"
            "“The money is the problem,” she told reporters.",
            ["Pavel Drozdov", "Greta Lindqvist"],
        ),
        (  # a body's name that runs on past its organisation word
            "Campaigners objected. Clean Rivers Network Europe said in a statement that the "
            "money would be “better spent on sewers”.",
            ["Clean Rivers Network Europe"],
        ),
        (  # a possessive owner and a lower-case body
            "Kestrel's transport ministry told reporters that it was “reviewing the timetable”.",
            ["Kestrel's transport ministry"],
        ),
    ],
)
def test_speakers_across_paragraphs_and_bodies(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a party's possessive and a party label before the candidate's name
            "The poll puts Labor's Priya Ostrova ahead of the Liberals' Grant Kestler.\n\n"
            "Independent Corinne Vantongeren is third.\n\n"
            "Ostrova, a local pharmacist, said she was “not taking a single vote for granted”.\n\n"
            "Kestler said the poll did not matter.\n\n"
            "Vantongeren said she was “not surprised” by the numbers.",
            ["Priya Ostrova", "Corinne Vantongeren"],
        ),
        (  # a verb after "and" / "but" shares the subject opening the sentence
            "Jane Ostrova declined to name the buyer and said the sale was “a good deal”.",
            ["Jane Ostrova"],
        ),
    ],
)
def test_party_labels_and_shared_subjects(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_a_pull_quote_takes_the_speaker_of_the_longer_quote_it_repeats() -> None:
    text = (
        "Fire sweeps Ostrov valley\n\n'The clothes I was standing in'\n\n"
        "Deb Kestler, 61, lost her house on Gully Road.\n\n"
        "“I left with the dog and the clothes I was standing in,” she said.\n\n"
        "Others spoke of “the worst night” of the season, and of “a night we will "
        "never forget” in the valley."
    )
    # a short term, and words nobody is named for, keep no speaker
    assert _speakers(text) == ["Deb Kestler", "Deb Kestler", None, None]
