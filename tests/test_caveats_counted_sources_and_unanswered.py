"""Caveats the twentieth text set and eighteenth HTML set wrote: sources counted but never
named, names withheld, questions left unanswered, what cannot be told from the records,
first-person denials and figures credited afterwards to data."""

from __future__ import annotations

import pytest

from audit.analyse.caveats import analyse_caveats
from audit.model import Article, Source


def _caveats(body: str) -> list[tuple[str, str]]:
    text = f"Auditor quits as shares plunge\n\nBy Jo Park\n\n{body}\n"
    article = Article(text, Source("file", "x", "2026-01-01T00:00:00Z", "text/plain"))
    found = analyse_caveats(article, {})["caveats"]
    for c in found:
        ev = c["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
    return [(c["kind"], c["evidence"]["quote"]) for c in found]


@pytest.mark.parametrize(
    ("body", "kind", "cue"),
    [
        (
            "Two of the former employees said handlers were told to wait.",
            "anonymous_source",
            "Two of the former employees said",
        ),
        (
            "A patient, whose name the paper is withholding because he fears losing his job, "
            "agreed.",
            "anonymous_source",
            "whose name the paper is withholding",
        ),
        (
            "A driver who gave his name only as Hassan waited at the border.",
            "anonymous_source",
            "gave his name only as",
        ),
        (
            "One mother, who didn't want to give her name, spoke.",
            "anonymous_source",
            "didn't want to give her name",
        ),
        (
            "A senior director, unnamed in the story, wrote the memo.",
            "anonymous_source",
            "unnamed in the story",
        ),
        (
            "She got them from someone who wasn't authorized to share them.",
            "anonymous_source",
            "wasn't authorized to share",
        ),
        ("He declined to name the mills.", "no_response", "declined to name the mills"),
        (
            "The paper tried but failed to reach Roe for comment as of press time.",
            "no_response",
            "failed to reach Roe for comment",
        ),
        (
            "Nobody there had replied by the time I hit send.",
            "no_response",
            "Nobody there had replied",
        ),
        ("The user didn't answer my message.", "no_response", "didn't answer my message"),
        (
            "It is not possible to tell from the records whether the alarm failed.",
            "limits_of_evidence",
            "It is not possible to tell from the records whether",
        ),
        ("We cannot yet say whether it will proceed.", "limits_of_evidence", "We cannot yet say"),
        ("We don't know which this was.", "limits_of_evidence", "We don't know which"),
        (
            "Whether that has been met is difficult to judge.",
            "limits_of_evidence",
            "is difficult to judge",
        ),
        (
            '"We are not aware of any confirmed harm," the firm said.',
            "official_denial",
            "We are not aware of any",
        ),
        (
            "Shares fell 20% to Rs 275, exchange data showed.",
            "attributed_estimate",
            "exchange data showed",
        ),
        (
            "Promoters hold 61.4% of the firm, shareholding data on the BSE show.",
            "attributed_estimate",
            "shareholding data on the BSE show",
        ),
    ],
)
def test_the_cue_is_a_caveat_of_its_kind(body: str, kind: str, cue: str) -> None:
    assert any(k == kind and cue in quote for k, quote in _caveats(body))


@pytest.mark.parametrize(
    "body",
    [
        '"I don\'t know what happened to my cousin," he said.',
        "The councillor is accused of taking bribes.",
        "Officials acted with information from the police.",
        "Nov. 18, 2026\nThe Herald, a story on the data, shows the records.",
    ],
)
def test_no_caveat(body: str) -> None:
    assert _caveats(body) == []
