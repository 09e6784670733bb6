"""The fast validator (jsonschema-rs) and python-jsonschema agree on every record."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from audit.schema import RECORD_SCHEMA, is_valid, validator
from tests.conftest import RECORDS

BAD_VALUES: list[Any] = [
    None,
    "",
    "x",
    -1,
    1.5,
    True,
    [],
    {},
    "2019-02-30",
    "not a date",
    "NaN",
    "../x",
    "2019-11-18T00:00:00",
    "2019-11-18",
    "2019-11-18T25:00:00Z",
    {"start": 0},
]


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _mutations(record: dict[str, Any], rng: random.Random, count: int) -> Iterator[Any]:
    paths = [p for p in _paths(record) if p]
    for _ in range(count):
        mutated = copy.deepcopy(record)
        path = rng.choice(paths)
        parent = mutated
        for step in path[:-1]:
            parent = parent[step]
        action = rng.random()
        if action < 0.15 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action < 0.25 and isinstance(parent, dict):
            parent["unexpected_" + str(rng.randint(0, 9))] = 1
        else:
            parent[path[-1]] = rng.choice(BAD_VALUES)
        yield mutated


@pytest.mark.parametrize("record_path", sorted(RECORDS.glob("*.json")), ids=lambda p: p.stem[:30])
def test_validators_agree_on_mutations(record_path: Any) -> None:
    record = json.loads(record_path.read_text(encoding="utf-8"))
    rng = random.Random(record_path.name)
    slow = validator(RECORD_SCHEMA)
    disagreements = []
    for mutated in _mutations(record, rng, 300):
        if is_valid(mutated) != slow.is_valid(mutated):
            disagreements.append(mutated)
    assert disagreements == []
