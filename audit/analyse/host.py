"""The host: who published *this copy* (not the outlet whose article it may carry).

Found, in order: the source URL's domain in the registry; the page's publisher metadata
(JSON-LD publisher, og:site_name, trafilatura's sitename); the masthead line of a plain
text; a name before the date line ("World Uyghur Congress, 18 November 2019"); a registered
outlet or a station's call letters in the page's closing copyright line ("© 2026 NPR"). A
publisher missing from the registry keeps the name it gives itself, with its kind guessed
from page furniture (a Blogger/WordPress comment form suggests a blog), its name, or its
acronym as the text spells it out ("CPR News": "Colorado Public Radio"), else "unknown".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from audit.analyse.copyright import last_copyright_holder
from audit.analyse.credit_lines import SITE_ADDRESS, Line, byline_label
from audit.analyse.full_names import organisation_in_full
from audit.analyse.header import read_header
from audit.analyse.occurrences import whole_word_spans
from audit.analyse.outlets import Outlet
from audit.analyse.registry import lookup, lookup_in_context, outlets
from audit.analyse.site_name import confirmed_site
from audit.analyse.title import find_span
from audit.analyse.vocab import load_yaml
from audit.model import Article, HtmlHints


@dataclass(frozen=True, slots=True)
class Host:
    """The publisher of this copy as the article or its page states it."""

    name: str
    kind: str
    country: str | None
    span: tuple[int, int] | None
    method: str
    reason: str


def blog_signature(text: str) -> str | None:
    """A blog platform's page furniture found in the text ("Post a Comment"), if any."""
    for signature, pattern in _signatures():
        if signature in text and pattern.search(text):  # the pattern holds it literally
            return signature
    return None


