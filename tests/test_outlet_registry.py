"""Integrity tests for the outlet registry (audit/lexicon/outlets.yaml).

The JSON Schema checks each entry on its own; these tests add the rules that span
entries: every name, alias and domain resolves to exactly one outlet, context aliases
never shadow a real name, domains are registrable, and the file keeps its layout.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).parent.parent
REGISTRY_PATH = ROOT / "audit" / "lexicon" / "outlets.yaml"
SCHEMA_PATH = ROOT / "schema" / "outlets.schema.json"

# Bare words that must never be an alias (they are fine as context aliases, e.g. "the Times").
_GENERIC_WORDS = """
    times post news journal guardian daily herald tribune star sun mail mirror express
    telegraph independent nation national standard observer chronicle globe gazette
    examiner inquirer monitor record courier today week world time dawn mint focus stern
    welt zeit reveal amnesty who app fox abc agency newspaper paper magazine press review
    report wire fortune wired slate salon reason insider punch vanguard tempo outlook metro
    stuff bloomberg drudge pew globo the a an
    """
GENERIC_WORDS = frozenset(_GENERIC_WORDS.split())

# Second-level public suffixes (Public Suffix List) a registrable domain may sit under.
# A domain with three labels must end in one of these; more than three labels is never
# registrable here. Extend the set when adding an outlet under another such suffix.
_MULTI_LABEL_SUFFIXES = """
    co.uk org.uk ac.uk gov.uk ltd.uk plc.uk me.uk  com.au net.au org.au gov.au edu.au
    co.nz org.nz govt.nz  co.jp or.jp ne.jp go.jp ac.jp  co.kr or.kr go.kr ac.kr
    com.cn org.cn gov.cn net.cn edu.cn  com.tw org.tw gov.tw edu.tw  com.hk org.hk gov.hk
    com.sg org.sg gov.sg  com.my org.my gov.my  com.ph gov.ph org.ph  co.id or.id go.id
    co.th or.th go.th  com.vn org.vn gov.vn  com.mm gov.mm  com.pk org.pk gov.pk
    co.in org.in gov.in nic.in  com.bd gov.bd  com.np org.np  com.tr org.tr gov.tr
    co.il org.il gov.il  com.sa gov.sa org.sa  org.qa gov.qa com.qa  net.kw com.kw gov.kw
    com.eg org.eg gov.eg  co.za org.za gov.za  co.ke or.ke go.ke  com.ng gov.ng
    com.gh gov.gh  co.ug co.tz co.zw co.rw  com.br gov.br org.br  com.ar gob.ar org.ar
    com.mx gob.mx org.mx  com.co gov.co  com.pe gob.pe  com.ve gob.ve  com.uy  com.ua gov.ua org.ua
    com.ru gov.ru  com.pl gov.pl  gouv.fr gc.ca rep.kp gov.kp  co.tt com.fj com.pg com.na
    com.sb gov.tm  com.tn info.tn  com.cy org.cy  gov.om
    co.zm  gov.mw  co.bw gov.bw  web.na  co.sz org.sz  gov.ls  co.mz
    com.pa  com.do  com.gt  com.ni  com.af  gov.kh  gov.la  com.bo
    """
MULTI_LABEL_SUFFIXES = frozenset(_MULTI_LABEL_SUFFIXES.split())

DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


# --------------------------------------------------------------------------- helpers


def load_registry() -> dict[str, Any]:
    with REGISTRY_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), "outlets.yaml must be a mapping at top level"
    return data


def load_schema() -> dict[str, Any]:
    with SCHEMA_PATH.open(encoding="utf-8") as fh:
        data = json.load(fh)
    assert isinstance(data, dict)
    return data


def fold(text: str) -> str:
    """Lower-case, accents stripped, whitespace collapsed."""
    special = {
        "\u00df": "ss",
        "\u00f8": "o",
        "\u00e6": "ae",
        "\u0142": "l",
        "\u0111": "d",
        "\u0131": "i",
        "\u2019": "'",
    }
    text = "".join(special.get(ch, ch) for ch in text.lower())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def normalise(text: str) -> str:
    """The key a name or alias is looked up by: folded, leading article dropped."""
    key = fold(text)
    return key[4:] if key.startswith("the ") else key


def names_and_aliases(outlet: dict[str, Any]) -> list[str]:
    return [outlet["name"], *outlet["aliases"]]


@pytest.fixture(scope="module")
def registry() -> dict[str, Any]:
    return load_registry()


@pytest.fixture(scope="module")
def outlets(registry: dict[str, Any]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = registry["outlets"]
    return entries


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return load_schema()


@pytest.fixture(scope="module")
def by_name(outlets: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {o["name"]: o for o in outlets}


# --------------------------------------------------------------------------- schema


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_registry_validates_against_schema(
    registry: dict[str, Any], schema: dict[str, Any]
) -> None:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(registry), key=lambda e: list(e.absolute_path))
    messages = [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]
    assert not messages, "\n".join(messages[:20])


def test_schema_is_strict(schema: dict[str, Any]) -> None:
    """Every object forbids unknown keys and every property documents itself."""

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object":
                assert node.get("additionalProperties") is False, where
            for name, prop in node.get("properties", {}).items():
                assert prop.get("description"), f"{where}/properties/{name}"
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(schema, "#")


def test_schema_rejects_bad_entries(schema: dict[str, Any]) -> None:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    good = {
        "name": "Example Daily",
        "kind": "newspaper",
        "country": "US",
        "aliases": ["Example"],
        "context_aliases": ["the paper"],
        "domains": ["example.com"],
    }
    assert validator.is_valid({"version": 1, "outlets": [good]})
    bad_variants = [
        {**good, "kind": "tabloid"},
        {**good, "country": "UK"},
        {**good, "country": "us"},
        {**good, "domains": ["www.example.com"]},
        {**good, "domains": ["Example.com"]},
        {**good, "domains": ["https://example.com"]},
        {**good, "aliases": ["Example  Daily"]},
        {**good, "aliases": ["Example\nDaily"]},
        {**good, "aliases": [" Example"]},
        {**good, "aliases": ["Example", "Example"]},
        {**good, "extra": True},
        {k: v for k, v in good.items() if k != "domains"},
    ]
    for bad in bad_variants:
        assert not validator.is_valid({"version": 1, "outlets": [bad]}), bad
    assert not validator.is_valid({"version": 2, "outlets": [good]})


# --------------------------------------------------------------------------- uniqueness


def test_names_are_unique(outlets: list[dict[str, Any]]) -> None:
    seen: dict[str, str] = {}
    for outlet in outlets:
        key = outlet["name"].casefold()
        assert key not in seen, f"duplicate name {outlet['name']!r} (also {seen[key]!r})"
        seen[key] = outlet["name"]


def test_no_duplicates_within_an_outlet(outlets: list[dict[str, Any]]) -> None:
    """Case variants are allowed ("the Guardian" beside "The Guardian"); repeats are not."""
    for outlet in outlets:
        forms = names_and_aliases(outlet)
        assert len(forms) == len(set(forms)), outlet["name"]
        ctx = [c.casefold() for c in outlet["context_aliases"]]
        assert len(ctx) == len(set(ctx)), outlet["name"]
        assert not set(forms) & set(outlet["context_aliases"]), outlet["name"]


def test_every_name_and_alias_maps_to_one_outlet(outlets: list[dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for outlet in outlets:
        for form in names_and_aliases(outlet):
            owners[form.casefold()].add(outlet["name"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_aliases_unique_after_normalisation(outlets: list[dict[str, Any]]) -> None:
    """'The Nation' and 'Nation', or 'Publico' and 'Publico' with an accent, are one key."""
    owners: dict[str, set[str]] = defaultdict(set)
    for outlet in outlets:
        for form in names_and_aliases(outlet):
            owners[normalise(form)].add(outlet["name"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes


def test_no_alias_equals_another_outlets_name(outlets: list[dict[str, Any]]) -> None:
    name_of = {normalise(o["name"]): o["name"] for o in outlets}
    for outlet in outlets:
        for alias in outlet["aliases"]:
            other = name_of.get(normalise(alias))
            assert other in (None, outlet["name"]), (
                f"alias {alias!r} of {outlet['name']!r} is the name of {other!r}"
            )


def test_context_aliases_never_shadow_a_name_or_alias(outlets: list[dict[str, Any]]) -> None:
    """A context alias may restate its own outlet's name ("the Hill") but no other's."""
    owner = {normalise(f): o["name"] for o in outlets for f in names_and_aliases(o)}
    for outlet in outlets:
        for ctx in outlet["context_aliases"]:
            other = owner.get(normalise(ctx))
            assert other in (None, outlet["name"]), (
                f"context alias {ctx!r} of {outlet['name']!r} is a name/alias of {other!r}"
            )


def test_domains_unique_across_outlets(outlets: list[dict[str, Any]]) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for outlet in outlets:
        for domain in outlet["domains"]:
            owners[domain].append(outlet["name"])
    clashes = {d: names for d, names in owners.items() if len(names) > 1}
    assert not clashes, clashes


def test_domain_aliases_belong_to_their_outlet(outlets: list[dict[str, Any]]) -> None:
    """An alias written like a domain ('nytimes.com') must not be another outlet's domain."""
    domain_owner = {d: o["name"] for o in outlets for d in o["domains"]}
    for outlet in outlets:
        for alias in outlet["aliases"]:
            other = domain_owner.get(alias.casefold())
            assert other in (None, outlet["name"]), (alias, outlet["name"], other)


