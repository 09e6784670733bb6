"""Rebuilt patterns (twins, finders) print as what they are and pickle by rebuilding."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

import pytest

from audit.analyse import folding, leading, lookbehind
from audit.analyse.rebuilt import Rebuilt, rebuild

SOURCE = re.compile(r"(?<![\d,.])\d+(?:\.\d+)?")
FOLDED = re.compile(r"(?<!\w)(?:said|told)\s+\w+", re.IGNORECASE)
TEXT = "In 1999 she said 2,5 and 42.7; They TOLD me, Said Roe 3.5"


def _built() -> list[tuple[Rebuilt | None, str]]:
    return [
        (leading.twin(SOURCE), "audit.analyse.leading.twin"),
        (lookbehind.finder(SOURCE), "audit.analyse.lookbehind.finder"),
        (folding.twin(FOLDED), "audit.analyse.folding.twin"),
        (folding._finder(FOLDED), "audit.analyse.folding._finder"),
    ]


@pytest.mark.parametrize("index", range(4))
def test_a_rebuilt_pattern_names_its_builder_and_source(index: int) -> None:
    built, builder = _built()[index]
    assert built is not None and built.builder == builder
    assert repr(built) == f"<{builder} of {built.source!r}>"
    assert "None" not in repr(built) and built.program.pattern is None


@pytest.mark.parametrize("index", range(4))
def test_pickling_rebuilds_the_same_program_from_the_source(index: int) -> None:
    built, _ = _built()[index]
    assert built is not None
    back = pickle.loads(pickle.dumps(built))
    assert isinstance(back, Rebuilt) and (back.builder, back.source) == (
        built.builder,
        built.source,
    )
    assert [m.span() for m in back.finditer(TEXT)] == [m.span() for m in built.finditer(TEXT)]
    assert len(pickle.dumps(built)) < 400  # the source pattern and a name, not a program


def test_a_fresh_process_rebuilds_what_this_one_built() -> None:
    blob = pickle.dumps([b for b, _ in _built()])
    script = (
        "import pickle, sys\n"
        "built = pickle.loads(sys.stdin.buffer.read())\n"
        "print(repr([[m.span() for m in b.finditer(sys.argv[1])] for b in built]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, TEXT], input=blob, capture_output=True, check=True
    )
    here = [[m.span() for m in b.finditer(TEXT)] for b, _ in _built() if b is not None]
    assert any(here) and run.stdout.decode().strip() == repr(here)


def test_rebuilding_refuses_what_is_no_builder_or_builds_nothing() -> None:
    with pytest.raises(TypeError, match="not a provaudit pattern builder"):
        rebuild("os.system", SOURCE)
    with pytest.raises(TypeError, match="cannot rebuild"):
        rebuild("audit.analyse.leading.twin", re.compile("plain"))  # no twin for it


def test_remembered_builders_keep_their_names() -> None:
    assert leading.twin.__qualname__ == "twin" and leading.twin.__module__ == leading.__name__
    assert pickle.loads(pickle.dumps(leading.twin)) is leading.twin
