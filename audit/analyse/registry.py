"""The outlet registry as the metadata analysers use it (empty when the data is absent)."""

from __future__ import annotations

from functools import cache

from audit.analyse.outlets import Outlet, Registry, registry


@cache
def outlets() -> Registry:
    """The shipped registry; an empty one if ``outlets.yaml`` is missing from the install."""
    try:
        return registry()
    except FileNotFoundError:
        return Registry([])


def lookup(name: str) -> Outlet | None:
    """The registered outlet called ``name`` (canonical name or alias), if any."""
    cleaned = name.strip(" .,:;*_[]()\"'“”‘’")
    if not cleaned:
        return None
    found = outlets().lookup(cleaned)
    if found is None and cleaned.lower().startswith("the "):
        found = outlets().lookup(cleaned[4:])
    return found


def name_in(text: str) -> Outlet | None:
    """The outlet when ``text`` is just its name (possibly with "the" or markup around it)."""
    found = lookup(text)
    if found:
        return found
    mentions = list(outlets().mentions(text))
    if len(mentions) == 1 and len(mentions[0].surface) >= len(text.strip(" .*_[]()")) - 4:
        return mentions[0].outlet
    return None


def lookup_in_context(name: str) -> Outlet | None:
    """Like :func:`lookup`, also accepting a context alias ("Bloomberg" for Bloomberg News).

    For places where the position already says an outlet is meant, such as a wire
    dateline "(Bloomberg) --".
    """
    found = lookup(name)
    if found:
        return found
    cleaned = name.strip(" .,:;*_[]()\"'“”‘’")
    mentions = list(outlets().mentions(cleaned, context=True))
    if len(mentions) == 1 and mentions[0].surface == cleaned:
        return mentions[0].outlet
    return None
