"""The pre-commit hooks, installed by pre-commit from a copy of this repository.

pre-commit builds its own virtualenv and pip-installs the project into it (from the
package registry), once per test session: this takes a minute or two.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci_support import REPO, break_title_evidence, copy_records

SHIPPED = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "audit", "schema")


def _project_files() -> list[str]:
    """This checkout's files as git sees them (tracked or new, not ignored)."""
    try:
        listing = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError):
        return []  # not a git checkout: copy SHIPPED instead
    return [name for name in listing.split("\0") if name and (REPO / name).is_file()]


def _git(cwd: Path, *args: str) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="test",
        GIT_AUTHOR_EMAIL="test@example.invalid",
        GIT_COMMITTER_NAME="test",
        GIT_COMMITTER_EMAIL="test@example.invalid",
    )
    done = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A committed copy of this project: what `repo:` and `rev:` point at."""
    root = tmp_path_factory.mktemp("provaudit-hooks")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    files = _project_files()
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, root / name)
    for name in () if files else SHIPPED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy(source, root / name)
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "hooks under test")
    return root, _git(root, "rev-parse", "HEAD")


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _project(tmp_path: Path, hook_repo: tuple[Path, str], hook: str) -> Path:
    repo, rev = hook_repo
    project = tmp_path / "project"
    project.mkdir()
    _git(project, "init", "-q")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo.as_posix()}\n  rev: {rev}\n  hooks:\n  - id: {hook}\n",
        encoding="utf-8",
    )
    return project


def _pre_commit(project: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    _git(project, "add", "-A")
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    env["PRE_COMMIT_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color", "never", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_records_hook_passes_good_and_fails_bad_records(
    tmp_path: Path, hook_repo: tuple[Path, str], pre_commit_home: Path
) -> None:
    project = _project(tmp_path, hook_repo, "provaudit-records")
    paths = copy_records(project)
    (project / "notes.json").write_text("{not json", encoding="utf-8")  # outside records/
    good = _pre_commit(project, pre_commit_home, "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    break_title_evidence(paths[0])
    bad = _pre_commit(project, pre_commit_home, "--all-files")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert f"records/{paths[0].name}:" in bad.stdout and "REC004" in bad.stdout
    assert "notes.json" not in bad.stdout


def test_articles_hook(tmp_path: Path, hook_repo: tuple[Path, str], pre_commit_home: Path) -> None:
    project = _project(tmp_path, hook_repo, "provaudit-articles")
    articles = project / "articles"
    articles.mkdir()
    (articles / "story.txt").write_text(
        "Council approves budget\n\nBy Jane Doe\n\nThe city council approved the budget on "
        "Tuesday, officials said.\n",
        encoding="utf-8",
    )
    good = _pre_commit(project, pre_commit_home, "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    (articles / "empty.txt").write_text("", encoding="utf-8")
    bad = _pre_commit(project, pre_commit_home, "--all-files")
    assert bad.returncode != 0
    assert "empty.txt" in bad.stdout
