"""Terminal-safe text: article words never reach a terminal as control sequences."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC included), DEL, and the bidi embedding/override/isolate marks
# that can make a line display differently from what it says.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` on one line with every unsafe character shown as an escape (``\\x1b``)."""
    if text.isprintable():  # every unsafe character is one Python counts as unprintable
        return text
    return _UNSAFE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)
