"""Line alignment: every alignment rebuilds both sides in order, also when large gaps are
cut at unique lines first (forced here with a tiny matrix limit)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from semdiff import textdiff
from semdiff.textdiff import align

_lines = st.lists(st.sampled_from("abcdefghij") | st.integers(0, 400).map(str), max_size=60)


def _sides(rows: list[tuple[str, int | None, int | None]]) -> tuple[list[int], list[int]]:
    old = [i for op, i, _ in rows if op in " -" and i is not None]
    new = [j for op, _, j in rows if op in " +" and j is not None]
    return old, new


def _check(old: list[str], new: list[str]) -> list[tuple[str, int | None, int | None]]:
    rows = align(old, new)
    assert _sides(rows) == (list(range(len(old))), list(range(len(new))))
    for op, i, j in rows:
        if op == " ":
            assert i is not None and j is not None and old[i] == new[j]
    return rows


@given(_lines, _lines)
def test_alignment_rebuilds_both_sides(old: list[str], new: list[str]) -> None:
    _check(old, new)


@given(_lines, _lines)
def test_cut_at_unique_lines_still_rebuilds_both_sides(old: list[str], new: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textdiff, "MAX_CELLS", 20)
        _check(old, new)


def test_a_large_file_with_scattered_edits_aligns_exactly_within_bounds() -> None:
    old = [f"line {i}" for i in range(60000)]
    new = old[:]
    for i in range(0, 60000, 97):
        new[i] = f"changed {i}"
    with pytest.MonkeyPatch.context() as patch:
        # 60000² cells would be 450 MB of bit matrix; cut into pieces instead.
        patch.setattr(textdiff, "MAX_CELLS", 1_000_000)
        rows = _check(old, new)
    assert sum(op == "-" for op, _, _ in rows) == len(range(0, 60000, 97))
