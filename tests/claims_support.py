"""Test helpers for the claims analysers: a registry that works before outlets.yaml lands."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from audit.analyse import analyse, outlets
from audit.analyse.caveats import find_caveats
from audit.analyse.quotes import analyse_quotes
from audit.model import Article, Source
from audit.record import build
from audit.rules import Draft, RecordContext, Rule

FIXTURE = Path(__file__).parent / "data" / "outlets_fixture.yaml"
REPO = Path(__file__).resolve().parent.parent


def seeds_dir() -> Path | None:
    """../shared/seeds beside the repository (main checkout or a worktree one level down)."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "seeds" / "expected.json").is_file():
            return base / "shared" / "seeds"
    return None


def shipped_registry_present() -> bool:
    return (files("audit.lexicon") / "outlets.yaml").is_file()


def fixture_registry() -> outlets.Registry:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return outlets.Registry([outlets._outlet(e) for e in data["outlets"]])


def install_registry(monkeypatch: object) -> None:
    """Use the shipped registry when installed, else the test fixture."""
    if not shipped_registry_present():
        reg = fixture_registry()
        monkeypatch.setattr(outlets, "registry", lambda: reg)  # type: ignore[attr-defined]


def analysed_record(text: str) -> dict[str, Any]:
    """The record ingest would write for ``text`` (id ``a-record``)."""
    article = Article(text, Source("stdin", "-", "2020-01-01T00:00:00Z", "text/plain"))
    return build(article, analyse(article), "a-record")


def analysed_fields(text: str) -> dict[str, Any]:
    """Every analyser's fields for ``text`` read from a file, as ingest fills them."""
    fields: dict[str, Any] = analyse(
        Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    )
    return fields


def found_caveats(text: str) -> list[tuple[str, str]]:
    """Each caveat :func:`find_caveats` finds in ``text`` as (kind, quote); every caveat's
    evidence is checked to quote the text exactly."""
    out = []
    for caveat in find_caveats(text):
        ev = caveat["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
        out.append((caveat["kind"], ev["quote"]))
    return out


def caveat_kinds(text: str) -> list[str]:
    """The kinds of the caveats in ``text``, in order (see :func:`found_caveats`)."""
    return [kind for kind, _ in found_caveats(text)]


def quoted_speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quote :func:`analyse_quotes` finds in ``text`` with its speaker; every
    speaker's evidence is checked to quote the text exactly."""
    article = Article(text, Source("file", "t.txt", "2026-01-01T00:00:00Z", "text/plain"))
    quotes = analyse_quotes(article, {})["quotes"]
    for q in quotes:
        if q["speaker_evidence"]:
            ev = q["speaker_evidence"]
            assert text[ev["start"] : ev["end"]] == ev["quote"]
    return [(q["text"], q["speaker"]) for q in quotes]


def byline_names(fields: dict[str, Any], text: str) -> list[str]:
    """The credited names of ``fields``' byline; each credit's evidence holds in ``text``."""
    for credit in fields["byline"]:
        ev = credit["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
    return [credit["name"] for credit in fields["byline"]]


def rule_drafts(rule: type[Rule], rec: dict[str, Any]) -> list[Draft]:
    """Drafts of one record rule on ``rec``; every span it cites holds in the text."""
    ctx = RecordContext(path="a-record.json", raw="", data=rec, schema_valid=True)
    drafts = list(rule().check(ctx))
    for d in drafts:
        if d.evidence is not None:
            assert d.evidence.holds_in(rec["text"])
    return drafts
