"""Speakers, caveats, datelines, desks and dates as Southern African and South Asian copy
writes them: joined initials ("W.A. Sirisena"), a rank in capitals ("DSP Karki"), a
person of an institute whose given name no list holds, "with X telling", a document's
author used as an adjective ("a DWNP situation report"), a dateline on a page's second
line, a desk credited only in the metadata, and a publication date that is the update's.
Texts written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.byline import analyse_byline
from audit.analyse.html_meta import choose_date
from audit.analyse.people import People
from audit.analyse.republication import analyse_republication
from audit.ingest import from_bytes
from audit.model import HtmlHints
from tests.claims_support import analysed_record, found_caveats, quoted_speakers


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Collective President W.A. Sirisena said growers were unpaid.", "W.A. Sirisena"),
        ("Farmer A. Perera said so.", "A. Perera"),
    ],
)
def test_joined_initials_open_a_full_name(text: str, full: str) -> None:
    people = People(text)
    assert people.full == [full]
    assert people.resolve(full.split()[-1]) == full


def test_a_lone_capital_a_is_still_no_name() -> None:
    assert People("A Sirisena said so.").full == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a rank's capitals before a surname stand for the person named in full
            "Deputy Superintendent of Police (DSP) Kamal Bahadur Karki said the slope failed."
            "\n\n“The debris came down in one piece,” DSP Karki told reporters.",
            "Kamal Bahadur Karki",
        ),
        (  # a person of an institute, whatever the given name
            "Economist Dr Chilufya Mwale of the Agricultural Markets Policy Institute said "
            "delays had become “a pattern rather than an exception”.",
            "Chilufya Mwale",
        ),
        (  # the person after an earlier title's "of Police", before their own body
            "Additional Superintendent of Police Jasim Uddin Mollah of CID's Cyber Police "
            "Centre said the unit had “started looking into” the channel.",
            "Jasim Uddin Mollah",
        ),
        (  # a body named for its members: "Citizens for …"
            "Governance watchdog Citizens for Procurement Integrity (CPI) said the case raised "
            "“serious red flags” about the tender.",
            "Citizens for Procurement Integrity",
        ),
        (  # "In a sworn statement filed …, X claims": the statement is X's
            "In a sworn statement filed in support of the application, Chilumba Energy "
            "managing director Harold Nkhoma claims the winner was unqualified.\n\n"
            "“The successful bidder has no history,” the sworn statement reads.",
            "Harold Nkhoma",
        ),
        (  # "with X telling": the absolute phrase's own subject speaks
            "Customers filed complaints, with one of them, tailor Rahima Khatun, telling the "
            "agency: “The agent told me to wait.”",
            "Rahima Khatun",
        ),
        (  # a first name alone after a comma is a name, not a sentence's opening word
            "Workers spoke to the broadcaster O País on Friday.\n\n“They told us to go home,” "
            "one worker, identified only by her first name, Felismina, told the station.",
            "Felismina",
        ),
        (  # a "that" clause closed by a comma before "and said" leaves "He" the subject
            "Imtiaz Rahman Siddiqui spoke on Monday.\n\nHe repeated the position that its "
            "systems were safe, and said the vendor had been “cut off completely”.",
            "Imtiaz Rahman Siddiqui",
        ),
        (  # a body's acronym as an adjective before a document, after "according to"
            "The Department of Wildlife and National Parks (DWNP) confirmed the deaths.\n\n"
            "The count has “risen week by week”, according to a DWNP situation report.",
            "Department of Wildlife and National Parks",
        ),
        (  # … and "The report … notes" goes back to that report's author
            "The Department of Wildlife and National Parks (DWNP) confirmed the deaths.\n\n"
            "The count rose, according to a DWNP situation report seen by Mmegi.\n\nThe "
            "report, dated November 14, notes that animals “appear to have collapsed”.",
            "Department of Wildlife and National Parks",
        ),
        (  # "said by phone" is no passive
            "Tamagawa Denki Holdings cut its forecast.\n\n“Customers have pushed back "
            "launches,” a Tamagawa spokesperson said by phone.",
            "Tamagawa Denki Holdings",
        ),
    ],
)
def test_speakers(text: str, speaker: str) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a letter sent to a body is not the body's: nobody signed it
        "In March, a letter sent to the state’s Office of Executive Inspector General accused "
        "the group of “padding numbers to keep the money flowing.”",
        # a passive's agent is no speaker: "also cited by the FT"
        "Customs data from provider Tradelane Analytics, also cited by the FT, shows 43 "
        'containers labeled "battery scrap, shredded" arriving at the port.',
        # the object of a verb of blame or praise is no speaker
        "The minister accused Jane Roe of “lying”.",
        # a preposition's object, wherever a body follows it
        "Supporters of Jane Roe at the rally said: “She will win.”",
        "Fans of Kaizer Chiefs at the stadium said: “We want a new coach.”",
        # a plural common noun after a comma is no one's name
        "On Tuesday, Witnesses told the court: “He ran.”",
        # an attributive word that is no body the text spells out
        "Costs “rose sharply”, according to a US report.",
        "Costs “rose sharply”, according to a BBC interview.",
    ],
)
def test_no_speaker(text: str) -> None:
    assert quoted_speakers(text)[-1][1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # joined initials are no rank: "JD Vance" is not Mary Vance
        ("Mary Vance, a teacher, was there. “It was loud,” JD Vance told reporters.", "JD Vance"),
        # "with" as a preposition keeps the sentence's subject speaking
        ("Jane Roe sided with Tom Smith, saying: “We will not back down.”", "Jane Roe"),
        # "said by WhatsApp" is still a tag
        ("“We are safe,” Jane Roe said by WhatsApp from the camp.", "Jane Roe"),
        # a person named after "Lawyers for" is no body, and "she" stands for her
        ("Lawyers for Jane Roe filed an appeal. “I am innocent,” she said.", "Jane Roe"),
        # "Mills" is a surname, not a mill's
        ("John Mills, the opposition leader, spoke. “We will win,” he said.", "John Mills"),
    ],
)
def test_speakers_kept(text: str, speaker: str) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The cause of death was still unknown.", "limits_of_evidence"),
        ("The department says it does not yet know what killed the animals.", "limits_of_evidence"),
        ("Officials had not yet established a cause of death.", "limits_of_evidence"),
        ("A toxin on one side could not be ruled out on the other.", "limits_of_evidence"),
        ("He said it was too early for anyone to say what happened.", "limits_of_evidence"),
        ('She said it was "far too early" to point to a single cause.', "limits_of_evidence"),
        ("The claims, which have yet to be tested in court, are serious.", "limits_of_evidence"),
        ("Right now we do not have enough data to tell.", "limits_of_evidence"),
        ("He said the figure could be higher.", "limits_of_evidence"),
        ("The authors said the study could not separate the two effects.", "limits_of_evidence"),
        ("The procurement authority is yet to comment on the matter.", "no_response"),
        (
            "Efforts to reach the ministry were not successful by the time of going to press.",
            "no_response",
        ),
        ("We were unable to contact the original uploader.", "no_response"),
        ("The image carries no date or location.", "provenance_unclear"),
        ("A spreadsheet said to contain the details of its users began circulating.", "hedge"),
        ("Customers lodged complaints alleging that money was withdrawn.", "hedge"),
        ("There were also claims at the meeting that officials took fees.", "hedge"),
        ("In the affidavit, Nkhoma claims that the firm was set up late.", "hedge"),
    ],
)
def test_caveat_cues(text: str, kind: str) -> None:
    assert kind in [k for k, _ in found_caveats(text)]


def test_verified_and_provenance_on_one_clause() -> None:
    kinds = [
        k
        for k, _ in found_caveats(
            "UNB could not independently verify whether the file is genuine or how it was obtained."
        )
    ]
    assert kinds == ["unverified_authenticity", "provenance_unclear"]


@pytest.mark.parametrize(
    "text",
    [
        "She did not rule out further strikes.",  # a person's plans, not a cause
        "Rescuers were unable to reach the village until Monday.",  # no one was asked
        "Residents were unable to contact relatives after the quake.",
        "Police said foul play could be ruled out.",  # ruled out, not left open
        "The attackers were unknown gunmen.",
        "False claims that the vaccine alters DNA spread quickly.",
        "Firefighters could not separate the two vehicles.",
    ],
)
def test_no_caveat(text: str) -> None:
    assert found_caveats(text) == []


def test_a_dateline_on_a_pages_second_line_credits_the_wire() -> None:
    """A page's text keeps one line per paragraph, with no blank line between: the wire's
    dateline opens a line, not a paragraph. A plain text's hard-wrapped line does not."""
    page = (
        "<html><body><article><h1>KhataPay freezes accounts after suspected leak</h1>"
        "<p>Dhaka, Nov 15 (UNB) - Mobile financial service provider KhataPay has frozen "
        "more than 100,000 accounts, officials said.</p>"
        "<p>The freeze began on Saturday night.</p></article></body></html>"
    )
    article = from_bytes(page.encode(), "p.html", "file", "2026-11-20T00:00:00Z", is_html=True)
    found = analyse_republication(article, {"byline": []})["republication"]
    assert found is not None and found["original_outlet"] == "United News of Bangladesh"
    wrapped = analysed_record(
        "Reporters asked about the plan and later\n"
        "Agence France-Presse (AFP) -- in a brief call -- was told it stood.\n"
    )
    assert wrapped["republication"] is None


