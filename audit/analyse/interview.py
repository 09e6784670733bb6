"""Answers in an interview printed as a transcript, which are quotations without marks.

"Marion Okafor: Every one of those is a household …" is Marion Okafor's answer. A text is a
transcript when one name labels two or more turns; a labelled turn that asks nothing (it
does not end with a question mark) and runs to eight words or more is an answer of the
person it names (one labelled question and its labelled answer make a transcript too).
Where a transcript drops the labels after the first exchange, the first
line after a question (a short line ending with "?") is an answer of the last person who
answered.

A magazine Q&A may print no labels at all: questions on lines of their own, each answered
on the line below. A text is such a transcript when it has three or more of these
exchanges, a question puts "you" to someone, and most answers speak as "I" or "we"; an
explainer's question subheadings ("What happens next?") answered in the third person are
not. The answers are then the words of the person the lines just before the first question
introduce ("Jane Roe, who directs the centre, … I spoke to her").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from audit.analyse.credit_lines import Line, lines_of

# "Name: words" opening a line; the name is one to four capitalised words.
_TURN = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*:[ \t]+(?=\S)")
_MIN_ANSWER_WORDS = 8
_MAX_QUESTION = 300
_SENTENCE_ENDS = frozenset(".!…")
_MIN_EXCHANGES = 3
_INTRO_LINES = 3  # the interviewee is introduced this close above the first question
_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']\w+|[Ww]e|[Ww]e[’']\w+|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b")


@dataclass(frozen=True, slots=True)
class Person:
    """Whom a label names, in full, and where the name is written in it."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer's words (``start``:``end``) and who gave it."""

    start: int
    end: int
    person: Person


#: Reads a label (its start and end in the text) as a person, or None for "Update" or an
#: outlet asking the questions.
PersonReader = Callable[[int, int], Person | None]


def interview_answers(text: str, person_at: PersonReader, person_in: PersonReader) -> list[Answer]:
    """The answers of the interview transcript in ``text`` (none when it is no transcript):
    by its labels, ``person_at`` telling whom a label names; in a Q&A without labels,
    ``person_in`` finding the interviewee in the lines before the first question."""
    lines = lines_of(text)
    turns, names = _labels(lines)
    if not names:
        return _unlabelled_answers(lines, person_in)
    labelled = {line.start: m for line, m in turns if m.group("name") in names}
    answers: list[Answer] = []
    last: Answer | None = None
    after_question = False
    for line in lines:
        turn = labelled.get(line.start)
        if turn is not None:
            said = line.text[turn.end() :]
            after_question = said.rstrip().endswith("?")
            if not after_question and _is_answer(said):
                who = person_at(line.start, line.start + turn.end("name"))
                if who is not None:
                    last = Answer(line.start + turn.end(), line.end, who)
                    answers.append(last)
            continue
        if last is not None and after_question and _is_answer(line.text):
            answers.append(Answer(line.start, line.end, last.person))
        after_question = _is_question(line)
    return answers


def _labels(lines: list[Line]) -> tuple[list[tuple[Line, re.Match[str]]], set[str]]:
    """The lines opening with a label, and the labels that make the text a transcript."""
    turns = [(line, m) for line in lines if (m := _TURN.match(line.text))]
    counts = Counter(m.group("name") for _, m in turns)
    names = {name for name, n in counts.items() if n >= 2}
    for (asked, question), (_, reply) in pairwise(turns):
        if asked.text.rstrip().endswith("?") and question.group("name") != reply.group("name"):
            names |= {question.group("name"), reply.group("name")}  # a labelled exchange
    return turns, names


def _unlabelled_answers(lines: list[Line], person_in: PersonReader) -> list[Answer]:
    """The answers of a Q&A printed without labels (see the module's docstring), given the
    text's ``lines``: none unless the text is one and ``person_in`` finds its interviewee in
    the lines before the first question (called with that stretch's start and end)."""
    exchanges = [
        (i, answer)
        for i, (question, answer) in enumerate(pairwise(lines))
        if _is_question(question) and not _is_question(answer) and _is_answer(answer.text)
    ]
    if len(exchanges) < _MIN_EXCHANGES:
        return []
    if not any(_YOU.search(lines[i].text) for i, _ in exchanges):
        return []
    if sum(1 for _, a in exchanges if _FIRST_PERSON.search(a.text)) * 2 <= len(exchanges):
        return []
    first = exchanges[0][0]
    who = person_in(lines[max(0, first - _INTRO_LINES)].start, lines[first].start)
    if who is None:
        return []
    return [Answer(a.start, a.end, who) for _, a in exchanges]


def _is_answer(said: str) -> bool:
    """Eight words or more, ending as a sentence does (a teaser's "Name: headline" does not)."""
    end = said.rstrip().rstrip("”“\"'’«»")[-1:]
    return len(said.split()) >= _MIN_ANSWER_WORDS and end in _SENTENCE_ENDS


def _is_question(line: Line) -> bool:
    return len(line.text) <= _MAX_QUESTION and line.text.rstrip().endswith("?")
