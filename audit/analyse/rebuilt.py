"""Patterns compiled from another pattern's rewritten parse tree, named by what they are.

Compiling a parse tree gives a :class:`re.Pattern` with no source text (``pattern`` is
None): it would print as ``re.compile(None)`` and pickle as something that cannot be read
back. A :class:`Rebuilt` keeps the compiled program with the pattern it was rebuilt from
and the builder that made it: it prints as both, and pickles as both, so that unpickling
builds it again from the source pattern (the builders are deterministic and remembered
per pattern, so a process pool's worker gets the same program, built once).
"""

from __future__ import annotations

import importlib
import re
from typing import Any


class Rebuilt:
    """A compiled program rebuilt from ``source`` by the function named ``builder``
    (dotted: "audit.analyse.leading.twin"). Searched like a pattern: ``search``,
    ``match``, ``fullmatch`` and ``finditer`` are the program's own (bound, so a call
    costs what the program's does)."""

    __slots__ = ("builder", "finditer", "fullmatch", "match", "program", "search", "source")

    def __init__(self, program: re.Pattern[str], source: re.Pattern[str], builder: str) -> None:
        self.program = program
        self.source = source
        self.builder = builder
        self.search = program.search
        self.match = program.match
        self.fullmatch = program.fullmatch
        self.finditer = program.finditer

    @property
    def flags(self) -> int:
        return self.program.flags

    def __repr__(self) -> str:
        return f"<{self.builder} of {self.source!r}>"

    def __reduce__(self) -> tuple[Any, tuple[str, re.Pattern[str]]]:
        return rebuild, (self.builder, self.source)


def rebuild(builder: str, source: re.Pattern[str]) -> Rebuilt:
    """What ``builder`` (a dotted name) builds from ``source``: how a :class:`Rebuilt`
    unpickles. A TypeError when this Python's ``re`` cannot build it."""
    module, _, name = builder.rpartition(".")
    if not module.startswith("audit."):
        raise TypeError(f"not a provaudit pattern builder: {builder!r}")
    built = getattr(importlib.import_module(module), name)(source)
    if not isinstance(built, Rebuilt):
        raise TypeError(f"{builder} cannot rebuild {source!r} with this Python's re module")
    return built
