"""The site names a page's row of footer links gives in "About" links ("About Global Voices
| Contact | Privacy"), and the key names are compared by. A name alone on a closing line is
not enough: author boxes put a reporter's name there."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.analyse.credit_lines import lines_of

_FOOTER_CHARS = 2_500  # the closing stretch a page's footer lines sit in
_FOOTER_PART = re.compile(r"\s+[|·•]\s+|\s{2,}")  # links on one footer line
_MIN_LINKS = 2
_ABOUT = re.compile(r"^About\s+", re.IGNORECASE)
_NOT_NAME_CHARS = re.compile(r"[^\w&]+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def name_key(name: str) -> str:
    """A name compared without case, punctuation or a leading "The"."""
    return _NOT_NAME_CHARS.sub(" ", _THE.sub("", name.strip())).strip().casefold()


@lru_cache(maxsize=64)
def about_links(text: str, after: int = 0) -> frozenset[str]:
    """The names (keyed) of "About X" links in a row of two or more links in the closing
    stretch past ``after``."""
    found = set()
    for line in lines_of(text, max(after, len(text) - _FOOTER_CHARS)):
        parts = _FOOTER_PART.split(line.text)
        for part in parts if len(parts) >= _MIN_LINKS else ():
            about = _ABOUT.match(part)
            if about is not None:
                found.add(name_key(part[about.end() :]))
    found.discard("")
    return frozenset(found)
