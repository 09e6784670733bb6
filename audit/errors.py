"""Errors that end a command with a readable one-line message (exit 2)."""

from __future__ import annotations


class InputError(Exception):
    """Bad input or usage: the message names the input; the CLI exits 2."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Crosses process boundaries (worker pools) with both arguments intact.
        return (InputError, (self.source, self.reason))
