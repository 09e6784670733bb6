"""YAML rule packs in Vale's shape: load, validate and match them against a text.

A pack is one YAML file per rule (``extends``: existence, substitution, occurrence or
conditional) with a code, a message, a level and a scope. Tokens are literal phrases
matched case-insensitively on word boundaries with one Aho-Corasick automaton per rule
(linear time, no regex backtracking); ``^`` / ``$`` around a token pin it to the start /
end of its scope, and ``#`` stands for any digit.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from audit.analyse.content.model import (
    CATEGORIES,
    Flag,
    Unit,
    blocks,
    inside,
    lines,
    paragraphs,
    unit_at,
)
from audit.analyse.content.scanning import Matches, Scan, lower, scan
from audit.errors import InputError
from audit.yamlio import parse_yaml

EXTENDS = ("existence", "substitution", "occurrence", "conditional")
SCOPES = ("line", "block", "paragraph", "text")
LEVELS = ("error", "warning", "info")
CONFIDENCES = ("high", "medium", "low")
_CODE = re.compile(r"^[A-Z]{3}\d{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_KIND = re.compile(r"^[a-z][a-z0-9_]*$")
# Characters skipped when a token is pinned to the start or end of its scope.
_EDGE = " \t-–—•*»«>|#:.!?…()[]<"
_WORDLESS = re.compile(r"[^\w#]+")
_REQUIRED = ("extends", "code", "name", "message", "level", "why", "fails", "passes")


@dataclass(frozen=True, slots=True)
class Token:
    phrase: str  # lower case
    at_start: bool
    at_end: bool


@dataclass(slots=True)
class PackRule:
    """One rule loaded from a YAML pack file."""

    extends: str
    code: str
    name: str
    message: str
    level: str
    why: str
    fails: str
    passes: str
    source: str
    category: str | None = None
    summary: str = ""
    kind: str = "text"
    confidence: str = "medium"
    scope: str = "line"
    exclude_quotes: bool = False
    max_chars: int = 0
    span: str = "scope"  # scope | match
    min_count: int = 2
    outside_topic: bool = False
    opens: str | None = None  # related_list | comments: what may follow a bare heading
    tokens: list[Token] = field(default_factory=list)
    second: list[Token] = field(default_factory=list)
    swap: dict[str, str] = field(default_factory=dict)
    _automaton: Any = None
    _second: Any = None

    @property
    def flags_record(self) -> bool:
        """Rules with a content category write record flags; others only report."""
        return self.category is not None

    def docstring(self) -> str:
        """The rule's documentation, in the same sections as a Python rule's docstring."""

        def block(value: str) -> str:
            return textwrap.indent(textwrap.fill(" ".join(value.split()), 84), "    ")

        def verbatim(value: str) -> str:
            return textwrap.indent(value.strip(), "    ")

        return (
            f"{self.summary}.\n\nMessage: {self.message.replace('%s', '…')}\n\n"
            f"Why it matters:\n{block(self.why)}\n\n"
            f"Fails:\n{verbatim(self.fails)}\n\n"
            f"Passes:\n{verbatim(self.passes)}\n\n"
            f"Options:\n    none (edit {Path(self.source).name} to change the word list)\n"
        )


def _tokens(raw: Any, where: str) -> list[Token]:
    if not isinstance(raw, list) or not all(isinstance(t, str) and t.strip() for t in raw):
        raise InputError(where, "tokens must be a list of non-empty strings")
    out = []
    for item in raw:
        phrase = item.strip()
        at_start, at_end = phrase.startswith("^"), phrase.endswith("$")
        phrase = " ".join(phrase.strip("^$").split()).lower()
        if phrase:
            out.append(Token(phrase, at_start, at_end))
    return out


def _automaton(tokens: Sequence[Token]) -> Any:
    auto = ahocorasick.Automaton()
    for token in tokens:
        found = auto.get(token.phrase, [])
        auto.add_word(token.phrase, [*found, token])
    auto.make_automaton()
    return auto


def parse_rule(data: Any, source: str) -> PackRule:
    """Validate one pack file's mapping; a clear InputError names what is wrong."""
    if not isinstance(data, dict):
        raise InputError(source, "a rule pack file must hold a mapping")
    missing = [k for k in _REQUIRED if not isinstance(data.get(k), str) or not data[k].strip()]
    if missing:
        raise InputError(source, f"missing or empty: {', '.join(missing)}")

    def choice(key: str, allowed: Sequence[str], default: str | None) -> Any:
        value = data.get(key, default)
        if value is not None and value not in allowed:
            raise InputError(source, f"{key} must be one of {', '.join(allowed)}, not {value!r}")
        return value

    rule = PackRule(
        extends=choice("extends", EXTENDS, None),
        code=str(data["code"]),
        name=str(data["name"]),
        message=str(data["message"]).strip(),
        level=choice("level", LEVELS, None),
        why=data["why"],
        fails=data["fails"],
        passes=data["passes"],
        source=source,
        category=choice("category", CATEGORIES, None),
        summary=str(data.get("summary") or data["message"]).strip(),
        kind=str(data.get("kind", data["name"].replace("-", "_"))),
        confidence=choice("confidence", CONFIDENCES, "medium"),
        scope=choice("scope", SCOPES, "line"),
        exclude_quotes="quotes" in (data.get("exclude") or []),
        max_chars=int(data.get("max_chars", 0)),
        span=choice("span", ("scope", "match"), "scope"),
        min_count=int(data.get("min", 2)),
        outside_topic=bool(data.get("outside_topic", False)),
        opens=choice("opens", ("related_list", "comments"), None),
    )
    if not _CODE.match(rule.code) or not _NAME.match(rule.name):
        raise InputError(source, "code must look like ABC123 and name like word-word")
    if not _KIND.match(rule.kind):
        raise InputError(source, "kind must be lower case letters, digits and _")
    if rule.extends == "substitution":
        swap = data.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise InputError(source, "substitution needs a non-empty swap mapping")
        rule.swap = {" ".join(str(k).lower().split()): str(v) for k, v in swap.items()}
        rule.tokens = _tokens(list(swap), source)
    else:
        rule.tokens = _tokens(data.get("tokens"), source)
    if rule.extends == "conditional":
        rule.second = _tokens(data.get("second"), source)
        rule._second = _automaton(rule.second)
    rule._automaton = _automaton(rule.tokens)
    return rule