@cache
def _signatures() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each blog signature with its pattern: the phrase opening a line."""
    return tuple(
        (str(s), re.compile(rf"(?m)^[ \t]*{re.escape(str(s))}"))
        for s in load_yaml("outlet_kinds.yaml")["blog_signatures"]
    )


@cache
def _self_descriptions() -> re.Pattern[str]:
    """The phrases a text calls its own publisher by, each a group named by its kind."""
    data = load_yaml("outlet_kinds.yaml")["self_descriptions"]
    return re.compile(
        "|".join(
            rf"(?P<{kind}>\b(?:{'|'.join(re.escape(p) for p in phrases)})\b)"
            for kind, phrases in data.items()
        ),
        re.IGNORECASE,
    )


def _self_description(text: str) -> tuple[str, str] | None:
    """(kind, phrase) when the text calls its publisher "this newspaper", "this blog", …"""
    found = _self_descriptions().search(text)
    if found is None or found.lastgroup is None:
        return None
    return found.lastgroup, found.group(0)


@cache
def _name_cues() -> list[tuple[str, re.Pattern[str]]]:
    cues = load_yaml("outlet_kinds.yaml")["name_cues"]
    return [
        (kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I))
        for kind, words in cues.items()
    ]


# A North American station's call letters, as its site is named ("KSL.com", "KOCO 5 News",
# "WRAL-TV"): K or W and three more capitals, or two with a suffix (a bare "WHO" is none).
_CALL_LETTERS = re.compile(
    r"([KW][A-Z]{2,3})((?:-(?:TV|FM|AM|DT))?(?:\.com|\s+\d{1,2}(?:\s+News)?)?)"
)


# A station named by its call letters (and channel) and its city ("KXAN Austin", "KING 5
# Seattle", "WFAA Dallas-Fort Worth").
_CALL_LETTERS_AND_CITY = re.compile(
    r"(?:[KW][A-Z]{3}(?:[ \t]+\d{1,2})?|[KW][A-Z]{2}[ \t]+\d{1,2})"
    r"[ \t]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*"
)
# An acronym in a publisher's name ("CPR News"), which the text may spell out.
_NAME_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _call_letters(name: str) -> bool:
    m = _CALL_LETTERS.fullmatch(name.strip())
    if m is not None and (len(m.group(1)) == 4 or bool(m.group(2))):
        return True
    return _CALL_LETTERS_AND_CITY.fullmatch(name.strip()) is not None


# A channel's brand: a channel number with "News" ("9News", "7NEWS", "10 News") or an
# acronym ending in TV ("CTV News", "NDTV").
_CHANNEL_BRAND = re.compile(r"\b(?:\d{1,2} ?(?:News|NEWS)|[A-Z]{1,4}TV)\b")


def guess_kind(name: str, text: str) -> tuple[str, str]:
    """(kind, why) for a publisher not in the registry.

    Blog furniture outweighs the name: blogs take newspaper words ("The Circular Ledger").
    """
    described = _self_description(text)
    if described is not None:
        kind, words = described
        return kind, f"the text calls its publisher {words!r}"
    signature = blog_signature(text)
    if signature:
        return "blog", f"the page ends with blog furniture ({signature!r})"
    if _call_letters(name):
        return "broadcaster", f"{name!r} is written as a station's call letters"
    for kind, cue in _name_cues():
        match = cue.search(name)
        if match:
            return kind, f"its name contains {match.group(0)!r}"
    channel = _CHANNEL_BRAND.search(name)
    if channel:
        return "broadcaster", f"{channel.group(0)!r} in its name is a television channel's brand"
    for acronym in _NAME_ACRONYM.findall(name):  # "CPR News" and "Colorado Public Radio"
        spelt = organisation_in_full(text, acronym, min(len(text), _SPELT_OUT_REACH))
        for kind, cue in _name_cues() if spelt != acronym else ():
            match = cue.search(spelt)
            if match:
                why = f"{acronym!r} stands for {spelt!r} in the text, a name containing"
                return kind, f"{why} {match.group(0)!r}"
    return "unknown", "it is not in the outlet registry"


# How far into the text an acronym in the publisher's name is sought spelt out.
_SPELT_OUT_REACH = 20_000


# Capitalised words, as a site's name is written ("Millbrook Ledger", "The Ore Pit").
_CAPITALISED_WORDS = re.compile(r"\b[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,4}")


def _name_of_domain(text: str, domain: str) -> tuple[int, int] | None:
    """Where the text writes the name its domain spells (millbrookledger.com: "Millbrook
    Ledger"), ignoring case, spaces and a leading "The"; None when it does not."""
    label = re.sub(r"[^a-z0-9]", "", domain.lower().removeprefix("www.").split(".")[0])
    if len(label) < 4:
        return None
    for m in _CAPITALISED_WORDS.finditer(text):
        words = m.group(0).split()
        for first in range(len(words)):
            for last in range(len(words), first, -1):
                if re.sub(r"[^a-z0-9]", "", "".join(words[first:last]).lower()) == label:
                    start = m.start() + m.group(0).index(words[first])
                    end = start + len(" ".join(words[first:last]))
                    if text[start:end] == " ".join(words[first:last]):
                        return start, end
    return None


def _as_written(text: str, name: str) -> str:
    """A site address given as a site's name ("Bellona.org"), unregistered, as the text
    calls the site: the name it spells ("Bellona"), when the text never writes the address
    and writes that name more than once, and it is no country's ("Guatemala.com"). Any
    other name as it is."""
    if SITE_ADDRESS.fullmatch(name) is None or lookup(name) is not None or name in text:
        return name
    written = _name_of_domain(text, name)
    if written is None:
        return name
    spelt = text[written[0] : written[1]]
    if spelt.lower() in edition_places() or len(re.findall(rf"\b{re.escape(spelt)}\b", text)) < 2:
        return name
    return spelt


def _host_name(article: Article) -> str | None:
    hints = article.html
    url = (hints.url if hints else None) or (
        article.source.location if article.source.kind == "url" else None
    )
    # the page's own address first: trafilatura's hostname drops a platform's subdomain
    # ("substack.com" for theledgerline.substack.com)
    host = (urlsplit(url).hostname if url else None) or (hints.hostname if hints else None)
    return host.lower().removeprefix("www.") if host else None


def _from_name(
    text: str,
    name: str,
    line: Line | None,
    method: str,
    why: str,
    domain: str | None = None,
    platform: Outlet | None = None,
    generator: str | None = None,
) -> Host:
    known = lookup(name)
    if known is None:  # the position says an outlet is meant: the masthead "Mirror"
        known = lookup_in_context(name)
        if known is not None and domain and known.domains and domain not in known.domains:
            known = None  # "El Universal" on eluniversal.com is not Mexico's on .com.mx
    span = (line.start, line.end) if line else find_span(text, name)
    if known:
        reason = f"{why}; {known.name} is in the outlet registry"
        return Host(known.name, known.kind, known.country, span, method, reason)
    edition = _edition_of(name)
    if edition is not None and domain and edition[0].domains and domain not in edition[0].domains:
        edition = None  # "El País Uruguay" on elpais.com.uy is not Spain's El País
    if edition is not None:
        known, place = edition
        reason = f"{why}; {name!r} is {known.name}'s {place} edition, in the outlet registry"
        return Host(known.name, known.kind, known.country, span, method, reason)
    if platform is not None:  # "The Ledger Line" on theledgerline.substack.com
        reason = f"{why}; kind {platform.kind}: a publication on {platform.name}"
        return Host(name, platform.kind, None, span, method, reason)
    if generator is not None:  # a Ghost or Blogger site under its own domain
        reason = f"{why}; kind blog: the page is made with {generator}, a blogging platform"
        return Host(name, "blog", None, span, method, reason)
    kind, kind_why = guess_kind(name, text)
    return Host(name, kind, None, span, method, f"{why}; kind {kind}: {kind_why}")


@cache
def edition_places() -> frozenset[str]:
    """Countries and regions editions are named after, lower-case (lexicon/places.yaml)."""
    return frozenset(p.lower() for p in load_yaml("places.yaml")["editions"])


def _edition_of(name: str) -> tuple[Outlet, str] | None:
    """(outlet, place) when ``name`` is a registered outlet's name followed by a country
    or region ("DUBAWA Ghana", "Sky News Arabia"): that place's edition of it."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        place = " ".join(words[cut:])
        if place.lower() in edition_places():
            known = lookup(" ".join(words[:cut]))
            if known is not None:
                return known, place
    return None


def _on_platform(known: Outlet, domain: str) -> bool:
    """Whether ``domain`` is a writer's own site on a blogging platform's subdomain
    ("theledgerline.substack.com"), not the platform's own pages (``domain`` as
    :func:`_host_name` gives it: lower case, no "www.")."""
    return known.kind == "blog" and domain not in known.domains


# Generators that make blogs ("Ghost 5.96"); WordPress also makes newspapers' sites.
_BLOG_GENERATORS = re.compile(r"^(?:Ghost|Blogger|Tumblr|Medium|Substack|Write\.as)\b", re.I)


def blog_generator(hints: HtmlHints) -> str | None:
    """The blogging platform the page says made it (its generator meta), if any."""
    return next((g for g in hints.values("meta:generator") if _BLOG_GENERATORS.match(g)), None)


# A site's handle ("radionz", "@radionz"): one word, no spaces or dots.
_HANDLE = re.compile(r"@?[A-Za-z][\w-]{2,30}")


_SITE_NAME_KEYS = (
    ("ld:publisher", "json_ld"),
    ("meta:og:site_name", "html_meta"),
    ("ld:site", "json_ld"),
)


def _page_site_name(text: str, hints: HtmlHints) -> tuple[str, str, str] | None:
    """The name the page gives its site, with its key and method. The JSON-LD publisher
    comes first, but a registered name among the others wins, and so does an og:site_name
    the text writes when the publisher's name is not written: a parent company ("United
    Media") publishes the brand readers see ("N1")."""
    named = [(key, method, v) for key, method in _SITE_NAME_KEYS for v in hints.values(key)]
    if len({v for _, _, v in named}) > 1:
        registered = next((n for n in named if lookup(_as_written(text, n[2]))), None)
        if registered is not None:
            return registered
        first, site = named[0], next((n for n in named if n[0] == "meta:og:site_name"), None)
        if (
            first[0] == "ld:publisher"
            and site is not None
            and _COMPANY_END.search(first[2])
            and not _HOST_LIKE.fullmatch(site[2])  # not a host name ("die-tagespost.de")
            and _written(text, site[2])
        ):
            return site
    return named[0] if named else None


