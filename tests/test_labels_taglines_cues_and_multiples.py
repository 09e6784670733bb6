"""Headers, sources, caveats, flags and figures as Southeast Asian and francophone pages
write them: a "Reporter:" label, a tagline under the masthead above the menu, a desk's
credit after the outlet's possessive; a service on its parent's domain ("today.rtl.lu");
an institute named in lower case before its acronym, "daily" before a measure; caveat cues
("could not yet be verified", "could not reach … for comment", "attributed the information
to an unnamed officer", "did not have data on", "could reflect", "arrived anonymously");
"Related news:", "Read:", "Photo source:" and "Home > News" lines; "gone up threefold";
speakers sending a statement or named after "his employer,". Texts written for these
tests."""

from __future__ import annotations

import pytest

from audit.analyse.content import detect
from audit.analyse.header import read_header
from audit.analyse.outlets import registry
from tests.claims_support import analysed_fields, found_caveats, quoted_speakers

_MENU = "Home\nLatest News\nTop News\nBusiness\nWorld\nSports\n"


def test_a_reporter_label_credits_the_reporter_and_anchors_the_headline() -> None:
    text = (
        "ANTARA News\nIndonesian News Agency\nTuesday, 24 November 2026\n"
        + _MENU
        + "Forty-six citizens return home from scam compounds\n"
        "Saturday, 21 November 2026 14:37 WIB\nReporter: Rizka Ayuningtyas\n"
        "Editor: Hendra Wibisana\n"
        "Jakarta (ANTARA) - Forty-six citizens held in scam compounds arrived home on "
        "Saturday after they were handed over at the border, officials said.\n"
    )
    header = read_header(text)
    assert header.title is not None
    assert header.title.text == "Forty-six citizens return home from scam compounds"
    assert [b.names.text for b in header.bylines] == ["Rizka Ayuningtyas"]


def test_a_reporter_word_without_its_colon_is_no_byline() -> None:
    text = (
        "Harbour fees rise\n\n12 November 2026\n\n"
        "Reporter Jane Roe asked the mayor about the fees on Tuesday, and he declined.\n"
    )
    assert read_header(text).bylines == ()


def test_a_tagline_under_the_masthead_above_the_menu_is_no_headline() -> None:
    text = (
        "Malaysiakini\nNews and views that matter\nThursday, 19 Nov 2026\n"
        "Latest\nNews\nOpinion\nLetters\nColumns\nVideos\nKiniTV\nBerita\nSubscribe\nLogin\n"
        "Witness says former chief ordered him to change tender scores\n"
        "Nur Alya Rosli\nPublished:  Nov 19, 2026 4:12 PM\n"
        "A former procurement manager told the Sessions Court today that the company's chief "
        "executive instructed him to raise a bidder's scores.\n"
    )
    header = read_header(text)
    assert header.title is not None
    assert header.title.text == "Witness says former chief ordered him to change tender scores"


def test_a_desk_after_the_outlets_possessive_is_no_person() -> None:
    text = (
        "Thai PBS World\nHome\nThailand\nPolitics\nBusiness\nEnvironment\n"
        "Haze season linked to surge in child asthma visits, study finds\n"
        "Thai PBS World’s Environment Desk\n18th Nov 2026\n"
        "Asthma visits by children rose sharply during the haze months, researchers said.\n"
    )
    assert [b.names.text for b in read_header(text).bylines] == []


def test_a_service_on_its_parents_domain_is_found_by_its_address() -> None:
    found = registry().by_domain("today.rtl.lu")
    assert found is not None and found.name == "RTL Today"
    parent = registry().by_domain("www.rtl.lu".removeprefix("www."))
    assert parent is not None and parent.name != "RTL Today"


def _chain(text: str) -> list[str]:
    fields = analysed_fields("Heat study\n\nBy Jo Bloggs\n\n" + text)
    return [hop["name"] for hop in fields["attribution"]["chain"]]


def test_an_institute_named_in_lower_case_before_its_acronym() -> None:
    text = (
        "Researchers at the Institut de recherche santé et climat (IRSC), a Marseille-based "
        "research group, analysed 1.8 million calls."
    )
    assert _chain(text) == ["Institut de recherche santé et climat"]