def _read_dir(folder: Path) -> Iterator[PackRule]:
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = parse_yaml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise InputError(str(path), f"cannot read rule pack: {exc}") from None
        yield parse_rule(data, str(path))


def load_packs(extra_dirs: Iterable[str | Path] = ()) -> tuple[PackRule, ...]:
    """The shipped packs plus those in ``extra_dirs`` (folders of ``*.yaml``); a user rule
    replaces a shipped one with the same code. Raises InputError on a bad pack."""
    return _load(tuple(str(d) for d in extra_dirs))


@cache
def _load(extra_dirs: tuple[str, ...]) -> tuple[PackRule, ...]:
    shipped = resources.files("audit.lexicon") / "packs"
    rules: dict[str, PackRule] = {r.code: r for r in _read_dir(Path(str(shipped)))}
    for folder in extra_dirs:
        path = Path(folder)
        if not path.is_dir():
            raise InputError(folder, "rule pack folder does not exist")
        for rule in _read_dir(path):
            rules[rule.code] = rule
    return tuple(rules.values())


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _line_end(low: str, start: int, stop: int) -> int:
    end = low.find("\n", start, stop)
    return stop if end < 0 else end


def _hits(auto: Any, low: str, unit: Unit) -> Iterator[tuple[int, int, Token]]:
    """(start, end, token) of every token match inside ``unit`` on word boundaries."""
    for last, tokens in auto.iter(low, unit.start, unit.end):
        yield from _kept(low, unit, last, tokens)


def _kept(low: str, unit: Unit, last: int, tokens: Any) -> Iterator[tuple[int, int, Token]]:
    """The ``tokens`` ending at ``last`` that match on word boundaries within ``unit``
    (the unit's edges count as spaces; a pinned token must open or close its line)."""
    for token in tokens:
        s, e = last - len(token.phrase) + 1, last + 1
        if s < unit.start:
            continue
        before = low[s - 1] if s > unit.start else " "
        after = low[e] if e < unit.end else " "
        if _is_word(token.phrase[0]) and _is_word(before):
            continue
        if _is_word(token.phrase[-1]) and _is_word(after):
            continue
        if token.at_start and low[low.rfind("\n", unit.start, s) + 1 or unit.start : s].strip(
            _EDGE
        ):
            continue  # a pinned token must open its line (lines of a block count)
        if token.at_end and low[e : _line_end(low, e, unit.end)].strip(_EDGE):
            continue
        yield s, e, token


