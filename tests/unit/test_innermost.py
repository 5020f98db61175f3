"""Which of the entities sharing a line are innermost: the sort-based search against the
definition (contains no other; equal spans contain each other)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from hypothesis import given
from hypothesis import strategies as st

from semdiff.changes.alignment import _innermost
from semdiff.model import Entity

_spans = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 30)).map(lambda t: (min(t), max(t))),
    max_size=12,
)


def _entity(start: int, end: int) -> Entity:
    return cast(Entity, SimpleNamespace(span=SimpleNamespace(start_byte=start, end_byte=end)))


@given(_spans)
def test_innermost_matches_the_definition(spans: list[tuple[int, int]]) -> None:
    entities = [_entity(start, end) for start, end in spans]

    def contains(outer: int, inner: int) -> bool:
        return spans[outer][0] <= spans[inner][0] and spans[inner][1] <= spans[outer][1]

    expected = {
        p for p in range(len(spans)) if not any(contains(p, q) for q in range(len(spans)) if q != p)
    }
    assert set(_innermost(entities, range(len(spans)))) == expected


def test_many_entities_on_one_line_side_by_side() -> None:
    entities = [_entity(10 * i, 10 * i + 9) for i in range(20000)]
    assert len(_innermost(entities, range(20000))) == 20000
