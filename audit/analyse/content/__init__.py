"""Content audit: spam, boilerplate, residue and unrelated content inside article text.

``detect(text)`` runs the YAML rule packs and the structural detectors once and returns
every flag; ``analyse_flags`` is the analyser that fills a record's ``flags``. User pack
folders (``--rule-pack``, or a config file) are set once per run with ``use_pack_dirs``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from audit.analyse.content.bios import author_bios
from audit.analyse.content.comments import reader_comments
from audit.analyse.content.credits import caption_credits, credit_lines
from audit.analyse.content.credits import cue_words as credit_cues
from audit.analyse.content.menus import page_menus
from audit.analyse.content.model import Flag, quoted_spans
from audit.analyse.content.packs import PackRule, load_packs, run_packs
from audit.analyse.content.preamble import opening_teaser
from audit.analyse.content.scanning import scan
from audit.analyse.content.signoff import sign_offs
from audit.analyse.content.spam import cue_words as commercial_cues
from audit.analyse.content.spam import injected_links
from audit.analyse.content.stamp import detector_version, stamp
from audit.analyse.content.structure import (
    broken_links,
    dangling_quote_intro,
    detached_pull_quotes,
    duplicated_header,
    line_keys,
    markup_residue,
    repeated_paragraphs,
)
from audit.analyse.content.teasers import (
    after_tags,
    closing_headlines,
    excerpts,
    kicker_grid,
    opening_headlines,
    teaser_headlines,
)
from audit.analyse.content.topic import dated_lists, related_lists, unrelated_blocks
from audit.analyse.content.widgets import (
    byline_runs,
    repeated_headlines,
    ruled_labels,
    source_lists,
)
from audit.model import Article

_pack_dirs: tuple[str, ...] = ()


def use_pack_dirs(dirs: tuple[str, ...]) -> None:
    """Make ``analyse_flags`` load user rule packs from ``dirs`` as well as the shipped ones."""
    global _pack_dirs
    load_packs(dirs)  # fail early on a bad pack
    _pack_dirs = dirs


def active_packs() -> tuple[PackRule, ...]:
    return load_packs(_pack_dirs)


def detect(text: str, packs: tuple[PackRule, ...] | None = None) -> list[Flag]:
    """Every flag the detectors find in ``text``, in text order, one per code and span.

    Pack rules without a content category (loaded terms) are left out: they are check
    findings, not record flags.
    """
    rules = tuple(r for r in (active_packs() if packs is None else packs) if r.flags_record)
    cues = (credit_cues(), commercial_cues())
    scanned = scan(rules, text, cues)  # one lowering and one pass for packs and cue words
    credit_ends, commercial_ends = scanned.cue_ends or (None, None)
    quotes = quoted_spans(text) if any(r.exclude_quotes for r in rules) else []  # else unread
    found = run_packs(rules, text, quotes, scanned)
    lists = {r.code for r in rules if r.opens == "related_list"}
    comments = {r.code for r in rules if r.opens == "comments"}
    keys = line_keys(text)
    headers = list(duplicated_header(text, keys))
    found += headers
    found += repeated_paragraphs(text, [(f.start, f.end) for f in headers], keys)
    found += broken_links(text)
    found += markup_residue(text)
    captions = list(caption_credits(text, credit_ends))
    found += captions
    found += credit_lines(text, captions)
    found += sign_offs(text, found)
    found += injected_links(text, commercial_ends)
    found += dangling_quote_intro(text)
    found += detached_pull_quotes(text)
    found += related_lists(text, [f for f in found if f.code in lists])
    found += dated_lists(text)
    found += excerpts(text)
    found += opening_headlines(text)
    found += opening_teaser(text)
    found += after_tags(text)
    found += kicker_grid(text)
    found += source_lists(text)
    found += repeated_headlines(text)
    found += ruled_labels(text)
    found += byline_runs(text)
    found += page_menus(text)
    found += author_bios(text)
    found += teaser_headlines(text, [f for f in found if f.code in lists])
    found += reader_comments(text, [f for f in found if f.code in comments])
    found += closing_headlines(text, [f for f in found if f.code == "RES018"])
    found += unrelated_blocks(text, found)
    unique = {f.key: f for f in found}
    return sorted(unique.values(), key=lambda f: (f.start, f.end, f.code))


def current_version() -> str:
    """Version of the detectors with the rule packs in use (see ``stamp``)."""
    return detector_version(_pack_dirs)


def analyse_flags(article: Article, found: Mapping[str, Any]) -> dict[str, Any]:
    """The record's ``flags``, every detected span open for review, and its ``detection``
    stamp saying these are exactly what the current detectors find."""
    flags = detect(article.text)
    text_sha256 = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return {
        "flags": [flag.as_record(article.text) for flag in flags],
        "detection": stamp(current_version(), text_sha256, (flag.key for flag in flags)),
    }


__all__ = ["Flag", "analyse_flags", "current_version", "detect", "load_packs", "use_pack_dirs"]
