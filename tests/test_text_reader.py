"""The plain-text reader: decoding with detection, normalisation, refusing non-text."""

from __future__ import annotations

import codecs
import textwrap
from pathlib import Path

import pytest

from audit.analyse import analyse
from audit.errors import InputError
from audit.ingest.text import decode, normalise, unwrap
from audit.model import Article, Source

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


def _wrapped(text: str, width: int = 72) -> str:
    """``text`` with every line hard-wrapped at ``width`` columns."""
    return "\n".join("\n".join(textwrap.wrap(line, width)) for line in text.split("\n"))


def _claims(text: str) -> dict[str, list[str]]:
    fields = analyse(Article(text, Source("file", "a.txt", "2026-01-01T00:00:00Z", "text/plain")))
    return {
        "quotes": [q["text"] for q in fields["quotes"]],
        "caveats": [c["evidence"]["quote"] for c in fields["caveats"]],
        "figures": [f["evidence"]["quote"] for f in fields["figures"]],
        "flags": [f["code"] for f in fields["flags"]],
    }


def test_hard_wrapped_text_reads_like_the_unwrapped_one(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        original = normalise(path.read_text(encoding="utf-8"))
        assert unwrap(original) == original  # long lines: nothing to join
        wrapped = _wrapped(original)
        joined = unwrap(wrapped)
        assert len(joined) == len(wrapped)  # offsets hold
        assert joined.count("\n") < wrapped.count("\n")
        assert _claims(joined) == _claims(original)


def test_unwrap_keeps_short_lines_list_items_and_one_paragraph_per_line() -> None:
    prose = (
        "By Jane Doe\n"
        "Residents had asked the council for months to publish the figures behind the\n"
        "plan, and the mayor's office released them only last week, after a request\n"
        "under the freedom of information law.\n"
        "\n"
        "The council met on Monday to discuss the budget for the coming year and\n"
        "agreed, after a long debate that ran well past midnight, to close two of\n"
        "the city's libraries and to cut the opening hours of the others by a\n"
        "third from the spring.\n"
        "- first item of a list that is long enough to be filled to the width\n"
        "- second item\n"
        "The mayor said the decision was painful but that the budget left no room."
    )
    joined = unwrap(prose)
    assert "and agreed" in joined and "of the city" in joined and "a third" in joined
    assert "Doe\nResidents" in joined and "spring.\n- first" in joined
    assert "width\n- second" in joined and "item\nThe mayor" in joined
    per_line = "\n".join(["The council met on Monday to discuss the library budget."] * 6)
    assert unwrap(per_line) == per_line
    headlines = "\n".join(
        [
            "Council Votes to Close Two Libraries After Budget Talks Run Late",
            "Mayor Defends Cuts as Residents Demand the Figures Behind Them",
            "Library Staff Say They Learned of the Plan From the Newspaper",
            "Opposition Calls for Inquiry Into How the Budget Was Drawn Up",
        ]
    )
    assert unwrap(headlines) == headlines