def _hits_by_unit(
    matches: Iterable[tuple[int, Any]], low: str, units: Sequence[Unit]
) -> dict[int, list[tuple[int, int, Token]]]:
    """Token matches of an automaton pass over the whole text, by the unit holding them
    (index into ``units``, which are in order and do not overlap)."""
    starts = [u.start for u in units]
    found: dict[int, list[tuple[int, int, Token]]] = {}
    for last, tokens in matches:
        k = unit_at(units, starts, last)
        if k < 0:
            continue
        hits = list(_kept(low, units[k], last, tokens))
        if hits:
            found.setdefault(k, []).extend(hits)
    return found


def _units(rule: PackRule, text: str) -> list[Unit]:
    if rule.scope == "line":
        return lines(text)
    if rule.scope == "block":
        return blocks(text)
    if rule.scope == "paragraph":
        return paragraphs(text)
    return [Unit(0, len(text), text)]


def _message(rule: PackRule, quote: str, extra: str = "") -> str:
    text = " ".join(quote.split())
    short = text if len(text) <= 80 else text[:77] + "…"
    msg = rule.message.replace("%s", short, 1)
    return msg.replace("%s", extra, 1) if extra else msg


class _Topic:
    """How often each phrase occurs in the whole text (for ``outside_topic``)."""

    def __init__(self, low: str) -> None:
        self.flat = _WORDLESS.sub(" ", f" {low} ")
        self.counts: dict[str, int] = {}

    def total(self, phrase: str) -> int:
        if phrase not in self.counts:
            self.counts[phrase] = self.flat.count(f" {phrase} ")
        return self.counts[phrase]


def run_rule(
    rule: PackRule,
    text: str,
    quotes: list[tuple[int, int]],
    low: str | None = None,
    units: dict[str, list[Unit]] | None = None,
    matches: Matches | None = None,
) -> Iterator[Flag]:
    """Flags of one pack rule over ``text`` (``low``: its lowered form, ``units``: its
    units by scope, and ``matches``: the rule's token matches, when at hand)."""
    low = lower(text) if low is None else low
    if matches is None:
        matches = list(rule._automaton.iter(low))
    if not matches:
        return
    if units is None:
        units = {}
    if rule.scope not in units:
        units[rule.scope] = _units(rule, text)
    scoped = units[rule.scope]
    topic = _Topic(low) if rule.outside_topic else None
    for k, found in sorted(_hits_by_unit(matches, low, scoped).items()):
        unit = scoped[k]
        if rule.max_chars and len(unit.text) > rule.max_chars:
            continue
        hits = [h for h in found if not (rule.exclude_quotes and inside(quotes, h[0], h[1]))]
        if topic is not None and hits:
            here = _WORDLESS.sub(" ", f" {low[unit.start : unit.end]} ")
            hits = [h for h in hits if topic.total(h[2].phrase) <= here.count(f" {h[2].phrase} ")]
        if not hits:
            continue
        if rule.extends == "occurrence":
            if len(hits) >= rule.min_count:
                yield _flag(rule, text, unit.start, unit.end, f"{len(hits)}")
            continue
        if rule.extends == "conditional" and any(_hits(rule._second, low, unit)):
            continue
        if rule.span == "scope":
            yield _flag(rule, text, unit.start, unit.end)
            continue
        for start, end, token in hits:
            extra = rule.swap.get(token.phrase, "")
            yield _flag(rule, text, start, end, extra)


def _flag(rule: PackRule, text: str, start: int, end: int, extra: str = "") -> Flag:
    return Flag(
        code=rule.code,
        kind=rule.kind,
        category=rule.category or "",
        confidence=rule.confidence,
        start=start,
        end=end,
        message=_message(rule, text[start:end], extra),
    )


def run_packs(
    rules: Iterable[PackRule],
    text: str,
    quotes: list[tuple[int, int]],
    scanned: Scan | None = None,
) -> list[Flag]:
    """Flags of every rule in ``rules``: one automaton pass finds every rule's tokens
    (``scanned``: that pass's result, when the caller made it with the same rules)."""
    rules = tuple(rules)
    scanned = scan(rules, text) if scanned is None else scanned
    units: dict[str, list[Unit]] = {}
    return [
        flag
        for index, rule in enumerate(rules)
        if index in scanned.by_rule
        for flag in run_rule(rule, text, quotes, scanned.low, units, scanned.by_rule[index])
    ]
