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

_SIGNOFF = re.compile(r"(?<![Aa]dditional )\b[Rr]eporting by (?P<names>[^;)\n]{3,200})")
_EDITED = re.compile(r"(?m)^[ \t]*Edited by (?P<names>[^\n;]{3,200}?)[ \t.]*$")
_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’ -]*$")
_SIGNOFF_WINDOW = 3000  # a sign-off closes the story
_EDITED_WINDOW = 4000  # an editors' line heads a live page


def signoff_reporters(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each reporter a closing sign-off credits."""
    base = max(0, len(text) - _SIGNOFF_WINDOW)
    if text.find("eporting by", base) < 0:
        return []
    found = list(_SIGNOFF.finditer(text, base))
    return list(_names(found[-1], text)) if found else []


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
