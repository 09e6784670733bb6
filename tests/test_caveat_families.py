"""Caveat cue families added after the whole-article blind sets (first scores: caveats
recall 0.47 on plain text, 0.43 on HTML pages). Sentences written for these tests."""

from __future__ import annotations

import pytest

from audit.analyse.caveats import find_caveats


def _kinds(text: str) -> list[str]:
    return [c["kind"] for c in find_caveats(text)]


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
    ],
)
def test_family_is_read(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to the health agency, nearly 700 cases have been confirmed since May.",
        "But they don't know the work that goes into it.",
        "The minister said the plan would cost billions.",
        "Friends of the Earth said the plan was flawed.",
    ],
)
def test_not_a_caveat(text: str) -> None:
    assert _kinds(text) == []
