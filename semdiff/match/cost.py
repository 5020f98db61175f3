"""The cost of pairing an old entity with a new one, against the cost of leaving both unpaired.

Every candidate pair costs the sum of the terms below. The assignment (assignment.py) pairs a
set of candidates only when that is cheaper than reporting each entity as removed or added,
which costs `UNPAIRED_COST` per entity. All similarities are in 0..1.

Invariants (tested in tests/unit/test_cost.py):

1. `W_SEQUENCE + W_CONTENT > PAIR_BUDGET`: two bodies with nothing in common never pair, even
   with the same name in the same place. Removed + added is the honest answer then.
2. `W_NAME + W_KIND + W_PARENT + W_FILE + W_CONTEXT < PAIR_BUDGET`: an identical body (with
   enough tokens to be evidence) always pairs, whatever its new name and wherever it went.
3. `(W_SEQUENCE + W_CONTENT) * (1 - PRIOR_SIMILARITY) + W_NAME >= PAIR_BUDGET`: a body too small
   to be evidence (`def f(self): pass`) cannot make a rename on its own; its name must agree
   in part, it must sit exactly in its old place (`PLACE_EVIDENCE`), or its references must
   have followed the rename (references.py): the references term forgives the name term, at
   most all of it, never more.
4. `W_PARENT + W_FILE + W_CONTEXT < W_NAME`: where an entity went weighs less than what it is
   called, so a same-named entity that moved beats a renamed one that stayed, other things equal.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

from rapidfuzz.distance import Indel

from semdiff.fingerprint import name_words
from semdiff.model import CostBreakdown, Entity

UNPAIRED_COST = 1.0
"""Cost of reporting one entity as removed or added."""
PAIR_BUDGET = 2 * UNPAIRED_COST
"""A pair must cost less than this, the price of leaving both of its entities unpaired."""

W_SEQUENCE = 1.2
"""Weight of 1 - (token sequence similarity): the body read as an ordered list of tokens."""
W_CONTENT = 1.2
"""Weight of 1 - (content similarity): the distinct identifiers and literals, rare ones weighing
more. Catches the getters `return self._name` / `return self._age` that token order calls
near-identical."""
W_NAME = 0.9
"""Weight of 1 - (name similarity), on the words of the name, rare words weighing more."""
W_KIND = 0.2
"""Different but compatible kinds: a function that became a method."""
W_PARENT = 0.25
"""The enclosing entities do not correspond (a method moved to another class)."""
W_FILE = 0.25
"""The files do not correspond (a function moved to another file)."""
W_CONTEXT = 0.2
"""Neither neighbour corresponds: the entity is not where its old self was."""

EVIDENCE_TOKENS = 6
"""A body with fewer identifiers and literals than this is weak evidence: its similarities are
pulled towards `PRIOR_SIMILARITY` in proportion."""
PRIOR_SIMILARITY = 0.4
"""What a body with no evidence at all is assumed to share."""
PLACE_EVIDENCE = 0.5
"""The evidence an entity gets from taking exactly its old place (same parent, both neighbours
paired with its old neighbours), however small its body."""
COMMON_NAME = 4
"""An exact name shared by more entities than this (over both sides) is common: its agreement
counts for proportionally less. Two deprecation shims both called `__init__`, in unrelated
classes of different files, are not one method that moved."""
SOFT_WORD_MATCH = 0.75
"""Two name words this alike (character similarity) count as the same word, scaled: a typo
fix (`proces` → `process`) keeps the name."""
RENAME_THRESHOLD = 0.0
"""The default least body similarity (as reported, 0..1) of a pair whose name or place changed;
`--rename-threshold` sets it. 0: no bar beyond the cost's own. On the accuracy benchmark every
higher value lost more right pairs than it removed false ones (docs/matching.md)."""

KIND_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        ("function", "method", "constructor", "macro", "multimethod", "test"), "callable"
    ),
    **dict.fromkeys(
        (
            "class",
            "struct",
            "enum",
            "trait",
            "interface",
            "type",
            "record",
            "protocol",
            "union",
            "object",
        ),
        "type",
    ),
    **dict.fromkeys(("const", "variable", "static", "field", "property"), "value"),
}
"""Kinds in one group may pair (with `W_KIND`); any other kind pairs only with itself."""
KINDS = frozenset(
    {
        *KIND_GROUPS,
        "impl",
        "namespace",
        "key",
        "section",
        "element",
        "rule",
        "table",
        "view",
        "index",
    }
)
"""Every kind a language's query may produce (docs/languages.md): `impl` (a Rust impl, a Swift
extension, a Haskell instance), `namespace` (also modules that are named scopes: Ruby, Elixir,
OCaml), the data formats' `key` (a JSON/YAML/TOML key path) and `section` (a Markdown
heading's section, a TOML table, an INI section), markup's `element` (an HTML or XML element
with an id or name), `rule` (a CSS rule set keyed by its selector, a Make target) and SQL's
`table`, `view` and `index` pair only with their own kind."""


def compatible(old: Entity, new: Entity, families: dict[str, str]) -> bool:
    if families.get(old.language, old.language) != families.get(new.language, new.language):
        return False
    return old.kind == new.kind or (
        old.kind in KIND_GROUPS and KIND_GROUPS.get(old.kind) == KIND_GROUPS.get(new.kind)
    )


class Weights:
    """Inverse document frequencies over every entity of the diff: how rare a token or a name
    word is, so that shared rare words count for more than shared `self`."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        # One count over a chained iterator each: Counter.update per entity costs more in
        # Python than the counting itself, and a big diff has tens of thousands of entities.
        self._count = len(entities)
        self._tokens = Counter(chain.from_iterable(set(e.fingerprint.content) for e in entities))
        self._words = Counter(chain.from_iterable(set(name_words(e.name)) for e in entities))
        self._names = Counter(entity.name for entity in entities)
        # The matcher scores a pair once per round and a parent for each of its children;
        # these parts of the cost do not depend on placement, so each is computed once per
        # pair and reading (same floats, same order).
        self._token_weights: dict[str, float] = {}
        self._similarities: dict[tuple[str, ...], Similarity] = {}
        # An entity is weighed against many candidates: its distinct tokens and their weight
        # are computed once, per side (an old and a new entity may share a key).
        self._distinct: tuple[dict[str, Distinct], dict[str, Distinct]] = ({}, {})
        # A quarter of the pairs weighed in a big diff repeat a pair of names (`test_*`).
        self._names_alike: dict[tuple[str, str], float] = {}

    def token(self, token: str) -> float:
        weight = self._token_weights.get(token)
        if weight is None:
            weight = math.log(1 + (self._count + 1) / (self._tokens.get(token, 0) + 1))
            self._token_weights[token] = weight
        return weight

    def similarities(self, old: Entity, new: Entity, callees: Callees = ((), ())) -> Similarity:
        """How alike a pair's bodies and names are, computed once. With `callees` (unpaired
        entities each side's body calls), also the bodies with their callees appended, and
        the better reading is kept: the new `createNeverObservable` with the
        `createOnUnsubscribe` extracted from it is the old `createObservable`."""
        old_callees, new_callees = callees
        key: tuple[str, ...] = (old.key, new.key)
        if old_callees or new_callees:
            key = (*key, *(e.key for e in old_callees), "", *(e.key for e in new_callees))
        found = self._similarities.get(key)
        if found is None:
            found = self._compare(old, new, callees)
            self._similarities[key] = found
        return found

    def _compare(self, old: Entity, new: Entity, callees: Callees) -> Similarity:
        old_tokens: Sequence[str] = old.fingerprint.tokens
        old_content: Sequence[str] = old.fingerprint.content
        name = self._names_alike.get((old.name, new.name))
        if name is None:
            name = self._names_alike[(old.name, new.name)] = name_similarity(
                old.name, new.name, self
            )
        content = _dice(self._distinct_of(0, old), self._distinct_of(1, new), self)
        if old.language == new.language:
            sequence = float(Indel.normalized_similarity(old_tokens, new.fingerprint.tokens))
        else:
            # Across languages (Java to Kotlin) the token order is the syntax, which changed
            # everywhere; the identifiers and literals are what carries over.
            sequence = content
        found = Similarity(
            sequence, content, name, min(len(old_content), len(new.fingerprint.content))
        )
        old_callees, new_callees = callees
        if not old_callees and not new_callees:
            return found
        old_tokens = [*old_tokens, *(t for e in old_callees for t in e.fingerprint.tokens)]
        old_content = [*old_content, *(t for e in old_callees for t in e.fingerprint.content)]
        new_tokens = [
            *new.fingerprint.tokens,
            *(t for e in new_callees for t in e.fingerprint.tokens),
        ]
        new_content = [
            *new.fingerprint.content,
            *(t for e in new_callees for t in e.fingerprint.content),
        ]
        joined = Similarity(
            float(Indel.normalized_similarity(old_tokens, new_tokens)),
            content_similarity(old_content, new_content, self),
            name,
            min(len(old_content), len(new_content)),
        )
        better = joined.sequence + joined.content > found.sequence + found.content
        return joined if better else found

    def _distinct_of(self, side: int, entity: Entity) -> Distinct:
        found = self._distinct[side].get(entity.key)
        if found is None:
            found = self._distinct[side][entity.key] = distinct(entity.fingerprint.content, self)
        return found

    def word(self, word: str) -> float:
        return math.log(1 + (self._count + 1) / (self._words.get(word, 0) + 1))

    def name_rarity(self, name: str) -> float:
        """1 for a name few entities share; towards 0 for `__init__` in a diff of many classes."""
        return min(1.0, COMMON_NAME / max(1, self._names.get(name, 0)))


