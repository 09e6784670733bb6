"""Decoding and normalising plain-text articles (trafilatura returns nothing for plain text)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from audit.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UTF8_NAMES = {"utf-8", "utf8", "utf_8"}
_WESTERN_TOLERANCE = 0.1


def _strict(data: bytes, encoding: str, name: str, why: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(name, f"invalid {encoding.upper()} at byte {exc.start} ({why})") from None
    except LookupError:
        raise InputError(name, f"unknown character encoding {encoding!r}") from None


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode article bytes: a BOM wins, then a declared charset, then UTF-8, then detection.

    Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError(name, "empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding, name, "the file starts with its BOM")
            return _reject_binary(text, name)
    if b"\x00" in data:
        raise InputError(name, "binary data (NUL bytes), not a text article")
    if declared and declared.strip().lower() in _UTF8_NAMES:
        return _reject_binary(_strict(data, "utf-8", name, "declared as UTF-8"), name)
    if declared:
        try:
            return _reject_binary(data.decode(declared.strip()), name)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration is common; fall back to detection
    try:
        return _reject_binary(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    return _reject_binary(_detect(data, name), name)


def _detect(data: bytes, name: str) -> str:
    """Detect a legacy encoding; windows-1252 wins when it is about as clean as the best.

    Single-byte detectors confuse Western code pages with Central/Baltic ones on short
    texts; the web's own fallback (WHATWG) is windows-1252, so ties go to it.
    """
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(name, "undecodable bytes: not text in any known encoding")
    best = min(matches, key=lambda m: m.chaos)
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= best.chaos + _WESTERN_TOLERANCE:
        best = western
    return str(best)


def _reject_binary(text: str, name: str) -> str:
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(name, "binary data (control characters), not a text article")
    return text


def normalise(text: str) -> str:
    """Unify line endings, drop trailing spaces and outer blank lines; keep paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
