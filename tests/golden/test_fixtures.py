"""Every fixtures/<lang>/<case>/ through the CLI: text and JSON goldens, the case's stated
expectations (expect.toml), the hunks rebuilding the new files, and the patch applying."""

from __future__ import annotations

import difflib
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.support import FIXTURES, apply_hunks, cli, hunks_by_file, load_json

CASES = sorted(path for path in FIXTURES.glob("*/*") if path.is_dir())
STATUSES = ("added", "removed", "modified", "renamed", "moved", "unchanged")


def _sides(case: Path) -> tuple[str, str]:
    if (case / "old").is_dir():
        return "old", "new"
    old = sorted(p.name for p in case.glob("old.*"))
    new = sorted(p.name for p in case.glob("new.*"))
    assert len(old) == 1 and len(new) == 1, f"{case}: needs one old.* and one new.*"
    return old[0], new[0]


def _case_id(case: Path) -> str:
    return f"{case.parent.name}/{case.name}"


def _compare(case: Path, name: str, actual: str, update: bool) -> None:
    path = case / name
    if update:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run pytest --update-goldens and review it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        patch = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"{_case_id(case)}/{name} (expected)",
                "actual",
            )
        )
        pytest.fail(f"output differs from the golden file:\n{patch}")


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_text_golden(case: Path, request: pytest.FixtureRequest) -> None:
    old, new = _sides(case)
    result = cli(old, new, "--color", "never", cwd=case)
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    _compare(case, "expected.txt", result.stdout, request.config.getoption("--update-goldens"))


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_json_golden(case: Path, request: pytest.FixtureRequest) -> None:
    old, new = _sides(case)
    # --exit-code changes only the status: 1, every case has differences.
    result = cli(old, new, "--format", "json", "--exit-code", cwd=case)
    assert result.code == 1, result.stderr
    _compare(case, "expected.json", result.stdout, request.config.getoption("--update-goldens"))


def _side_name(side: dict[str, Any]) -> str:
    overload = side.get("overload")
    return f"{side['qualified_name']}({overload})" if overload else str(side["qualified_name"])


def _name(entity: dict[str, Any]) -> str:
    """How expect.toml names an entity: `Old -> New` when its name changed, with the
    parameter types of overloaded methods (`Writer.value(int)`)."""
    old, new = entity["old"], entity["new"]
    if old and new and _side_name(old) != _side_name(new):
        return f"{_side_name(old)} -> {_side_name(new)}"
    return _side_name(new or old)


KNOWN_GAPS = {
    "ada/function_moved_between_packages": "a comment below a declaration (GNAT's style of "
    "documenting a spec) is its package's lines, not the declaration's: it does not move with it",
    "matlab/method_reordered_in_classdef": "tree-sitter-matlab puts a newline token between "
    "a comment and the function below it, so the comment is not attached to the method: it "
    "stays behind as the class's own lines, and the class reads as modified",
    "verilog/module_renamed_error_fixed": "an edit that removes the old side's only syntax "
    "error in an entity lets the new side guide the old one's reading, and the entity takes "
    "the new side's name: a rename reads as a modification",
    "edn/alias_reordered": "the four aliases :test jumped over read as reordered: the order "
    "kept is the one that moves fewest lines (classify), and four one-line keys are fewer "
    "than the seven of :test (so too with the map's `{` on a line of its own); :test and a "
    "version key then read as body changed, for the `:aliases {` and `}}` their lines gained",
}
"""Cases whose expect.toml states what a reviewer should see and semdiff does not do yet
(docs/languages.md, "Known gaps"). They must fail: one that passes is no longer a gap."""


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[_case_id(case)]))
        if _case_id(case) in KNOWN_GAPS
        else case
        for case in CASES
    ],
    ids=_case_id,
)
def test_expectations(case: Path) -> None:
    """expect.toml says what a reviewer must see: each changed entity's status (and flags)."""
    path = case / "expect.toml"
    assert path.exists(), f"{path} is missing: state what this case must show"
    expect = tomllib.loads(path.read_text(encoding="utf-8"))
    old, new = _sides(case)
    document = load_json(cli(old, new, "--format", "json", "--include-unchanged", cwd=case).stdout)
    actual: dict[str, str] = {}
    for entity in document["entities"]:
        if entity["kind"] != "module" and entity["status"] != "unchanged":
            actual[_name(entity)] = entity["status"]
    wanted = {name: status for status in STATUSES for name in expect.get(status, [])}
    for name, status in wanted.items():
        if status == "unchanged":
            assert name not in actual, f"{name} should be unchanged, is {actual.get(name)}"
    wanted = {name: status for name, status in wanted.items() if status != "unchanged"}
    assert actual == wanted
    flags = {_name(e): e["flags"] for e in document["entities"]}
    for name, expected_flags in expect.get("flags", {}).items():
        assert sorted(flags.get(name, [])) == sorted(expected_flags), name
    if "has_errors" in expect:
        # Every changed entity marked as holding a syntax error, on either side: the broken
        # one and no other (an unclosed bracket must not mark what the parser swallowed after
        # it). Unchanged entities are left out: a grammar may fail on both sides alike.
        marked = {
            _name(e)
            for e in document["entities"]
            if e["status"] != "unchanged"
            and any(side and side["has_errors"] for side in (e["old"], e["new"]))
        }
        assert marked == set(expect["has_errors"])


