"""The matching phases, run in order over everything still unpaired, across all files at once:

1. same key: same file pair, kind, qualified name and overload, unique on both sides;
2. same body: an identical normalised body (own name masked), unique on both sides;
3. assignment: one global minimum-cost assignment (cost.py, assignment.py) over the residue,
   with an explicit cost for leaving an entity unpaired.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from semdiff.fingerprint import name_words
from semdiff.match.assignment import assign
from semdiff.match.cost import (
    PAIR_BUDGET,
    RENAME_THRESHOLD,
    UNPAIRED_COST,
    Placement,
    Weights,
    below_threshold,
    body_similarity,
    compatible,
    pair_cost,
)
from semdiff.model import CostBreakdown, Entity, Match, ParsedFile, Phase
from semdiff.textdiff import align

MIN_RENAME_EVIDENCE = 3
"""An identical body pairs two differently named entities in phase 2 only if it holds at least
this many identifiers and literals; `pass` alone says nothing."""
PRUNE_ABOVE = 40_000
"""Above this many residue pairs, only pairs sharing a rare token or a name word are scored."""
RARE_TOKENS = 8
"""How many of an entity's rarest tokens look up candidates when pruning."""
MAX_POSTING = 100
"""When pruning, a token or name word that more old entities than this hold picks no
candidates: it tells them apart no better than `self` does, and 50k generated functions all
called `f` would otherwise make every pair a candidate (memory and time grow as N²)."""
MAX_CANDIDATES = 32
"""When pruning, each new entity is scored against at most this many old ones: those sharing
the most weight of lookup tokens. Keeps the scoring linear in the number of entities."""
TIE_BREAK_COST = 1e-9
"""At most this much is added to a pair's cost for how far apart its two entities sit in the
order of the unpaired (squared, which makes pairing in order cheaper than crosswise). Costs
that tie exactly (identical bodies) are then decided the same way in both directions:
`semdiff new old` pairs what `semdiff old new` pairs. Too small to outweigh a real difference."""


@dataclass(frozen=True, slots=True)
class Candidate:
    other: Entity
    cost: CostBreakdown
    chosen: bool


@dataclass(frozen=True, slots=True)
class Matching:
    matches: tuple[Match, ...]
    rename_threshold: float = 0.0
    """The body similarity a renamed or moved pair of the assignment needed."""
    candidates: dict[tuple[str, str], tuple[Candidate, ...]] = field(default_factory=dict)
    """("old" | "new", entity key) → every candidate the assignment weighed, cheapest first."""
    greedy_components: int = 0


@dataclass(slots=True)
class _Sides:
    """Entities of both sides, with the file pair each one lives in."""

    old: list[Entity]
    new: list[Entity]
    old_file: dict[str, int]
    new_file: dict[str, int]
    old_by_key: dict[str, Entity]
    new_by_key: dict[str, Entity]


def match_entities(
    old_files: Sequence[ParsedFile | None],
    new_files: Sequence[ParsedFile | None],
    *,
    families: dict[str, str],
    rename_threshold: float = RENAME_THRESHOLD,
) -> Matching:
    """Pair the entities of `old_files[i]` and `new_files[i]` (file pair i), for all i together.
    A pair of the assignment whose name or place changed needs a body similarity of at least
    `rename_threshold` (0..1)."""
    sides = _collect(old_files, new_files)
    pairs: dict[str, tuple[str, Phase]] = {}
    _same_key(sides, pairs)
    _same_body(sides, pairs, families)
    weights = Weights([*sides.old, *sides.new])
    assigned, candidates, greedy = _assignment(sides, pairs, weights, families, rename_threshold)
    matches = []
    for old_key, (new_key, phase) in sorted(pairs.items()):
        old, new = sides.old_by_key[old_key], sides.new_by_key[new_key]
        cost = assigned.get(old_key)
        if cost is not None:
            similarity = body_similarity(cost)
        elif old.fingerprint.body_hash == new.fingerprint.body_hash:
            similarity = 1.0
        else:
            similarity = float(
                Indel.normalized_similarity(old.fingerprint.tokens, new.fingerprint.tokens)
            )
        matches.append(Match(old, new, phase, round(similarity, 4), cost))
    return Matching(tuple(matches), rename_threshold, candidates, greedy)


def _collect(
    old_files: Sequence[ParsedFile | None], new_files: Sequence[ParsedFile | None]
) -> _Sides:
    sides = _Sides([], [], {}, {}, {}, {})
    for index, (old, new) in enumerate(zip(old_files, new_files, strict=True)):
        for parsed, entities, files, by_key in (
            (old, sides.old, sides.old_file, sides.old_by_key),
            (new, sides.new, sides.new_file, sides.new_by_key),
        ):
            if parsed is None:
                continue
            for entity in parsed.entities:
                entities.append(entity)
                files[entity.key] = index
                by_key[entity.key] = entity
    return sides


