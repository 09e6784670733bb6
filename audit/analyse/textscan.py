"""One prefilter pass over an article's text for republication, outlet mentions,
attribution and tallies.

Each of them tries many patterns only where their words are (see
:mod:`audit.analyse.prefilter`); finding those words is one Aho-Corasick pass over the
text, whose cost is in reading the text, not in the number of words looked for. So their
patterns share one gate, in groups, and the scan of the article in hand is kept for all
of them: one pass instead of one each.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from audit.analyse import prefilter


@cache
def _groups() -> tuple[prefilter.Gate, dict[str, int]]:
    """The gate, and where each analyser's patterns start in it."""
    # imported here: these modules import this one
    from audit.analyse import attribution, mentions, republication, tallies

    groups = {
        "republication": republication.scan_patterns(),
        "mentions": mentions.scan_patterns(),
        "attribution": attribution.scan_patterns(),
        "tallies": tallies.scan_patterns(),
    }
    patterns: list[re.Pattern[str]] = []
    offsets: dict[str, int] = {}
    for name, group in groups.items():
        offsets[name] = len(patterns)
        patterns.extend(group)
    return prefilter.Gate(patterns), offsets


def gate() -> prefilter.Gate:
    """The shared gate."""
    return _groups()[0]


def offset(group: str) -> int:
    """The index in :func:`gate` of the first pattern of ``group``."""
    return _groups()[1][group]


@lru_cache(maxsize=2)
def scan(text: str) -> prefilter.Scan:
    """The gate's scan of ``text``, the article in hand: its analysers share it."""
    return gate().scan(text)
