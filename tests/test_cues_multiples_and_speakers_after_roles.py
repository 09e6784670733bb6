"""Caveats, figures and speakers as court, procurement and study copy writes them: what an
estimate leaves out ("does not account for shipping costs"), data a study lacked ("had no
data on"), what a charge leaves out, a figure that may be off ("may have been higher"),
unknown when footage was recorded, "asked that her name be withheld", "Neither company
responded", "had “no knowledge of any link”", "stands behind the legality", a figure given
by a body or testified to;
multiples before what they compare with ("more than double those", "twice as many") and
the Omani rial ("RO71,500"); speakers after a role's word ("witness Mirela Roe said"), a
noun set off before a name ("said the vessel's second engineer, Hamid Roe,"), "According
to her," and "It added" after "the ministry said". Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import analysed_fields, found_caveats, quoted_speakers


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The estimate does not account for changes in shipping costs.", "limits_of_evidence"),
        ("It had no data on the exposure of individual children.", "limits_of_evidence"),
        ("The indictment does not allege that he received any money.", "limits_of_evidence"),
        ("Occupation is a rough proxy for outdoor manual labour.", "limits_of_evidence"),
        ("The estimate rests on average costs rather than billing data.", "limits_of_evidence"),
        ("Prosecutors said the losses may have been higher.", "hedge"),
        ("Cases may be undercounted because many workers go home.", "hedge"),
        ("It was not possible to establish when the footage was recorded.", "provenance_unclear"),
        (
            "A crew member's wife, who asked that her name be withheld, said they were desperate.",
            "anonymous_source",
        ),
        ("Neither company responded to repeated requests for comment.", "no_response"),
        ("The ministry said it had “no knowledge of any link” between them.", "official_denial"),
        ("The ministry said it stands behind the legality of the procedure.", "official_denial"),
        ("The defence has disputed the prosecution’s damage estimate.", "official_denial"),
        (
            "It treats roughly 1,100 patients, a figure given to the paper by the patients' "
            "association.",
            "attributed_estimate",
        ),
        (
            "A witness testified that the scanner had been out of service for about four months.",
            "attributed_estimate",
        ),
        (
            "He diverted BD380,000, according to case documents seen by the paper.",
            "attributed_estimate",
        ),
    ],
)
def test_cues(sentence: str, kind: str) -> None:
    assert kind in [k for k, _ in found_caveats(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The A1 motorway between two towns is closed to all traffic, according to the club.",
        "Tourism does not account for most jobs in the region.",
        "The league stands by its coach.",
        "Children were more likely to be admitted in winter.",
        "We could not verify when the video was recorded.",  # unverified, not provenance
    ],
)
def test_no_such_caveats(sentence: str) -> None:
    kinds = [k for k, _ in found_caveats(sentence)]
    assert not {"attributed_estimate", "limits_of_evidence", "official_denial", "hedge"} & set(
        kinds
    )
    assert "provenance_unclear" not in kinds


def _figures(text: str) -> list[tuple[str, object]]:
    return [(f["evidence"]["quote"], f["value"]) for f in analysed_fields(text)["figures"]]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "Prices were in some cases more than double those of the old contract.",
            "more than double",
            2,
        ),
        ("The ministry paid more than twice the previous price.", "more than twice", 2),
        ("Twice as many people came.", "Twice", 2),
        ("Output is now triple what it was.", "triple", 3),
        ("Wages total roughly RO71,500 at current rates.", "roughly RO71,500", 71500),
    ],
)
def test_multiples_and_the_omani_rial(text: str, quote: str, value: int) -> None:
    assert (quote, value) in _figures(text)


@pytest.mark.parametrize(
    "text", ["He was twice elected mayor.", "A triple murder shocked the town."]
)
def test_no_multiple_without_a_comparison(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "At the trial of businessman Adnan Roe, witness Mirela Šahinović said the commission "
            "received the specifications “ready-made” from the office.",
            "Mirela Šahinović",
        ),
        (
            "“We are eating rice,” said the vessel’s second engineer, Hamidreza Farrokhi, 41, in "
            "a voice message.",
            "Hamidreza Farrokhi",
        ),
        (
            "The committee will meet on Thursday, member Jane Kelm told the paper. According to "
            "her, three other contracts “deserve the same scrutiny”.",
            "Jane Kelm",
        ),
        (
            "Kosovo Health Ministry set up a working group. It paid €2.36 million to Medisan "
            "Trade LLC. “The group will report within 30 days,” the ministry said. It added that "
            "it “stands behind the legality of the procedure”.",
            "Kosovo Health Ministry",
        ),
    ],
)
def test_speakers(text: str, speaker: str) -> None:
    assert quoted_speakers(text)[-1][1] == speaker


def test_it_after_another_bodys_noun_that_speaks_not() -> None:
    # "the hospital" is spoken of, not speaking: "It" is still the board named last
    text = (
        "The Harbour Health Board said waiting lists rose. The hospital delivered more "
        "appointments this year. It said “demand is growing faster than any hospital can "
        "absorb”."
    )
    assert quoted_speakers(text)[-1][1] == "Harbour Health Board"
