"""The matching phases, run in order over everything still unpaired, across all files at once:

1. same key: same file pair, kind, qualified name and overload, unique on both sides; a pair
   whose bodies differ is only provisional (contest.py);
2. same body: an identical normalised body (own name masked), unique on both sides;
3. assignment: one global minimum-cost assignment (cost.py, assignment.py) over the residue,
   with an explicit cost for leaving an entity unpaired.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel

from semdiff.fingerprint import name_words
from semdiff.languages import spec_by_name
from semdiff.match.assignment import assign
from semdiff.match.contest import Contest
from semdiff.match.cost import (
    EVIDENCE_TOKENS,
    PAIR_BUDGET,
    RENAME_THRESHOLD,
    UNPAIRED_COST,
    Weights,
    below_threshold,
    body_similarity,
    compatible,
    in_place,
    pair_cost,
)
from semdiff.match.placement import Placer
from semdiff.match.references import Callees, References, Uses, replacements
from semdiff.match.sides import Sides
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
    weighed: Weighed = field(default_factory=lambda: Weighed([], [], {}, set()))
    """Every candidate the assignment weighed (for `--explain`)."""
    greedy_components: int = 0


class Weighed:
    """The candidates the assignment weighed, listed per entity only when asked (`--explain`):
    on a big diff, a record per candidate costs more than the listing is worth."""

    def __init__(
        self,
        olds: list[Entity],
        news: list[Entity],
        costs: dict[tuple[int, int], CostBreakdown],
        chosen: set[tuple[int, int]],
    ) -> None:
        self._parts = (olds, news, costs, chosen)
        self._listed: dict[tuple[str, str], tuple[Candidate, ...]] | None = None

    def of(self, side: str, key: str) -> tuple[Candidate, ...]:
        """Every candidate weighed for the entity `key` of `side` ("old" or "new"), cheapest
        first."""
        if self._listed is None:
            self._listed = _explanations(*self._parts)
        return self._listed.get((side, key), ())


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
    sides = Sides.collect(old_files, new_files)
    pairs: dict[str, tuple[str, Phase]] = {}
    contest = Contest.start(sides, _same_key(sides, pairs), pairs)
    _same_body(sides, pairs, contest, families)
    alike = contest.keep_alike(pairs)
    weights = Weights([*sides.old, *sides.new])
    assigned, weighed, greedy = _assignment(
        sides, pairs, contest, weights, families=families, threshold=rename_threshold
    )
    _unsupported_file_names(sides, pairs)
    matches = []
    for old_key, (new_key, phase) in sorted(pairs.items()):
        old, new = sides.old_by_key[old_key], sides.new_by_key[new_key]
        cost = assigned.get(old_key)
        if cost is not None:
            similarity = body_similarity(cost)
        elif old.fingerprint.body_hash == new.fingerprint.body_hash:
            similarity = 1.0
        elif old_key in alike:
            similarity = alike[old_key]
        else:
            similarity = float(
                Indel.normalized_similarity(old.fingerprint.tokens, new.fingerprint.tokens)
            )
        matches.append(Match(old, new, phase, round(similarity, 4), cost))
    return Matching(tuple(matches), rename_threshold, weighed, greedy)


def _unsupported_file_names(sides: Sides, pairs: dict[str, tuple[str, Phase]]) -> None:
    """An entity that names its file (`file_kinds`: Clojure's `ns`), renamed into another
    file, pairs only when some other entity of its old file went to that file too. A
    namespace deleted while a new one was carved out of a third file shares its `:require`s
    with the new one, not its code: that is a removal and an addition."""
    links = Counter((sides.old_file[old], sides.new_file[new]) for old, (new, _) in pairs.items())
    for old_key, (new_key, _) in list(pairs.items()):
        old, new = sides.old_by_key[old_key], sides.new_by_key[new_key]
        if old.name == new.name or sides.same_file(old, new):
            continue
        alone = links[(sides.old_file[old_key], sides.new_file[new_key])] < 2
        if alone and old.kind in spec_by_name(old.language).file_kinds:
            del pairs[old_key]


def _same_key(sides: Sides, pairs: dict[str, tuple[str, Phase]]) -> dict[str, str]:
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
    provisional: dict[str, str] = {}
    containers = {entity.parent for entity in (*sides.old, *sides.new)}
    for identity, olds in old_index.items():
        news = new_index.get(identity, [])
        if len(olds) == 1 and len(news) == 1:
            if Contest.keeps(sides, olds[0], news[0], containers):
                pairs[olds[0].key] = (news[0].key, Phase.SAME_KEY)
            else:
                provisional[olds[0].key] = news[0].key
        elif olds and news:
            repeated.append((olds, news))
    repeated.sort(key=lambda group: group[0][0].depth)  # stable: file order within a depth
    for olds, news in repeated:
        under: dict[str | None, tuple[list[Entity], list[Entity]]] = defaultdict(lambda: ([], []))
        for old in olds:
            parent = None
            if old.parent is not None:
                parent = provisional.get(old.parent) or pairs.get(old.parent, (None,))[0]
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
    return provisional


def _same_body(
    sides: Sides, pairs: dict[str, tuple[str, Phase]], contest: Contest, families: dict[str, str]
) -> None:
    """Phase 2: a pure rename or move keeps its body hash. It may take an entity from a
    provisional same-name pair when the body is big enough to be evidence (contest.py)."""
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
        if not compatible(old, new, families) or old.dispatch != new.dispatch:
            # An equal body is no evidence that a method's dispatch value changed (it is
            # masked, and one multimethod's methods often share a body): the assignment
            # decides, from their place.
            continue
        evidence = len(old.fingerprint.content)
        if old.name != new.name and evidence < MIN_RENAME_EVIDENCE:
            continue
        if contest.contested(old, new):
            if evidence < EVIDENCE_TOKENS or contest.delegates(old, new):
                continue
            contest.withdraw(old, new)
        pairs[old.key] = (new.key, Phase.SAME_BODY)


def _assignment(
    sides: Sides,
    pairs: dict[str, tuple[str, Phase]],
    contest: Contest,
    weights: Weights,
    *,
    families: dict[str, str],
    threshold: float,
) -> tuple[dict[str, CostBreakdown], Weighed, int]:
    """Phase 3: one minimum-cost assignment over the residue of every file. Provisional
    same-name pairs take part like any other candidate, and are made afterwards if the
    assignment left both of their entities unpaired: an edit in place is never split."""
    taken = {new for new, _ in pairs.values()}
    olds = [entity for entity in sides.old if entity.key not in pairs]
    news = [entity for entity in sides.new if entity.key not in taken]
    if not olds or not news:
        return {}, Weighed([], [], {}, set()), 0
    provisional = contest.old_to_new
    old_index = {entity.key: i for i, entity in enumerate(olds)}
    new_index = {entity.key: j for j, entity in enumerate(news)}
    candidates = {
        (i, j)
        for i, j in _candidate_pairs(olds, news, weights, families)
        if contest.admits(olds[i], news[j])
    }
    candidates.update((old_index[old], new_index[new]) for old, new in provisional.items())
    ordered = sorted(candidates)
    old_names = {entity.name for entity in olds}
    new_names = {entity.name for entity in news}
    # A name that the new version of its file still defines is no evidence: callers that
    # moved from the deprecated `isNumber` to `isCreatable` do not make `isNumber` a rename.
    kept = {(sides.new_file[entity.key], entity.name) for entity in sides.new}
    uses = Uses(sides.old_modules, sides.old)
    # The exact phases' pairs are the same in every round: their replacements are counted once.
    exact = replacements(
        [
            *sides.modules,
            *((sides.old_by_key[o], sides.new_by_key[n]) for o, (n, _) in pairs.items()),
        ],
        old_names,
        new_names,
    )

    old_names_of: dict[str, set[str]] = {}
    new_names_of: dict[str, set[str]] = {}

    def score(known: dict[str, tuple[str, Phase]]) -> dict[tuple[int, int], CostBreakdown]:
        placer = Placer(sides, known, weights, families)
        found = [
            (sides.old_by_key[old], sides.new_by_key[new])
            for old, (new, _) in known.items()
            if old not in pairs
        ]
        references = References(exact + replacements(found, old_names, new_names), uses)
        placed = {new for new, _ in known.values()}
        old_calls = Callees((e for e in olds if e.key not in known), sides.old_file, old_names_of)
        new_calls = Callees((e for e in news if e.key not in placed), sides.new_file, new_names_of)
        old_callees = [old_calls.of(entity) for entity in olds]
        new_callees = [new_calls.of(entity) for entity in news]
        costs = {}
        for i, j in ordered:
            old, new = olds[i], news[j]
            evidence = (0, 0)
            if references.replaced and (sides.old_file[old.key], old.name) not in kept:
                evidence = references.evidence(old, new)
            callees = (old_callees[i], new_callees[j])
            placement = placer.placement(old, new)
            if old.dispatch != new.dispatch and not in_place(placement):
                continue
            costs[(i, j)] = pair_cost(
                old, new, placement, weights, references=evidence, callees=callees
            )
        return costs

    def edges(costs: dict[tuple[int, int], CostBreakdown]) -> dict[tuple[int, int], float]:
        return _edges(
            {
                pair: cost
                for pair, cost in costs.items()
                if not below_threshold(olds[pair[0]], news[pair[1]], cost, threshold)
            }
        )

    # The first round places candidates around the exact pairs and the provisional ones.
    anchors = dict(pairs)
    anchors.update((old, (new, Phase.SAME_KEY)) for old, new in provisional.items())
    costs = score(anchors)
    result = assign(edges(costs))
    if result.pairs:
        # Once more, knowing where the first round put each entity's parent and neighbours:
        # the methods of a class that moved files are then scored as moving with it.
        informed = dict(pairs)
        for i, j in result.pairs:
            informed[olds[i].key] = (news[j].key, Phase.ASSIGNMENT)
        placed = {new for new, _ in informed.values()}
        for old, new in provisional.items():
            if old not in informed and new not in placed:
                informed[old] = (new, Phase.SAME_KEY)
        costs = score(informed)
        result = assign(edges(costs))
    assigned: dict[str, CostBreakdown] = {}
    chosen = set(result.pairs)
    for i, j in result.pairs:
        if provisional.get(olds[i].key) == news[j].key:
            pairs[olds[i].key] = (news[j].key, Phase.SAME_KEY)
        else:
            pairs[olds[i].key] = (news[j].key, Phase.ASSIGNMENT)
            assigned[olds[i].key] = costs[(i, j)]
    made = {news[j].key for _, j in result.pairs}
    for old, new in provisional.items():
        if old not in pairs and new not in made:
            pairs[old] = (new, Phase.SAME_KEY)
            chosen.add((old_index[old], new_index[new]))
    return assigned, Weighed(olds, news, costs, chosen), result.greedy_components


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