_DESK_PAGE = """<html><head><title>Accounts frozen</title>
<meta name="author" content="Tribune Desk">
<meta property="article:published_time" content="2026-11-15T19:48:00+06:00">
</head><body><article><h1>Accounts frozen</h1><p>UNB</p>
<p>Dhaka, Nov 15 (UNB) - A wallet provider has frozen more than 100,000 accounts.</p>
<p>The freeze began on Saturday night, officials said.</p></article></body></html>"""


def test_a_desk_named_only_in_the_metadata_is_no_byline() -> None:
    article = from_bytes(
        _DESK_PAGE.encode(), "desk.html", "file", "2026-11-20T00:00:00Z", is_html=True
    )
    assert analyse_byline(article, {})["byline"] == []
    assert analyse_republication(article, {"byline": []})["republication"] is not None


def test_a_publication_key_holding_the_update_time_yields_the_day_shown() -> None:
    """datePublished equal to the minute to dateModified, a day after the day every date
    element shows: the page wrote its last change into both."""
    stamp = "2026-11-24T09:12:00+05:30"
    hints = HtmlHints(
        page=(
            ("ld:article:datePublished", stamp),
            ("ld:article:dateModified", stamp),
            ("dated", "Monday, 23 November 2026"),
            ("dated", "Monday, 23 November 2026 00:04"),
        )
    )
    choice = choose_date(hints)
    assert choice is not None and choice.value == "2026-11-23"
    apart = HtmlHints(
        page=(
            ("ld:article:datePublished", "2026-11-23T08:00:00+05:30"),
            ("ld:article:dateModified", stamp),
            ("dated", "Monday, 23 November 2026"),
        )
    )
    choice = choose_date(apart)
    assert choice is not None and choice.value == "2026-11-23"
    shown_later = HtmlHints(
        page=(
            ("ld:article:datePublished", stamp),
            ("ld:article:dateModified", stamp),
            ("dated", "Wednesday, 25 November 2026"),
        )
    )
    choice = choose_date(shown_later)
    assert choice is not None and choice.value == "2026-11-24"