def _same_key(sides: _Sides, pairs: dict[str, tuple[str, Phase]]) -> None:
    """Phase 1. A key seen more than once on a side (a redefinition, 50k generated `f`s, the
    `source` key of every `[[package]]` of a Cargo.lock) pairs only where a line diff would:
    its definitions under one parent and its partner, read as a sequence of body hashes in
    file order, are aligned and the identical ones that align pair. Parents go first, so that
    children are aligned within the parents that pair. The others go to later phases, as
    pairing them by ordinal would guess."""

    def index(
        entities: list[Entity], files: dict[str, int]
    ) -> dict[tuple[object, ...], list[Entity]]:
        table: dict[tuple[object, ...], list[Entity]] = defaultdict(list)
        for entity in entities:
            kind, qualified, overload, _ = entity.local_key
            table[(files[entity.key], kind, qualified, overload)].append(entity)
        return table

    old_index = index(sides.old, sides.old_file)
    new_index = index(sides.new, sides.new_file)
    repeated = []
    for identity, olds in old_index.items():
        news = new_index.get(identity, [])
        if len(olds) == 1 and len(news) == 1:
            pairs[olds[0].key] = (news[0].key, Phase.SAME_KEY)
        elif olds and news:
            repeated.append((olds, news))
    repeated.sort(key=lambda group: group[0][0].depth)  # stable: file order within a depth
    for olds, news in repeated:
        under: dict[str | None, tuple[list[Entity], list[Entity]]] = defaultdict(lambda: ([], []))
        for old in olds:
            parent = None if old.parent is None else pairs.get(old.parent, (None,))[0]
            if old.parent is None or parent is not None:
                under[parent][0].append(old)
        for new in news:
            under[new.parent][1].append(new)
        for group_olds, group_news in under.values():
            if not group_olds or not group_news:
                continue
            hashes = align(
                [old.fingerprint.body_hash for old in group_olds],
                [new.fingerprint.body_hash for new in group_news],
            )
            for op, i, j in hashes:
                if op == " " and i is not None and j is not None:
                    pairs[group_olds[i].key] = (group_news[j].key, Phase.SAME_KEY)


def _same_body(
    sides: _Sides, pairs: dict[str, tuple[str, Phase]], families: dict[str, str]
) -> None:
    """Phase 2: a pure rename or move keeps its body hash."""
    taken = {new for new, _ in pairs.values()}
    buckets: dict[str, tuple[list[Entity], list[Entity]]] = defaultdict(lambda: ([], []))
    for entity in sides.old:
        if entity.key not in pairs:
            buckets[entity.fingerprint.body_hash][0].append(entity)
    for entity in sides.new:
        if entity.key not in taken:
            buckets[entity.fingerprint.body_hash][1].append(entity)
    for olds, news in buckets.values():
        if len(olds) != 1 or len(news) != 1:
            continue
        old, new = olds[0], news[0]
        if not compatible(old, new, families):
            continue
        if old.name != new.name and len(old.fingerprint.content) < MIN_RENAME_EVIDENCE:
            continue
        pairs[old.key] = (new.key, Phase.SAME_BODY)


class _Placer:
    """Computes where candidate pairs sit relative to what the exact phases already paired."""

    def __init__(
        self,
        sides: _Sides,
        pairs: dict[str, tuple[str, Phase]],
        weights: Weights,
        families: dict[str, str],
    ) -> None:
        self.sides = sides
        self.partner = {old: new for old, (new, _) in pairs.items()}
        self.paired_new = set(self.partner.values())
        self.weights = weights
        self.families = families
        self.old_neighbours = self._neighbours(sides.old, sides.old_file)
        self.new_neighbours = self._neighbours(sides.new, sides.new_file)
        self._parent_costs: dict[tuple[str, str], float] = {}

    @staticmethod
    def _neighbours(
        entities: list[Entity], files: dict[str, int]
    ) -> dict[str, tuple[str | None, str | None]]:
        siblings: dict[tuple[int, str | None], list[Entity]] = defaultdict(list)
        for entity in entities:
            siblings[(files[entity.key], entity.parent)].append(entity)
        around: dict[str, tuple[str | None, str | None]] = {}
        for group in siblings.values():
            for position, entity in enumerate(group):
                before = group[position - 1].key if position > 0 else None
                after = group[position + 1].key if position + 1 < len(group) else None
                around[entity.key] = (before, after)
        return around

    def placement(self, old: Entity, new: Entity, *, with_parent: bool = True) -> Placement:
        same_file = self.sides.old_file[old.key] == self.sides.new_file[new.key]
        parent = self._parent_distance(old, new) if with_parent else 0.0
        if same_file:
            file = 0.0
        elif old.parent is not None and new.parent is not None:
            file = parent  # a method that moved with its class did not move files itself
        else:
            file = 1.0
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