# --------------------------------------------------------------------------- content rules


def test_domains_are_registrable(outlets: list[dict[str, Any]]) -> None:
    for outlet in outlets:
        for domain in outlet["domains"]:
            assert domain == domain.lower().strip(), domain
            assert DOMAIN_RE.match(domain), domain
            assert not domain.startswith("www."), domain
            labels = domain.split(".")
            if len(labels) == 3:
                suffix = ".".join(labels[-2:])
                assert suffix in MULTI_LABEL_SUFFIXES, (
                    f"{domain} ({outlet['name']}) is a subdomain, not a registrable domain"
                )
            else:
                assert len(labels) == 2, f"{domain} ({outlet['name']}) has too many labels"
                assert domain not in MULTI_LABEL_SUFFIXES, domain


def test_no_generic_word_aliases(outlets: list[dict[str, Any]]) -> None:
    """No bare "Times" or "Post"; "the Guardian" only for the outlet called The Guardian."""
    for outlet in outlets:
        for alias in outlet["aliases"]:
            assert fold(alias) not in GENERIC_WORDS, (alias, outlet["name"])
            if normalise(alias) in GENERIC_WORDS:
                assert normalise(outlet["name"]) == normalise(alias), (alias, outlet["name"])


def test_kinds_are_in_schema_enum(outlets: list[dict[str, Any]], schema: dict[str, Any]) -> None:
    allowed = set(schema["$defs"]["outlet"]["properties"]["kind"]["enum"])
    used = {o["kind"] for o in outlets}
    assert used <= allowed, used - allowed
    # every kind except the fallback is represented
    assert allowed - used <= {"unknown"}, allowed - used


