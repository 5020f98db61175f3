"""`--hunk N [--lines A-B]`: the patch of one hunk of an entity, or of some of its lines, for
staging (`git apply --cached`), unstaging (`--cached -R`) and discarding (`-R`). Every such
patch of a two-hunk function is applied, and the result compared with the file the JSON's hunk
says it should give: the chosen lines changed, every other line as on the side applied to."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from tests.git.conftest import Repo

OLD = """\
def compute(values):
    total = 0
    for value in values:
        total += value
    count = len(values)
    first = values[0]
    last = values[-1]
    middle = values[count // 2]
    spread = last - first
    mean = total / count
    return mean, spread, middle
"""

NEW = """\
def compute(values):
    total = 1
    extra = 2
    for value in values:
        total += value
    count = len(values)
    first = values[0]
    last = values[-1]
    middle = values[count // 2]
    spread = last - first
    mean = total / max(count, 1)
    return mean, spread
"""


def _entity(repo: Repo, *args: str) -> dict[str, Any]:
    document = json.loads(repo.semdiff("git", "--format", "json", *args).stdout)
    [entity] = [e for e in document["entities"] if e["status"] != "unchanged"]
    return dict(entity)


def _patch(repo: Repo, entity_id: str, *args: str) -> str:
    result = repo.semdiff("git", "--format", "patch", "--entity", entity_id, *args)
    assert result.code == 0, result.stderr
    return result.stdout


def _apply(repo: Repo, patch: str, *options: str) -> None:
    subprocess.run(["git", "apply", *options, "-"], cwd=repo.root, input=patch.encode(), check=True)


def _expected(base: str, hunk: dict[str, Any], chosen: set[int], *, forward: bool) -> str:
    """BASE (the old side forwards, the new side backwards) with only the hunk's lines
    `chosen` (0-based) changed: what `git add -p` (or its reverse) would leave."""
    lines = base.splitlines(keepends=True)
    start = (hunk["old_start"] if forward else hunk["new_start"]) - 1
    length = hunk["old_lines"] if forward else hunk["new_lines"]
    applied_op, base_op = ("+", "-") if forward else ("-", "+")
    middle: list[str] = []
    for index, line in enumerate(hunk["lines"]):
        op = line["op"]
        if op == " " or (op == base_op) != (index in chosen):
            middle.append(line["text"] + "\n")
        else:
            assert op in (applied_op, base_op)
    return "".join(lines[:start] + middle + lines[start + length :])


def _cases(hunks: list[dict[str, Any]]) -> list[tuple[int, int | None, int | None]]:
    """Each hunk whole, and each of its line ranges that holds a changed line."""
    cases: list[tuple[int, int | None, int | None]] = []
    for number, hunk in enumerate(hunks, 1):
        cases.append((number, None, None))
        ops = [line["op"] for line in hunk["lines"]]
        for first in range(1, len(ops) + 1):
            for last in range(first, len(ops) + 1):
                if any(op != " " for op in ops[first - 1 : last]):
                    cases.append((number, first, last))
    return cases


def _part_args(number: int, first: int | None, last: int | None) -> list[str]:
    return ["--hunk", str(number)] + ([] if first is None else ["--lines", f"{first}-{last}"])


def _chosen(hunk: dict[str, Any], first: int | None, last: int | None) -> set[int]:
    if first is None or last is None:
        return set(range(len(hunk["lines"])))
    return set(range(first - 1, last))


@pytest.fixture
def changed(repo: Repo) -> Repo:
    repo.write("calc.py", OLD)
    repo.commit("calc")
    repo.write("calc.py", NEW)
    return repo


def test_the_function_has_two_hunks(changed: Repo) -> None:
    assert len(_entity(changed)["hunks"]) == 2


def test_every_hunk_and_line_range_stages(changed: Repo) -> None:
    entity = _entity(changed)
    cases = _cases(entity["hunks"])
    assert len(cases) > 20
    for number, first, last in cases:
        changed.git("reset", "-q")
        _apply(changed, _patch(changed, entity["id"], *_part_args(number, first, last)), "--cached")
        hunk = entity["hunks"][number - 1]
        expected = _expected(OLD, hunk, _chosen(hunk, first, last), forward=True)
        assert changed.git("show", ":calc.py") == expected, (number, first, last)
        assert (changed.root / "calc.py").read_text() == NEW


def test_every_hunk_and_line_range_unstages(changed: Repo) -> None:
    changed.git("add", "calc.py")
    entity = _entity(changed, "--staged")
    for number, first, last in _cases(entity["hunks"]):
        changed.git("add", "calc.py")
        patch = _patch(
            changed, entity["id"], "--staged", "--for-reverse", *_part_args(number, first, last)
        )
        _apply(changed, patch, "--cached", "-R")
        hunk = entity["hunks"][number - 1]
        expected = _expected(NEW, hunk, _chosen(hunk, first, last), forward=False)
        assert changed.git("show", ":calc.py") == expected, (number, first, last)


def test_every_hunk_and_line_range_discards(changed: Repo) -> None:
    entity = _entity(changed)
    for number, first, last in _cases(entity["hunks"]):
        changed.write("calc.py", NEW)
        patch = _patch(changed, entity["id"], "--for-reverse", *_part_args(number, first, last))
        _apply(changed, patch, "-R")
        hunk = entity["hunks"][number - 1]
        expected = _expected(NEW, hunk, _chosen(hunk, first, last), forward=False)
        assert (changed.root / "calc.py").read_text() == expected, (number, first, last)
        assert changed.git("show", ":calc.py") == OLD


def test_staging_hunk_by_hunk_converges(changed: Repo) -> None:
    """Staging the second hunk, then the first (renumbered 1 after that), stages the lot."""
    entity = _entity(changed)
    _apply(changed, _patch(changed, entity["id"], "--hunk", "2"), "--cached")
    _apply(changed, _patch(changed, _entity(changed)["id"], "--hunk", "1"), "--cached")
    assert changed.git("show", ":calc.py") == NEW
    assert changed.git("diff") == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hunk", "3"], "has 2 hunk(s)"),
        (["--hunk", "1", "--lines", "1-99"], "lines"),
        (["--hunk", "1", "--lines", "1-1"], "no changed line"),
        (["--hunk", "1", "--lines", "5-2"], "not a line range"),
        (["--lines", "1-2"], "--lines needs --hunk"),
    ],
)
def test_bad_parts_are_refused(changed: Repo, args: list[str], message: str) -> None:
    entity = _entity(changed)
    result = changed.semdiff("git", "--format", "patch", "--entity", entity["id"], *args)
    assert result.code != 0
    assert message in result.stderr


def test_hunk_needs_one_entity(changed: Repo) -> None:
    result = changed.semdiff("git", "--format", "patch", "--hunk", "1")
    assert result.code != 0
    assert "--hunk needs --format patch and one --entity" in result.stderr


def test_with_report_gives_the_report_and_the_patch_in_one_run(changed: Repo) -> None:
    """What the Emacs frontend asks for on s, u and k: the JSON report (to check that the
    entity is as shown) and the patch, from one run, limited to the paths involved."""
    changed.write("other.py", "def other():\n    return 1\n")
    changed.git("add", "other.py")
    changed.git("commit", "-q", "-m", "other")
    changed.write("other.py", "def other():\n    return 2\n")
    entity = _entity(changed, "--", "calc.py")
    args = ["--hunk", "2", "--", "calc.py"]
    result = changed.semdiff(
        "git", "--format", "patch", "--with-report", "--entity", entity["id"], *args
    )
    assert result.code == 0, result.stderr
    both = json.loads(result.stdout)
    assert both["patch"] == _patch(changed, entity["id"], *args)
    assert "@@" in both["patch"]
    plain = json.loads(changed.semdiff("git", "--format", "json", "--", "calc.py").stdout)
    assert both["report"] == plain
    assert [e["id"] for e in both["report"]["entities"] if e["status"] != "unchanged"] == [
        entity["id"]
    ]


def test_with_report_needs_the_patch_format(changed: Repo) -> None:
    result = changed.semdiff("git", "--format", "json", "--with-report")
    assert result.code != 0
    assert "--with-report needs --format patch" in result.stderr
