"""Telling names (people, organisations) from other short strings, by their shape."""

from __future__ import annotations

import re
from functools import cache

from audit.analyse.vocab import phrases

_TOKEN = re.compile(r"[^\s]+")
_NAMEISH = re.compile(r"^[(\"'“‘]?[A-Z\u00C0-\u024F0-9][\w.'’&-]*[)\"'”’,:;]?$")
MAX_NAME_WORDS = 8


@cache
def _connectors() -> frozenset[str]:
    return frozenset(w.lower() for w in phrases("header.yaml", "name_connectors"))


def looks_like_name(value: str, *, max_words: int = MAX_NAME_WORDS) -> bool:
    """True for "Jane Doe", "Commentary on Political Economy", "AP", "The New York Times".

    Every word is capitalised (or an acronym, or a small connector such as "of" or "de"),
    there are at most ``max_words`` words, and the string does not end like a sentence.
    """
    words = _TOKEN.findall(value.strip())
    if not words or len(words) > max_words:
        return False
    ending = value.rstrip()
    if ending.endswith(("!", "?", ":")) or (ending.endswith(".") and len(words[-1]) > 4):
        return False  # a sentence, not a name ("Jr." / "Ltd." / "Inc." may end a name)
    capitalised = 0
    for word in words:
        if _NAMEISH.match(word):
            capitalised += 1
        elif word.lower() not in _connectors():
            return False
    # a name opens and ends with a capitalised word ("Jane Roe et al" ends with a particle)
    return (
        capitalised > 0
        and (words[0][:1].isupper() or words[0][:1].isdigit())
        and (len(words) == 1 or _NAMEISH.match(words[-1]) is not None)
    )
