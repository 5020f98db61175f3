"""The assignment solver against a brute-force oracle."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from semdiff.match import assignment
from semdiff.match.assignment import assign


def _brute_force(edges: dict[tuple[int, int], float], rows: int, columns: int) -> float:
    best = 0.0
    for size in range(min(rows, columns) + 1):
        for chosen_rows in itertools.combinations(range(rows), size):
            for chosen_columns in itertools.permutations(range(columns), size):
                pairs = list(zip(chosen_rows, chosen_columns, strict=True))
                if all(pair in edges for pair in pairs):
                    best = max(best, sum(edges[pair] for pair in pairs))
    return best


def _weight(edges: dict[tuple[int, int], float], pairs: tuple[tuple[int, int], ...]) -> float:
    return sum(edges[pair] for pair in pairs)


def _valid(pairs: tuple[tuple[int, int], ...], edges: dict[tuple[int, int], float]) -> None:
    assert len({r for r, _ in pairs}) == len(pairs)
    assert len({c for _, c in pairs}) == len(pairs)
    assert all(pair in edges for pair in pairs)


@st.composite
def graphs(draw: st.DrawFn) -> tuple[dict[tuple[int, int], float], int, int]:
    rows = draw(st.integers(1, 5))
    columns = draw(st.integers(1, 5))
    cells = [(r, c) for r in range(rows) for c in range(columns)]
    chosen = draw(st.lists(st.sampled_from(cells), unique=True, max_size=len(cells)))
    weights = draw(st.lists(st.floats(0.01, 2.0), min_size=len(chosen), max_size=len(chosen)))
    return dict(zip(chosen, weights, strict=True)), rows, columns


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_assignment_is_optimal(graph: tuple[dict[tuple[int, int], float], int, int]) -> None:
    edges, rows, columns = graph
    result = assign(edges)
    _valid(result.pairs, edges)
    assert abs(_weight(edges, result.pairs) - _brute_force(edges, rows, columns)) < 1e-9


def test_empty() -> None:
    assert assign({}).pairs == ()


def test_global_beats_greedy() -> None:
    # Greedy takes the heaviest edge (0,0) and then nothing; the optimum pairs crosswise.
    edges = {(0, 0): 1.0, (0, 1): 0.9, (1, 0): 0.9}
    assert assign(edges).pairs == ((0, 1), (1, 0))


def test_large_component_falls_back_to_greedy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assignment, "MAX_EXACT_SIDE", 2)
    edges = {(r, c): 1.0 + r - c for r in range(3) for c in range(3) if 1.0 + r - c > 0}
    result = assign(edges)
    assert result.greedy_components == 1
    _valid(result.pairs, edges)


def test_deterministic_under_reordered_input() -> None:
    edges = {(r, c): 1.0 for r in range(4) for c in range(4)}
    shuffled = dict(reversed(list(edges.items())))
    assert assign(edges).pairs == assign(shuffled).pairs