class Distinct(NamedTuple):
    """A body's distinct tokens and the sum of their weights."""

    tokens: frozenset[str]
    weight: float


def distinct(content: Sequence[str], weights: Weights) -> Distinct:
    tokens = frozenset(content)
    # Sorted: summing floats in set order would vary with the process's hash seed.
    return Distinct(tokens, sum(weights.token(t) for t in sorted(tokens)))


def content_similarity(old: Sequence[str], new: Sequence[str], weights: Weights) -> float:
    """Weighted Dice coefficient of the distinct tokens. Distinct, so that a local variable
    renamed throughout counts as one difference, not one per use."""
    return _dice(distinct(old, weights), distinct(new, weights), weights)


def _dice(old: Distinct, new: Distinct, weights: Weights) -> float:
    if not old.tokens and not new.tokens:
        return 1.0
    shared = sum(weights.token(t) for t in sorted(old.tokens & new.tokens))
    total = old.weight + new.weight
    return min(1.0, 2 * shared / total) if total else 1.0


def name_similarity(old: str, new: str, weights: Weights) -> float:
    """Weighted, typo-tolerant Dice coefficient of the words of two names."""
    if old == new:
        return 1.0
    old_words, new_words = name_words(old), name_words(new)
    if not old_words or not new_words:
        return float(Indel.normalized_similarity(old, new))
    total = sum(weights.word(w) for w in old_words) + sum(weights.word(w) for w in new_words)
    shared = _soft_overlap(old_words, new_words, weights) + _soft_overlap(
        new_words, old_words, weights
    )
    return min(1.0, shared / total) if total else 0.0


