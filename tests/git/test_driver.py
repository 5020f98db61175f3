"""semdiff called by git: as the external diff (every argument form), through
`.gitattributes`, as `git semdiff`, and from `git difftool`, per file and `--dir-diff`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.git.conftest import SEMDIFF, Repo
from tests.git.test_revisions import OLD, PARSED, started
from tests.support import Result, cli

ZERO = "0" * 40
HEX = "a" * 40


def test_diff_external_on_the_working_tree(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", PARSED)
    done = repo.run("git", "-c", f"diff.external={SEMDIFF}", "diff")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("app.py  (python; modified)")
    assert "~ def parse" in done.stdout


def test_a_file_that_crashes_its_grammar_does_not_stop_git_diff(repo: Repo) -> None:
    """255 nested block quotes segfaulted tree-sitter-markdown, and git stopped the whole diff
    at its driver's crash: the file now gets a line diff and the next file still shows."""
    started(repo)
    repo.write("a.md", ">" * 255 + " deep\n")
    repo.write("app.py", PARSED)
    repo.git("add", "-N", "a.md")
    done = repo.run("git", "-c", f"diff.external={SEMDIFF}", "diff")
    assert done.returncode == 0, done.stderr
    assert "a.md  (added; line 1 nests too deep for the Markdown parser" in done.stdout
    assert "~ def parse" in done.stdout