def _assignment(
    sides: _Sides,
    pairs: dict[str, tuple[str, Phase]],
    weights: Weights,
    families: dict[str, str],
    threshold: float,
) -> tuple[dict[str, CostBreakdown], dict[tuple[str, str], tuple[Candidate, ...]], int]:
    """Phase 3: one minimum-cost assignment over the residue of every file."""
    taken = {new for new, _ in pairs.values()}
    olds = [entity for entity in sides.old if entity.key not in pairs]
    news = [entity for entity in sides.new if entity.key not in taken]
    if not olds or not news:
        return {}, {}, 0
    candidates = _candidate_pairs(olds, news, weights, families)

    def score(known: dict[str, tuple[str, Phase]]) -> dict[tuple[int, int], CostBreakdown]:
        placer = _Placer(sides, known, weights, families)
        return {
            (i, j): pair_cost(olds[i], news[j], placer.placement(olds[i], news[j]), weights)
            for i, j in candidates
        }

    def edges(costs: dict[tuple[int, int], CostBreakdown]) -> dict[tuple[int, int], float]:
        return _edges(
            {
                pair: cost
                for pair, cost in costs.items()
                if not below_threshold(olds[pair[0]], news[pair[1]], cost, threshold)
            }
        )

    costs = score(pairs)
    result = assign(edges(costs))
    if result.pairs:
        # Once more, knowing where the first round put each entity's parent and neighbours:
        # the methods of a class that moved files are then scored as moving with it.
        informed = dict(pairs)
        for i, j in result.pairs:
            informed[olds[i].key] = (news[j].key, Phase.ASSIGNMENT)
        costs = score(informed)
        result = assign(edges(costs))
    assigned: dict[str, CostBreakdown] = {}
    chosen = set(result.pairs)
    for i, j in result.pairs:
        pairs[olds[i].key] = (news[j].key, Phase.ASSIGNMENT)
        assigned[olds[i].key] = costs[(i, j)]
    return assigned, _explanations(olds, news, costs, chosen), result.greedy_components


def _edges(costs: dict[tuple[int, int], CostBreakdown]) -> dict[tuple[int, int], float]:
    """What each pair saves over leaving its two entities unpaired, for pairs that save, less
    a tie-break: two renamed functions with one body pair in order, not crosswise."""
    span = max((max(i, j) for i, j in costs), default=0) + 1
    return {
        (i, j): 2 * UNPAIRED_COST - cost.total - TIE_BREAK_COST * ((i - j) / span) ** 2
        for (i, j), cost in costs.items()
        if cost.total < PAIR_BUDGET
    }


def _candidate_pairs(
    olds: list[Entity], news: list[Entity], weights: Weights, families: dict[str, str]
) -> list[tuple[int, int]]:
    if len(olds) * len(news) <= PRUNE_ABOVE:
        return [
            (i, j)
            for i, old in enumerate(olds)
            for j, new in enumerate(news)
            if compatible(old, new, families)
        ]
    by_token: dict[str, list[int]] = defaultdict(list)
    for i, old in enumerate(olds):
        for token in _rare(old, weights):
            by_token[token].append(i)
    found: list[tuple[int, int]] = []
    for j, new in enumerate(news):
        shared: dict[int, float] = defaultdict(float)
        for token in _rare(new, weights):
            posting = by_token.get(token, ())
            if len(posting) > MAX_POSTING:
                continue
            weight = weights.word(token[1:]) if token[0] == "\x00" else weights.token(token)
            for i in posting:
                shared[i] += weight
        fitting = [i for i in shared if compatible(olds[i], new, families)]
        fitting.sort(key=lambda i: (-shared[i], i))
        found.extend((i, j) for i in fitting[:MAX_CANDIDATES])
    return sorted(found)


def _rare(entity: Entity, weights: Weights) -> list[str]:
    """The entity's rarest content tokens and its name words, used to look up candidates."""
    tokens = sorted(set(entity.fingerprint.content), key=lambda t: (-weights.token(t), t))
    return [*tokens[:RARE_TOKENS], *(f"\x00{word}" for word in name_words(entity.name))]


def _explanations(
    olds: list[Entity],
    news: list[Entity],
    costs: dict[tuple[int, int], CostBreakdown],
    chosen: set[tuple[int, int]],
) -> dict[tuple[str, str], tuple[Candidate, ...]]:
    by_old: dict[int, list[Candidate]] = defaultdict(list)
    by_new: dict[int, list[Candidate]] = defaultdict(list)
    for (i, j), cost in costs.items():
        by_old[i].append(Candidate(news[j], cost, (i, j) in chosen))
        by_new[j].append(Candidate(olds[i], cost, (i, j) in chosen))
    explained: dict[tuple[str, str], tuple[Candidate, ...]] = {}
    for side, table, entities in (("old", by_old, olds), ("new", by_new, news)):
        for index, found in table.items():
            found.sort(key=lambda c: (c.cost.total, c.other.key))
            explained[(side, entities[index].key)] = tuple(found)
    return explained
