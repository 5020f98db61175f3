"""Where a candidate pair sits: whether its parents, files and neighbours correspond, as far
as the pairs already made tell (match/cost.py's `Placement`)."""

from __future__ import annotations

from semdiff.match.cost import PAIR_BUDGET, Placement, Weights, compatible, pair_cost
from semdiff.match.sides import Sides
from semdiff.model import Entity, Phase


class Placer:
    """Computes where candidate pairs sit relative to what the exact phases already paired."""

    def __init__(
        self,
        sides: Sides,
        pairs: dict[str, tuple[str, Phase]],
        weights: Weights,
        families: dict[str, str],
    ) -> None:
        self.sides = sides
        self.partner = {old: new for old, (new, _) in pairs.items()}
        self.paired_new = set(self.partner.values())
        self.weights = weights
        self.families = families
        self.old_neighbours, self.new_neighbours = sides.neighbours()
        self._parent_costs: dict[tuple[str, str], float] = {}

    def placement(self, old: Entity, new: Entity, *, with_parent: bool = True) -> Placement:
        same_file = self.sides.same_file(old, new)
        parent = self._parent_distance(old, new) if with_parent else 0.0
        if same_file:
            file = 0.0
        elif old.parent is not None and new.parent is not None:
            file = parent  # a method that moved with its class did not move files itself
        else:
            file = _file_distance(old.path, new.path)
        agreement = 0.0
        if parent < 1.0 and (same_file or file < 1.0):
            old_before, old_after = self.old_neighbours[old.key]
            new_before, new_after = self.new_neighbours[new.key]
            agreement = 0.5 * self._corresponds(old_before, new_before) + 0.5 * self._corresponds(
                old_after, new_after
            )
        return Placement(file, parent, agreement)

    def _corresponds(self, old: str | None, new: str | None) -> bool:
        if old is None or new is None:
            return old is None and new is None
        return self.partner.get(old) == new

    def _parent_distance(self, old: Entity, new: Entity) -> float:
        if old.parent is None or new.parent is None:
            return 0.0 if old.parent is None and new.parent is None else 1.0
        partner = self.partner.get(old.parent)
        if partner is not None:
            return 0.0 if partner == new.parent else 1.0
        if new.parent in self.paired_new:
            return 1.0
        key = (old.parent, new.parent)
        if key not in self._parent_costs:
            old_parent = self.sides.old_by_key[old.parent]
            new_parent = self.sides.new_by_key[new.parent]
            if compatible(old_parent, new_parent, self.families):
                placement = self.placement(old_parent, new_parent, with_parent=False)
                cost = pair_cost(old_parent, new_parent, placement, self.weights).total
                self._parent_costs[key] = min(1.0, cost / PAIR_BUDGET)
            else:
                self._parent_costs[key] = 1.0
        return self._parent_costs[key]


SAME_NAME_FILE = 0.8
"""The file distance of a move to a file of the same name in another folder (a file that moved
with edits too large for it to pair with its old self: `clojure/tools/nrepl/server.clj` →
`nrepl/server.clj`)."""


def _file_distance(old: str, new: str) -> float:
    """How far apart two files are for a top-level entity that moved between them: 1, less
    for files of the same name (`SAME_NAME_FILE`)."""
    old_name = old.rsplit("/", 1)[-1]
    new_name = new.rsplit("/", 1)[-1]
    return SAME_NAME_FILE if old_name == new_name else 1.0
