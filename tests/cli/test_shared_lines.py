"""Changes that share one line (minified JSON, `x = 1; y = 2`) are shown part by part in the
terminal; the JSON keeps the line whole in one entity's hunks."""

from __future__ import annotations

from pathlib import Path

from tests.support import apply_hunks, cli, hunks_by_file, load_json


def _diff(tmp_path: Path, old: str, new: str, name: str = "a.json") -> tuple[str, list[str]]:
    (tmp_path / "old").mkdir(exist_ok=True)
    (tmp_path / "new").mkdir(exist_ok=True)
    (tmp_path / "old" / name).write_text(old)
    (tmp_path / "new" / name).write_text(new)
    args = (f"old/{name}", f"new/{name}")
    document = load_json(cli(*args, "--format", "json", cwd=tmp_path).stdout)
    [file] = document["files"]
    assert apply_hunks(old, hunks_by_file(document)[file["id"]]) == new
    text = cli(*args, "--color", "never", cwd=tmp_path).stdout
    return text, text.split("\n\n")[2:]


def test_each_entity_on_a_shared_line_shows_its_own_part(tmp_path: Path) -> None:
    _, diffs = _diff(tmp_path, '{"a": 1, "b": 2}\n', '{"a": 5, "b": 6, "c": 7}\n')
    assert diffs == [
        'key a  new/a.json:1  body changed\n@@ -1,1 +1,1 @@ key a\n-…"a": 1…\n+…"a": 5…',
        'key b  new/a.json:1  body changed\n@@ -1,1 +1,1 @@ key b\n-…"b": 2…\n+…"b": 6…',
        'key c  new/a.json:1  added\n@@ -1,0 +1,1 @@ key c\n+…"c": 7…\n',
    ]


def test_a_removed_entity_and_code_on_one_line(tmp_path: Path) -> None:
    _, diffs = _diff(tmp_path, "x = 1; y = 2; z = 3\n", "x = 1; z = 4\n", name="a.py")
    assert diffs == [
        "variable y  old/a.py:1  removed\n@@ -1,1 +1,0 @@ variable y\n-…y = 2…",
        "variable z  new/a.py:1  body changed\n@@ -1,1 +1,1 @@ variable z\n-…z = 3\n+…z = 4\n",
    ]


def test_a_change_outside_the_entities_keeps_the_line_whole(tmp_path: Path) -> None:
    # The spaces inside the braces belong to no key: parts would not show them.
    text, _ = _diff(tmp_path, '{"a": 1, "b": 2}\n', '{ "a": 5, "b": 6 }\n')
    assert '-{"a": 1, "b": 2}\n+{ "a": 5, "b": 6 }\n' in text
    assert "…" not in text


def test_one_change_on_a_line_shows_the_line(tmp_path: Path) -> None:
    text, _ = _diff(tmp_path, '{"a": 1, "b": 2}\n', '{"a": 5, "b": 2}\n')
    assert '-{"a": 1, "b": 2}\n+{"a": 5, "b": 2}\n' in text


def test_rows_of_one_name_on_one_line_are_told_apart_by_their_column(tmp_path: Path) -> None:
    text, _ = _diff(
        tmp_path,
        '[{"id": 1, "v": "x"}, {"id": 2, "v": "y"}]\n',
        '[{"id": 1, "v": "z"}, {"id": 2, "v": "w"}]\n',
    )
    assert text.splitlines()[1:3] == [
        "  ~ key v (line 1, column 12)  body changed",
        "  ~ key v (line 1, column 33)  body changed  +1 -1",
    ]