def _soft_overlap(words: Sequence[str], others: Sequence[str], weights: Weights) -> float:
    overlap = 0.0
    for word in words:
        best = max(
            (
                1.0 if word == other else float(Indel.normalized_similarity(word, other))
                for other in others
            ),
            default=0.0,
        )
        if best >= SOFT_WORD_MATCH:
            overlap += weights.word(word) * best
    return overlap


Callees = tuple[tuple[Entity, ...], tuple[Entity, ...]]
"""Unpaired entities that an old body and a new body call (see `Weights.similarities`)."""


class Similarity(NamedTuple):
    sequence: float
    """The bodies as ordered token lists (Indel)."""
    content: float
    """The distinct identifiers and literals, weighted by rarity."""
    name: float
    size: int
    """The smaller body's number of identifiers and literals: how much the others mean."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a candidate pair sits relative to each other, as the phases see it."""

    file_distance: float
    """0 when the entities' files correspond (or the entity moved files only with its parent,
    which then counts as much as the parent is apart), 1 when it moved files itself."""
    parent_distance: float
    """0 when the enclosing entities correspond, 1 when they surely do not."""
    context_agreement: float
    """0..1: how many of the two neighbours correspond."""


def in_place(placement: Placement) -> bool:
    """Whether the new entity sits exactly where the old one sat: same file and parent, both
    neighbours paired with its old neighbours. The only evidence that a method's dispatch
    value changed (`defmethod area :circle` → `:round`), rather than one method removed and
    another, with the same body, added elsewhere."""
    return (
        placement.file_distance == 0
        and placement.parent_distance == 0
        and placement.context_agreement == 1
    )