def test_git_log_with_ext_diff(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", PARSED)
    repo.write("b.py", "def other():\n    return 1\n")
    repo.commit("second")
    done = repo.run("git", "-c", f"diff.external={SEMDIFF}", "log", "-p", "--ext-diff")
    assert done.returncode == 0, done.stderr
    assert "app.py  (python; modified)" in done.stdout
    assert "b.py  (python; added)" in done.stdout
    assert "app.py  (python; added)" in done.stdout  # the root commit
    assert "diff --git" not in done.stdout


def test_git_log_positions_are_never_past_the_commits_total(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", PARSED)
    repo.write("b.py", "def other():\n    return 1\n")
    repo.commit("second: two files")
    repo.write("b.py", "def other():\n    return 2\n")
    repo.commit("third: one file")
    done = repo.run("git", "-c", f"diff.external={SEMDIFF}", "log", "-p", "--ext-diff")
    assert done.returncode == 0, done.stderr
    # git's counter runs on across commits (2 and 3 for the second commit's two files) while
    # its total is the commit's (2): "file 2/2" for its first file, then "file 3/2".
    assert "file 2/2" not in done.stdout and "file 3/2" not in done.stdout
    assert "b.py  (python; added)" in done.stdout
    assert "no changes" not in done.stdout  # still one file of many: no totals


def test_gitattributes_driver_and_environment_variable(repo: Repo) -> None:
    started(repo)
    repo.write(".gitattributes", "*.py diff=semdiff\n")
    repo.git("config", "diff.semdiff.command", SEMDIFF)
    repo.write("app.py", PARSED)
    repo.write("notes.txt", "plain\n")
    done = repo.run("git", "diff")
    assert "~ def parse" in done.stdout
    by_env = repo.run("git", "diff", env={"GIT_EXTERNAL_DIFF": SEMDIFF})
    assert "~ def parse" in by_env.stdout


def test_rename_is_read_from_the_header(repo: Repo) -> None:
    started(repo)
    repo.git("mv", "app.py", "main.py")
    done = repo.run("git", "-c", f"diff.external={SEMDIFF}", "diff", "--cached", "-M")
    assert done.stdout.startswith("app.py → main.py  (python; renamed)"), done.stdout


def test_nine_arguments_without_a_rename_header(tmp_path: Path, cli_in: Path) -> None:
    # `git diff --no-index a.py b.py` sends 9 arguments for any two files.
    result = cli_call(
        cli_in,
        "a.py",
        "a.py",
        ZERO,
        "100644",
        "b.py",
        ZERO,
        "100644",
        "b.py",
        "index 1..2 100644\n",
    )
    assert result.code == 0
    assert result.stdout.startswith("a.py → b.py  (python; modified)")
    assert "renamed)" not in result.stdout.splitlines()[0]


def test_eight_arguments_mode_only(cli_in: Path) -> None:
    result = cli_call(cli_in, "a.py", "a.py", ZERO, "100644", "a.py", ZERO, "100755", "a.py")
    assert result.code == 0
    assert result.stdout.startswith("a.py  (python; mode 100644 → 100755)")


def test_added_and_deleted_sides(cli_in: Path) -> None:
    added = cli_call(cli_in, "new.py", os.devnull, ".", ".", "a.py", HEX, "100644")
    assert added.stdout.startswith("new.py  (python; added)")
    removed = cli_call(cli_in, "gone.py", "a.py", HEX, "100644", os.devnull, ".", ".")
    assert removed.stdout.startswith("gone.py  (python; removed)")
    assert "- def parse" in removed.stdout


def test_binary_content(cli_in: Path) -> None:
    (cli_in / "blob").write_bytes(b"\x00\x01")
    result = cli_call(cli_in, "x.bin", "blob", HEX, "100644", "a.py", HEX, "100644")
    assert result.code == 0
    assert "binary file" in result.stdout


def test_unmerged_path_with_one_argument(repo: Repo) -> None:
    started(repo)
    repo.git("checkout", "-q", "-b", "side")
    repo.write("app.py", PARSED)
    repo.commit("side")
    repo.git("checkout", "-q", "main")
    repo.write("app.py", OLD.replace("split", "rsplit"))
    repo.commit("main")
    repo.git("merge", "-q", "side", check=False)
    for options in ("", " --max-size 5M", " --max-size=5M --color never"):
        done = repo.run("git", "-c", f"diff.external={SEMDIFF}{options}", "diff", "--cached")
        assert done.returncode == 0, done.stderr
        assert "app.py  (unmerged)" in done.stdout


def test_every_option_that_takes_a_value_is_known_to_the_argv_reader() -> None:
    """Otherwise `semdiff --opt VALUE path` (git's one-argument form) reads VALUE as a path."""
    from typer.main import get_command  # noqa: PLC0415

    from semdiff.cli import diff_app, driver_app  # noqa: PLC0415
    from semdiff.extdiff import FLAG_OPTIONS, VALUE_OPTIONS  # noqa: PLC0415

    for app in (driver_app, diff_app):
        for param in get_command(app).params:
            if param.param_type_name != "option":
                continue
            names = set(param.opts) | set(param.secondary_opts)
            flag = getattr(param, "is_flag", False) or getattr(param, "count", False)
            assert names <= (FLAG_OPTIONS if flag else VALUE_OPTIONS), names


def test_always_exit_0_unless_asked(cli_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    changed = ("a.py", "a.py", HEX, "100644", "b.py", HEX, "100644")
    assert cli_call(cli_in, *changed).code == 0
    assert cli_call(cli_in, "--exit-code", *changed).code == 1
    missing = cli_call(cli_in, "a.py", "vanished.py", HEX, "100644", "b.py", HEX, "100644")
    assert missing.code == 0  # git would abort the whole diff otherwise
    assert missing.stderr == "semdiff: error: vanished.py: no such file or directory\n"
    # With --exit-code (git's trustExitCode), anything but 0 and 1 is trouble to git too.
    vanished = ("a.py", "vanished.py", HEX, "100644", "b.py", HEX, "100644")
    assert cli_call(cli_in, "--exit-code", *vanished).code == 2


def test_colour_under_git_pager(cli_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    changed = ("a.py", "a.py", HEX, "100644", "b.py", HEX, "100644")
    assert "\x1b[" not in cli_call(cli_in, *changed).stdout
    monkeypatch.setenv("GIT_PAGER_IN_USE", "true")
    assert "\x1b[" in cli_call(cli_in, *changed).stdout


def test_git_semdiff_subcommand(repo: Repo) -> None:
    scripts = Path(sys.executable).parent
    assert (scripts / "git-semdiff").exists(), "pip install -e . puts git-semdiff beside python"
    path = f"{scripts}{os.pathsep}{os.environ['PATH']}"
    started(repo)
    repo.write("app.py", PARSED)
    repo.commit("parse")
    done = repo.run("git", "semdiff", "HEAD~1..", env={"PATH": path})
    assert done.returncode == 0, done.stderr
    assert "~ def parse" in done.stdout
    asked = repo.run("git", "semdiff", "--exit-code", "HEAD~1..", env={"PATH": path})
    assert (asked.returncode, asked.stdout) == (1, done.stdout)
    asked = repo.run("git", "semdiff", "show", "--exit-code", "-s", env={"PATH": path})
    assert asked.returncode == 1, asked.stderr
    shown = repo.run("git", "semdiff", "show", "--summary", env={"PATH": path})
    assert "\n    parse\n" in shown.stdout
    assert "~ def parse" in shown.stdout


def test_difftool_per_file(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", PARSED)
    tool = f'{SEMDIFF} --label "$MERGED" "$LOCAL" "$REMOTE"'
    done = repo.run("git", "-c", f"difftool.sd.cmd={tool}", "difftool", "-y", "-t", "sd")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("app.py  (python; modified)")
    by_x = repo.run("git", "difftool", "-y", "-x", SEMDIFF)
    assert "~ def parse" in by_x.stdout
    # With --trust-exit-code git stops at the tool's first non-zero status: semdiff exits 0
    # after a diff, so only --exit-code stops it.
    for options, stops in (("", False), (" --exit-code", True)):
        config = f'difftool.sd.cmd={SEMDIFF}{options} "$LOCAL" "$REMOTE"'
        trusted = repo.run("git", "-c", config, "difftool", "-y", "-t", "sd", "--trust-exit-code")
        assert (trusted.returncode != 0) == stops, trusted.stderr


def test_difftool_dir_diff_against_the_working_tree(repo: Repo, tmp_path: Path) -> None:
    repo.write("a.py", OLD)
    repo.write("b.py", "def other():\n    return 1\n")
    repo.commit("start")
    repo.write("a.py", 'def parse(text):\n    return text.split(",")\n')
    repo.write(
        "b.py", 'def other():\n    return 1\n\n\ndef render(items):\n    return ", ".join(items)\n'
    )
    # git runs -x without a shell: name the installed script itself.
    done = repo.run("git", "difftool", "-d", "-x", str(Path(sys.executable).parent / "semdiff"))
    # The right side holds symlinks to the working tree; the move between files shows.
    assert "↕ def render  moved from a.py" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0  # git returns -x's status here
    # -x takes a program, without a shell: --exit-code goes through a script.
    script = tmp_path / "semdiff-exit-code"
    script.write_text(f'#!/bin/sh\nexec {SEMDIFF} --exit-code "$@"\n')
    script.chmod(0o755)
    asked = repo.run("git", "difftool", "-d", "-x", str(script))
    assert (asked.returncode, asked.stdout) == (1, done.stdout), asked.stderr


@pytest.fixture
def cli_in(tmp_path: Path) -> Path:
    (tmp_path / "a.py").write_text(OLD)
    (tmp_path / "b.py").write_text(PARSED)
    return tmp_path


def cli_call(cwd: Path, *args: str) -> Result:
    return cli(*args, cwd=cwd)


def test_unmerged_path_that_looks_like_an_option(
    cli_in: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_DIFF_PATH_TOTAL", "1")
    monkeypatch.setenv("GIT_DIFF_PATH_COUNTER", "1")
    result = cli_call(cli_in, "-dash.py")
    assert (result.code, result.stdout) == (0, "-dash.py  (unmerged)\n")
    with_option = cli_call(cli_in, "--summary", "-dash.py")
    assert with_option.stdout == "-dash.py  (unmerged)\n"


def test_driver_exits_0_when_the_reader_goes_away(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", PARSED.replace("parse", "parse_all") * 50)
    done = subprocess.run(
        f"git -c diff.external='{SEMDIFF}' diff | head -1",
        shell=True,  # the pipe to head is the point of the test
        cwd=repo.root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "external diff died" not in done.stderr
