"""Shared fixtures: paths to the example data and an in-process CLI runner."""

from __future__ import annotations

import importlib.util
import io
import os
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

from audit.cli import main

# Property tests draw the same examples on every run, so a result never depends on luck;
# HYPOTHESIS_PROFILE=explore draws fresh ones (run it when changing a fast path).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
RECORDS = REPO / "records"

#: A short article with an injected spam link (SPM001) and a comment form (RES001).
SPAM_ARTICLE = (
    "Leaked files show camps\n\n"
    "The documents were leaked to the newspaper by an official in the region.\n\n"
    "Click Here: liverpool mens jersey\n\n"
    "Officials did not respond to a request for comment on the documents.\n\n"
    "Leave a Reply\n"
)


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*args: str, stdin: bytes | None = None) -> Run:
    """Run `provaudit ARGS` in-process and capture exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return Run(code, out.getvalue(), err.getvalue())


def load_bench(name: str) -> ModuleType:
    """The script ``bench/<name>.py`` as a module, for tests that pin its measured floors.

    It is registered under its name (dataclasses look their module up there) and loads
    with ``bench/`` on the import path (the scripts import their shared helpers from it).
    """
    folder = str(REPO / "bench")
    spec = importlib.util.spec_from_file_location(name, f"{folder}/{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    sys.path.insert(0, folder)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(folder)
    return module


def reply_pack(folder: Path) -> Path:
    """A user rule-pack folder with one rule, RES050, that flags the word "request"."""
    folder.mkdir()
    (folder / "reply.yaml").write_text(
        "extends: existence\ncode: RES050\nname: reply-word\nlevel: info\n"
        "message: 'reply word: %s'\nwhy: w\nfails: f\npasses: p\nscope: text\nspan: match\n"
        "tokens: [request]\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def cli() -> Callable[..., Run]:
    return run_cli


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return SEEDS


@pytest.fixture
def machinery_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the engine with the REC record and suppression rules only.

    Heuristic rules (ATT, CAV, SPM, RES, XSC) legitimately find things in the bundled
    records; tests of the CI machinery (formats, configuration, baselines, cache) must not
    depend on what they find.
    """
    from audit import engine
    from audit.rules.record import RECORD_RULES
    from audit.rules.suppression import SUPPRESSION_RULES

    monkeypatch.setattr(engine, "every_rule", lambda packs=(): (*RECORD_RULES, *SUPPRESSION_RULES))
