"""Pages and stories as Mekong and Andean copy writes them: a site's date bar above the
headline when the story's own date stands below it, share rows with Telegram and Viber,
switchers offering Burmese or Khmer, a "Watch … Live" prompt that is no byline; the limits
of a water test ("cannot show where the metal came from", "no samples were taken upstream",
"did not collect them itself"), a refusal to share data, denials ("categorically rejects",
"rejected the document"), "likely" as a hedge, a document "first photographed" by someone
unknown; an acronym described by its apposition ("ETAPA, the municipal water utility,") and
a company's short name standing for its full one. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields, found_caveats, quoted_speakers

_PAGE = (
    "DVB\n"
    "Democratic Voice of Burma\n"
    "Watch DVB TV Live\n"
    "English | မြန်မာ\n"
    "Home | News | Politics | Business | Donate\n"
    "Tuesday, 17 November 2026\n\n"
    "Leaked letter orders ward offices to list young men\n\n"
    "Written by Htet Wai Phyo\n"
    "Published 17 Nov 2026\n"
    "Share: Facebook | X | Telegram | Viber | Copy link\n\n"
    "A leaked letter instructs ward administrators to compile lists of young men, according "
    "to a copy seen by DVB. The region's spokesman did not respond to calls.\n"
)


def _flagged(text: str) -> set[str]:
    return {f["evidence"]["quote"] for f in analysed_fields(text)["flags"]}


def test_date_bar_share_row_and_language_switcher_are_flagged() -> None:
    flagged = _flagged(_PAGE)
    assert "Tuesday, 17 November 2026" in flagged
    assert "Share: Facebook | X | Telegram | Viber | Copy link" in flagged
    assert "English | မြန်မာ" in flagged
    assert not any("Published" in f for f in flagged)


def test_a_watch_live_prompt_is_no_byline_and_the_headline_stays() -> None:
    fields = analysed_fields(_PAGE)
    assert fields["title"]["value"] == "Leaked letter orders ward offices to list young men"
    assert [b["name"] for b in fields["byline"]] == ["Htet Wai Phyo"]


def test_a_lone_date_above_the_headline_is_the_story_date_not_a_bar() -> None:
    page = _PAGE.replace("Published 17 Nov 2026\n", "")
    assert "Tuesday, 17 November 2026" not in _flagged(page)


@pytest.mark.parametrize("switcher", ["English | Burmese", "English | ខ្មែរ", "ລາວ | English"])
def test_mekong_language_switchers(switcher: str) -> None:
    assert switcher in _flagged(_PAGE.replace("English | မြန်မာ", switcher))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The lab said the tests cannot show where the metal came from.", "limits_of_evidence"),
        (
            "What they cannot tell you is whether the arsenic was there before.",
            "limits_of_evidence",
        ),
        ("No samples were taken upstream of the camp for comparison.", "limits_of_evidence"),
        ("The lab analysed the samples but did not collect them itself.", "limits_of_evidence"),
        ("The utility said it had not tested the river itself.", "limits_of_evidence"),
        ("The ministry did not detail the methodology behind that estimate.", "limits_of_evidence"),
        ("The ministry gave no breakdown by province.", "limits_of_evidence"),
        ("This is not proof that debt alone is the cause.", "limits_of_evidence"),
        ("The estimate is drawn largely from returnees' accounts.", "limits_of_evidence"),
        (
            "Prosecutors said the total includes contracts that may be revised.",
            "limits_of_evidence",
        ),
        (
            "The tests could not establish where the arsenic came from, the lab said.",
            "limits_of_evidence",
        ),
        ("It is unclear where the video came from.", "provenance_unclear"),
        ("It is unclear who first photographed the document.", "provenance_unclear"),
        ("It declined to share its monitoring data.", "no_response"),
        ('The company said it "categorically rejects" any suggestion of harm.', "official_denial"),
        ("The Vice Ministry rejected the document on Monday.", "official_denial"),
        ("The real number was likely much higher, doctors said.", "hedge"),
        ("The plan would likely require new financing.", "hedge"),
    ],
)
def test_limits_refusals_denials_and_hedges(sentence: str, kind: str) -> None:
    assert kind in [k for k, _ in found_caveats(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Children who play outside were less likely to need glasses.",
        "The toll is likely to rise, officials said.",
        "The council rejected the planning application on Monday.",
    ],
)
def test_comparisons_forecasts_and_applications_are_no_hedge_or_denial(
    sentence: str,
) -> None:
    assert {k for k, _ in found_caveats(sentence)}.isdisjoint({"hedge", "official_denial"})


def test_an_acronym_described_by_its_apposition_speaks() -> None:
    text = (
        "ETAPA, the municipal water utility, said in a statement that drinking water was "
        "“fully within national standards”."
    )
    assert quoted_speakers(text) == [("fully within national standards", "ETAPA")]


def test_a_company_short_name_stands_for_its_full_name() -> None:
    text = (
        "Páramo Cobre SA is the local subsidiary of Vancouver-based Andes Meridian Copper "
        "Corp. Andes Meridian rejected any link. In a statement, Andes Meridian said its "
        "drilling used “closed-circuit water systems” only."
    )
    assert quoted_speakers(text) == [("closed-circuit water systems", "Andes Meridian Copper")]


def test_a_person_is_no_short_form_of_a_company_named_after_them() -> None:
    text = (
        "John Smith Holdings Ltd was fined. John Smith said the ruling was “deeply unfair” today."
    )
    assert quoted_speakers(text) == [("deeply unfair", "John Smith")]
