"""Whose view a sentence gives when it opens "For X," or "To X,".

"For Martha Kemp, the closure was “the last straw”": a quotation in such a sentence that
has no speaker of its own gives X's words. Places, firms and teams open sentences the same
way ("For Hong Kong, the ruling was “a blow”"), so X counts only when the text shows it is
a person: a title or role right before the name ("For President Biden,"), or the person's
surname used alone, as people's are: in the opener itself ("For Kemp," after "Martha
Kemp") or elsewhere ("Kemp, who …", "Kemp said").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from audit.analyse import lexicons
from audit.analyse.people import NAME_RUN, Name, People, clean_name

# "For Dr. Ana Silva, …": the sentence splitter ends a sentence at "Dr.", so the opener
# and a short title may lie just before the sentence the quotation is in.
_TITLE_REACH = 16


class Named(Protocol):
    """A speaker as the quotes analyser resolves one."""

    @property
    def name(self) -> str: ...
    @property
    def person(self) -> bool: ...


class Speaking(Protocol):
    """What the viewpoint reads of the quotes analyser's context for one text."""

    masked: str
    people: People

    def name_at(self, start: int, end: int, proper: bool = False) -> Named | None: ...


@cache
def _reporting() -> dict[str, list[str]]:
    return dict(lexicons.load("reporting"))


@cache
def _opener() -> re.Pattern[str]:
    """A sentence opening with whose view it gives (never matches without opener words)."""
    openers = list(_reporting()["viewpoint_openers"])
    if not openers:
        return re.compile(r"(?!)")
    return re.compile(
        rf"[ \t]*(?i:{lexicons.words_trie(openers)})[ \t]+({NAME_RUN.pattern})[ \t]*,"
    )


@cache
def _cut_title() -> re.Pattern[str]:
    """An opener and a short title cut off by the sentence splitter ("For Dr. ")."""
    openers = list(_reporting()["viewpoint_openers"]) or ["(?!)"]
    return re.compile(
        rf"(?:^|\s)((?i:{lexicons.words_trie(openers)})[ \t]+[A-Z][a-z]{{1,4}}\.[ \t]+)$"
    )


@cache
def _person_titles() -> frozenset[str]:
    """Words that put a person's name after them: "Dr", "President", "minister"."""
    data = _reporting()
    return frozenset(w.lower() for w in (*data["title_abbreviations"], *data["role_nouns"]))


@cache
def _person_after() -> re.Pattern[str]:
    """What follows a surname used alone for a person: ", who" or a reporting verb."""
    verbs = lexicons.words_pattern(_reporting()["reporting_verbs"])
    return re.compile(rf"[ \t]*,?[ \t]+(?:who|(?i:{verbs}))\b")


def viewer(ctx: Speaking, floor: int, open_pos: int) -> Named | None:
    """The person whose view the sentence from ``floor`` to a quotation's opening mark at
    ``open_pos`` gives, when it opens "For X," and X is surely a person; else None."""
    cut = _cut_title().search(ctx.masked, max(0, floor - _TITLE_REACH), floor)
    start = cut.start(1) if cut is not None else floor
    view = _opener().match(ctx.masked, start, open_pos)
    name = clean_name(ctx.masked, view.start(1), view.end(1)) if view else None
    if view is None or name is None:
        return None
    speaker = ctx.name_at(view.start(1), view.end(1))
    if speaker is None or not speaker.person:
        return None
    title = ctx.masked[view.start(1) : name.start].split()
    if title and title[-1].rstrip(".").lower() in _person_titles():
        return speaker
    if name.text == speaker.name.split()[-1] != speaker.name:
        return speaker  # "For Kemp," after "Martha Kemp": the surname alone, as for people
    return speaker if _surname_used_alone(ctx, speaker.name, name) else None


def _surname_used_alone(ctx: Speaking, full: str, opener: Name) -> bool:
    """Whether the last word of ``full`` stands alone elsewhere in the text, for the same
    person and as people's names do ("Kemp, who …", "Kemp said")."""
    words = full.split()
    if len(words) < 2:
        return False
    surname, after = words[-1], _person_after()
    return any(
        m.text == surname
        and not opener.start <= m.start < opener.end
        and ctx.people.resolve(m.text) == full
        and after.match(ctx.masked, m.end) is not None
        for m in ctx.people.mentions
    )
