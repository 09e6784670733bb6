"""Rule packs: loading from a user folder, validation errors, the four rule shapes."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from audit.analyse.content import detect
from audit.analyse.content.model import quoted_spans
from audit.analyse.content.packs import load_packs, parse_rule, run_rule
from audit.analyse.content.structure import markup_residue
from audit.errors import InputError

BASE = {
    "code": "XYZ001",
    "name": "test-rule",
    "message": "found “%s”",
    "level": "warning",
    "why": "because",
    "fails": "bad",
    "passes": "good",
}


def _run(data: dict[str, object], text: str) -> list[str]:
    rule = parse_rule({**BASE, **data}, "test.yaml")
    return [text[f.start : f.end] for f in run_rule(rule, text, quoted_spans(text))]


def test_existence_with_anchors() -> None:
    data = {"extends": "existence", "tokens": ["^read more$"], "category": "boilerplate"}
    assert _run(data, "Story.\nRead more\nWe read more books.") == ["Read more"]


def test_substitution_reports_the_replacement() -> None:
    rule = parse_rule(
        {
            **BASE,
            "extends": "substitution",
            "swap": {"regime": "government"},
            "span": "match",
            "message": "“%s”: consider “%s”",
            "scope": "text",
        },
        "t.yaml",
    )
    flags = list(run_rule(rule, "The regime said no.", []))
    assert [f.message for f in flags] == ["“regime”: consider “government”"]


def test_occurrence_counts_within_scope() -> None:
    data = {"extends": "occurrence", "tokens": ["cheap", "replica"], "min": 2}
    assert _run(data, "cheap replica watches\ncheap flights") == ["cheap replica watches"]


def test_conditional_needs_the_second_token_absent() -> None:
    data = {"extends": "conditional", "tokens": ["click here"], "second": ["report"]}
    text = "Click here for the report\nClick here for shoes"
    assert _run(data, text) == ["Click here for shoes"]


def test_scope_excludes_quotations() -> None:
    data = {
        "extends": "existence",
        "tokens": ["genocide"],
        "scope": "text",
        "span": "match",
        "exclude": ["quotes"],
    }
    text = "Groups called it “genocide”. This genocide continues."
    assert _run(data, text) == ["genocide"]
    assert text.rindex("genocide") > text.index("”")


def test_missing_fields_are_a_clear_error() -> None:
    with pytest.raises(InputError, match="missing or empty: why"):
        parse_rule({**BASE, "extends": "existence", "tokens": ["x"], "why": ""}, "bad.yaml")
    with pytest.raises(InputError, match="extends must be one of"):
        parse_rule({**BASE, "extends": "regex", "tokens": ["x"]}, "bad.yaml")


def test_user_pack_folder_adds_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "casino.yaml").write_text(
        "extends: existence\ncode: SPM050\nname: casino-line\ncategory: spam\n"
        "kind: casino\nlevel: warning\nmessage: 'casino: %s'\nwhy: w\nfails: f\npasses: p\n"
        "tokens: ['^online casino']\n",
        encoding="utf-8",
    )
    rules = load_packs((str(tmp_path),))
    assert "SPM050" in {r.code for r in rules}
    flags = detect("News text.\nOnline casino bonus today", rules)
    assert "SPM050" in [f.code for f in flags]
    with pytest.raises(InputError, match="does not exist"):
        load_packs((str(tmp_path / "missing"),))


def test_broken_yaml_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("tokens: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read rule pack"):
        load_packs((str(tmp_path),))


def test_shipped_packs_are_valid_and_documented() -> None:
    codes = [r.code for r in load_packs()]
    assert len(codes) == len(set(codes)) >= 8
    assert any(r.code == "ATT050" and r.exclude_quotes and r.level == "info" for r in load_packs())


def test_patterns_are_linear_on_hostile_input() -> None:
    hostile = "<a " + "x" * 200_000 + "\n" + "&" * 100_000 + "[" * 50_000 + "©" + "A " * 50_000
    started = time.perf_counter()
    list(markup_residue(hostile))
    detect(hostile)
    assert time.perf_counter() - started < 5.0


def test_attribution_lines_are_not_spam() -> None:
    text = (
        "The documents were leaked to the newspaper.\n\nAdditional reporting by the Guardian"
        "\n\nSource: Taipei Times\n\nFans bought cheap replica jerseys before the final, "
        "and jersey sales doubled, the club said."
    )
    assert not [f for f in detect(text) if f.category == "spam"]
    assert re.search("jersey", text)


def test_pack_may_not_take_a_built_in_code(tmp_path: Path) -> None:
    from audit.rules import every_rule

    (tmp_path / "clash.yaml").write_text(
        "extends: existence\ncode: REC001\nname: clash\nlevel: info\nmessage: m\n"
        "why: w\nfails: f\npasses: p\ntokens: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="built-in rule"):
        every_rule((str(tmp_path),))


def test_bad_kind_is_rejected() -> None:
    with pytest.raises(InputError, match="kind must be"):
        parse_rule({**BASE, "extends": "existence", "tokens": ["x"], "kind": "Bad Kind"}, "k.yaml")


def test_user_heading_opens_a_related_list(tmp_path: Path) -> None:
    (tmp_path / "nl.yaml").write_text(
        "extends: existence\ncode: RES060\nname: dutch-related\ncategory: boilerplate\n"
        "level: warning\nmessage: 'related: %s'\nwhy: w\nfails: f\npasses: p\n"
        "opens: related_list\ntokens: ['^zie ook']\n",
        encoding="utf-8",
    )
    text = "Het kabinet besloot tot nieuwe maatregelen.\nZie ook\nBoer wint prijs\nStorm op zee"
    flags = detect(text, load_packs((str(tmp_path),)))
    assert [(f.code, text[f.start : f.end]) for f in flags if f.code == "RES015"] == [
        ("RES015", "Boer wint prijs\nStorm op zee")
    ]


def test_detect_passes_quotations_to_a_user_rule_that_excludes_them(tmp_path: Path) -> None:
    (tmp_path / "q.yaml").write_text(
        "extends: existence\ncode: RES061\nname: quoted-term\ncategory: residue\n"
        "level: warning\nmessage: 'term: %s'\nwhy: w\nfails: f\npasses: p\n"
        "scope: text\nspan: match\nexclude: [quotes]\ntokens: ['hoax']\n",
        encoding="utf-8",
    )
    text = "Officials called it “a hoax”. The hoax claim spread."
    flags = [f for f in detect(text, load_packs((str(tmp_path),))) if f.code == "RES061"]
    assert [f.start for f in flags] == [text.rindex("hoax")]
