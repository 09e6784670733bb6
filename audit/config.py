"""Configuration: `[tool.provaudit]` in pyproject.toml, or a `.provaudit.toml`.

Found by walking up from the working folder (the first `.provaudit.toml`, or
`pyproject.toml` holding a `[tool.provaudit]` table, wins) unless `--config FILE` names
one. Every key, rule code and rule option is checked: anything unknown is an error that
names it (exit 2), so a typo never silently turns a check off.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.errors import InputError
from audit.findings import Severity
from audit.rules import every_rule, rule_by_code

PROJECT_FILE = "pyproject.toml"
TOOL_FILE = ".provaudit.toml"
KEYS = (
    "select",
    "ignore",
    "fail-on",
    "rules",
    "per-path-ignores",
    "rule-packs",
    "baseline",
    "cache",
)


class ConfigError(InputError):
    """A configuration or usage error naming the offending key or value (exit 2)."""


@dataclass(frozen=True, slots=True)
class Config:
    """What a configuration file says (all optional); paths resolved against ``root``."""

    path: str | None = None
    root: str = "."
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    rule_settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rule_packs: tuple[str, ...] = ()
    baseline: str | None = None
    cache: bool = True


def check_codes(codes: Iterable[str], where: str, packs: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Upper-cased codes or prefixes, each matching at least one known rule.

    Known rules are the built-in ones and those of the shipped and given rule packs.
    """
    known = [rule.code for rule in every_rule(packs)]
    result = []
    for raw in codes:
        code = raw.strip().upper()
        if not code:
            continue
        if not any(k.startswith(code) for k in known):
            raise ConfigError(where, f"unknown rule code or prefix {raw!r}")
        result.append(code)
    return tuple(result)


def discover(start: Path) -> Path | None:
    """The configuration file that applies to ``start`` (a folder), or None."""
    for folder in (start, *start.parents):
        candidate = folder / TOOL_FILE
        if candidate.is_file():
            return candidate
        project = folder / PROJECT_FILE
        if project.is_file():
            tool = _read(project).get("tool")
            if isinstance(tool, dict) and "provaudit" in tool:
                return project
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"not valid TOML: {exc}") from None


def load(explicit: str | None = None, cwd: Path | None = None) -> Config:
    """Find (or read ``explicit``) and validate the configuration."""
    path: Path | None
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(explicit, "no such configuration file")
    else:
        path = discover((cwd or Path.cwd()).resolve())
    if path is None:
        return Config()
    data = _read(path)
    prefix = ""
    if path.name == PROJECT_FILE:
        tool = data.get("tool")
        data = tool.get("provaudit", {}) if isinstance(tool, dict) else {}
        prefix = "tool.provaudit."
    if not isinstance(data, dict):
        raise ConfigError(str(path), f"{prefix or 'the file'} must be a table")
    return parse(data, str(path), prefix, path.parent)


def _strings(value: Any, where: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"{key} must be a list of strings")
    return value


def _severity(value: Any, where: str, key: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        choices = ", ".join(s.value for s in Severity)
        raise ConfigError(where, f"{key} must be one of {choices}, not {value!r}") from None


def parse(data: Mapping[str, Any], where: str, prefix: str = "", root: Path = Path()) -> Config:
    """Validate a configuration table; errors name the key (``tool.provaudit.x``)."""
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        names = ", ".join(prefix + k for k in unknown)
        raise ConfigError(where, f"unknown configuration key(s): {names}")
    k = prefix
    select = data.get("select")
    packs = tuple(
        _near(root / p) for p in _strings(data.get("rule-packs", []), where, f"{k}rule-packs")
    )
    severity: dict[str, Severity] = {}
    settings: dict[str, dict[str, Any]] = {}
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(where, f"{k}rules must be a table of rule codes")
    for code, table in rules.items():
        rule = rule_by_code(code, packs)
        if rule is None:
            raise ConfigError(where, f"unknown rule code {k}rules.{code}")
        if not isinstance(table, dict):
            raise ConfigError(where, f"{k}rules.{code} must be a table")
        for name, value in table.items():
            key = f"{k}rules.{code}.{name}"
            if name == "severity":
                severity[code] = _severity(value, where, key)
                continue
            option_name = name.replace("-", "_")
            option = rule.options.get(option_name)
            if option is None:
                raise ConfigError(
                    where,
                    f"unknown option {key} (rule {code} has: "
                    f"{', '.join(['severity', *rule.options])})",
                )
            settings.setdefault(code, {})[option_name] = _coerce(value, option.type, where, key)
    per_path = data.get("per-path-ignores", {})
    if not isinstance(per_path, dict):
        raise ConfigError(where, f"{k}per-path-ignores must be a table of glob = [codes]")
    fail_on = data.get("fail-on")
    cache = data.get("cache", True)
    if not isinstance(cache, bool):
        raise ConfigError(where, f"{k}cache must be true or false")
    baseline = data.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(where, f"{k}baseline must be a file name")
    return Config(
        path=where,
        root=str(root),
        select=None
        if select is None
        else check_codes(_strings(select, where, f"{k}select"), f"{where}: {k}select", packs),
        ignore=check_codes(
            _strings(data.get("ignore", []), where, f"{k}ignore"), f"{where}: {k}ignore", packs
        ),
        fail_on=None if fail_on is None else _severity(fail_on, where, f"{k}fail-on"),
        severity=severity,
        rule_settings=settings,
        per_path_ignores=tuple(
            (
                glob,
                check_codes(
                    _strings(codes, where, f"{k}per-path-ignores.{glob}"),
                    f"{where}: {k}per-path-ignores.{glob}",
                    packs,
                ),
            )
            for glob, codes in per_path.items()
        ),
        rule_packs=packs,
        baseline=None if baseline is None else _near(root / baseline),
        cache=cache,
    )


def _near(path: Path) -> str:
    """A configured path, relative to the working folder when it lies inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _coerce(value: Any, kind: type, where: str, key: str) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind in (tuple, frozenset) and isinstance(value, list):
        return kind(value)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    raise ConfigError(where, f"{key} must be of type {kind.__name__}, not {type(value).__name__}")
