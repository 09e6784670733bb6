"""The holder a copyright line near the end of a text names ("© 2026 NPR", "Copyright 2026
by KOCO Hearst Television Inc. All rights reserved.").

A page's own copyright line closes it, after the article and its furniture; a wire's notice
("Copyright 2026 The Associated Press. All rights reserved. This material may not be …")
sits right after the story it credits. The holder is often a company rather than the
outlet ("Nexstar Media, Inc."), so callers decide whether the name is a publisher's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# How far from the end a page's own copyright line is sought.
_TAIL = 4_000
# "© 2026 X", "Copyright © 2026 X", "Copyright (c) 2026 by X", "©2026 X", "© X" — the holder
# runs to a full stop before a space, a "|", " - ", a comma or the end of the line.
_COPYRIGHT_LINE = re.compile(
    r"(?m)^[ \t]*(?:Copyright|\(c\)|©)(?:[ \t]*(?:©|\(c\)|Copyright))?[ \t]*"
    r"(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t]+)?(?:Copyright[ \t]+)?"
    r"(?:by[ \t]+)?(?P<holder>[^\s|,©][^\n|,]*?)"
    r"(?=\.[ \t]|\.?[ \t]*$|[ \t]*[|,]|[ \t]+[-–][ \t]|[ \t]+or[ \t]|[ \t]+(?:19|20)\d\d\b)"
)
# Legal forms after a holder's name ("The Irish Times DAC", "Bloomberg L.P.").
_LEGAL_FORM = re.compile(
    r"(?:,?[ \t]+(?:Inc|Ltd|Limited|LLC|L\.?P|plc|PLC|DAC|GmbH(?:[ \t]*&[ \t]*Co\.?[ \t]*KG)?"
    r"|GmbH[ \t]*&[ \t]*Co|AG|SA|Corp|Co|Publishers))+\.?$"
)


@dataclass(frozen=True, slots=True)
class Holder:
    """A copyright holder's name as written (legal form dropped) and where it stands."""

    name: str
    start: int
    end: int


def last_copyright_holder(text: str) -> Holder | None:
    """The holder named by the last copyright line in the text's closing stretch."""
    low = max(0, len(text) - _TAIL)
    found = next(reversed([*_COPYRIGHT_LINE.finditer(text, low)]), None)
    if found is None:
        return None
    start, end = found.span("holder")
    legal = _LEGAL_FORM.search(text, start, end)
    if legal is not None:
        end = legal.start()
    name = text[start:end].rstrip(" \t.")
    end = start + len(name)
    return Holder(name, start, end) if name[:1].isalnum() else None
