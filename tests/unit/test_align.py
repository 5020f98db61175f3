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


def test_a_repeated_file_with_one_change_is_one_change() -> None:
    """No line of the gap is unique (the file is written twice): the common ends are trimmed
    before the size check, so the gap is the one changed line."""
    half = [f"row {i}" for i in range(8000)]
    old = half + half
    new = old[:]
    new[100] = "row 100 changed"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textdiff, "MAX_CELLS", 1_000_000)
        rows = _check(old, new)
    assert [op for op, _, _ in rows if op != " "] == ["-", "+"]


def test_unique_lines_that_appear_one_cut_at_a_time_stay_linear() -> None:
    """Interleaved lines whose uniqueness only shows after each cut: the number of cuts is
    bounded, and what remains is aligned as it is, equal lines kept."""
    filler = ["same"] * 2000
    old = [f"a{i}" for i in range(3000)] + filler
    new = filler + [f"a{i}" for i in range(3000)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textdiff, "MAX_CELLS", 10_000)
        rows = _check(old, new)
    assert sum(op == " " for op, _, _ in rows) == 3000


@given(_lines, _lines)
def test_no_limit_at_all_still_terminates(old: list[str], new: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textdiff, "MAX_CELLS", 0)
        _check(old, new)


def _tier(item: object) -> int:
    """Upper case first, then lower case, then blank: as entity, top-level and blank lines."""
    text = str(item)
    return 2 if not text.strip() else 0 if text.isupper() else 1


@given(_lines.map(lambda items: [*items, " ", "X", " ", "Y"]), _lines)
def test_tiered_alignment_rebuilds_both_sides(old: list[str], new: list[str]) -> None:
    rows = align(old, new, tier=_tier)
    assert _sides(rows) == (list(range(len(old))), list(range(len(new))))
    for op, i, j in rows:
        if op == " ":
            assert i is not None and j is not None and old[i] == new[j]


def test_blank_lines_do_not_outbid_an_entity_line() -> None:
    """A plain longest common subsequence takes the three blank lines over the one line of
    code; in tiers, the code line aligns first and the blank lines where they still can."""
    old = ["A", " ", " ", " "]
    new = [" ", " ", " ", "A"]
    assert sum(op == " " for op, _, _ in align(old, new)) == 3
    tiered = align(old, new, tier=_tier)
    assert (" ", 0, 3) in tiered
    assert sum(op == " " for op, _, _ in tiered) == 1


def test_entity_lines_align_before_top_level_lines() -> None:
    old = ["A", "x", "y"]
    new = ["x", "y", "A"]
    tiered = align(old, new, tier=_tier)
    assert [(i, j) for op, i, j in tiered if op == " "] == [(0, 2)]
