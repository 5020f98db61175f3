"""`--display side-by-side` in the git modes: `semdiff git`, `show`, git's external diff."""

from __future__ import annotations

import pytest

from tests.git.conftest import SEMDIFF, Repo
from tests.git.test_revisions import PARSED, started

ROW = ' 2 -    return text.split(",")  │ 2 +    return text.split(";")'


def test_git_show_and_the_external_diff_show_two_columns(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "64")
    started(repo)
    repo.write("app.py", PARSED)
    worktree = repo.semdiff("git", "--display", "side-by-side")
    assert worktree.code == 0, worktree.stderr
    assert ROW.strip() in worktree.stdout
    repo.commit("parse")
    shown = repo.semdiff("show", "--display", "side-by-side")
    assert ROW.strip() in shown.stdout
    assert shown.stdout.endswith(worktree.stdout)
    driver = f"diff.external={SEMDIFF} --display side-by-side"
    done = repo.run("git", "-c", driver, "diff", "HEAD~1", env={"COLUMNS": "64"})
    assert done.returncode == 0, done.stderr
    assert ROW.strip() in done.stdout
    refused = repo.semdiff("git", "--display", "side-by-side", "-f", "json")
    assert refused.code == 2
