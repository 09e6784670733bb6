"""The names a page's closing lines give its site: the copyright holder ("Copyright © 2026
Trinidad and Tobago Newsday.") or an "About" link in a row of footer links ("About Global
Voices | Contact | Privacy"). A name alone on a closing line is not enough: author boxes
put a reporter's name there."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.analyse.copyright import last_copyright_holder
from audit.analyse.credit_lines import lines_of
from audit.analyse.people import is_given_name

FOOTER_CHARS = 2_500  # the closing stretch a page's footer lines sit in
_FOOTER_PART = re.compile(r"\s+[|·•]\s+|\s{2,}")  # links on one footer line
_MIN_LINKS = 2
_ABOUT = re.compile(r"^About\s+", re.IGNORECASE)
_NOT_NAME_CHARS = re.compile(r"[^\w&]+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def name_key(name: str) -> str:
    """A name compared without case, punctuation or a leading "The"."""
    return _NOT_NAME_CHARS.sub(" ", _THE.sub("", name.strip())).strip().casefold()


@lru_cache(maxsize=64)
def footer_names(text: str, after: int = 0) -> frozenset[str]:
    """The names (keyed) the closing stretch past ``after`` gives the site: its copyright
    holder's and those of "About X" links in a row of two or more links."""
    found = set()
    low = max(after, len(text) - FOOTER_CHARS)
    for line in lines_of(text, low):
        parts = _FOOTER_PART.split(line.text)
        for part in parts if len(parts) >= _MIN_LINKS else ():
            about = _ABOUT.match(part)
            if about is not None:
                found.add(name_key(part[about.end() :]))
    holder = last_copyright_holder(text)
    if holder is not None and holder.start >= low:
        found.add(name_key(holder.name))
    found.discard("")
    return frozenset(found)


def names_site(text: str, name: str, after: int = 0) -> bool:
    """Whether the page's closing lines past ``after`` name ``name`` as the site, and it is
    no person's name (a blog's copyright may be its writer's: "© 2026 Jane Roe")."""
    words = name.split()
    return (
        bool(words) and not is_given_name(words[0]) and name_key(name) in footer_names(text, after)
    )
