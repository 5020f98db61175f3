"""The cost terms and their invariants, on the tricky cases that motivate them."""

from __future__ import annotations

import pytest

from semdiff.match import cost
from semdiff.match.cost import (
    PAIR_BUDGET,
    Placement,
    Weights,
    content_similarity,
    name_similarity,
    pair_cost,
)
from semdiff.model import Entity
from tests.support import entities

HERE = Placement(file_distance=0.0, parent_distance=0.0, context_agreement=1.0)
ELSEWHERE = Placement(file_distance=1.0, parent_distance=1.0, context_agreement=0.0)


def test_unrelated_bodies_never_pair() -> None:
    assert cost.W_SEQUENCE + cost.W_CONTENT > PAIR_BUDGET


def test_identical_body_always_pairs() -> None:
    assert cost.W_NAME + cost.W_KIND + cost.W_PARENT + cost.W_FILE + cost.W_CONTEXT < PAIR_BUDGET


def test_tiny_body_cannot_make_a_rename_alone() -> None:
    no_evidence = (cost.W_SEQUENCE + cost.W_CONTENT) * (1 - cost.PRIOR_SIMILARITY)
    assert no_evidence + cost.W_NAME >= PAIR_BUDGET


def test_place_weighs_less_than_name() -> None:
    assert cost.W_PARENT + cost.W_FILE + cost.W_CONTEXT < cost.W_NAME


def _pair(old_source: str, old_name: str, new_source: str, new_name: str) -> tuple[Entity, Entity]:
    return entities("old.py", old_source)[old_name], entities("new.py", new_source)[new_name]


def _cost(old: Entity, new: Entity, placement: Placement) -> float:
    return pair_cost(old, new, placement, Weights([old, new])).total


LONG = """\
def {name}(records, limit):
    seen = set()
    result = []
    for record in records:
        key = record.get("id")
        if key in seen:
            continue
        seen.add(key)
        result.append(record)
        if len(result) >= limit:
            break
    return result
"""


@pytest.mark.parametrize(
    ("case", "old", "new", "placement", "pairs"),
    [
        pytest.param(
            "identical body renamed and moved elsewhere",
            LONG.format(name="unique_records"),
            LONG.format(name="dedupe"),
            ELSEWHERE,
            True,
            id="identical-body-moved-renamed",
        ),
        pytest.param(
            "rename with about a third of the body edited",
            LONG.format(name="unique_records"),
            LONG.format(name="first_unique")
            .replace('record.get("id")', 'record["key"]')
            .replace("result.append(record)", "result.append(dict(record))"),
            HERE,
            True,
            id="rename-with-edits",
        ),
        pytest.param(
            "unrelated bodies with the same name in another file",
            LONG.format(name="run"),
            "def run(argv):\n    parser = make_parser()\n    options = parser.parse(argv)\n"
            "    return main(options.path, options.verbose)\n",
            ELSEWHERE,
            False,
            id="same-name-unrelated-body",
        ),
        pytest.param(
            "two small getters of different fields, elsewhere",
            "def get_name(self):\n    return self._name\n",
            "def get_age(self):\n    return self._age\n",
            ELSEWHERE,
            False,
            id="unrelated-small-getters",
        ),
        pytest.param(
            "a body of `pass` renamed, elsewhere",
            "def setup(self):\n    pass\n",
            "def teardown(self):\n    pass\n",
            ELSEWHERE,
            False,
            id="tiny-body-renamed-elsewhere",
        ),
        pytest.param(
            "a body of `pass` renamed in its old place",
            "def setup(self):\n    pass\n",
            "def teardown(self):\n    pass\n",
            HERE,
            True,
            id="tiny-body-renamed-in-place",
        ),
    ],
)
def test_pairing_decisions(
    case: str, old: str, new: str, placement: Placement, pairs: bool
) -> None:
    old_entity = next(iter(entities("old.py", old).values()))
    new_entity = next(iter(entities("new.py", new).values()))
    total = _cost(old_entity, new_entity, placement)
    assert (total < PAIR_BUDGET) is pairs, f"{case}: cost {total:.2f}"


@pytest.mark.parametrize(
    ("old", "new", "low", "high"),
    [
        pytest.param("parse", "parse", 1.0, 1.0, id="same"),
        pytest.param("procesData", "processData", 0.9, 1.0, id="typo-fix"),
        pytest.param("PendingClickRequest", "ClickRequest", 0.6, 0.95, id="dropped-prefix"),
        pytest.param("parse_http_request", "parseHttpRequest", 1.0, 1.0, id="snake-to-camel"),
        pytest.param("get_name", "get_age", 0.0, 0.6, id="shared-common-word"),
        pytest.param("PendingPress", "Click", 0.0, 0.1, id="unrelated"),
    ],
)
def test_name_similarity(old: str, new: str, low: float, high: float) -> None:
    weights = Weights([])
    assert low <= name_similarity(old, new, weights) <= high


def test_rare_tokens_weigh_more() -> None:
    some = entities(
        "x.py",
        "def a(self):\n    return self.x + self.y\n"
        "def b(self):\n    return self.z\n"
        "def c(self):\n    return self.w\n",
    )
    weights = Weights(some.values())
    shared_self = content_similarity(["self", "rare"], ["self", "other"], weights)
    shared_rare = content_similarity(["self", "rare"], ["rare", "other"], weights)
    assert shared_rare > shared_self


def test_references_forgive_the_name_and_no_more() -> None:
    old, new = _pair(
        LONG.format(name="fetch_rows"), "fetch_rows", LONG.format(name="load_rows"), "load_rows"
    )
    weights = Weights([old, new])
    plain = pair_cost(old, new, HERE, weights)
    followed = pair_cost(old, new, HERE, weights, references=(3, 3))
    partly = pair_cost(old, new, HERE, weights, references=(2, 4))
    assert plain.references == 0.0
    assert followed.name + followed.references == pytest.approx(0.0)
    assert followed.total < partly.total < plain.total
    same = pair_cost(old, old, HERE, Weights([old]), references=(3, 3))
    assert same.references == 0.0
