"""Classify: the flags of every pair, and the status that follows from them (docs/json.md).

How a pair moved: `renamed` (own name changed), `moved_parent` (enclosing entities do not
correspond), `moved_file` (files do not correspond and the parent does not explain it),
`reordered` (off the heaviest increasing subsequence of positions among siblings). What
changed in its own text, from the fingerprints: `whitespace_only`, `comment_only`,
`signature_changed`, `body_changed`, `visibility_changed`, `doc_changed`, `notation_only`; and
`dispatch_changed` beside `renamed` when the name's dispatch value changed. Once its hunks are
cut, `settle` corrects the flags they contradict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from semdiff.changes.drafts import Draft, Drafts
from semdiff.fingerprint import NO_HEADER
from semdiff.lineendings import only_line_endings
from semdiff.model import MOVE_FLAGS, Entity, Flag, Hunk, Status

TIE_BREAK = 1 << 20
"""Scales line counts in the reorder weights so that one entity never outweighs one line."""


class _Side(NamedTuple):
    """One side's entities by key, and for each paired one the key of its partner."""

    entities: dict[str, Entity]
    partner: dict[str, str]


def classify_drafts(drafts: Drafts) -> dict[str, set[Flag]]:
    """The flags of every draft, by id: a file pair's top level has those of its own text, an
    entity left unpaired none."""
    pairs = [
        (draft, draft.match.old, draft.match.new) for draft in drafts if draft.match is not None
    ]
    old_side = _Side(drafts.old_entities, {old.key: new.key for _, old, new in pairs})
    new_side = _Side(drafts.new_entities, {new.key: old.key for _, old, new in pairs})
    flags: dict[str, set[Flag]] = {draft.id: set() for draft in drafts}
    in_order: dict[tuple[int, str | None, int, str | None], list[Draft]] = defaultdict(list)
    for draft, old, new in pairs:
        found = flags[draft.id]
        same_file = drafts.old_file[old.key] == drafts.new_file[new.key]
        correspond = _parents_correspond(old, new, old_side, new_side)
        if old.name != new.name:
            found.add(Flag.RENAMED)
        if old.dispatch != new.dispatch:
            found.add(Flag.DISPATCH_CHANGED)
        if not correspond:
            found.add(Flag.MOVED_PARENT)
        # A member whose container moved files with it did not move files itself (a
        # container of the same name that was removed there and added here is another).
        with_container = (
            correspond
            and old.parent is not None
            and new.parent is not None
            and old_side.partner.get(old.parent) == new.parent
        )
        if not same_file and not with_container:
            found.add(Flag.MOVED_FILE)
        if (same_file and correspond) or with_container:
            # Siblings keep an order to compare even when their parent moved files.
            # Keyed by both sides, so that the groups are the same in `semdiff new old`
            # (a Go or Lua method can have a parent on one side, a scope on the other).
            where = (drafts.old_file[old.key], old.parent, drafts.new_file[new.key], new.parent)
            in_order[where].append(draft)
        found |= content_flags(old, new)
    for group in in_order.values():
        for draft in _out_of_order(group):
            flags[draft.id].add(Flag.REORDERED)
    for module in drafts.modules:
        if module.old is not None and module.new is not None:
            flags[module.id] = content_flags(module.old, module.new)
    return flags


def _parents_correspond(old: Entity, new: Entity, old_side: _Side, new_side: _Side) -> bool:
    if old.scope is not None or new.scope is not None:
        # A Go method belongs to its receiver type wherever that type is declared.
        return not _container_names(old, old_side, new_side).isdisjoint(
            _container_names(new, new_side, old_side)
        )
    if old.parent is None or new.parent is None:
        return old.parent is None and new.parent is None
    return old_side.partner.get(old.parent) == new.parent


def _container_names(entity: Entity, own: _Side, other: _Side) -> set[str | None]:
    """The name of the type an entity belongs to, and that of its partner if it has one:
    a method written for `Queue` stays with it when `Queue` is renamed, either way round."""
    if entity.parent is None:
        return {entity.scope}
    names: set[str | None] = {own.entities[entity.parent].name}
    partner = own.partner.get(entity.parent)
    if partner is not None:
        names.add(other.entities[partner].name)
    return names


def content_flags(old: Entity, new: Entity) -> set[Flag]:
    """What changed in an entity's own text (children excluded), beyond its name. A docstring
    is the API's documentation: its edit is `doc_changed`, not `comment_only`. A change of
    visibility is `visibility_changed`, and only when the code differs beyond what makes it
    private is it also `signature_changed` or `body_changed`."""
    before, after = old.fingerprint, new.fingerprint
    if before.own_text_hash == after.own_text_hash:
        return set()
    if before.own_layout_hash == after.own_layout_hash:
        return {Flag.WHITESPACE_ONLY}
    doc = {Flag.DOC_CHANGED} if before.own_doc_hash != after.own_doc_hash else set()
    if before.own_code_hash == after.own_code_hash:
        return doc or {Flag.COMMENT_ONLY}
    flags = set(doc)
    if old.private != new.private:
        flags.add(Flag.VISIBILITY_CHANGED)
        if before.own_public_hash == after.own_public_hash:
            return flags
    elif old.private and before.own_public_hash == after.own_public_hash:
        # Private on both sides and equal once what makes it private is left out: the same
        # visibility written another way (`(defn ^:private f` became `(defn- f`), no change
        # of meaning; its lines changed, so it is still listed, as what it is.
        return flags | {Flag.NOTATION_ONLY}
    # A definition rewritten in another form (`(def f (fn [x] ...))` became `(defn f [x] ...)`,
    # `class` became `data class`) whose old or new form marks no body: its signature is not
    # known apart from its body, so the two are not compared (`kind changed` tells the form).
    headers = {before.header_hash, after.header_hash}
    unknown = NO_HEADER in headers and old.label != new.label
    if len(headers) == 2 and not unknown:
        flags.add(Flag.SIGNATURE_CHANGED)
    if before.own_body_hash != after.own_body_hash:
        flags.add(Flag.BODY_CHANGED)
    return flags if flags - doc else flags | {Flag.BODY_CHANGED}


