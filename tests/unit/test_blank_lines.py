"""Blank lines joining the change beside them (changes/alignment.absorb_blank_lines): the
neighbour each blank line takes its owner from, and work that grows linearly with the run."""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from semdiff.changes import alignment
from semdiff.changes.alignment import _neighbours
from semdiff.textdiff import Row
from tests.support import cli

_runs = st.lists(st.tuples(st.sampled_from("-+"), st.booleans()), max_size=40)


def _by_definition(run: list[tuple[str, bool]]) -> dict[int, tuple[int, int | None]]:
    """The nearest non-blank row with the same op: after the blank row, else before it; and
    the nearest before it, when the first is after it."""
    found: dict[int, tuple[int, int | None]] = {}
    for index, (op, blank) in enumerate(run):
        if not blank:
            continue
        after = [i for i in range(index + 1, len(run)) if run[i] == (op, False)]
        before = [i for i in range(index - 1, -1, -1) if run[i] == (op, False)]
        if after:
            found[index] = (after[0], before[0] if before else None)
        elif before:
            found[index] = (before[0], None)
    return found


@given(_runs)
def test_neighbours_as_defined(run: list[tuple[str, bool]]) -> None:
    rows = [Row(op, None, None, "x") for op, _ in run]
    assert _neighbours(rows, [blank for _, blank in run]) == _by_definition(run)


def _lines_run_in_alignment(tmp_path: Path, old: str, new: str) -> int:
    """How many lines of alignment.py run while diffing `old` against `new`: a count of the
    work done, the same on every machine (tracing, not timing)."""
    (tmp_path / "a.py").write_text(old)
    (tmp_path / "b.py").write_text(new)
    count = 0

    def lines(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return lines

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return lines if frame.f_code.co_filename == alignment.__file__ else None

    sys.settrace(calls)
    try:
        result = cli(str(tmp_path / "a.py"), str(tmp_path / "b.py"), "--format", "json")
    finally:
        sys.settrace(None)
    assert result.code == 0, result.stderr
    return count


def _functions(count: int) -> str:
    return "".join(f"def f{n}():\n    return {n}\n\n" for n in range(count))


def test_adding_or_removing_functions_takes_linear_work(tmp_path: Path) -> None:
    """Each blank line used to list every changed row of its run on its side: adding N
    functions separated by blank lines ran N² lines (20,000 took 70 s)."""
    for old, new in (("", "{}"), ("{}", "")):
        small = _lines_run_in_alignment(
            tmp_path, old.format(_functions(200)), new.format(_functions(200))
        )
        large = _lines_run_in_alignment(
            tmp_path, old.format(_functions(800)), new.format(_functions(800))
        )
        assert large < 5 * small, (small, large)  # 4 times the input: 16 if quadratic


def test_blank_lines_between_two_functions_take_linear_work(tmp_path: Path) -> None:
    def blanks(count: int) -> str:
        return "def f():\n    return 1\n" + "\n" * count + "def g():\n    return 2\n"

    one = "def f():\n    return 1\n"
    for forward in (True, False):
        sizes = [(one, blanks(n)) if forward else (blanks(n), one) for n in (500, 2000)]
        small, large = (_lines_run_in_alignment(tmp_path, *pair) for pair in sizes)
        assert large < 5 * small, (small, large)
