"""`semdiff log`: a history of a root commit, a rename, a move between files and a merge, in
text and JSON, each commit exactly as `semdiff show` shows it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from semdiff.cli import git_main
from tests.git.conftest import Repo
from tests.git.test_revisions import OLD
from tests.reliability.contract import log_line_errors

RENAMED = OLD.replace("def parse(", "def split_text(")
WITHOUT_RENDER = 'def split_text(text):\n    return text.split(",")\n'
VIEW = 'def render(items):\n    return ", ".join(items)\n'
CHANGED = WITHOUT_RENDER.replace('split(",")', 'split(";")')


@pytest.fixture
def history(repo: Repo) -> dict[str, str]:
    """Commits by subject: root, rename, move, side (on a branch), change, merge (newest)."""
    made = {}
    repo.write("app.py", OLD)
    made["root"] = repo.commit("root")
    repo.write("app.py", RENAMED)
    made["rename"] = repo.commit("rename")
    repo.write("app.py", WITHOUT_RENDER)
    repo.write("view.py", VIEW)
    made["move"] = repo.commit("move")
    repo.git("checkout", "-q", "-b", "side")
    repo.write("other.py", "def other():\n    return 1\n")
    made["side"] = repo.commit("side")
    repo.git("checkout", "-q", "main")
    repo.write("app.py", CHANGED)
    made["change"] = repo.commit("change")
    repo.git("merge", "-q", "-m", "merge", "side")
    made["merge"] = repo.git("rev-parse", "HEAD").strip()
    return made


def lines(repo: Repo, *args: str) -> list[dict[str, Any]]:
    result = repo.semdiff("log", "--format", "json", *args)
    assert result.code == 0, result.stderr
    parsed = [json.loads(line) for line in result.stdout.splitlines()]
    for line in parsed:
        assert log_line_errors(line) == []  # docs/schema.json's log_line
    return parsed


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {
        (e["new"] or e["old"])["qualified_name"]: e["status"]
        for e in report["entities"]
        if e["kind"] != "module"
    }


def test_each_commit_is_what_show_shows(repo: Repo, history: dict[str, str]) -> None:
    """The whole log is every commit's `semdiff show` (`--summary` without -p), newest first
    in git log's order, a blank line between two commits."""
    order = repo.git("rev-list", "HEAD").split()
    assert len(order) == len(history)
    for patch, show_args in ((("-p",), ()), ((), ("--summary",))):
        shows = []
        for commit in order:
            shown = repo.semdiff("show", commit, *show_args, "--color", "never")
            assert shown.code == 0, shown.stderr
            shows.append(shown.stdout)
            one = repo.semdiff("log", "-n", "1", *patch, commit, "--color", "never")
            assert (one.code, one.stdout) == (0, shown.stdout)
        result = repo.semdiff("log", *patch, "--color", "never")
        assert result.code == 0, result.stderr
        assert result.stdout == "\n".join(shows)
    summary = repo.semdiff("log", "--color", "never").stdout
    assert "    rename\n" in summary
    assert "def split_text" in summary
    assert "@@" not in summary  # no hunks without -p
    assert "@@" in repo.semdiff("log", "-p", "--color", "never").stdout


def test_json_is_one_line_per_commit_with_show_report(repo: Repo, history: dict[str, str]) -> None:
    first = repo.semdiff("log", "--format", "json").stdout
    assert repo.semdiff("log", "--format", "json").stdout == first  # deterministic
    commits = lines(repo)
    by_subject = {c["subject"]: c for c in commits}
    assert set(by_subject) == set(history)
    assert commits[0]["commit"] == history["merge"]  # newest first
    for subject, commit in history.items():
        entry = next(c for c in commits if c["commit"] == commit)
        assert entry["author"] == {"name": "Ada", "email": "ada@example.org"}
        assert entry["date"] == "2026-01-01T00:00:00+00:00"
        shown = repo.semdiff("show", commit, "--format", "json")
        assert entry["report"] == json.loads(shown.stdout), subject
    assert by_subject["root"]["parents"] == []
    assert by_subject["root"]["report"]["old"]["kind"] == "empty"
    assert statuses(by_subject["root"]["report"]) == {"parse": "added", "render": "added"}
    assert statuses(by_subject["rename"]["report"]) == {"split_text": "renamed"}
    assert statuses(by_subject["move"]["report"]) == {"render": "moved"}
    merge = by_subject["merge"]
    assert len(merge["parents"]) == 2
    assert statuses(merge["report"]) == {"other": "added"}  # against the first parent