def test_a_daily_measure_is_no_daily_newspaper() -> None:
    text = (
        "When daily PM2.5 levels exceeded 100 micrograms, asthma visits rose by 41 per cent, "
        "researchers at the Lanna Institute for Public Health found."
    )
    assert "PM2.5" not in _chain(text)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("He said the number could not yet be verified.", "unverified_authenticity"),
        (
            "She put it at 1,900, a figure the station has not been able to check.",
            "unverified_authenticity",
        ),
        ("The paper could not reach the company for comment on Friday.", "no_response"),
        ("The newspaper attributed the information to an unnamed officer.", "anonymous_source"),
        ("An unnamed police officer said two people had been arrested.", "anonymous_source"),
        ("The magazine obtained it from a person in the industry.", "anonymous_source"),
        ("It again rejected suggestions of a widespread fault.", "official_denial"),
        ("The defence maintains that Roe never received any money.", "official_denial"),
        ("He did not know who had taken the screenshots.", "provenance_unclear"),
        ("The file arrived anonymously by post.", "provenance_unclear"),
        ("The researchers did not have data on individual exposure.", "limits_of_evidence"),
        ("The figures have not been independently reviewed.", "limits_of_evidence"),
        ("The size of the effect is harder to pin down.", "limits_of_evidence"),
        ("Part of the rise could reflect parents seeking care sooner.", "limits_of_evidence"),
        ("They were unable to take account of air conditioning.", "limits_of_evidence"),
        ("It is very likely that the haze plays a major role, he said.", "hedge"),
    ],
)
def test_cues_of_asian_and_francophone_copy(sentence: str, kind: str) -> None:
    assert kind in [k for k, _ in found_caveats(sentence)]


def test_people_denied_food_are_no_denial() -> None:
    kinds = [k for k, _ in found_caveats("Those who failed were fined or denied food.")]
    assert "official_denial" not in kinds


_BODY = (
    "Water bills soar\n\nBy Jane Roe\n\n12 November 2026\n\n"
    "Residents say their bills have tripled since new meters were fitted, the association "
    "said on Tuesday.\n\n"
)
_AFTER = "\n\nThe company blamed installation faults for the readings.\n"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Related news: Government warns jobseekers against overseas offers", "navigation"),
        ("Read: Nickel exports surge as smelters expand in Sulawesi", "navigation"),
        ("Photo source: Unsplash, for illustrative purposes", "caption_credit"),
    ],
)
def test_related_links_and_a_photo_source(line: str, kind: str) -> None:
    text = _BODY + line + _AFTER
    assert line in [text[f.start : f.end] for f in detect(text) if f.kind == kind]


def test_a_breadcrumb_from_home_to_a_section_named_news() -> None:
    text = (
        "Jakarta Globe\nNews\nBusiness\nTech\nLifestyle\nSports\nHome > News\n"
        "Citizens rescued from scam compounds fly home\n"
        "By : Jane Roe | Saturday, November 21, 2026\n"
        "Forty-six citizens held in scam compounds arrived home on Saturday, officials said.\n"
    )
    assert "Home > News" in [text[f.start : f.end] for f in detect(text)]


@pytest.mark.parametrize(
    ("sentence", "multiple"),
    [
        ("Some bills have gone up threefold in a single quarter.", [3]),
        ("It reported a fourfold increase in complaints.", [4]),
        ("The aim is twofold: to cut costs and to save water.", []),
        ("A threefold approach was agreed.", []),
    ],
)
def test_a_fold_multiple_beside_a_change(sentence: str, multiple: list[int]) -> None:
    figures = analysed_fields("Bills\n\nBy Jo Bloggs\n\n" + sentence)["figures"]
    assert [f["value"] for f in figures if f.get("unit") == "times"] == multiple


def test_a_statement_from_the_company_is_the_companys() -> None:
    text = (
        "Kestrel Maritime took over the contract in 2025.\n"
        "“The new meters are certified,” a statement from the company said. “A limited "
        "number of accounts have shown anomalies.”"
    )
    assert [s for _, s in quoted_speakers(text)] == ["Kestrel Maritime", "Kestrel Maritime"]


def test_a_name_after_his_employer_is_no_he() -> None:
    text = (
        "A former director went on trial on Thursday.\n"
        "The 54-year-old, identified in court only as Marc W., is alleged to have moved money "
        "held by his then employer, Fiduciaire Moselle Conseil, into a property company.\n"
        "He denies the charges. “I never took a cent,” he told the court."
    )
    assert quoted_speakers(text)[-1][1] == "Marc W"
