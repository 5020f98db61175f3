"""git missing or too old (issue 6, part 5): one clear line and exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.git.conftest import Repo
from tests.support import Result

OLD_GIT = """#!/bin/sh
# git 2.20: no --end-of-options; everything else goes to the real git.
if [ "$1" = "--version" ]; then echo "git version 2.20.1"; exit 0; fi
for arg in "$@"; do
  if [ "$arg" = "--end-of-options" ]; then
    echo "error: unknown option \\`end-of-options'" >&2
    echo "usage: git rev-parse --parseopt [<options>] -- [<args>...]" >&2
    exit 129
  fi
done
exec {git} "$@"
"""


def _one_line_error(result: Result, message: str) -> None:
    assert result.code == 2, result
    assert result.stdout == ""
    assert result.stderr == f"semdiff: error: {message}\n"


def _commit(repo: Repo) -> None:
    repo.write("app.py", "def f():\n    return 1\n")
    repo.commit("first")
    repo.write("app.py", "def f():\n    return 2\n")


@pytest.mark.parametrize("args", [("git",), ("git", "HEAD"), ("show",)])
def test_git_missing(repo: Repo, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]) -> None:
    _commit(repo)
    monkeypatch.setenv("PATH", str(repo.root / "no-such-dir"))
    _one_line_error(repo.semdiff(*args), "git is not installed (no 'git' on PATH)")


@pytest.mark.parametrize("args", [("git", "HEAD"), ("show", "HEAD")])
def test_git_too_old(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: tuple[str, ...]
) -> None:
    _commit(repo)
    real = next(
        Path(d) / "git" for d in os.environ["PATH"].split(os.pathsep) if (Path(d) / "git").is_file()
    )
    fake = tmp_path / "old-git"
    fake.mkdir()
    (fake / "git").write_text(OLD_GIT.format(git=real))
    (fake / "git").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    _one_line_error(repo.semdiff(*args), "git 2.20.1 is too old: semdiff needs git 2.24 or newer")