# A company's name, not a masthead's: a legal form or a corporate word at its end ("United
# Media", "St.Galler Tagblatt AG", "Example Publishing Group").
_COMPANY_END = re.compile(
    r"\b(?:Media|Group|Holdings?|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|LLC|plc"
    r"|AG|GmbH|S\.?A\.?|SpA|S\.?L\.?|B\.?V\.?|N\.?V\.?|Sp\. z o\.o\.|Publishing|Publications"
    r"|Communications|Verlag)$"
)


_HOST_LIKE = re.compile(r"[\w.-]+\.[A-Za-z]{2,}")


def _written(text: str, name: str) -> bool:
    """Whether ``name`` stands in ``text`` as a word of its own."""
    return next(whole_word_spans(text, name), None) is not None


def host_outlet(article: Article) -> Host | None:
    """The publisher of this copy, or None when neither the text nor the page names it."""
    text = article.text
    domain = _host_name(article)
    platform = None
    if domain:
        known = outlets().by_domain(domain)
        if known is not None and _on_platform(known, domain):
            platform, known = known, None  # a writer's publication, named by the page
        if known:
            why = f"the page is on {domain}, a domain of {known.name} in the outlet registry"
            return _registered(text, known, "url", why)
    hints = article.html
    if hints is not None:
        named = _page_site_name(text, hints)
        if named is not None:
            key, method, value = named
            why = f"the page's {key} names it"
            value = _as_written(text, value)  # "Bellona.org": "Bellona", as the text has it
            return _from_name(
                text, value, None, method, why, domain, platform, blog_generator(hints)
            )
        for spelled in (hints.sitename, domain):  # a host name: the name the text writes
            host_like = spelled is not None and "." in spelled and " " not in spelled
            written = _name_of_domain(text, spelled) if spelled and host_like else None
            if spelled and written is not None:  # "Millbrook Ledger" for millbrookledger.com
                why = f"the page's {spelled} spells the name written in the text"
                return _from_name(text, text[written[0] : written[1]], None, "url", why, domain)
        if hints.sitename:
            handle = (
                outlets().by_domain_label(hints.sitename)
                if _HANDLE.fullmatch(hints.sitename)
                else None
            )
            if handle is not None:  # "@radionz": the first label of radionz.co.nz
                why = f"the page's site handle {hints.sitename!r} is the name of a domain of"
                why += f" {handle.name} in the outlet registry"
                return _registered(text, handle, "html_meta", why)
            why = "trafilatura's sitename"
            return _from_name(text, hints.sitename, None, "trafilatura", why, domain)
        if domain:
            kind, why = guess_kind(domain, text)
            return Host(domain, kind, None, None, "url", f"the page's domain; kind {kind}: {why}")
        marked = _site_marks(text, hints)
        if marked is not None:
            return marked
    header = read_header(text)
    if header.masthead is not None:
        line = header.masthead
        why = f"the masthead line {line.text!r} above the date line and headline"
        return _from_name(text, line.text, line, "header_line", why)
    if header.title_site is not None:
        line = header.title_site
        why = f"the title line ends with the outlet's name {line.text!r}"
        return _from_name(text, line.text, line, "header_line", why)
    for dated in header.dates:
        # "By Kelsey Marr, Patch Staff Posted Tue, Nov 17": a byline before the date, no outlet
        if dated.prefix is not None and not byline_label(dated.prefix.text):
            why = f"the date line {dated.line.text!r} names it"
            return _from_name(text, dated.prefix.text, dated.prefix, "header_line", why)
    registered = _copyright_publisher(text)
    if registered is not None:
        return registered
    confirmed = confirmed_site(text, header)
    if confirmed is not None:  # "Trinidad and Tobago Newsday" in the header and the footer
        line, footer_why = confirmed
        why = f"the header line {line.text!r} names the site and {footer_why}"
        return _from_name(text, line.text, line, "header_line", why)
    return None


