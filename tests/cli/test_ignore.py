"""`--ignore-comments` and `-w`: entities changed only in comments or whitespace are left out
of the text (and counted), marked in JSON, and no reason for --exit-code to say 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.contract import contract_errors, schema_errors
from tests.support import apply_hunks, cli, hunks_by_file, load_json

OLD = """\
def a(x):
    # add one
    return x + 1


def b(y):
    return y*2


def d():
    return 4
"""
NEW = """\
def a(x):
    # add one to x
    return x + 1


def b(y):
    return y * 2


def d():
    return 5
"""


def _pair(tmp_path: Path, old: str, new: str, ext: str = "py") -> tuple[str, str]:
    (tmp_path / f"old.{ext}").write_text(old, encoding="utf-8")
    (tmp_path / f"new.{ext}").write_text(new, encoding="utf-8")
    return str(tmp_path / f"old.{ext}"), str(tmp_path / f"new.{ext}")


def _rows(stdout: str) -> list[str]:
    return [line.split()[2] for line in stdout.splitlines() if line.startswith("  ~ ")]


def test_each_option_leaves_out_its_own_kind_and_says_how_many(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, OLD, NEW)
    plain = cli(old, new)
    assert _rows(plain.stdout) == ["a", "b", "d"]
    assert "left out" not in plain.stdout
    comments = cli(old, new, "--ignore-comments")
    assert _rows(comments.stdout) == ["b", "d"]
    assert "# add one to x" not in comments.stdout
    assert "2 modified in 1 file; 1 entity left out (1 comments only)" in comments.stdout
    space = cli(old, new, "-w")
    assert _rows(space.stdout) == ["a", "d"]
    assert "y * 2" not in space.stdout
    assert "; 1 entity left out (1 whitespace only)" in space.stdout
    both = cli(old, new, "--ignore-comments", "--ignore-whitespace")
    assert _rows(both.stdout) == ["d"]
    assert "; 2 entities left out (1 comments only, 1 whitespace only)" in both.stdout


def test_exit_code_is_0_when_only_ignored_changes_are_left(tmp_path: Path) -> None:
    only_layout = NEW.replace("return 5", "return 4")
    old, new = _pair(tmp_path, OLD, only_layout)
    assert cli(old, new, "--exit-code").code == 1
    assert cli(old, new, "--exit-code", "--ignore-comments").code == 1
    result = cli(old, new, "--exit-code", "--ignore-comments", "-w")
    assert result.code == 0, result.stderr
    # The file has nothing left to show: no heading, and the totals say why.
    assert result.stdout == (
        "no changes in 0 files; 2 entities left out (1 comments only, 1 whitespace only)\n"
    )
    for output in ("json",):
        assert cli(old, new, "-f", output, "--exit-code", "--ignore-comments", "-w").code == 0


def test_an_indentation_change_is_never_whitespace_to_ignore_where_it_is_syntax(
    tmp_path: Path,
) -> None:
    """YAML's and Haskell's fingerprints have no depths: re-indented lines are `whitespace
    only`, but there indentation is syntax, so -w keeps them. In JSON it hides the same."""
    old, new = _pair(
        tmp_path, "a:\n  b: 1\n  c: 2\nd: 3\n", "a:\n    b: 1\n    c: 2\nd:   3\n", "yaml"
    )
    result = cli(old, new, "-w", "--exit-code")
    assert result.code == 1
    assert _rows(result.stdout) == ["a.b", "a.c"]
    assert "; 1 entity left out (1 whitespace only)" in result.stdout  # d: its inner spaces
    haskell = "f :: Int -> Int\nf x =\n  x + 1\n"
    old, new = _pair(tmp_path, haskell, haskell.replace("  x", "    x"), "hs")
    assert "whitespace only" in cli(old, new).stdout
    assert cli(old, new, "-w", "--exit-code").code == 1
    old, new = _pair(
        tmp_path,
        '{\n  "a": {\n    "b": 1\n  }\n}\n',
        '{\n    "a": {\n        "b": 1\n    }\n}\n',
        "json",
    )
    assert cli(old, new, "--exit-code").code == 1
    assert cli(old, new, "-w", "--exit-code").code == 0


def test_json_marks_the_ignored_entities_and_still_rebuilds_the_files(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, OLD, NEW)
    plain = load_json(cli(old, new, "-f", "json").stdout)
    assert "ignored" not in plain["summary"]
    assert not any("ignored" in entity for entity in plain["entities"])
    document = load_json(cli(old, new, "-f", "json", "--ignore-comments", "-w").stdout)
    assert document["summary"]["ignored"] == 2
    assert document["summary"]["modified"] == plain["summary"]["modified"]
    marked = {e["new"]["name"]: e.get("ignored", False) for e in document["entities"]}
    assert marked == {"a": True, "b": True, "d": False}
    (hunks,) = hunks_by_file(document).values()
    assert apply_hunks(OLD, hunks) == NEW
    assert schema_errors(document) == []
    assert contract_errors(document, include_unchanged=False) == []
    assert schema_errors({**document, "summary": {**document["summary"], "ignored": -1}})


def test_patch_refuses_the_options_but_not_the_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A patch carries every change, so that it applies; a SEMDIFF_IGNORE_... variable set
    for reading must not break the patches Emacs stages with."""
    old, new = _pair(tmp_path, OLD, NEW)
    for option in ("--ignore-comments", "-w", "--ignore-whitespace"):
        result = cli(old, new, "-f", "patch", option)
        assert result.code == 2
        assert result.stderr.startswith("semdiff: error: --ignore-")
        assert result.stderr.count("\n") == 1
    plain = cli(old, new, "-f", "patch")
    monkeypatch.setenv("SEMDIFF_IGNORE_COMMENTS", "1")
    monkeypatch.setenv("SEMDIFF_IGNORE_WHITESPACE", "1")
    assert cli(old, new, "-f", "patch") == plain
    assert _rows(cli(old, new).stdout) == ["d"]
    monkeypatch.setenv("SEMDIFF_IGNORE_WHITESPACE", "0")
    assert _rows(cli(old, new).stdout) == ["b", "d"]


def test_a_rename_with_a_comment_change_is_not_ignored(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, OLD, OLD.replace("def a(x):\n    # add one", "def e(x):\n    # add"))
    result = cli(old, new, "--ignore-comments", "--exit-code")
    assert result.code == 1
    assert "a → e" in result.stdout


def test_without_the_options_their_modules_are_not_imported(tmp_path: Path) -> None:
    """git and Emacs start semdiff often: what only an option needs is imported with it."""
    old, new = _pair(tmp_path, OLD, NEW)
    script = (
        "import sys\nfrom semdiff.cli import run\n"
        f"run([{old!r}, {new!r}, *sys.argv[1:]])\n"
        "print(sorted(m for m in sys.modules if m in ('semdiff.ignore', "
        "'semdiff.render.sidebyside')), file=sys.stderr)\n"
    )
    for args, loaded in (
        ((), "[]"),
        (("-f", "json"), "[]"),
        (("-w", "--display", "side-by-side"), "['semdiff.ignore', 'semdiff.render.sidebyside']"),
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
        )
        assert done.stderr.strip() == loaded
