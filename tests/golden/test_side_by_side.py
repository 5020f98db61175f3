"""`--display side-by-side`: goldens at two widths on a rename with body changes, a move
between files and a move between impls, and the promise behind them: no row is wider than
the terminal, whatever the text (wide characters, tabs, long lines)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.support import FIXTURES, cli

GOLDENS = Path(__file__).parent / "side_by_side"
CASES = [
    FIXTURES / "python" / "renamed_pair_bodies_changed",
    FIXTURES / "python" / "moved_between_files",
    FIXTURES / "rust" / "method_moved_between_impls",
]
WIDTHS = (80, 160)


def _sides(case: Path) -> tuple[str, str]:
    if (case / "old").is_dir():
        return "old", "new"
    (old,) = case.glob("old.*")
    (new,) = case.glob("new.*")
    return old.name, new.name


def _side_by_side(case: Path, width: int, monkeypatch: pytest.MonkeyPatch, *extra: str) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    result = cli(*_sides(case), "--display", "side-by-side", "--color", "never", *extra, cwd=case)
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _diff_part(output: str) -> list[str]:
    """The lines after the totals: the entities' diffs."""
    lines = output.splitlines()
    totals = next(i for i, line in enumerate(lines) if " in " in line and not line.startswith(" "))
    return lines[totals + 1 :]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.parent.name}/{case.name}")
def test_side_by_side_golden(
    case: Path, width: int, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    actual = _side_by_side(case, width, monkeypatch)
    path = GOLDENS / f"{case.parent.name}-{case.name}-{width}.txt"
    if request.config.getoption("--update-goldens"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run pytest --update-goldens and review it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        patch = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True), actual.splitlines(keepends=True)
            )
        )
        pytest.fail(f"output differs from {path.name}:\n{patch}")
    assert max(cell_len(line) for line in _diff_part(actual)) <= width
    # The summary above is the inline view's, unchanged.
    inline = cli(*_sides(case), "--color", "never", "-s", cwd=case).stdout
    assert actual.startswith(inline)


WIDE = """\
def f(items):
\tlabel = "日本語のテキストはとても長いので、この行は折り返されるべきです。" + "\u0301x"
\treturn [item for item in items if item]  # a comment long enough to wrap at any width here
"""


@pytest.mark.parametrize("width", [40, 57, 80, 123, 200])
def test_no_row_is_wider_than_the_terminal(
    tmp_path: Path, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "old.py").write_text(WIDE, encoding="utf-8")
    new = WIDE.replace("折り返される", "折り返す").replace("if item]", "if item is not None]")
    (tmp_path / "new.py").write_text("\n\n" + new + "\tlabel2 = 'ｗｉｄｅ'\n", encoding="utf-8")
    for case in (tmp_path, *CASES):
        for color in ("never", "always"):
            output = _side_by_side(case, width, monkeypatch, "--color", color)
            rows = _diff_part(output)
            assert rows
            # cell_len ignores the escape codes of colour: what the terminal shows is measured.
            widest = max(cell_len(_plain(row)) for row in rows)
            assert widest <= width, (case, width, color)
    rows = _diff_part(_side_by_side(tmp_path, width, monkeypatch))
    assert "\t" not in "".join(rows)
    assert any("│" in row and "日" in row for row in rows)


def _plain(row: str) -> str:
    import re  # noqa: PLC0415

    return re.sub(r"\x1b\[[0-9;]*m", "", row)


def test_rows_pair_the_old_and_new_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "old.py").write_text("def f():\n    a = 1\n    b = 2\n    return a\n")
    (tmp_path / "new.py").write_text("def f():\n    a = 10\n    return a\n")
    rows = _diff_part(_side_by_side(tmp_path, 60, monkeypatch))
    assert rows[3:] == [
        "1  def f():                  │ 1  def f():",
        "2 -    a = 1                 │ 2 +    a = 10",
        "3 -    b = 2                 │",
        "4      return a              │ 3      return a",
    ]


def test_colour_on_a_terminal_highlights_the_changed_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "old.py").write_text("def f():\n    return alpha + 1\n")
    (tmp_path / "new.py").write_text("def f():\n    return alpha + 2\n")
    plain = _side_by_side(tmp_path, 80, monkeypatch)
    assert "\x1b[" not in plain
    coloured = _side_by_side(tmp_path, 80, monkeypatch, "--color", "always")
    assert "\x1b[1;7;31m1" in coloured and "\x1b[1;7;32m2" in coloured  # the changed words
    assert _plain(coloured) == plain


@pytest.mark.parametrize("output", ["json", "patch"])
def test_other_formats_refuse_it_unless_it_comes_from_the_environment(
    output: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = CASES[0]
    result = cli(*_sides(case), "-f", output, "--display", "side-by-side", cwd=case)
    assert result.code == 2
    assert result.stderr == (
        f"semdiff: error: --display side-by-side is for the text format, not --format {output}\n"
    )
    plain = cli(*_sides(case), "-f", output, cwd=case)
    assert cli(*_sides(case), "-f", output, "--display", "inline", cwd=case) == plain
    monkeypatch.setenv("SEMDIFF_DISPLAY", "side-by-side")
    assert cli(*_sides(case), "-f", output, cwd=case) == plain
    monkeypatch.setenv("COLUMNS", "80")
    by_env = cli(*_sides(case), "--color", "never", cwd=case).stdout
    assert by_env == (GOLDENS / "python-renamed_pair_bodies_changed-80.txt").read_text()
    bad = cli(*_sides(case), "--display", "sideways", cwd=case)
    assert bad.code == 2
    assert bad.stderr.count("\n") == 1