def test_size_and_breadth(outlets: list[dict[str, Any]]) -> None:
    assert len(outlets) >= 300
    countries = {o["country"] for o in outlets if o["country"]}
    assert len(countries) >= 15
    spread = {"US", "GB", "DE", "PL", "FR", "IN", "PK", "CN", "JP", "KR", "TW", "HK", "NG"}
    spread |= {"KE", "ZA", "EG", "BR", "AR", "MX", "AU", "RU", "UA"}
    assert spread <= countries, spread - countries


def test_null_country_only_for_international_bodies(outlets: list[dict[str, Any]]) -> None:
    for outlet in outlets:
        if outlet["country"] is None:
            # global platforms (kind blog) carry every country's posts
            assert outlet["kind"] in {"international_org", "government", "blog"}, outlet["name"]
        if outlet["kind"] == "international_org":
            assert outlet["country"] is None, outlet["name"]


# --------------------------------------------------------------------------- spot checks


def test_reuters_is_a_wire(by_name: dict[str, dict[str, Any]]) -> None:
    assert by_name["Reuters"]["kind"] == "wire"
    assert "reuters.com" in by_name["Reuters"]["domains"]


def test_icij(by_name: dict[str, dict[str, Any]]) -> None:
    icij = by_name["International Consortium of Investigative Journalists"]
    assert icij["kind"] == "investigative"
    assert "ICIJ" in icij["aliases"]


def test_financial_times(by_name: dict[str, dict[str, Any]]) -> None:
    assert "FT" in by_name["Financial Times"]["aliases"]
    assert by_name["Financial Times"]["kind"] == "newspaper"


def test_taipei_times_and_cna(by_name: dict[str, dict[str, Any]]) -> None:
    assert by_name["Taipei Times"]["country"] == "TW"
    cna = by_name["Central News Agency (Taiwan)"]
    assert "Focus Taiwan" in cna["aliases"]
    assert "CNA" in cna["context_aliases"]  # shared with CNA (Singapore)


def test_associated_press(by_name: dict[str, dict[str, Any]]) -> None:
    ap = by_name["Associated Press"]
    assert ap["kind"] == "wire"
    assert {"AP", "The Associated Press"} <= set(ap["aliases"])


def test_abc_us_and_australia_are_distinct(by_name: dict[str, dict[str, Any]]) -> None:
    us, au = by_name["ABC News"], by_name["ABC News (Australia)"]
    assert us["country"] == "US" and au["country"] == "AU"
    assert not {a.casefold() for a in us["aliases"]} & {a.casefold() for a in au["aliases"]}


