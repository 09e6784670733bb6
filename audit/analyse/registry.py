"""The outlet registry as the metadata analysers use it (empty when the data is absent)."""

from __future__ import annotations

import re
from functools import cache

from audit.analyse.outlets import Outlet, Registry, registry


@cache
def outlets() -> Registry:
    """The shipped registry; an empty one if ``outlets.yaml`` is missing from the install."""
    try:
        return registry()
    except FileNotFoundError:
        return Registry([])


# Marks around a name as written ("*Reuters*", "(AP)", "“the Sun”,").
_WRAPPING = " .,:;*_[]()\"'“”‘’"


def lookup(name: str) -> Outlet | None:
    """The registered outlet called ``name`` (canonical name or alias), if any."""
    cleaned = name.strip(_WRAPPING)
    if not cleaned:
        return None
    found = outlets().lookup(cleaned)
    if found is None and cleaned.lower().startswith("the "):
        found = outlets().lookup(cleaned[4:])
    if found is None and _DOMAIN.fullmatch(cleaned):  # "eKathimerini.com": a registered domain
        found = outlets().by_domain(cleaned.lower().removeprefix("www."))
    return found


# A site's address written as its name ("Salon.com", "eKathimerini.com").
_DOMAIN = re.compile(r"(?:www\.)?[A-Za-z0-9-]{2,40}(?:\.[A-Za-z]{2,6}){1,2}")


def name_in(text: str) -> Outlet | None:
    """The outlet when ``text`` is just its name (possibly with "the" or markup around it)."""
    found = lookup(text)
    if found:
        return found
    mentions = list(outlets().mentions(text))
    if len(mentions) == 1 and len(mentions[0].surface) >= len(text.strip(" .*_[]()")) - 4:
        return mentions[0].outlet
    return None


# A medium after an outlet's name in a credit ("LRT RADIO", "ERR TV", "Yle Online").
_MEDIA = frozenset({"radio", "tv", "television", "online", "digital"})


def with_medium(name: str) -> Outlet | None:
    """The registered outlet when ``name`` is its name and a medium ("LRT RADIO"), else None."""
    head, _, medium = name.strip().rpartition(" ")
    if not head or medium.lower() not in _MEDIA:
        return None
    return lookup_in_context(head)


@cache
def _proper_context_aliases() -> dict[str, Outlet | None]:
    """Capitalised context aliases ("Bloomberg", "APA", "Mirror" of "the Mirror") -> their
    outlet (None if shared)."""
    return {
        alias: owners[0] if all(o is owners[0] for o in owners) else None
        for alias, owners in _context_alias_owners().items()
    }


@cache
def _context_alias_owners() -> dict[str, tuple[Outlet, ...]]:
    """Capitalised context aliases -> every outlet that has one ("CNA": Taiwan's news
    agency and Singapore's broadcaster)."""
    table: dict[str, tuple[Outlet, ...]] = {}
    for outlet in outlets().outlets:
        for alias in outlet.context_aliases:
            bare = alias[4:] if alias.startswith("the ") else alias
            if bare[:1].isupper():
                table[alias.lower()] = (*table.get(alias.lower(), ()), outlet)
    return table


def short_form_owners(name: str) -> tuple[Outlet, ...]:
    """Every outlet that has the capitalised short form ``name`` ("CNA": two)."""
    return _context_alias_owners().get(name.strip(_WRAPPING).lower(), ())


def owner_in_country(name: str, countries: set[str]) -> Outlet | None:
    """The one outlet among those sharing the short form ``name`` whose home country is in
    ``countries`` ("CNA" in a Taiwanese paper's story is Taiwan's news agency), else None."""
    fitting = [o for o in short_form_owners(name) if o.country in countries]
    return fitting[0] if len(fitting) == 1 else None


# "Nation News (Barbados)": a name and a bracketed qualifier (anchored, possessive: linear)
_QUALIFIED = re.compile(r"\A([^()]++)\(([^()]++)\)\Z")


def lookup_in_context(name: str) -> Outlet | None:
    """Like :func:`lookup`, also accepting a capitalised context alias that only one outlet
    has ("Bloomberg" for Bloomberg News, "APA" for Austria Presse Agentur, "Mirror" for the
    Daily Mirror).

    For places where the position already says an outlet is meant, such as a wire
    dateline "(Bloomberg) --" or a page's masthead.
    """
    found = lookup(name)
    if found:
        return found
    key = name.strip(_WRAPPING).lower()
    if not key:
        return None
    table = _proper_context_aliases()
    # "Mirror" is "the Mirror"; "The Sun" is "the Sun" (but "ABC" is not "the ABC")
    other = key.removeprefix("the ") if key.startswith("the ") else f"the {key}"
    found = table[key] if key in table else table.get(other)
    qualified = _QUALIFIED.fullmatch(name.strip())
    if found is None and qualified is not None:
        # "Nation News (Barbados)": a short form and the qualifier its outlet's name carries
        found = lookup_in_context(qualified.group(1).rstrip())
        if found is not None and f"({qualified.group(2).lower()})" not in found.name.lower():
            found = None
    return found