def _site_marks(text: str, hints: HtmlHints) -> Host | None:
    """The registered outlet a page without address or site name marks as its own: the
    domain its icon is served from, or its logo's alternative text."""
    for href in hints.values("link:icon"):
        host = urlsplit(href).hostname
        known = outlets().by_domain(host.lower().removeprefix("www.")) if host else None
        if known is not None:
            why = f"the page's icon is served from {host}, a domain of {known.name}"
            return _registered(text, known, "html_meta", why + " in the outlet registry")
    for alt in hints.values("logo"):
        known = lookup(alt)
        if known is not None:
            why = f"the page's logo reads {alt!r}; {known.name} is in the outlet registry"
            return _registered(text, known, "html_meta", why)
    return None


def _registered(text: str, known: Outlet, method: str, why: str) -> Host:
    """A registered outlet as the publisher, found where the text first names it."""
    return Host(known.name, known.kind, known.country, find_span(text, known.name), method, why)


def _station_of(name: str) -> Outlet | None:
    """The registered station whose bare call letters a name writes with its band or channel
    ("WGRZ-TV" for WGRZ)."""
    letters = _CALL_LETTERS.fullmatch(name.strip())
    return lookup(letters.group(1)) if letters is not None and letters.group(2) else None


def _copyright_publisher(text: str) -> Host | None:
    """The publisher the page's closing copyright line names ("© 2026 NPR"): a registered
    outlet that is not a wire (a wire's notice credits the story it closes) or a station's
    call letters ("© 2026 KSDK-TV"); a company or a person holding it names no outlet."""
    holder = last_copyright_holder(text)
    if holder is None:
        return None
    why = f"the closing copyright line names {holder.name!r}"
    span = (holder.start, holder.end)
    known = lookup(holder.name) or _station_of(holder.name)
    if known is not None and known.kind != "wire":
        reason = f"{why}; {known.name} is in the outlet registry"
        return Host(known.name, known.kind, known.country, span, "footer", reason)
    if known is None and _call_letters(holder.name):
        reason = f"{why}; kind broadcaster: it is written as a station's call letters"
        return Host(holder.name, "broadcaster", None, span, "footer", reason)
    return None
