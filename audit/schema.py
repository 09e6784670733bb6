"""Loads the JSON Schemas shipped in the package and validates records against them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from audit.locate import escape_key

if TYPE_CHECKING:  # python-jsonschema is imported when a record fails (50 ms of start-up)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

RECORD_SCHEMA = "provenance-record.schema.json"
FINDINGS_SCHEMA = "findings.schema.json"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Return a schema from ``schema/`` (shipped as ``audit.schemas``)."""
    text = (files("audit.schemas") / name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def validator(name: str = RECORD_SCHEMA) -> Draft202012Validator:
    """A validator with format checks enabled (built once per schema)."""
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@dataclass(frozen=True, slots=True)
class SchemaViolation:
    pointer: str
    message: str


def _pointer(parts: Any) -> str:
    return "".join("/" + escape_key(str(p)) for p in parts)


def _describe(error: ValidationError) -> str:
    schema = error.schema
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(schema.get("properties", {})) if isinstance(schema, dict) else set()
        extra = sorted(k for k in error.instance if k not in allowed)
        return f"unexpected field(s) {', '.join(map(repr, extra))}"
    if error.validator == "required":
        return str(error.message).replace(" is a required property", " is required")
    if error.validator == "anyOf" and error.context:
        best = min(error.context, key=lambda e: len(list(e.absolute_path)))
        return str(best.message)
    return str(error.message)


@cache
def _fast(name: str) -> Any:
    """A compiled jsonschema-rs validator with format checks (same schema, ~75x faster)."""
    return jsonschema_rs.Draft202012Validator(load_schema(name), validate_formats=True)


def is_valid(record: Any, name: str = RECORD_SCHEMA) -> bool:
    """Fast yes/no validation; detailed messages come from :func:`violations`."""
    return bool(_fast(name).is_valid(record))


def violations(record: Any, name: str = RECORD_SCHEMA) -> Iterator[SchemaViolation]:
    """Yield each schema violation with its JSON pointer, in document order.

    Valid records (the common case) are confirmed by jsonschema-rs; python-jsonschema
    walks only invalid ones, for its precise messages and paths.
    """
    if is_valid(record, name):
        return
    errors = sorted(
        validator(name).iter_errors(record), key=lambda e: [str(p) for p in e.absolute_path]
    )
    for error in errors:
        yield SchemaViolation(_pointer(error.absolute_path), _describe(error))
