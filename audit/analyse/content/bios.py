"""Author biographies left at the foot of a story ("Jane Roe is a political reporter for
The Daily Post. She joined the paper in 2021."), or in a page's author box near the top,
where the name heading runs into the biography ("Jane Roe Jane Roe covers the courts")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.analyse.content.model import Flag, lines

# A paragraph opening with a name and what the person does.
_OPENING = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s(?:[A-Z][\w'’.-]+|de|da|del|van|von|bin)){0,6})"
    r"\s(?:is|was|covers|writes|reports|has\s+(?:been|covered|reported|written))\b"
)
# Words saying the person writes for a living, in the paragraph's first sentence.
_TRADE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer"
    r"|presenter|critic|blogger|freelance|covers|writes|reports|covered|reported)\b",
    re.IGNORECASE,
)
# "… is an environmental economist based in Limassol", "… is a lawyer at …": what the
# writer does and where; not "is the resident who first complained", "is a docker who".
_DESCRIBED = re.compile(
    r"\s(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:based|at|for|with|and|in|of)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MAX_BIO = 600
_FOOT = 0.4  # a biography starts past this share of the text
_HEADER_LINES = 40
_HEADER_LINE = 120  # a byline or credit line is short


def author_bios(text: str) -> Iterator[Flag]:
    """RES017: a paragraph in the story's later part that opens with the name a short line
    near the top credits (the byline, above the later part) and says what that person
    writes or covers."""
    units = lines(text)
    foot = len(text) * _FOOT
    header = [u.text for u in units[:_HEADER_LINES] if len(u.text) <= _HEADER_LINE and u.end < foot]
    for index, unit in enumerate(units):
        at_foot = unit.start >= foot
        if not (at_foot or index < _HEADER_LINES) or len(unit.text) > _MAX_BIO:
            continue
        opening = _OPENING.match(unit.text)
        if opening is None:
            continue
        name = opening.group("name")
        end = _SENTENCE_END.search(unit.text, opening.end())
        first_sentence = unit.text[opening.end("name") : end.start() if end else len(unit.text)]
        # at the foot, the byline's writer said to be "a/an" anything ("… is an environmental
        # economist based in Limassol") is introduced as the column's author
        described = at_foot and _DESCRIBED.match(unit.text, opening.end("name")) is not None
        if not (_TRADE.search(first_sentence) or described):
            continue
        if at_foot:
            credited = " " in name and any(_names(line, name) for line in header)
        else:  # an author box: the credited name as a heading, then the biography
            above = [u.text for u in units[:index] if len(u.text) <= _HEADER_LINE]
            credited = _headed_by_credited_name(name, above)
        if credited:
            yield Flag(
                "RES017",
                "author_bio",
                "boilerplate",
                "low",
                unit.start,
                unit.end,
                "a biography of the byline's author: page furniture, not the story",
            )


# Capitals run into a capitalised word where extraction joined a heading to its paragraph
# ("CORY HALVERSENHalversen covers").
_JOINED_CAPITALS = re.compile(r"(?<=[A-Z]{2})(?=[A-Z][a-z])")


def _headed_by_credited_name(name: str, above: list[str]) -> bool:
    """Whether ``name`` is a heading then the biography's subject, the subject repeating
    the heading's name or its surname ("Ann Roe Ann Roe", "Ann Roe Reporter Ann Roe",
    "ANN ROE Roe"), and a line above credits the heading's words (the byline)."""
    words = _JOINED_CAPITALS.sub(" ", name).split()
    folded = [w.casefold() for w in words]
    for k in range(1, len(words)):
        heading, subject = folded[:k], folded[k:]
        if not set(subject) <= set(heading) or len(subject) > len(heading):
            continue
        for line in above:
            line_words = set(_JOINED_CAPITALS.sub(" ", line).casefold().split())
            if set(heading) <= line_words:
                return True
    return False


def _names(line: str, name: str) -> bool:
    """Whether ``line`` holds ``name`` as whole words."""
    at = line.find(name)
    if at < 0:
        return False
    before, after = line[at - 1 : at], line[at + len(name) : at + len(name) + 1]
    return not (before.isalnum() or after.isalnum())