def test_max_count_a_range_and_paths(repo: Repo, history: dict[str, str]) -> None:
    assert len(lines(repo, "-n", "2")) == 2
    assert len(lines(repo, "--max-count", "0")) == 0
    ranged = lines(repo, f"{history['rename']}..{history['change']}")
    assert [c["subject"] for c in ranged] == ["change", "move"]
    assert lines(repo, history["rename"])[-1]["commit"] == history["root"]
    viewed = lines(repo, "--", "view.py")
    assert [c["subject"] for c in viewed] == ["move"]
    # The diff is limited to the paths too: the move shows only its arrival in view.py.
    assert {f["new_path"] for f in viewed[0]["report"]["files"]} == {"view.py"}


def test_exit_codes(repo: Repo, history: dict[str, str]) -> None:
    assert repo.semdiff("log", "--exit-code").code == 1
    empty = repo.semdiff("log", "--exit-code", "HEAD..HEAD")
    assert (empty.code, empty.stdout) == (0, "")
    for bad, message in (
        (("no-such-rev",), "semdiff: error: bad revision 'no-such-rev'\n"),
        (("HEAD..nowhere",), "semdiff: error: bad revision 'HEAD..nowhere'\n"),
        (("-p", "--summary"), "semdiff: error: --patch and --summary do not go together: "),
        (("--format", "patch"), "semdiff: error: --format patch is not for log"),
    ):
        result = repo.semdiff("log", *bad)
        assert (result.code, result.stdout) == (2, ""), bad
        assert result.stderr.startswith(message), result.stderr
        assert result.stderr.count("\n") == 1


def test_outside_a_repository(repo: Repo, history: dict[str, str]) -> None:
    outside = repo.root.parent / "outside"
    outside.mkdir()
    result = repo.semdiff("log", cwd=outside)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith("semdiff: error: not in a git repository")


def test_color(repo: Repo, history: dict[str, str]) -> None:
    assert "\x1b[" in repo.semdiff("log", "-n", "1", "--color", "always").stdout
    assert "\x1b[" not in repo.semdiff("log", "-n", "1", "--color", "never").stdout


def test_escapes_the_author_and_subject(repo: Repo, history: dict[str, str]) -> None:
    repo.write("app.py", OLD)
    repo.git("add", "-A")
    repo.git("commit", "-q", "--author", "E\x1b]0;x\x07ve <e@example.org>", "-m", "f\x1b[2Jix")
    result = repo.semdiff("log", "-n", "1", "--color", "never")
    assert "Author: E\\x1b]0;x\\x07ve <e@example.org>" in result.stdout
    assert "\x1b" not in result.stdout
    # JSON carries the text as it is, escaped by JSON itself.
    assert lines(repo, "-n", "1")[0]["subject"] == "f\x1b[2Jix"


def test_git_semdiff_log_is_semdiff_log(
    repo: Repo, history: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`git semdiff log` (git runs `git-semdiff log`) is `semdiff log`, not `semdiff git log`."""
    seen: list[list[str]] = []

    def run(args: list[str]) -> int:
        seen.append(args)
        return 0

    monkeypatch.setattr("semdiff.cli.run", run)
    for argv in (["git-semdiff", "log", "-n", "1"], ["git-semdiff", "HEAD~1"]):
        monkeypatch.setattr("sys.argv", argv)
        with pytest.raises(SystemExit):
            git_main()
    assert seen == [["log", "-n", "1"], ["git", "HEAD~1"]]
