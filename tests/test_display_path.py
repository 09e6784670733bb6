"""Reports name files relative to the working folder when inside it, with / between parts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audit.reporters.base import display_path


def by_relpath(path: str) -> str:
    """The rule spelled out with os.path.relpath (what display_path's fast path skips)."""
    if os.path.isabs(path):
        path = os.path.relpath(path)
        if path.startswith(".."):
            return Path(os.path.abspath(path)).as_posix()
    return Path(os.path.normpath(path)).as_posix()


@pytest.mark.parametrize(
    "relative",
    [
        "n1k/a.json",
        "/n1k/a.json",
        "./a.json",
        "../x.json",
        "",
        "a/../../b",
        "a/..",
        "..a/b",
        ".../x",
        "deep/er/still/r.json",
    ],
)
def test_absolute_paths_match_relpath(
    relative: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = f"{tmp_path}/{relative}"
    assert display_path(path) == by_relpath(path)


@pytest.mark.parametrize(
    "path", ["a/./b.json", "../a.json", "./a", "/", "//a/b", "///a", "/tmp/../etc/x", "/tmp/./y/"]
)
def test_other_paths_match_relpath(path: str) -> None:
    assert display_path(path) == by_relpath(path)


def test_sibling_folder_with_the_same_prefix_is_not_inside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inner = tmp_path / "s5"
    inner.mkdir()
    monkeypatch.chdir(inner)
    assert display_path(f"{tmp_path}/s55/a.json") == f"{tmp_path.as_posix()}/s55/a.json"


def test_the_working_folder_itself_and_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir("/")
    assert [display_path(p) for p in ("/", "/etc/x", "//etc")] == [
        by_relpath(p) for p in ("/", "/etc/x", "//etc")
    ]


def test_placeholders() -> None:
    assert (display_path(None), display_path(""), display_path("-")) == ("<input>",) * 2 + (
        "<stdin>",
    )


def test_the_answer_follows_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Remembered answers are per working folder: a report made after a change of folder
    names files from the new one."""
    (tmp_path / "inner").mkdir()
    path = f"{tmp_path}/inner/a.json"
    monkeypatch.chdir(tmp_path)
    assert display_path(path) == "inner/a.json"
    monkeypatch.chdir(tmp_path / "inner")
    assert display_path(path) == "a.json"
    assert display_path("inner/a.json") == "inner/a.json"  # a relative path reads as given
