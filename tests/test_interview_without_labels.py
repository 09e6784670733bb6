"""Interviews whose answers carry no name: a Q&A with no labels at all, and labels written
as initials or in capitals.

Each case is a pattern the whole-article blind sets or the corpus showed missed; the
sentences and names are written for these tests.
"""

from __future__ import annotations

from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Source


def _quotes(text: str) -> list[tuple[str, str | None]]:
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    return [(q["text"], q["speaker"]) for q in analyse_quotes(article, {})["quotes"]]


_INTRO = (
    "Heating bills rose again this winter, and the energy minister, Dominic Farrant, told "
    "MPs that prices were levelling off.\n"
    "Odile Brennick, who directs the Centre for Energy Evidence at Harnley University, is "
    "not convinced. I spoke to her in her office.\n"
)
_EXCHANGES = (
    "Are bills really levelling off?\n"
    "No. What we are seeing is the cost of a decade of patching old boilers instead of "
    "replacing them.\n"
    "Suppliers blame the wholesale market. Do you?\n"
    "Partly. But I think the bigger story is the housing stock, which leaks heat faster "
    "than any other in Europe.\n"
    "If you had the minister's job, what would you do?\n"
    "Insulate every council home within five years and stop pretending that vouchers will "
    "do the job.\n"
)


def test_the_answers_of_a_q_and_a_without_labels_are_the_interviewees() -> None:
    found = _quotes(_INTRO + _EXCHANGES + "This interview has been edited for length.\n")
    assert [s for _, s in found] == ["Odile Brennick"] * 3
    assert found[0][0].startswith("No. What we are seeing")


def test_question_subheadings_answered_in_the_third_person_are_no_interview() -> None:
    explainer = (
        "Odile Brennick, a heating engineer, has studied the scheme.\n"
        "What is the scheme?\n"
        "It pays households a fixed sum towards a heat pump, up to a cap set each spring.\n"
        "Who can apply?\n"
        "Any household that owns its home and has a valid energy certificate can apply.\n"
        "What happens next?\n"
        "The department will publish the next round's rules in March, officials said.\n"
    )
    assert _quotes(explainer) == []


def test_fewer_than_three_exchanges_or_no_question_to_you_make_no_interview() -> None:
    two = _INTRO + "\n".join(_EXCHANGES.split("\n")[:4]) + "\n"
    assert _quotes(two) == []
    impersonal = _EXCHANGES.replace("Do you?", "Is that fair?").replace(
        "If you had the minister's job, what would you do?", "What should the minister do?"
    )
    assert _quotes(_INTRO + impersonal) == []


def test_labels_in_initials_or_capitals_stand_for_the_full_name() -> None:
    text = (
        "Odile Brennick and Sean Kilbride spoke to us after the match.\n"
        "Q: Was the penalty fair?\n"
        "SK: I thought so at the time, and I still think the referee got it right.\n"
        "Q: And the transfer?\n"
        "ODILE BRENNICK: We have not received a bid and we are not looking for one.\n"
    )
    assert _quotes(text) == [
        ("I thought so at the time, and I still think the referee got it right.", "Sean Kilbride"),
        ("We have not received a bid and we are not looking for one.", "Odile Brennick"),
    ]
