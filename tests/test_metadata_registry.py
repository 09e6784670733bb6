"""The outlet registry as the metadata analysers rely on it.

Every outlet kind in the registry must be a kind the record schema accepts (the outlet
analyser copies it into records), and the registry must match its own schema when both
files are present (the lead commits them; tests/test_outlet_registry.py checks more).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "audit" / "lexicon" / "outlets.yaml"
REGISTRY_SCHEMA = ROOT / "schema" / "outlets.schema.json"
RECORD_SCHEMA = ROOT / "schema" / "provenance-record.schema.json"

pytestmark = pytest.mark.skipif(not REGISTRY.is_file(), reason="outlets.yaml not installed")


def _registry() -> dict[str, object]:
    data = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_registry_kinds_are_record_kinds() -> None:
    schema = json.loads(RECORD_SCHEMA.read_text(encoding="utf-8"))
    allowed = set(schema["$defs"]["outlet_kind"]["enum"])
    outlets = _registry()["outlets"]
    assert isinstance(outlets, list)
    unknown = {o["name"]: o["kind"] for o in outlets if o["kind"] not in allowed}
    assert not unknown, f"kinds the record schema rejects: {unknown}"


@pytest.mark.skipif(not REGISTRY_SCHEMA.is_file(), reason="schema/outlets.schema.json absent")
def test_registry_matches_its_schema() -> None:
    schema = json.loads(REGISTRY_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(_registry()), key=str)
    assert not errors, "\n".join(e.message for e in errors[:10])
