"""--ignore-comments and -w in the git modes: `semdiff git`, `show`, and git's external
diff, where a file whose changes are all left out still says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.git.conftest import SEMDIFF, Repo
from tests.git.test_driver import HEX
from tests.git.test_revisions import OLD, started
from tests.support import cli

COMMENTED = OLD.replace("def render(items):\n", "def render(items):\n    # joined by commas\n")


def test_git_and_show_leave_out_comment_changes(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", COMMENTED)
    plain = repo.semdiff("git", "--exit-code")
    assert plain.code == 1
    assert "def render" in plain.stdout
    quiet = repo.semdiff("git", "--exit-code", "--ignore-comments")
    assert quiet.code == 0, quiet.stderr
    assert "def render" not in quiet.stdout
    assert "1 entity left out (1 comments only)" in quiet.stdout
    repo.write("app.py", COMMENTED.replace('split(",")', 'split(";")'))
    repo.commit("comment and parse")
    shown = repo.semdiff("show", "--exit-code", "--ignore-comments")
    assert shown.code == 1
    assert "~ def parse" in shown.stdout
    assert "def render" not in shown.stdout
    assert "; 1 entity left out (1 comments only)" in shown.stdout


def test_external_diff_says_what_it_left_out(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", COMMENTED)
    repo.write("b.py", "def b():\n    return 1\n")
    repo.git("add", "-N", "b.py")
    driver = f"diff.external={SEMDIFF} --ignore-comments"
    done = repo.run("git", "-c", driver, "diff")
    assert done.returncode == 0, done.stderr
    assert "def render" not in done.stdout
    assert "semdiff: 1 entity left out (1 comments only)" in done.stdout
    assert "b.py  (python; added)" in done.stdout


def test_external_diff_exit_code_counts_only_what_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As git calls it with trustExitCode (git 2.46+): the 7 arguments of one file."""
    monkeypatch.setenv("GIT_DIFF_PATH_COUNTER", "1")
    monkeypatch.setenv("GIT_DIFF_PATH_TOTAL", "1")
    (tmp_path / "a.py").write_text(OLD)
    (tmp_path / "b.py").write_text(COMMENTED)
    (tmp_path / "c.py").write_text(COMMENTED.replace('split(",")', 'split(";")'))
    for new, code in (("b.py", 0), ("c.py", 1)):
        call = ("--exit-code", "--ignore-comments", "a.py", "a.py", HEX, "100644", new, HEX)
        result = cli(*call, "100644", cwd=tmp_path)
        assert result.code == code, (new, result.stderr)
        assert "semdiff: 1 entity left out (1 comments only)" in result.stdout
