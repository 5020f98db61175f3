"""ignore.py's test of indentation, on hunks made by hand: what -w may hide where
indentation is syntax."""

from __future__ import annotations

from semdiff.ignore import _reindented
from semdiff.model import Hunk, HunkLine


def _hunk(removed: list[str], added: list[str]) -> Hunk:
    lines = [HunkLine("-", text, n, None) for n, text in enumerate(removed, 1)]
    lines += [HunkLine("+", text, None, n) for n, text in enumerate(added, 1)]
    return Hunk("f:0", 1, len(removed), 1, len(added), "", tuple(lines))


def test_spaces_inside_a_line_trailing_space_and_blank_lines_are_no_reindentation() -> None:
    hunk = _hunk(["  a=1", "  b: 2  "], ["  a = 1", "", "  b: 2", "\t"])
    assert not _reindented([hunk], whole=True)


def test_a_line_indented_differently_is() -> None:
    assert _reindented([_hunk(["  a: 1"], ["    a: 1"])], whole=True)
    assert _reindented([_hunk(["  a: 1"], ["\ta: 1"])], whole=False)
    # One of two equal lines moved deeper.
    assert _reindented([_hunk(["  x", "  x"], ["  x", "    x"])], whole=True)


def test_a_split_or_joined_line_is_only_for_whitespace_only_changes() -> None:
    split = _hunk(["b: [1, 2]"], ["b: [1,", "  2]"])
    assert _reindented([split], whole=True)
    # A comment change: the edited lines differ anyway; only their indentation counts.
    assert not _reindented([_hunk(["  x  # one"], ["  x  # two"])], whole=False)
