"""Parsing YAML data files: libyaml's C parser when PyYAML has it, else the Python one."""

from __future__ import annotations

from typing import Any

import yaml

# The C loader builds the same Python values about eight times faster (measured on the
# lexicons); PyYAML wheels ship it, a source build without libyaml does not.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The data of a YAML document (safe: plain values only, no Python objects)."""
    return yaml.load(text, Loader=_LOADER)
