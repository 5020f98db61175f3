"""Maximum-weight bipartite matching: which candidate pairs to keep.

A pair's weight is what pairing saves over leaving both entities unpaired
(`PAIR_BUDGET - cost`), so only pairs with a positive weight are edges, and a maximum-weight
matching is the minimum-cost assignment with an explicit "unpaired" option. The graph is split
into connected components, each solved exactly with the Hungarian method (shortest augmenting
paths with potentials, O(n²m)); a component larger than `MAX_EXACT_SIDE` is solved greedily
and reported, so a generated file cannot make the matcher cubic.

Pure and deterministic: the result depends only on the edge weights and the row/column order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MAX_EXACT_SIDE = 400
"""Largest component side solved exactly: 400³ steps of pure Python take about a second."""


@dataclass(frozen=True, slots=True)
class Assignment:
    pairs: tuple[tuple[int, int], ...]
    """(row, column) pairs, sorted."""
    greedy_components: int = 0
    """Components too large for the exact solver."""


def assign(edges: Mapping[tuple[int, int], float]) -> Assignment:
    """Pick pairs maximising the total weight; each row and column used at most once.

    `edges` maps (row, column) to a positive weight; absent pairs cannot be chosen.
    """
    pairs: list[tuple[int, int]] = []
    greedy = 0
    for rows, columns in _components(edges):
        if min(len(rows), len(columns)) == 1 or max(len(rows), len(columns)) <= 1:
            pairs.append(_best_single(rows, columns, edges))
        elif max(len(rows), len(columns)) > MAX_EXACT_SIDE:
            greedy += 1
            pairs.extend(_greedy(rows, columns, edges))
        else:
            pairs.extend(_hungarian(rows, columns, edges))
    return Assignment(tuple(sorted(pairs)), greedy)


def _components(
    edges: Mapping[tuple[int, int], float],
) -> list[tuple[list[int], list[int]]]:
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(item: tuple[str, int]) -> tuple[str, int]:
        root = item
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    for row, column in sorted(edges):
        a, b = find(("r", row)), find(("c", column))
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):
        rows, columns = groups.setdefault(find(node), ([], []))
        (rows if node[0] == "r" else columns).append(node[1])
    return [groups[root] for root in sorted(groups)]


def _best_single(
    rows: list[int], columns: list[int], edges: Mapping[tuple[int, int], float]
) -> tuple[int, int]:
    candidates = [(r, c) for r in rows for c in columns if (r, c) in edges]
    return max(candidates, key=lambda pair: (edges[pair], -pair[0], -pair[1]))


def _greedy(
    rows: list[int], columns: list[int], edges: Mapping[tuple[int, int], float]
) -> list[tuple[int, int]]:
    row_set, column_set = set(rows), set(columns)
    chosen: list[tuple[int, int]] = []
    used_rows: set[int] = set()
    used_columns: set[int] = set()
    ranked = sorted(
        ((w, r, c) for (r, c), w in edges.items() if r in row_set and c in column_set),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    for _, row, column in ranked:
        if row not in used_rows and column not in used_columns:
            used_rows.add(row)
            used_columns.add(column)
            chosen.append((row, column))
    return chosen


def _hungarian(
    rows: list[int], columns: list[int], edges: Mapping[tuple[int, int], float]
) -> list[tuple[int, int]]:
    transposed = len(rows) > len(columns)
    if transposed:
        rows, columns = columns, rows
    n, m = len(rows), len(columns)
    # cost[i][j] = -weight: minimising cost maximises weight; a non-edge costs 0, which is the
    # same as leaving the row unpaired.
    cost = [[0.0] * m for _ in range(n)]
    for i, row in enumerate(rows):
        for j, column in enumerate(columns):
            weight = edges.get((column, row) if transposed else (row, column))
            if weight is not None:
                cost[i][j] = -weight
    infinity = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the 1-based row assigned to column j, 0 for none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        least = [infinity] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = infinity
            j1 = 0
            row_cost = cost[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if not used[j]:
                    current = row_cost[j - 1] - ui0 - v[j]
                    if current < least[j]:
                        least[j] = current
                        way[j] = j0
                    if least[j] < delta:
                        delta = least[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    chosen = []
    for j in range(1, m + 1):
        i = owner[j]
        if i and cost[i - 1][j - 1] < 0:
            row, column = rows[i - 1], columns[j - 1]
            chosen.append((column, row) if transposed else (row, column))
    return chosen
