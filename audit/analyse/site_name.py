"""A site's name that a page writes in its header and again in its footer.

A page copied whole often opens with its title and then the site's header: the name, a
tagline, menus, the headline again ("Leaked report: … / Newsday / Trinidad and Tobago
Newsday / News Business Sport … / Leaked report: …"). A short name-like line there is
only a guess, since kickers, section labels and reporters' names look alike; the page's
closing lines settle it when they name the same site: its copyright holder ("Copyright ©
2026 Trinidad and Tobago Newsday.") or an "About" link (see :mod:`audit.analyse.footer`).
Then the name is the publisher of this copy, registered or not.
"""

from __future__ import annotations

from audit.analyse.copyright import last_copyright_holder
from audit.analyse.credit_lines import Line
from audit.analyse.footer import about_links, name_key
from audit.analyse.header import Header, is_furniture, is_label
from audit.analyse.names import looks_like_name
from audit.analyse.people import is_given_name

_MAX_WORDS = 6  # "Barbados Government Information Service"; longer is a headline or a tagline


def _candidates(header: Header) -> list[Line]:
    """Short name-like lines of the header above its first "By" line or date line, other
    than the headline, furniture, labels and people's names."""
    # a name alone on its line may have been read as a byline: only a "By" line stops
    stops = [b.line.start for b in header.bylines if b.names.start > b.line.start]
    stops += [d.line.start for d in header.dates]
    stop = min(stops, default=header.lines[-1].end if header.lines else 0)
    title = header.title.text if header.title else None
    out = []
    for line in header.lines:
        if line.start >= stop:
            break
        words = line.text.split()
        if (
            line.text == title
            or not 0 < len(words) <= _MAX_WORDS
            or is_label(line.text)
            or is_furniture(line.text)
            or not looks_like_name(line.text)
            or is_given_name(words[0])
        ):
            continue
        out.append(line)
    return out


def confirmed_site(text: str, header: Header) -> tuple[Line, str] | None:
    """(header line, why) for the site's name the header writes and the footer repeats:
    the copyright holder's first, then the longest an "About" link names."""
    candidates = _candidates(header)
    if not candidates:
        return None
    after = header.lines[-1].end
    holder = last_copyright_holder(text)
    if holder is not None and holder.start > after:
        for line in candidates:
            if name_key(line.text) == name_key(holder.name):
                return line, f"the closing copyright line names it ({holder.name!r})"
    linked = about_links(text, after)
    named = [line for line in candidates if name_key(line.text) in linked]
    if named:
        line = max(named, key=lambda n: len(n.text))
        return line, f"the page's footer links to 'About {line.text}'"
    return None