def test_new_york_times_context(by_name: dict[str, dict[str, Any]]) -> None:
    nyt = by_name["The New York Times"]
    assert {"New York Times", "NYT", "nytimes.com"} <= set(nyt["aliases"])
    assert "the Times" in nyt["context_aliases"]


def test_the_guardian_is_unambiguous(
    outlets: list[dict[str, Any]], by_name: dict[str, dict[str, Any]]
) -> None:
    assert "the Guardian" in by_name["The Guardian"]["aliases"]
    for outlet in outlets:
        assert "guardian" not in {normalise(c) for c in outlet["context_aliases"]}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("World Uyghur Congress", "advocacy"),
        ("Human Rights Watch", "advocacy"),
        ("Global Times", "state_media"),
        ("Korean Central News Agency", "state_media"),
        ("US State Department", "government"),
        ("United Nations", "international_org"),
        ("Australian Strategic Policy Institute", "research"),
        ("Blogger (Google)", "blog"),
        ("Yahoo News", "aggregator"),
        ("Der Spiegel", "magazine"),
        ("Gazeta Wyborcza", "newspaper"),
        ("ARD", "broadcaster"),
    ],
)
def test_spot_kinds(by_name: dict[str, dict[str, Any]], name: str, kind: str) -> None:
    assert by_name[name]["kind"] == kind


# --------------------------------------------------------------------------- file layout


def test_file_is_ascii_and_laid_out() -> None:
    raw = REGISTRY_PATH.read_bytes()
    raw.decode("ascii")  # non-ASCII text is written as \u escapes
    lines = raw.decode("ascii").splitlines()
    for number, line in enumerate(lines, 1):
        assert "\t" not in line, number
        assert line == line.rstrip(), f"trailing whitespace on line {number}"
        if line.startswith("  - "):
            assert line.startswith("  - name: "), number
        field = re.match(r"^    (aliases|context_aliases|domains): (.*)$", line)
        if field:
            assert field.group(2).startswith("[") and field.group(2).endswith("]"), number
        if line.strip() and not line.lstrip().startswith("#"):
            indent = len(line) - len(line.lstrip())
            assert indent in (0, 2, 4), f"unexpected indentation on line {number}"


def test_entries_grouped_by_kind(outlets: list[dict[str, Any]]) -> None:
    order: list[str] = []
    for outlet in outlets:
        if not order or order[-1] != outlet["kind"]:
            assert outlet["kind"] not in order, f"kind {outlet['kind']} appears in two groups"
            order.append(outlet["kind"])
    text = REGISTRY_PATH.read_text(encoding="ascii")
    assert len(re.findall(r"^  # --- .+ ---$", text, flags=re.M)) == len(order)


def test_a_short_form_cited_as_a_source_names_its_only_outlet() -> None:
    from audit.analyse.mentions import outlet_mentions

    def named(text: str) -> list[str]:
        return [m.name for m in outlet_mentions(text)]

    assert named("The split was first revealed by The Sun, which reported it.") == ["The Sun (UK)"]
    assert named("According to the ABC's count last night, Walsh leads.") == [
        "ABC News (Australia)"
    ]
    assert named("The sun came out and the Sun shone.") == []  # not cited as a source
    assert named("He told the Times that he would go.") == []  # shared by several outlets
    assert named("He spoke to Dr Atef, a surgeon, by phone.") == []  # "DR" is written so


def test_the_start_of_a_longer_proper_name_is_no_outlet() -> None:
    from audit.analyse.outlets import registry

    def named(text: str) -> list[str]:
        return [m.outlet.name for m in registry().mentions(text)]

    assert named("He told the Australian Securities Exchange on Monday.") == []
    assert named("As first reported by The Australian Financial Review.") == [
        "The Australian Financial Review"
    ]
    assert named("The Australian reported on Monday.") == ["The Australian"]


def test_an_outlet_credited_as_a_source_does_not_speak_of_itself() -> None:
    from audit.analyse.republication import _not_cited, self_references

    text = (
        "As first reported by The Australian Financial Review, which obtained a report, the "
        "dam was cracked. The company declined to comment to the AFR."
    )
    assert self_references(text)  # "comment to the AFR" alone reads as the AFR's own copy
    assert _not_cited(text, self_references(text)) == []


def test_a_short_form_opening_a_longer_name_is_not_cited() -> None:
    from audit.analyse.mentions import outlet_mentions

    text = "Kestrel told the Australian Securities Exchange on Feb. 26 that it had stopped."
    assert [m.name for m in outlet_mentions(text)] == []