def _read(case: Path, side: str, path: str | None) -> str:
    if path is None:
        return ""
    base = case / side if (case / side).is_dir() else case
    return (base / path).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_hunks_rebuild_new_files(case: Path) -> None:
    """No change is hidden: the hunks of all entities turn each old file into the new one."""
    old, new = _sides(case)
    document = load_json(cli(old, new, "--format", "json", "--include-unchanged", cwd=case).stdout)
    hunks = hunks_by_file(document)
    for file in document["files"]:
        before = _read(case, "old", file["old_path"])
        after = _read(case, "new", file["new_path"])
        assert apply_hunks(before, hunks[file["id"]]) == after, file["new_path"]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_moved_entities_show_what_they_change_outside_themselves(case: Path) -> None:
    """No change is hidden: a moved entity is read through its moved hunks (and beside hunks),
    so a line its hunks change outside its own text (a separator, closers it took or left, in
    its file or in the one it left) must be among them."""
    old, new = _sides(case)
    document = load_json(cli(old, new, "--format", "json", "--include-unchanged", cwd=case).stdout)
    paths = {file["id"]: (file["old_path"], file["new_path"]) for file in document["files"]}
    for entity in document["entities"]:
        if "moved_hunks" not in entity:
            continue
        shown = {
            (line["op"], line["text"])
            for hunk in entity["moved_hunks"] + entity.get("beside_hunks", [])
            for line in hunk["lines"]
            if line["op"] != " "
        }
        for hunk in entity["hunks"]:
            old_path, new_path = paths[hunk["file_id"]]
            for line in hunk["lines"]:
                side, number, path = (
                    ("old", line["old_line"], old_path)
                    if line["op"] == "-"
                    else ("new", line["new_line"], new_path)
                )
                own = entity[side]
                inside = (
                    own is not None
                    and own["path"] == path
                    and own["span"]["start_line"] <= number <= own["span"]["end_line"]
                )
                if line["op"] == " " or inside or not line["text"].strip():
                    continue
                assert (line["op"], line["text"]) in shown, (entity["id"], line)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_patch_applies_with_git(case: Path, tmp_path: Path) -> None:
    old, new = _sides(case)
    patch = cli(old, new, "--format", "patch", cwd=case).stdout
    if (case / "old").is_dir():
        shutil.copytree(case / "old", tmp_path / "tree")
        shutil.copytree(case / "new", tmp_path / "want")
        subprocess.run(
            ["git", "apply", "--whitespace=nowarn", "-"],
            input=patch.encode(),
            cwd=tmp_path / "tree",
            check=True,
        )
        tree = sorted(
            p.relative_to(tmp_path / "tree") for p in (tmp_path / "tree").rglob("*") if p.is_file()
        )
        want = sorted(
            p.relative_to(tmp_path / "want") for p in (tmp_path / "want").rglob("*") if p.is_file()
        )
        assert tree == want
        for relative in want:
            assert (tmp_path / "tree" / relative).read_bytes() == (
                tmp_path / "want" / relative
            ).read_bytes()
        return
    # Two single files: the patch is against old.<ext>, so apply it to a copy under that name
    # and compare with the new file.
    (tmp_path / old).write_bytes((case / old).read_bytes())
    patch = patch.replace(f"+++ b/{new}", f"+++ b/{old}")
    subprocess.run(
        ["git", "apply", "--whitespace=nowarn", "-"], input=patch.encode(), cwd=tmp_path, check=True
    )
    assert (tmp_path / old).read_bytes() == (case / new).read_bytes()
