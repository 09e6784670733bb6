"""The detectors' word lists, read once from audit/lexicon/content.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from audit.yamlio import parse_yaml


@dataclass(frozen=True, slots=True)
class ContentLexicon:
    call_to_action: tuple[str, ...]
    commercial: frozenset[str]
    speech_verbs: tuple[str, ...]
    credit_markers: tuple[str, ...]
    stopwords: frozenset[str]
    excerpt_marks: tuple[str, ...]
    more_links: frozenset[str]
    credit_words: frozenset[str]
    source_labels: frozenset[str]
    agencies: frozenset[str]
    byline_words: frozenset[str]
    photo_agencies: frozenset[str]


@cache
def lexicon() -> ContentLexicon:
    """The shipped content lexicon."""
    raw = (resources.files("audit.lexicon") / "content.yaml").read_text(encoding="utf-8")
    data = parse_yaml(raw)

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in data[key])

    return ContentLexicon(
        call_to_action=tuple(sorted(words("call_to_action"), key=len, reverse=True)),
        commercial=frozenset(words("commercial")),
        speech_verbs=words("speech_verbs"),
        credit_markers=tuple(sorted(words("credit_markers"), key=len, reverse=True)),
        stopwords=frozenset(str(data["stopwords"]).lower().split()),
        excerpt_marks=tuple(str(m) for m in data["teasers"]["excerpt_marks"]),
        more_links=frozenset(str(w).lower() for w in data["teasers"]["more_links"]),
        credit_words=frozenset(str(w).lower() for w in data["teasers"]["credit_words"]),
        source_labels=frozenset(str(w).lower() for w in data["sign_offs"]["source_labels"]),
        agencies=frozenset(str(w).lower() for w in data["sign_offs"]["agencies"]),
        byline_words=frozenset(str(w).lower() for w in data["teasers"]["byline_words"]),
        photo_agencies=frozenset(words("photo_agencies")),
    )