def pair_cost(
    old: Entity,
    new: Entity,
    placement: Placement,
    weights: Weights,
    *,
    references: tuple[int, int] = (0, 0),
    callees: Callees = ((), ()),
) -> CostBreakdown:
    """`references`: how many of the old name's references in the diff became references to
    the new name, of how many (references.py); `callees`: see `Weights.similarities`."""
    similar = weights.similarities(old, new, callees)
    sure = min(1.0, similar.size / EVIDENCE_TOKENS)
    if in_place(placement):
        # Sitting exactly where the old entity sat is evidence too: a one-line field renamed
        # in place is a rename.
        sure = max(sure, PLACE_EVIDENCE)
    sequence = sure * similar.sequence + (1 - sure) * PRIOR_SIMILARITY
    content = sure * similar.content + (1 - sure) * PRIOR_SIMILARITY
    name_agreement = similar.name * _rarity(old, new, placement, weights)
    replaced, uses = references
    followed = replaced / uses if uses else 0.0
    return CostBreakdown(
        body_sequence=W_SEQUENCE * (1 - sequence),
        body_content=W_CONTENT * (1 - content),
        name=W_NAME * (1 - name_agreement),
        kind=0.0 if old.kind == new.kind else W_KIND,
        parent=W_PARENT * placement.parent_distance,
        file=W_FILE * placement.file_distance,
        context=W_CONTEXT * (1 - placement.context_agreement),
        references=W_NAME * min(0.0, name_agreement - followed),
    )


def _rarity(old: Entity, new: Entity, placement: Placement, weights: Weights) -> float:
    """How much an identical name is worth. Under corresponding parents a name is as good as
    unique (`__init__` of the same class); between unrelated parents, a common name says
    little."""
    if old.name != new.name:
        return 1.0
    return 1 - placement.parent_distance * (1 - weights.name_rarity(new.name))


def below_threshold(old: Entity, new: Entity, cost: CostBreakdown, threshold: float) -> bool:
    """Whether a pair that is a rename or a move is too different to be made. A pair in place
    under its old name is never held to it: that is an edit, however large."""
    if old.name == new.name and cost.parent == 0 and cost.file == 0:
        return False
    return body_similarity(cost) < threshold


def body_similarity(cost: CostBreakdown) -> float:
    """The similarity reported for a pair: the body terms, back on a 0..1 scale."""
    return 1 - (cost.body_sequence + cost.body_content) / (W_SEQUENCE + W_CONTENT)
