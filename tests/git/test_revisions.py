"""`semdiff git` and `semdiff show` on real repositories: every argument form of `git diff`,
renames and moves between files, odd paths and odd files, and the JSON a frontend reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.git.conftest import Repo

OLD = (
    'def parse(text):\n    return text.split(",")\n\n\n'
    'def render(items):\n    return ", ".join(items)\n'
)
PARSED = OLD.replace('split(",")', 'split(";")')
RENDERED = OLD.replace('", ".join', '"; ".join')
BOTH = PARSED.replace('", ".join', '"; ".join')


def document(repo: Repo, *args: str, cwd: Path | None = None) -> dict[str, Any]:
    result = repo.semdiff("git", "--format", "json", *args, cwd=cwd)
    assert result.code == 0, result.stderr
    value = json.loads(result.stdout)
    assert isinstance(value, dict)
    return value


def statuses(doc: dict[str, Any]) -> dict[str, str]:
    """Changed entities by qualified name (new name when it has one)."""
    return {
        (e["new"] or e["old"])["qualified_name"]: e["status"]
        for e in doc["entities"]
        if e["kind"] != "module"
    }


def started(repo: Repo) -> str:
    repo.write("app.py", OLD)
    return repo.commit("start")


def test_no_revision_is_index_against_worktree_and_staged_is_head_against_index(
    repo: Repo,
) -> None:
    started(repo)
    repo.write("app.py", PARSED)
    repo.git("add", "app.py")
    repo.write("app.py", BOTH)
    worktree = document(repo)
    assert statuses(worktree) == {"render": "modified"}
    assert worktree["old"] == {"label": "index", "kind": "index"}
    assert worktree["new"] == {"label": "worktree", "kind": "worktree"}
    assert statuses(document(repo, "--staged")) == {"parse": "modified"}
    assert statuses(document(repo, "--cached")) == {"parse": "modified"}
    assert statuses(document(repo, "HEAD")) == {"parse": "modified", "render": "modified"}


def test_two_revisions_and_both_range_forms(repo: Repo) -> None:
    first = started(repo)
    repo.write("app.py", PARSED)
    second = repo.commit("parse")
    repo.write("app.py", BOTH)
    repo.commit("render")
    assert statuses(document(repo, first, second)) == {"parse": "modified"}
    assert statuses(document(repo, f"{first}..{second}")) == {"parse": "modified"}
    assert statuses(document(repo, f"{first}..")) == {"parse": "modified", "render": "modified"}
    doc = document(repo, "HEAD~1", "HEAD")
    assert doc["old"]["rev"] == second
    assert statuses(doc) == {"render": "modified"}


def test_three_dots_start_at_the_merge_base(repo: Repo) -> None:
    started(repo)
    repo.git("checkout", "-q", "-b", "side")
    repo.write("app.py", RENDERED)
    repo.commit("side changes render")
    repo.git("checkout", "-q", "main")
    repo.write("app.py", PARSED)
    repo.commit("main changes parse")
    # What main did since side forked: parse only (side's render change is not undone).
    assert statuses(document(repo, "side...main")) == {"parse": "modified"}
    assert statuses(document(repo, "side..main")) == {"parse": "modified", "render": "modified"}


def test_show_a_commit_a_root_commit_and_a_merge(repo: Repo) -> None:
    root = started(repo)
    repo.write("app.py", PARSED)
    repo.commit("parse")
    result = repo.semdiff("show", "HEAD")
    assert result.code == 0
    assert "\n    parse\n" in result.stdout  # the commit message, as git shows it
    assert "~ def parse" in result.stdout
    doc = json.loads(repo.semdiff("show", root, "--format", "json").stdout)
    assert doc["old"]["kind"] == "empty"
    assert statuses(doc) == {"parse": "added", "render": "added"}
    repo.git("checkout", "-q", "-b", "side", root)
    repo.write("other.py", "def other():\n    return 1\n")
    repo.commit("other")
    repo.git("checkout", "-q", "main")
    repo.git("merge", "-q", "--no-edit", "side")
    merged = json.loads(repo.semdiff("show", "--format", "json").stdout)
    assert statuses(merged) == {"other": "added"}  # against the first parent


def test_show_escapes_the_commit_author_and_message(repo: Repo) -> None:
    """Anyone who can push a commit chooses its author and message: printed raw, they could
    clear the screen, retitle the terminal or reorder what a line shows."""
    started(repo)
    repo.write("app.py", PARSED)
    repo.git("add", "-A")
    repo.git(
        "commit",
        "-q",
        "--author",
        "E\x1b]0;pwned\x07ve <eve@example.org>",
        "-m",
        "fix\x1b[2J\x9b1;1H \u202eevil\u2066",
    )
    result = repo.semdiff("show", "--color", "never")
    assert result.code == 0, result.stderr
    assert "Author: E\\x1b]0;pwned\\x07ve <eve@example.org>" in result.stdout
    assert "    fix\\x1b[2J\\x9b1;1H \\u202eevil\\u2066\n" in result.stdout
    for raw in ("\x1b", "\x07", "\x9b", "\u202e", "\u2066"):
        assert raw not in result.stdout
    assert "~ def parse" in result.stdout


def test_exit_code_in_git_and_show(repo: Repo) -> None:
    """0 after showing a diff, as git diff; --exit-code: 1 for differences, 0 for none (an
    empty commit, a clean tree, paths that changed nothing), as `git diff --exit-code`."""
    root = started(repo)
    repo.commit("nothing")
    repo.write("app.py", PARSED)
    for args, differ in [
        (("git",), True),
        (("git", "--staged"), False),
        (("git", "HEAD", "--", "nothing.py"), False),
        (("show",), False),
        (("show", root), True),
    ]:
        plain = repo.semdiff(*args)
        asked = repo.semdiff(args[0], "--exit-code", *args[1:])
        assert (plain.code, asked.code) == (0, int(differ)), (args, asked.stderr)
        assert asked.stdout == plain.stdout
    repo.commit("parse")
    assert repo.semdiff("git", "--exit-code").code == 0
    assert repo.semdiff("git", "--exit-code", "HEAD~1").code == 1
    assert repo.semdiff("show", "--exit-code", "-f", "json").code == 1
    assert repo.semdiff("show", "--exit-code", "no-such-rev").code == 2


def test_entity_moved_between_files_in_one_commit(repo: Repo) -> None:
    repo.write("a.py", OLD)
    repo.write("b.py", "def other():\n    return 1\n")
    repo.commit("start")
    repo.write("a.py", 'def parse(text):\n    return text.split(",")\n')
    repo.write(
        "b.py", 'def other():\n    return 1\n\n\ndef show(items):\n    return ", ".join(items)\n'
    )
    repo.commit("move render to b.py as show")
    doc = json.loads(repo.semdiff("show", "-f", "json").stdout)
    moved = [e for e in doc["entities"] if e["kind"] != "module"]
    assert len(moved) == 1
    assert moved[0]["status"] == "moved"
    assert set(moved[0]["flags"]) >= {"moved_file", "renamed"}
    assert (moved[0]["old"]["path"], moved[0]["new"]["path"]) == ("a.py", "b.py")


def test_file_rename_with_an_entity_rename(repo: Repo) -> None:
    body = "".join(f"def keep{i}(x):\n    return x * {i}\n\n\n" for i in range(6))
    repo.write("old_name.py", body + "def render(items):\n    return ', '.join(items)\n")
    repo.commit("start")
    repo.git("mv", "old_name.py", "new_name.py")
    repo.write("new_name.py", body + "def show(items):\n    return ', '.join(items)\n")
    repo.commit("rename file and function")
    doc = json.loads(repo.semdiff("show", "-f", "json").stdout)
    [file] = doc["files"]
    assert (file["status"], file["old_path"], file["new_path"]) == (
        "renamed",
        "old_name.py",
        "new_name.py",
    )
    assert statuses(doc) == {"show": "renamed"}


def test_paths_limit_the_diff_with_or_without_dashes_and_from_a_subdirectory(repo: Repo) -> None:
    repo.write("src/app.py", OLD)
    repo.write("other.py", OLD)
    repo.commit("start")
    repo.write("src/app.py", PARSED)
    repo.write("other.py", PARSED)
    assert [f["new_path"] for f in document(repo, "--", "src/app.py")["files"]] == ["src/app.py"]
    assert [f["new_path"] for f in document(repo, "other.py")["files"]] == ["other.py"]
    inside = document(repo, "app.py", cwd=repo.root / "src")
    assert [f["new_path"] for f in inside["files"]] == ["src/app.py"]  # repository-relative
    assert inside["repository"] == str(repo.root)


def test_paths_with_spaces_and_non_ascii_characters(repo: Repo) -> None:
    name = "dir with space/naïve café.py"
    repo.write(name, OLD)
    repo.commit("start")
    repo.write(name, PARSED)
    doc = document(repo)
    assert doc["files"][0]["new_path"] == name
    assert statuses(doc) == {"parse": "modified"}
    assert name in repo.semdiff("git").stdout


def test_json_says_where_to_read_each_side(repo: Repo) -> None:
    started(repo)
    repo.write("app.py", PARSED)
    [file] = document(repo, "HEAD")["files"]
    assert repo.git("cat-file", "blob", file["old_blob"]) == OLD
    assert file["new_blob"] is None  # the working-tree file itself
    assert (repo.root / file["new_path"]).read_text() == PARSED
    repo.git("add", "app.py")
    [staged] = document(repo, "--staged")["files"]
    assert repo.git("cat-file", "blob", staged["new_blob"]) == PARSED
    assert staged["old_mode"] == staged["new_mode"] == "100644"


def test_binary_file(repo: Repo) -> None:
    repo.write("logo.bin", b"\x00\x01\x02")
    repo.commit("start")
    repo.write("logo.bin", b"\x00\x01\x03")
    [file] = document(repo)["files"]
    assert file["status"] == "binary"
    assert "binary file changed" in repo.semdiff("git").stdout


def test_mode_only_change(repo: Repo) -> None:
    started(repo)
    (repo.root / "app.py").chmod(0o755)
    [file] = document(repo)["files"]
    assert (file["status"], file["old_mode"], file["new_mode"]) == (
        "mode_changed",
        "100644",
        "100755",
    )
    result = repo.semdiff("git")
    assert result.code == 0
    assert "mode 100644 → 100755" in result.stdout


def test_a_mode_both_sides_share_is_not_shown(repo: Repo) -> None:
    repo.write("app.py", OLD)
    (repo.root / "app.py").chmod(0o755)
    repo.commit("start")
    repo.write("app.py", PARSED)
    heading = repo.semdiff("git", "--color", "never").stdout.splitlines()[0]
    assert heading == "app.py  (python; modified)"
    (repo.root / "new.py").write_text("x = 1\n")
    (repo.root / "new.py").chmod(0o755)
    repo.git("add", "-N", "new.py")
    assert "new.py  (python; added; executable)" in repo.semdiff("git").stdout


def test_a_clean_tree_prints_one_line(repo: Repo) -> None:
    started(repo)
    assert repo.semdiff("git").stdout == "no changes in 0 files\n"


def test_symlink_is_compared_by_its_target(repo: Repo) -> None:
    started(repo)
    (repo.root / "link.py").symlink_to("app.py")
    repo.commit("link")
    (repo.root / "link.py").unlink()
    (repo.root / "link.py").symlink_to("other.py")
    [file] = document(repo)["files"]
    assert (file["new_mode"], file["language"]) == ("120000", None)
    text = repo.semdiff("git").stdout
    assert "-app.py" in text and "+other.py" in text


def test_submodule_commit_change(repo: Repo, tmp_path: Path) -> None:
    sub, first = _with_submodule(repo, tmp_path)
    sub.write("lib.py", PARSED)
    second = sub.commit("two")
    repo.git("-C", "lib", "-c", "protocol.file.allow=always", "pull", "-q", "origin", "main")
    [file] = document(repo)["files"]
    assert (file["new_path"], file["new_mode"], file["language"]) == ("lib", "160000", None)
    text = repo.semdiff("git").stdout
    assert f"-Subproject commit {first}" in text
    assert f"+Subproject commit {second}" in text
    repo.commit("bump")
    assert f"+Subproject commit {second}" in repo.semdiff("show").stdout


def test_unmerged_path_is_reported(repo: Repo) -> None:
    started(repo)
    repo.git("checkout", "-q", "-b", "side")
    repo.write("app.py", RENDERED)
    repo.commit("side")
    repo.git("checkout", "-q", "main")
    repo.write("app.py", OLD.replace('", ".join', '" | ".join'))
    repo.commit("main")
    repo.git("merge", "-q", "side", check=False)
    doc = document(repo)
    assert doc["unmerged"] == ["app.py"]
    result = repo.semdiff("git")
    assert result.code == 0
    assert "app.py  (unmerged)" in result.stdout
    assert "<<<<<<<" in result.stdout  # our side against the working tree, markers and all
    assert document(repo, "--staged")["unmerged"] == ["app.py"]


def test_empty_repository(repo: Repo) -> None:
    repo.write("app.py", OLD)
    result = repo.semdiff("git")
    assert result.code == 0
    assert "1 untracked file left out (--untracked includes them)" in result.stdout
    assert statuses(document(repo, "--untracked")) == {"parse": "added", "render": "added"}
    repo.git("add", "app.py")
    staged = document(repo, "--staged")
    assert staged["old"]["kind"] == "empty"
    assert statuses(staged) == {"parse": "added", "render": "added"}
    shown = repo.semdiff("show")
    assert (shown.code, shown.stdout) == (2, "")
    assert shown.stderr.startswith("semdiff: error: unknown revision 'HEAD'")


def test_untracked_files_are_counted_or_included(repo: Repo) -> None:
    started(repo)
    repo.write("new.py", "def fresh():\n    return 0\n")
    repo.write("ignored.py", "x = 1\n")
    repo.write(".gitignore", "ignored.py\n")
    assert document(repo)["summary"]["untracked_left_out"] == 2  # new.py, .gitignore
    included = document(repo, "--untracked")
    assert [f["new_path"] for f in included["files"]] == [".gitignore", "new.py"]
    assert statuses(included) == {"fresh": "added"}


def test_errors_are_one_line_with_exit_2(repo: Repo, tmp_path: Path) -> None:
    started(repo)
    unknown = repo.semdiff("git", "no-such-rev", "HEAD")
    assert unknown.code == 2
    assert unknown.stderr == "semdiff: error: unknown revision 'no-such-rev'\n"
    outside = tmp_path / "outside"
    outside.mkdir()
    result = repo.semdiff("git", cwd=outside)
    assert result.code == 2
    assert result.stderr.startswith("semdiff: error: not in a git repository")
    assert len(result.stderr.splitlines()) == 1
    too_many = repo.semdiff("git", "--staged", "HEAD", "HEAD")
    assert too_many.code == 2


def test_git_dir_and_work_tree_from_the_environment(
    repo: Repo, tmp_path: Path, monkeypatch: Any
) -> None:
    started(repo)
    repo.write("app.py", PARSED)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setenv("GIT_DIR", str(repo.root / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(repo.root))
    assert statuses(document(repo, cwd=elsewhere)) == {"parse": "modified"}


def test_a_configured_external_diff_or_textconv_never_runs(repo: Repo) -> None:
    marker = repo.root.parent / "ran"
    repo.git("config", "diff.external", f"touch {marker}")
    repo.git("config", "diff.conv.textconv", f"touch {marker}; cat")
    repo.write(".gitattributes", "*.py diff=conv\n")
    started(repo)
    repo.write("app.py", PARSED)
    assert statuses(document(repo, "HEAD")) == {"parse": "modified"}
    repo.semdiff("show")
    assert not marker.exists()


def test_a_path_with_dots_is_a_path_and_a_range_is_no_commit(repo: Repo) -> None:
    repo.write("app.py", OLD)
    repo.write("src/x.py", OLD)
    repo.commit("start")
    repo.write("app.py", PARSED)
    inside = document(repo, "../app.py", cwd=repo.root / "src")
    assert [f["new_path"] for f in inside["files"]] == ["app.py"]
    shown = repo.semdiff("show", "HEAD~1..HEAD")
    assert (shown.code, shown.stderr) == (2, "semdiff: error: unknown revision 'HEAD~1..HEAD'\n")


def test_intent_to_add_is_not_in_the_index(repo: Repo) -> None:
    started(repo)
    repo.write("later.py", OLD)
    repo.git("add", "-N", "later.py")
    assert document(repo, "--staged")["files"] == []
    assert statuses(document(repo)) == {"parse": "added", "render": "added"}


def _with_submodule(repo: Repo, tmp_path: Path) -> tuple[Repo, str]:
    """A repository with the submodule `lib` checked out at its first commit."""
    sub = Repo(tmp_path / "sub")
    sub.root.mkdir()
    sub.git("init", "-q", "-b", "main")
    sub.write("lib.py", OLD)
    first = sub.commit("one")
    started(repo)
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(sub.root), "lib")
    repo.commit("add submodule")
    return sub, first


def _submodule_lines(document: dict[str, Any]) -> list[str]:
    [file] = document["files"]
    assert (file["new_path"], file["new_mode"], file["language"]) == ("lib", "160000", None)
    return [
        line["op"] + line["text"]
        for hunk in document["entities"][0]["hunks"]
        for line in hunk["lines"]
    ]


def test_dirty_submodule(repo: Repo, tmp_path: Path) -> None:
    """Files changed inside a submodule: `-dirty` after its commit, as git diff shows it (this
    was "no changes" and exit 0). Untracked files alone are not shown, as in git diff."""
    _, first = _with_submodule(repo, tmp_path)
    repo.write("lib/notes.txt", "untracked\n")
    assert document(repo)["files"] == []
    repo.write("lib/lib.py", PARSED)
    for args in (("git",), ("git", "HEAD")):
        expected = [f"-Subproject commit {first}", f"+Subproject commit {first}-dirty"]
        assert _submodule_lines(document(repo, *args[1:])) == expected
        result = repo.semdiff(*args, "--color", "never", "--exit-code")
        assert result.code == 1
        assert f"+Subproject commit {first}-dirty" in result.stdout
    assert repo.semdiff("git", "--staged", "--exit-code").code == 0  # the index: no -dirty


def test_submodule_with_new_commits_and_dirty(repo: Repo, tmp_path: Path) -> None:
    sub, first = _with_submodule(repo, tmp_path)
    sub.write("lib.py", PARSED)
    second = sub.commit("two")
    repo.git("-C", "lib", "-c", "protocol.file.allow=always", "pull", "-q", "origin", "main")
    repo.write("lib/lib.py", BOTH)
    expected = [f"-Subproject commit {first}", f"+Subproject commit {second}-dirty"]
    assert _submodule_lines(document(repo)) == expected
    assert repo.run("git", "diff").stdout.endswith(expected[1] + "\n")  # what git diff says
    patch = repo.semdiff("git", "--format", "patch").stdout
    assert f"index {first}..{second} 160000\n" in patch  # commits only, as git apply reads
