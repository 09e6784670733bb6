"""The schemas: valid 2020-12, described everywhere, shipped inside the package."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from audit.schema import FINDINGS_SCHEMA, RECORD_SCHEMA, load_schema
from tests.conftest import REPO


@pytest.mark.parametrize("name", [RECORD_SCHEMA, FINDINGS_SCHEMA])
def test_shipped_schema_is_the_repository_file(name: str) -> None:
    on_disk = json.loads((REPO / "schema" / name).read_text(encoding="utf-8"))
    assert load_schema(name) == on_disk
    Draft202012Validator.check_schema(on_disk)


def _properties(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{path}/{name}", sub
        for key, value in node.items():
            yield from _properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _properties(value, f"{path}/{index}")


@pytest.mark.parametrize("name", [RECORD_SCHEMA, FINDINGS_SCHEMA])
def test_every_property_is_described(name: str) -> None:
    missing = [
        p
        for p, sub in _properties(load_schema(name))
        if "description" not in sub and "$ref" not in sub
    ]
    assert missing == []


def test_objects_are_closed() -> None:
    def objects(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for value in node.values():
                yield from objects(value)
        elif isinstance(node, list):
            for value in node:
                yield from objects(value)

    assert all(o.get("additionalProperties") is False for o in objects(load_schema(RECORD_SCHEMA)))
