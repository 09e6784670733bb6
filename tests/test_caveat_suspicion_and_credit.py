"""Caveats two blind article sets of an earlier round showed unread: suspicion ("suspected
of", "on suspicion of"), belief ("is not believed to be", "what the team believes were"),
what is not known yet, unnamed officials and investigators; and figures credited to a
source (an attributed estimate). Sentences written for these tests; look-alikes must stay
clean."""

from __future__ import annotations

import pytest

from audit.analyse.caveats import find_caveats
from audit.analyse.credited_figures import find_credited
from audit.analyse.figures import find_figures
from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Source
from tests.claims_support import caveat_kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police detained a man suspected of running the ring from abroad.", "hedge"),
        ("The suspected ringleader was flown back on Tuesday.", "hedge"),
        ("He was arrested on suspicion of fraud at the airport.", "hedge"),
        ("The driver is not believed to be seriously hurt.", "hedge"),
        ("The others are not thought to have life-threatening injuries.", "hedge"),
        ("Walls surround what the team believes were watchtowers.", "hedge"),
        ("Experts believe the warm autumn has extended the season.", "hedge"),
        ("The site may have been a stop for caravans.", "hedge"),
        ("It could also simply have been lost in a flood.", "hedge"),
        ("Officers said it was far too early to speculate on the cause.", "limits_of_evidence"),
        ("What set off the fire was not immediately known.", "limits_of_evidence"),
        ("The team's dating is provisional.", "limits_of_evidence"),
        ("She called the theory plausible but unproven.", "limits_of_evidence"),
        ("The money was wired to Cambodia, a senior investigator said.", "anonymous_source"),
        ("An official of the health directorate said cases were rising.", "anonymous_source"),
        ("The calls came from a compound, according to the sources.", "anonymous_source"),
        ("The van left at noon, according to one of the volunteers.", "anonymous_source"),
        ("In the clip he sits in what looks like an office and reads a text.", "hedge"),
        ("Confessions by detainees are often made under pressure, lawyers say.", "possible_duress"),
    ],
)
def test_suspicion_belief_unknowns_and_unnamed_sources(text: str, kind: str) -> None:
    assert kind in caveat_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was arrested at the airport.",
        "It is too early in the season for apples.",
        "What the report found was known to the board.",
        "The dating app has three million users.",
        "A senior investigator, Jane Roe, led the inquiry.",
        "She believes in second chances.",
        "The cut was made under pressure from donors.",  # a decision, not a statement
        "And what looks like an easy living in town may be undermining them.",
    ],
)
def test_look_alikes_state_no_such_caveat(text: str) -> None:
    kinds = caveat_kinds(text)
    assert "hedge" not in kinds and "limits_of_evidence" not in kinds
    assert "anonymous_source" not in kinds and "possible_duress" not in kinds


def _credited(text: str) -> list[str]:
    caveats, figures = find_caveats(text), find_figures(text)
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    quotes = analyse_quotes(article, {})["quotes"]
    return [c["evidence"]["quote"] for c in find_credited(text, figures, caveats, quotes)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Eleven patients were in critical condition, the hospital said.",
            "Eleven patients were in critical condition, the hospital said",
        ),
        (
            "Health Canada said it had received two reports of adverse reactions.",
            "Health Canada said it had received two reports of adverse reactions",
        ),
        (
            "Net income rose to 182 billion pesos in the quarter, the company said.",
            "Net income rose to 182 billion pesos in the quarter, the company said",
        ),
        (  # a relative clause with a credit of its own
            "The app, which she said last month had passed 100,000 downloads, was pulled.",
            "which she said last month had passed 100,000 downloads",
        ),
        (  # a short quoted phrase is the writer's wording of the source's claim
            "The regulator said that “around half” of the firms had broken the rules.",
            "The regulator said that “around half” of the firms had broken the rules",
        ),
    ],
)
def test_a_figure_credited_to_a_source_is_an_attributed_estimate(text: str, quote: str) -> None:
    assert _credited(text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "The plant employs 640 people and opened in 1998.",  # no source
        "The governor said the province would give 20,000 pesos to each family.",  # a promise
        "Neuquina will pay a dividend of 95 pesos per share, the company said.",
        "Parents told to stop using bottles from 11 lots.",  # a passive headline
        "The couple are said to have paid £2.4 million for the house.",
        "He said the search had lasted three hours.",  # a period, not a count
        "We found 23 breaches of the rules.",  # the writer's own finding
        "Two workers, who spoke on condition of anonymity, said 40 jobs would go.",
        # background on a name in a relative clause, not the source's say-so
        "The hospital, which has 212 beds, switched to paper records, a spokesperson said.",
        "The union wants 1,200 interns hired, who it says have waited for a year.",
        # a long quotation is the speaker's own account, credited as a quote
        'A spokesperson said: "We are spending £108bn on benefits this year and more next."',
    ],
)
def test_promises_passives_periods_and_hearsay_are_no_credited_figure(text: str) -> None:
    assert _credited(text) == []


def test_an_estimate_the_cues_find_is_not_counted_twice() -> None:
    text = "About 650 firefighters were at the fire ground, the agency said."
    caveats = find_caveats(text)
    assert [c["kind"] for c in caveats].count("attributed_estimate") == 1
    assert _credited(text) == []


def test_a_long_credited_sentence_that_ends_the_text_is_cut_inside_it() -> None:
    # a clause longer than the limit is cut near the figure; at the text's end, not past it
    text = "The company said " + "that " * 80 + "it had sold 4,000 cars and " + "more " * 10 + "x"
    quotes = _credited(text)
    assert len(quotes) == 1 and "4,000 cars" in quotes[0] and quotes[0] in text