def _out_of_order(group: list[Draft]) -> list[Draft]:
    """The members off a heaviest increasing subsequence: the fewest lines that must have moved
    to explain the new order. Every choice is made the same way in both directions (diffing
    new against old flags the same entities), so each weight is symmetric in old and new:
    1. lines kept in place, counted on both sides;
    2. then more entities kept in place (fewer reported moves);
    3. then entities that travelled less far (in places among the group) kept in place;
    4. then a fixed order of the pairs' keys, each pair's key set read the same both ways:
       one bit per pair, so that no two subsequences weigh the same."""
    ordered = sorted(group, key=lambda d: d.old.span.start_byte)  # type: ignore[union-attr]
    pairs = [(d.old, d.new) for d in ordered if d.old is not None and d.new is not None]
    positions = [new.span.start_byte for _, new in pairs]
    count = len(pairs)
    new_place = {position: place for place, position in enumerate(sorted(positions))}
    by_keys = sorted(range(count), key=lambda i: sorted((pairs[i][0].key, pairs[i][1].key)))
    bit = {index: place for place, index in enumerate(by_keys)}
    weights = []
    for index, (old, new) in enumerate(pairs):
        lines = 2 + old.span.last_line - old.span.start_line + new.span.last_line
        lines -= new.span.start_line
        near = count - abs(index - new_place[positions[index]])
        order = (lines * TIE_BREAK + 1) * (count * count + 1) + near
        weights.append(order << count | 1 << bit[index])
    ranks = {p: r for r, p in enumerate(sorted(set(positions)))}
    size = len(ranks)
    tree = [(0, -1)] * (size + 1)  # Fenwick tree of (best weight, index) over prefixes of ranks
    best: list[tuple[int, int]] = []
    for index, position in enumerate(positions):
        rank = ranks[position]
        query = (0, -1)
        k = rank
        while k > 0:
            query = max(query, tree[k])
            k -= k & -k
        current = (query[0] + weights[index], index)
        best.append((current[0], query[1]))
        k = rank + 1
        while k <= size:
            tree[k] = max(tree[k], (current[0], index))
            k += k & -k
    keep: set[int] = set()
    if best:
        index = max(range(len(best)), key=lambda i: (best[i][0], -i))
        while index >= 0:
            keep.add(index)
            index = best[index][1]
    return [draft for i, draft in enumerate(ordered) if i not in keep]


_PLACE_FLAGS = MOVE_FLAGS | {Flag.RENAMED}
"""Flags about where an entity is and what it is called, not about its text."""


def settle(flags: set[Flag], shown: Sequence[Hunk]) -> set[Flag]:
    """A pair's flags once its hunks are known (`shown`: those a reviewer reads)."""
    flags = set(flags)
    if only_line_endings(shown):
        # A `\r` added or removed is whitespace, though a comment or a string holding it
        # made the tokens differ.
        return (flags & _PLACE_FLAGS) | {Flag.WHITESPACE_ONLY}
    if not shown:
        # Its own lines are all unchanged: what changed was the blank space between
        # its children, which went to the child that was added, removed or moved.
        # (Other changes stay flagged: on a line shared with a neighbour that changed
        # too, they show in the neighbour's hunk.)
        flags.discard(Flag.WHITESPACE_ONLY)
    elif not flags - {Flag.WHITESPACE_ONLY}:
        # Hunks but no change of its own beyond whitespace: blank lines it took in
        # around it, space between entities on a shared line, or text after its end
        # on its last line (a JSON member's comma, `}  // namespace x`). It must not
        # be listed as unchanged, nor called whitespace-only when it is not.
        flags.add(Flag.WHITESPACE_ONLY if _blank_only(shown) else Flag.BODY_CHANGED)
        if Flag.BODY_CHANGED in flags:
            flags.discard(Flag.WHITESPACE_ONLY)
    return flags


def _blank_only(hunks: Iterable[Hunk]) -> bool:
    """Whether the hunks' removed and added lines differ in whitespace only."""
    removed: list[str] = []
    added: list[str] = []
    for hunk in hunks:
        for line in hunk.lines:
            if line.op != " ":
                (removed if line.op == "-" else added).append("".join(line.text.split()))
    return removed == added or not "".join(removed + added)


def status(draft: Draft, flags: set[Flag]) -> Status:
    if draft.old is None:
        return Status.ADDED
    if draft.new is None:
        return Status.REMOVED
    if flags & MOVE_FLAGS:
        return Status.MOVED
    if Flag.RENAMED in flags:
        return Status.RENAMED
    return Status.MODIFIED if flags else Status.UNCHANGED
