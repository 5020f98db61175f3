"""What the code around entities says about them: references that followed a rename, and
calls to code that was extracted or inlined.

**References.** When the references to `fetch_rows` in entities that are otherwise paired
became references to `load_rows`, the old `fetch_rows` and the new `load_rows` are one entity
renamed, however small or rewritten its body: a one-line stub, a method whose body was
replaced. RefactoringMiner leans on the same fact (the "replacements" in the mapped statements
of the callers); here it is one number per candidate pair, the share of the old name's
references in the diff that became the new name, which the cost model uses to forgive the
name's change (cost.py, the `references` term). A replacement is counted where a paired
entity's own identifiers (children and its own name left out, so that each reference in a file
is counted once) lost the old name and gained the new one at the same place.

**Callees.** An entity whose body went partly into a new function it now calls (extract
method), or that took in the body of a function it used to call (inline), is compared with
the callees' bodies appended too (cost.py, `Weights.similarities`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import Levenshtein

from semdiff.match.cost import KIND_GROUPS
from semdiff.model import Entity

MIN_REPLACED = 2
"""Replacements needed for evidence. One call switched from `totalRetries` to `countStale` is
one edit (the caller now shows another figure); two places switched the same way are a
pattern, and the pattern is what a rename leaves behind."""


class Uses:
    """How often a name is referred to in the old files of the diff, counted when first asked
    for: only names with enough replacements are (most diffs have none)."""

    def __init__(self, old_modules: Sequence[Entity], old_entities: Iterable[Entity]) -> None:
        """`old_modules`: each old file's top level, whose content is the whole file;
        `old_entities`: every old entity (its definition is in the file's content, and is no
        reference)."""
        self._modules = old_modules
        self._definitions = Counter(entity.name for entity in old_entities)
        self._counts: dict[str, int] = {}

    def of(self, name: str) -> int:
        count = self._counts.get(name)
        if count is None:
            found = sum(module.fingerprint.content.count(name) for module in self._modules)
            count = self._counts[name] = max(1, found - self._definitions[name])
        return count


class References:
    """How often each old name was replaced by each new name in the paired entities."""

    def __init__(self, replaced: Counter[tuple[str, str]], uses: Uses) -> None:
        self.replaced = replaced
        self.uses = uses

    def evidence(self, old: Entity, new: Entity) -> tuple[int, int]:
        """How many references to the old name became the new name, and how many there were:
        (0, 0) when too few did."""
        count = self.replaced.get((old.name, new.name), 0) if old.name != new.name else 0
        return (count, max(count, self.uses.of(old.name))) if count >= MIN_REPLACED else (0, 0)


def replacements(
    pairs: Iterable[tuple[Entity, Entity]], old_names: set[str], new_names: set[str]
) -> Counter[tuple[str, str]]:
    """(old name, new name) → how often the paired entities replaced one by the other. Only
    the names of the entities still unpaired (`old_names`, `new_names`) are looked for."""
    replaced: Counter[tuple[str, str]] = Counter()
    for old, new in pairs:
        if old.fingerprint.own_code_hash == new.fingerprint.own_code_hash:
            continue
        before, after = old.fingerprint.own_content, new.fingerprint.own_content
        left = old_names.intersection(before).difference(after)
        if not left:
            continue
        came = new_names.intersection(after).difference(before)
        if came:
            replaced.update(_replacements(before, after, left, came))
    return replaced


def _replacements(
    before: Sequence[str], after: Sequence[str], left: set[str], came: set[str]
) -> list[tuple[str, str]]:
    if len(left) == 1 and len(came) == 1:
        (gone,), (arrived,) = left, came
        return [(gone, arrived)] * min(before.count(gone), after.count(arrived))
    found = []
    for block in Levenshtein.opcodes(before, after):
        if block.tag == "replace":
            for i, j in zip(
                range(block.src_start, block.src_end),
                range(block.dest_start, block.dest_end),
                strict=False,
            ):
                if before[i] in left and after[j] in came:
                    found.append((before[i], after[j]))
    return found


class Callees:
    """The unpaired callables of its file that an entity's own code refers to by name: code
    that may have been extracted from it (new side) or inlined into it (old side)."""

    def __init__(
        self, unpaired: Iterable[Entity], files: dict[str, int], names: dict[str, set[str]]
    ) -> None:
        """`names`: entity key → the identifiers of its own code, filled as needed and shared
        between rounds (they do not change)."""
        self._files = files
        self._names = names
        self._by_file: dict[int, list[Entity]] = defaultdict(list)
        for entity in unpaired:
            if KIND_GROUPS.get(entity.kind) == "callable":
                self._by_file[files[entity.key]].append(entity)
        self._found: dict[str, tuple[Entity, ...]] = {}

    def of(self, entity: Entity) -> tuple[Entity, ...]:
        found = self._found.get(entity.key)
        if found is None:
            found = ()
            nearby = self._by_file.get(self._files[entity.key], ())
            if nearby and KIND_GROUPS.get(entity.kind) == "callable":
                names = self._names.get(entity.key)
                if names is None:
                    names = self._names[entity.key] = set(entity.fingerprint.own_content)
                found = tuple(
                    other for other in nearby if other.key != entity.key and other.name in names
                )
            self._found[entity.key] = found
        return found
