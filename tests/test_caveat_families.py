"""Caveat cue families added after the whole-article blind sets (first scores: caveats
recall 0.47 on plain text, 0.43 on HTML pages). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.claims_support import caveat_kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We haven't been able to verify when the clip was filmed.", "unverified_authenticity"),
        ("The council has still not responded to our questions.", "no_response"),
        ("We wrote to the ministry twice and had no reply.", "no_response"),
        ("We asked the firm for its data and haven't heard back.", "no_response"),
        ("The operator has so far said nothing at all about the outage.", "no_response"),
        ("The airline rejects any suggestion that it cut corners.", "official_denial"),
        (
            "The department says there is no link between the cuts and the closures.",
            "official_denial",
        ),
        ("Her agent said the reports were wide of the mark.", "official_denial"),
        ("Turnout may also have been affected by the snow.", "hedge"),
        ("According to some reports, the vote was delayed.", "hedge"),
        ("Insiders tell us the deal is off.", "anonymous_source"),
        ("One pal said the couple had not spoken for weeks.", "anonymous_source"),
        ("A nurse, who asked us not to use her name, described the ward.", "anonymous_source"),
        ("The review does not say whether the leaks caused any harm.", "limits_of_evidence"),
        (
            "This is an observational study, so we cannot rule out other causes.",
            "limits_of_evidence",
        ),
        ("Tide gauges are only a rough guide to what happens inland.", "limits_of_evidence"),
        ("Most trials were too short to tell us much.", "limits_of_evidence"),
        ("Elsewhere the results are mixed.", "limits_of_evidence"),
        ("It is not a scientific survey, she stressed.", "limits_of_evidence"),
        ("The trial ran for only two winters.", "limits_of_evidence"),
        ("Scientists don't yet know how the virus jumped species.", "limits_of_evidence"),
        ("About 12,000 homes lost power, the network operator says.", "attributed_estimate"),
        ("At least 9 people died, the coast guard said.", "attributed_estimate"),
        (
            "The trust estimates that the number of hedgehogs has fallen by 30%.",
            "attributed_estimate",
        ),
        ("Union organiser Jo Pike said around 400 people work there.", "attributed_estimate"),
        (
            "According to the paper, which saw the audit, nearly 5,000 tonnes were dumped.",
            "attributed_estimate",
        ),
        ("Sales of $3.2 billion beat analysts' estimates of $3.1 billion.", "attributed_estimate"),
        (
            "It earned 91 cents a share, above the 85 cents analysts had expected.",
            "attributed_estimate",
        ),
        ("The firm expects revenue of $4 billion next year.", "attributed_estimate"),
        ("He joined for a fee the paper reported at around £2m.", "attributed_estimate"),
        ("The data cannot show that the diet caused the decline.", "limits_of_evidence"),
        ("Auditors did not attempt to trace every payment.", "limits_of_evidence"),
        ("We do not comment on leaked documents.", "no_response"),
        ("No decisions have been taken on the budget.", "official_denial"),
        ("The ministry described the reports as speculation.", "official_denial"),
        ("The department said its survey does not support that figure.", "official_denial"),
        ("One head teacher told us the roof leaks.", "anonymous_source"),
        # added after the fourth and fifth article sets (first recall 0.58 and 0.38)
        (
            "The operator said the stoppage was costing it about 18 million baht a day.",
            "attributed_estimate",
        ),
        ("The airline estimated roughly 60,000 passengers were affected.", "attributed_estimate"),
        ("The regulator puts the spill at around 40,000 cubic metres.", "attributed_estimate"),
        ("The union said 61 patients were waiting on trolleys.", "attributed_estimate"),
        ("The commission says there are 48,312 voters enrolled.", "attributed_estimate"),
        ("It needs repairs the district estimates at $4.2 million.", "attributed_estimate"),
        (
            "Rents rose 8.7 per cent in a year, according to the statistics office.",
            "attributed_estimate",
        ),
        (
            "The app shared data with at least six firms, according to a report.",
            "attributed_estimate",
        ),
        (
            "Our own estimate is that the city is short of around 4,000 homes.",
            "attributed_estimate",
        ),
        ("The board said it did not accept that the hospital was in crisis.", "official_denial"),
        (
            "The ministry has rejected suggestions that its tax changes raised rents.",
            "official_denial",
        ),
        ("Her spokesperson hit back at the claims on Sunday.", "official_denial"),
        ("Only 640 staff were absent, a figure the union disputed.", "official_denial"),
        ("The Mirror has contacted his representatives for comment.", "no_response"),
        ("The group received an acknowledgement but no substantive reply.", "no_response"),
        ("The airline would not say whether it planned to investigate.", "no_response"),
        ("The figures do not record how many patients were removed.", "limits_of_evidence"),
        ("The party has not provided any examples of missing ballots.", "limits_of_evidence"),
        ("The report does not break down how the estimate was reached.", "limits_of_evidence"),
        ("The researchers could not see what the firms did with the data.", "limits_of_evidence"),
        ("Nothing published so far shows that the crack caused the failure.", "limits_of_evidence"),
        ("Nobody actually counts landlords leaving.", "limits_of_evidence"),
        ("I have not seen the report myself, so I can't vouch for it.", "unverified_authenticity"),
        ("The couple are barely speaking, with pals claiming they have split.", "anonymous_source"),
        # added after the sixth article set (first recall 0.41)
        ("Police estimate their scrap value at roughly $18,000.", "attributed_estimate"),
        ("Police reported 1,216 thefts in the city last year.", "attributed_estimate"),
        ("Police said detectives found 42 stolen converters.", "attributed_estimate"),
        ("The company said it had invested £62m in monitoring.", "attributed_estimate"),
        ("It delayed repairs to save what the audit estimated was £4.7m.", "attributed_estimate"),
        (
            "Around one in seven workers does night work, according to the ONS.",
            "attributed_estimate",
        ),
        (
            "Earlier research found that late meals raised blood sugar by around 17%.",
            "attributed_estimate",
        ),
        (
            "It was not immediately clear whether he had an attorney who could comment.",
            "no_response",
        ),
        ("Detectives have not said whether the two are connected.", "limits_of_evidence"),
        ("It was observational, so it cannot show cause.", "limits_of_evidence"),
        ("Meal times were self-reported.", "limits_of_evidence"),
        ("The evidence is not yet strong enough for firm rules.", "limits_of_evidence"),
        ("Wrist trackers are less precise than laboratory measurements.", "limits_of_evidence"),
        ("The results may not apply equally to men.", "limits_of_evidence"),
        ("Late eaters sleep worse, but the reasons are not clear yet.", "limits_of_evidence"),
        ("It is a best estimate based on incomplete telemetry.", "limits_of_evidence"),
        ("His release clause is understood to be £52m.", "anonymous_source"),
        ("A person who worked in the compliance team said so.", "anonymous_source"),
        ("As one ward nurse told us, the canteen shuts at 8pm.", "anonymous_source"),
        # after the seventh and eighth article sets
        ("No one has confirmed that the screenshots are genuine.", "unverified_authenticity"),
        ("The Courier has not seen the letter.", "unverified_authenticity"),
        ("We emailed the landlord but did not hear back.", "no_response"),
        ("We had not received a reply by the time of publication.", "no_response"),
        ("We wrote again after receiving no response.", "no_response"),
        ("The operator said repairs were under way but would not give a date.", "no_response"),
        ("Her spokesman did not explain the gap between the two figures.", "no_response"),
        ("There are no plans to close the library, the council said.", "official_denial"),
        ("The registry told us it had “no record of any such licence”.", "official_denial"),
        ("The ministry said no final decision had been made.", "official_denial"),
        ("The army estimated enemy losses over the week at 900 troops.", "attributed_estimate"),
        ("The club expects about 30,000 fans to attend.", "attributed_estimate"),
        (
            "The ministry also claimed that its air defences had shot down 41 drones.",
            "attributed_estimate",
        ),
        (
            "According to the monitoring group Tallyline, the army has advanced about 12 km.",
            "attributed_estimate",
        ),
        (
            "The file held about 3.1 million rows, including names and addresses, she wrote.",
            "attributed_estimate",
        ),
        ("The ministry does not publish figures on its own losses.", "limits_of_evidence"),
        ("The scan can't tell us whether the tumour will grow.", "limits_of_evidence"),
        ("Two larger trials failed to show a clear benefit.", "limits_of_evidence"),
        ("It is not known whether anyone else opened the files.", "limits_of_evidence"),
        ("The article does not name the supplier.", "limits_of_evidence"),
        ("The post did not mention a deadline.", "limits_of_evidence"),
        ("We don't know for sure who first shared the video.", "provenance_unclear"),
        ("A union source told the paper the vote was close.", "anonymous_source"),
        (
            "The gang is behind dozens of attacks, according to researchers who track it.",
            "anonymous_source",
        ),
        ("The alleged fraud went on for years.", "hedge"),
        ("The figure is almost certainly too low.", "hedge"),
    ],
)
def test_family_is_read(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to the health agency, nearly 700 cases have been confirmed since May.",
        "But they don't know the work that goes into it.",
        "The minister said the plan would cost billions.",
        "Friends of the Earth said the plan was flawed.",
        "An estimated 2.4 million people visited the festival.",
        "Rents rose, according to the statistics office.",
        "She said on 3 May that the plan was flawed.",
        "The newspaper said it had obtained 212 pages of documents.",
        "He was the third victim this month, police said, adding that 2 others were hurt.",
        "The driver failed to show up for the hearing.",
        "I'm almost certainly going to lose this round.",
        "The model predicts about 30 per cent of the variation.",
        "Prosecutors alleged that he took the money.",
    ],
)
def test_not_a_caveat(text: str) -> None:
    assert caveat_kinds(text) == []


def test_a_figure_reported_in_the_passive_is_a_hedge_not_an_estimate() -> None:
    assert caveat_kinds("Turnout was reported to be below 40 per cent in several districts.") == [
        "hedge"
    ]


def test_a_specific_kind_replaces_a_general_one_on_the_same_words() -> None:
    assert caveat_kinds("We don't know for certain who first posted the claim.") == [
        "provenance_unclear"
    ]


def test_a_unit_after_a_number_ends_no_initial() -> None:
    kinds = caveat_kinds(
        "The files appear to show that the firm paid more than €3m. It is not known how the "
        "group came by them."
    )
    assert kinds == ["hedge", "provenance_unclear"]


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people have died in the floods, the state relief commissioner's office said.",
        "The death toll has risen to 38, the district control centre says.",
        "About 90 residents of two hamlets have been evacuated as a precaution, it said.",
        "The death toll stood at 9 on Sunday, relief commissioner Anil Rao said.",
        "According to the district operations centre, 27 people have been rescued.",
        "Doctors at the district hospital told reporters that 14 bodies had been brought in.",
        "The ransom demand was around US$620,000, according to a security firm.",
    ],
)
def test_provisional_counts_credited_to_a_body_are_attributed_estimates(text: str) -> None:
    assert caveat_kinds(text) == ["attributed_estimate"]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was destroyed in 1998, the council said.",
        "The 2019 flood destroyed homes along the river, the council said.",
        "Rescuers reached the village on Tuesday, the district office said.",
        "The deputy was placed on leave for at least 30 days, the sheriff's office said.",
    ],
)
def test_dates_and_uncounted_events_credited_to_a_body_are_no_estimates(text: str) -> None:
    assert caveat_kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Courier understands that the talks collapsed on Friday.", "anonymous_source"),
        ("Gazette understands Morua's agent has met two clubs.", "anonymous_source"),
        ("The BBC understands the talks collapsed.", "anonymous_source"),
        (
            'The firm said there was "no evidence at this time" that data was taken.',
            "limits_of_evidence",
        ),
        (
            'Police said there was "no evidence so far" pointing to an insider.',
            "limits_of_evidence",
        ),
        ("Troops razed the villages, a charge the army denied.", "official_denial"),
        ("It was not the force’s practice to comment on ongoing cases.", "no_response"),
        ("It is not our policy to comment on individual cases.", "no_response"),
    ],
)
def test_newsroom_knowledge_evidence_so_far_charges_denied_and_comment_policies(
    text: str, kind: str
) -> None:
    assert caveat_kinds(text) == [kind]


@pytest.mark.parametrize(
    "text", ["Maria understands the risks, she said.", "He understands the rules well."]
)
def test_a_person_who_understands_something_is_no_anonymous_source(text: str) -> None:
    assert caveat_kinds(text) == []


def test_a_pronoun_that_understands_is_no_newsroom() -> None:
    assert caveat_kinds("He understands that our nation is progressing.") == []
