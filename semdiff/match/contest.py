"""Same-name pairs whose bodies differ: provisional until nothing beats them.

A function that kept its name and its place is nearly always itself, edited. Not always: `a`
renamed to `b` while `c` became `a` (a name taken over), or a run of tests renumbered
(`test_case5` → `test_case6` while `test_case4` became `test_case5`), leaves same-name pairs
whose bodies have little in common, while each old body sits under another name. So a
same-name pair whose bodies differ is only provisional: an identical body elsewhere may claim
it (phase 2), and otherwise it competes in the assignment like any other candidate and is
made if nothing beats it (an edit in place is never split). It is made at once, and competes
with nothing, when

- it is a type, or a container other than a callable (a TOML table, a namespace): a class
  whose members went to a new superclass is still that class (its members moved), whatever
  its body now resembles. Not so a function with nested functions, nor a class local to a
  function: they follow the function;
- its bodies are at least `KEPT_SIMILARITY` alike: a small edit.

And what competes with it is limited (`Contest.admits`): only an entity of the same file pair
takes a name over, and not the code extracted from the entity or inlined into it
(`Contest.delegates`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from semdiff.match.cost import KIND_GROUPS
from semdiff.match.sides import Sides
from semdiff.model import Entity, Phase

KEPT_SIMILARITY = 0.85
"""A same-name pair whose token sequences are at least this alike is made at once. Of the
same-name pairs another pair undid on the real-commit benchmark, the most alike were 0.84;
most edits in place are far above, and this spares the assignment the common case."""


@dataclass(slots=True)
class Contest:
    """The provisional same-name pairs, both ways, and what decides who may undo them."""

    sides: Sides
    old_to_new: dict[str, str]
    new_to_old: dict[str, str]
    chained: set[str]
    """Provisional entities (of either side) that an unpaired entity of their file calls."""

    @staticmethod
    def start(
        sides: Sides, provisional: dict[str, str], pairs: dict[str, tuple[str, Phase]]
    ) -> Contest:
        new_to_old = {new: old for old, new in provisional.items()}
        taken = {new for new, _ in pairs.values()}
        chained = _chained(sides.old, sides.old_file, set(provisional), set(pairs))
        chained |= _chained(sides.new, sides.new_file, set(new_to_old), taken)
        return Contest(sides, provisional, new_to_old, chained)

    @staticmethod
    def keeps(sides: Sides, old: Entity, new: Entity, containers: set[str | None]) -> bool:
        """Whether a same-name pair is made at once, before anything may compete with it."""
        if old.fingerprint.body_hash == new.fingerprint.body_hash:
            return True
        group = KIND_GROUPS.get(old.kind)
        if group == "callable":
            return False
        parent = sides.old_by_key[old.parent] if old.parent is not None else None
        if parent is not None and KIND_GROUPS.get(parent.kind) == "callable":
            return False  # a class local to a function follows the function
        return group == "type" or old.key in containers or new.key in containers

    def contested(self, old: Entity, new: Entity) -> bool:
        return old.key in self.old_to_new or new.key in self.new_to_old

    def withdraw(self, old: Entity, new: Entity) -> None:
        """`old` and `new` pair otherwise: their provisional pairs are no more."""
        partner = self.old_to_new.pop(old.key, None)
        if partner is not None:
            del self.new_to_old[partner]
        partner = self.new_to_old.pop(new.key, None)
        if partner is not None:
            del self.old_to_new[partner]

    def keep_alike(self, pairs: dict[str, tuple[str, Phase]]) -> dict[str, float]:
        """Make the provisional pairs whose bodies are alike: small edits in place. Returns
        the similarity of each pair made (old key → similarity), which the match reports."""
        made = {}
        for old_key, new_key in list(self.old_to_new.items()):
            old, new = self.sides.old_by_key[old_key], self.sides.new_by_key[new_key]
            tokens = old.fingerprint.tokens, new.fingerprint.tokens
            similarity = float(Indel.normalized_similarity(*tokens))
            if similarity >= KEPT_SIMILARITY:
                pairs[old_key] = (new_key, Phase.SAME_KEY)
                self.withdraw(old, new)
                made[old_key] = similarity
        return made

    def admits(self, old: Entity, new: Entity) -> bool:
        """Whether `old` and `new` may be a candidate pair in spite of the provisional pairs it
        would undo. Only a sibling takes a name over: an entity of another file does not
        displace one that kept its name and its file (`format_city` of another module inlined
        into `Geo.city` is not `city`); and neither does code extracted or inlined."""
        if not self.sides.same_file(old, new) and self.contested(old, new):
            return False
        return not self.delegates(old, new)

    def delegates(self, old: Entity, new: Entity) -> bool:
        """Whether pairing `old` with `new` would undo a provisional same-name pair that now
        delegates to it: the new `isNumber` became a call of the new `isCreatable` (which holds
        the old body), the new `TypesTest` a subclass of the new `AbstractTypesTest`. That is
        code extracted from an entity that kept its name, not a name taken over. The same holds
        the other way round: the old entity called what was inlined into it.

        Not so in a chain of renames: `run` called `execute`, and now `execute` (the old `run`)
        calls `getResponse` (the old `execute`). An unpaired caller of the old entity in its
        file (`run`) tells a chain from an extraction."""
        if old.name == new.name:
            return False
        partner = self.old_to_new.get(old.key)
        if (
            partner is not None
            and partner != new.key
            and old.key not in self.chained
            and new.name in self.sides.new_by_key[partner].fingerprint.own_content
        ):
            return True
        holder = self.new_to_old.get(new.key)
        if holder is not None and holder != old.key and new.key not in self.chained:
            return old.name in self.sides.old_by_key[holder].fingerprint.own_content
        return False


def _chained(
    entities: list[Entity], files: dict[str, int], provisional: set[str], paired: set[str]
) -> set[str]:
    """The provisional entities that an unpaired entity of their file calls by name."""
    # The words of a file's unpaired entities, as one set: asking each caller in turn made
    # this quadratic in a big file (5,000 generated functions: 1.5 million membership tests).
    called: dict[int, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.key not in paired and entity.key not in provisional:
            called[files[entity.key]].update(entity.fingerprint.own_content)
    return {
        entity.key
        for entity in entities
        if entity.key in provisional and entity.name in called.get(files[entity.key], ())
    }
