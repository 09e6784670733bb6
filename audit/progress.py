"""A minimal progress bar on stderr, shown only for many items on a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

_MIN_ITEMS = 5


class Progress:
    def __init__(self, total: int, label: str) -> None:
        self.total = total
        self.label = label
        self.done = 0
        self.visible = total >= _MIN_ITEMS and sys.stderr.isatty()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.visible:
            sys.stderr.write("\n")

    def advance(self) -> None:
        self.done += 1
        if self.visible:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(
                f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}"
            )
            sys.stderr.flush()

    def log(self, message: str, *, always: bool = False) -> None:
        """A line on stderr above the bar; quiet without a bar unless ``always``."""
        if self.visible:
            sys.stderr.write(f"\r{message}\n")
        elif always:
            sys.stderr.write(f"{message}\n")
