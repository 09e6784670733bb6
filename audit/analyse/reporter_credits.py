"""Reporters credited outside the byline line: a wire story's sign-off ("(Reporting by Jane
Roe in Madrid and Jo Bell; Editing by Sam Lee)") and a live page's "Edited by" line.

They stand in for a byline only where the byline names no person: the sign-off's reporters
over an agency's name ("Reuters"), the editors of a live page that credits nobody else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.analyse.credit_lines import NAME_LIST
from audit.analyse.names import looks_like_name
from audit.analyse.people import is_given_name
from audit.analyse.registry import lookup

_SIGNOFF = re.compile(r"(?<![Aa]dditional )\b[Rr]eporting by (?P<names>[^;)\n]{3,200})")
# A closing line naming who wrote the piece, after the outlet's name and the writer's role
# ("This fact-check was written by PesaCheck fact-checker Jane Roe and edited by …").
_WRITTEN_BY = re.compile(
    r"(?m)^[ \t]*This[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:article|story|fact-check|fact[ \t]+check"
    r"|report|piece|explainer|analysis|post|investigation)[ \t]+was[ \t]+(?:written|reported"
    r"|researched)[ \t]+by[ \t]+(?:(?:[A-Z][\w-]*[ \t]+){1,3}(?=[a-z]))?(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?P<names>[A-Z](?:[^.;\n]|(?<=\b[A-Z])\.){2,120}?)"  # "Jane A. Roe": an initial's stop
    r"(?=[ \t]+and[ \t]+(?:was[ \t]+)?(?:edited|fact-checked|designed|reviewed|verified"
    r"|illustrated|produced)\b|(?<!\b[A-Z])\.|[;\n]|$)"
)
_PROSE_WORDS = 12  # a line of the story's prose: this many words or more, closed by a stop
_PROSE_END = re.compile(r"[.!?][\"”’]?[ \t]*$")


def _prose_after(text: str, position: int) -> bool:
    """Whether a line of the story's prose follows ``position``."""
    return any(
        len(line.split()) >= _PROSE_WORDS and _PROSE_END.search(line) is not None
        for line in text[position:].splitlines()
    )


# A line holding a person's full name alone, blank lines around it.
_NAME_LINE = re.compile(
    r"(?m)(?<=\n\n)(?P<names>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){1,3})[ \t]*(?=\n\n)"
)
_EDITED = re.compile(r"(?m)^[ \t]*Edited by (?P<names>[^\n;]{3,200}?)[ \t.]*$")
_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’ -]*$")
_SIGNOFF_WINDOW = 3000  # a sign-off closes the story
_EDITED_WINDOW = 4000  # an editors' line heads a live page


def signoff_reporters(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each reporter a closing sign-off credits: "(Reporting by Jane
    Roe …)", or "This fact-check was written by PesaCheck fact-checker Jane Roe and edited
    by …"."""
    base = max(0, len(text) - _SIGNOFF_WINDOW)
    found = list(_SIGNOFF.finditer(text, base)) if text.find("eporting by", base) >= 0 else []
    if not found and text.find(" was ", base) >= 0:
        found = list(_WRITTEN_BY.finditer(text, base))
    return list(_names(found[-1], text)) if found else []


def closing_name(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the writer a page names alone on one line after its story,
    the way some sites sign their pieces ("… / Read also: … / Moussa Faye / Subscribe to
    our newsletter"): the one such line near the end, a person's full name opening with a
    known given name."""
    base = max(len(text) // 2, len(text) - _SIGNOFF_WINDOW)  # after the story, not above it
    found = [
        m
        for m in _NAME_LINE.finditer(text, base)
        if all(w[1:2].islower() for w in m["names"].split())  # not a label ("IN BRIEF")
        and is_given_name(m["names"].split()[0])
        and looks_like_name(m["names"])
        and lookup(m["names"]) is None
        and not _prose_after(text, m.end())  # no story after it: not a subheading
    ]
    return list(_names(found[0], text)) if len(found) == 1 else []


def live_page_editors(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each editor an "Edited by" line near the top credits."""
    if text.find("Edited by", 0, _EDITED_WINDOW) < 0:
        return []
    m = _EDITED.search(text, 0, _EDITED_WINDOW)
    return list(_names(m, text)) if m else []


def _names(m: re.Match[str], text: str) -> Iterator[tuple[str, int, int]]:
    """The names in a credit, each with its span ("Jane Roe in Madrid" is Jane Roe)."""
    position = m.start("names")
    for raw in NAME_LIST.split(m.group("names")):
        at = text.index(raw, position) if raw else position
        position = at + len(raw)
        name = _PLACE.sub("", raw).strip()
        if name and looks_like_name(name):
            offset = at + raw.index(name)
            yield name, offset, offset + len(name)
