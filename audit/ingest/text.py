"""Decoding and normalising plain-text articles (trafilatura returns nothing for plain text)."""

from __future__ import annotations

import codecs
import re
from itertools import pairwise

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
# Hard-wrapped text (email, plain-text newsletters): lines of at most this many characters,
# most of the lines that continue a paragraph filled to near that width.
_MAX_WRAP_WIDTH = 100
_FILLED = 0.6
_MIN_WRAPPED_LINES = 3
_MIN_FILLED_SHARE = 0.6
_MIN_LOWER_NEXT_SHARE = 0.5  # wrapped prose mostly goes on mid-sentence
_MAX_ENDED_SHARE = 0.4  # wrapped prose rarely breaks a line right after a sentence
_ENDS = tuple('.!?:"”’')
_LIST_ITEM = re.compile(r"\s*(?:[-*•–—>|#]|\d+[.)]\s)")


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


def unwrap(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs with spaces.

    A text wrapped at a fixed width (most lines that go on to another line of the same
    paragraph are filled to near the widest line, which is at most 100 characters) has
    each such newline replaced by a space, so sentences, quotes and content lines are
    whole again. Short lines (headings, bylines, a paragraph's last line) and list items
    keep their line breaks. A text whose lines mostly end sentences (one paragraph per
    line), or mostly go on with a capital (a list of headlines), is left as it is. The
    text keeps its length, so offsets into it do not move.
    """
    lines = text.split("\n")
    width = max((len(line) for line in lines), default=0)
    if width > _MAX_WRAP_WIDTH:
        return text
    limit = width * _FILLED
    continued = [line for line, after in pairwise(lines) if line and after]
    filled = [(line, after) for line, after in pairwise(lines) if after and len(line) >= limit]
    if len(filled) < _MIN_WRAPPED_LINES or len(filled) < len(continued) * _MIN_FILLED_SHARE:
        return text
    if sum(line.endswith(_ENDS) for line, _ in filled) > len(filled) * _MAX_ENDED_SHARE:
        return text
    if sum(after[:1].islower() for _, after in filled) < len(filled) * _MIN_LOWER_NEXT_SHARE:
        return text
    out = []
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        joins = len(line) >= limit and after.strip() and not _LIST_ITEM.match(after)
        out.append(line + (" " if joins else "\n"))
    return "".join(out)[:-1]
