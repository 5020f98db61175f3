"""Changes the grammar or an entity's span could hide: each must show, under an honest flag."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import cli


def _entities(tmp_path: Path, old: str, new: str, name: str) -> dict[str, dict[str, object]]:
    (tmp_path / f"old.{name}").write_text(old, encoding="utf-8")
    (tmp_path / f"new.{name}").write_text(new, encoding="utf-8")
    result = cli(f"old.{name}", f"new.{name}", "-f", "json", cwd=tmp_path)
    assert result.code == 0, result.stderr
    document = json.loads(result.stdout)
    return {
        (e["new"] or e["old"])["qualified_name"]: e
        for e in document["entities"]
        if e["status"] != "unchanged"
    }


def test_text_after_a_tree_that_ends_early_is_not_hidden(tmp_path: Path) -> None:
    # tree-sitter-yaml stops at the bad indent: the rest of the file is in no node.
    old = "kind: Service\n  name: web\n" + "".join(f"key{i}: value{i}\n" for i in range(20))
    new = old.replace("value17", "CHANGED")
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    result = cli("old.yaml", "new.yaml", "--color", "never", cwd=tmp_path)
    assert "could not read most of the file" in result.stdout
    assert "+key17: CHANGED" in result.stdout


def test_code_after_an_entity_on_its_last_line_is_not_whitespace(tmp_path: Path) -> None:
    old = "function f() {\n  return 1;\n\n} foo();\n"
    new = "function f() {\n  return 1;\n} bar();\n"
    assert _entities(tmp_path, old, new, "js")["f"]["flags"] == ["body_changed"]


def test_a_separator_after_space_goes_with_its_member(tmp_path: Path) -> None:
    old = '{\n  "b": {\n    "c": 2,\n    "d": 3\n  }\n}\n'
    new = '{\n  "b": {\n    "c": 2 ,\n    "d": 3\n  }\n}\n'
    changed = _entities(tmp_path, old, new, "json")
    assert set(changed) == {"b.c"}


def test_a_script_that_gains_its_shebang_stays_structural(tmp_path: Path) -> None:
    for side, first in (("old", ""), ("new", "#!/usr/bin/env python3\n")):
        (tmp_path / side).mkdir()
        (tmp_path / side / "tool").write_text(
            first + f"def f():\n    return {1 if side == 'old' else 2}\n", encoding="utf-8"
        )
    result = cli("old", "new", "--color", "never", cwd=tmp_path)
    assert "tool  (python; modified)" in result.stdout
    assert "def f" in result.stdout


def test_a_moved_block_without_its_moved_out_child_gives_contiguous_hunks(tmp_path: Path) -> None:
    # A's own lines skip g, which moved to B: its hunks must not claim g's lines.
    old = (
        "class A:\n    def f(self):\n        return 1\n\n    x = 1\n\n"
        "    def g(self):\n        return 2\n\n    w = 3\n\n\n"
        "class B:\n" + "".join(f"    {n} = 1\n" for n in "yabcdef")
    )
    new = (
        "class B:\n" + "".join(f"    {n} = 1\n" for n in "yabcdef") + "\n"
        "    def g(self):\n        return 2\n\n\n"
        "class A:\n    def f(self):\n        return 1\n\n    x = 2\n    w = 4\n"
    )
    for change in _entities(tmp_path, old, new, "py").values():
        for hunk in (change["moved_hunks"] or []) + change["hunks"]:  # type: ignore[operator]
            olds = [line["old_line"] for line in hunk["lines"] if "old_line" in line]
            news = [line["new_line"] for line in hunk["lines"] if "new_line" in line]
            assert olds == list(range(hunk["old_start"], hunk["old_start"] + len(olds)))
            assert news == list(range(hunk["new_start"], hunk["new_start"] + len(news)))


def test_a_separator_inside_a_moved_object_shows(tmp_path: Path) -> None:
    # `p` moved after `q`, and inside it `c` moved first: `"b": 2,` lost its comma. The line is
    # inside the moved `p`, where it cannot show among `c`'s moved hunks: `b` keeps it.
    rows = "".join(f'    "r{i}": 1,\n' for i in range(1, 6)) + '    "r6": 1\n'
    old = '{\n  "z": 0,\n  "p": {\n    "a": 1,\n    "b": 2,\n    "c": 3\n  },\n'
    old += '  "q": {\n' + rows + "  }\n}\n"
    new = '{\n  "z": 0,\n  "q": {\n' + rows + "  },\n"
    new += '  "p": {\n    "c": 3,\n    "a": 1,\n    "b": 2\n  }\n}\n'
    (tmp_path / "old.json").write_text(old, encoding="utf-8")
    (tmp_path / "new.json").write_text(new, encoding="utf-8")
    result = cli("old.json", "new.json", "--color", "never", cwd=tmp_path)
    assert '-    "b": 2,\n+    "b": 2\n' in result.stdout
