"""Core value types: evidence spans and the article an ingest produces.

This module imports nothing of the package; everything else builds on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def span_holds(text: str, start: int, end: int, quote: str) -> bool:
    """True when ``text[start:end]`` lies inside ``text`` and is exactly ``quote``."""
    return 0 <= start <= end <= len(text) and text[start:end] == quote


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of an article's text: ``text[start:end] == quote`` always holds."""

    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        """Build the evidence for ``text[start:end]``, checking the bounds."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} outside text of length {len(text)}")
        return cls(start, end, text[start:end])

    def holds_in(self, text: str) -> bool:
        """True when the span still quotes ``text`` exactly."""
        return span_holds(text, self.start, self.end, self.quote)

    def as_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from."""

    kind: str  # file | url | html | stdin
    location: str
    retrieved: str  # RFC 3339
    media_type: str

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "location": self.location,
            "retrieved": self.retrieved,
            "media_type": self.media_type,
        }


@dataclass(frozen=True, slots=True)
class HtmlHints:
    """Metadata an HTML page states outside its visible main text."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    hostname: str | None = None
    description: str | None = None
    #: Raw machine-readable metadata as ``(key, value)`` pairs in page order: JSON-LD
    #: (``ld:article:headline``, ``ld:publisher``), ``meta:<name>``, ``title``, ``h1``, ``time``.
    page: tuple[tuple[str, str], ...] = ()

    def values(self, key: str) -> list[str]:
        """Every page value stored under ``key``, in page order."""
        return [value for k, value in self.page if k == key]


@dataclass(frozen=True, slots=True)
class Article:
    """Normalised text of one article plus what ingest learned about it."""

    text: str
    source: Source
    html: HtmlHints | None = None
    header_lines: tuple[str, ...] = field(default_factory=tuple)
