"""The plain-text reader: decoding with detection, normalisation, refusing non-text."""

from __future__ import annotations

import codecs

import pytest

from audit.errors import InputError
from audit.ingest.text import decode, normalise

ARTICLE = "Café owners said on Monday that prices rose — “sharply”, they said.\n"


def test_utf8_plain() -> None:
    assert decode(ARTICLE.encode("utf-8"), "a.txt") == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_wins(encoding: str) -> None:
    assert decode(ARTICLE.encode(encoding), "a.txt") == ARTICLE


def test_latin1_detected() -> None:
    text = "Les élèves ont déjà reçu leurs résultats, a déclaré le ministère. " * 5
    assert decode(text.encode("latin-1"), "a.txt") == text


def test_invalid_utf8_after_utf8_bom_is_an_error() -> None:
    with pytest.raises(InputError, match="invalid UTF-8 at byte"):
        decode(codecs.BOM_UTF8 + b"ok \xff\xfe broken", "bad.txt")


def test_invalid_utf8_when_declared_utf8_is_an_error() -> None:
    with pytest.raises(InputError, match="declared as UTF-8"):
        decode("caf\u00e9".encode("latin-1"), "page.html", declared="UTF-8")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty input"),
        (b"  \n\t\n ", "empty input"),
        (b"PK\x03\x04\x00\x00binary", "NUL bytes"),
        (bytes(range(1, 32)) * 40, "control characters"),
    ],
)
def test_non_text_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        decode(data, "in.txt")
    assert str(info.value).startswith("in.txt: ")


def test_normalise_line_endings_and_paragraphs() -> None:
    raw = "\ufeff\r\n\r\nTitle  \r\n\r\nFirst para.\rSecond line\u00a0\n\n\n\nNext para.\n\n"
    assert normalise(raw) == "Title\n\nFirst para.\nSecond line\n\n\n\nNext para."
