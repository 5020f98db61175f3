"""`--entity`: the changes a request names, by id, by name or by qualified name (either side).

`--explain` shows every change a name fits (a rename chain is explained whole). A patch is
applied to a repository, so each request must name exactly one change: a name that fits
several is an error listing them, never a silent pick.
"""

from __future__ import annotations

from collections.abc import Sequence

from semdiff.extract import MODULE_KIND
from semdiff.model import Change, DiffReport, Status


def listed(change: Change, include_unchanged: bool) -> bool:
    """Whether a report lists the change: unchanged entities only when asked to."""
    return include_unchanged or change.status is not Status.UNCHANGED


class AmbiguousEntity(LookupError):
    """A name that fits several changes: `args` are the request and the candidates."""


def chosen_changes(report: DiffReport, wanted: Sequence[str]) -> list[Change]:
    """The changes named by id, by name or by qualified name (either side), in report order.
    Raises LookupError with the first request that names nothing."""
    found: list[Change] = []
    for request in wanted:
        hits = [c for c in report.changes if c.kind != MODULE_KIND and _names(c, request)]
        if not hits:
            raise LookupError(request)
        found.extend(c for c in hits if c not in found)
    order = {change.id: index for index, change in enumerate(report.changes)}
    return sorted(found, key=lambda c: order[c.id])


def patch_ids(report: DiffReport, wanted: Sequence[str]) -> list[str]:
    """The id of the one change each request names. An id is taken as it is (a top level's
    too: frontends stage it by id); a name counts only changed entities, since an unchanged
    one has nothing to patch and would only make the name ambiguous. Raises LookupError
    with a request that names nothing, AmbiguousEntity with one that names several."""
    ids: list[str] = []
    for request in wanted:
        by_id = [c.id for c in report.changes if c.id == request]
        if by_id:
            ids.extend(by_id)
            continue
        hits = [
            c
            for c in report.changes
            if c.kind != MODULE_KIND and c.status is not Status.UNCHANGED and _names(c, request)
        ]
        if not hits:
            raise LookupError(request)
        if len(hits) > 1:
            raise AmbiguousEntity(request, hits)
        ids.append(hits[0].id)
    return ids


def _names(change: Change, request: str) -> bool:
    if change.id == request:
        return True
    return any(
        entity is not None and request in (entity.name, entity.qualified_name)
        for entity in (change.old, change.new)
    )


def held_out(report: DiffReport, ids: Sequence[str], *, for_reverse: bool) -> list[Change]:
    """What a patch of `ids` leaves behind inside an entity it takes away: the removed
    entities inside a removed one (and, undoing an addition with `for_reverse`, the added ones
    inside an added one) that `ids` do not name. Applied without them, their lines stay
    without the entity around them (a deleted class's methods at the top level)."""
    chosen = set(ids)
    changes = {c.id: c for c in report.changes}
    gone = [
        c
        for c in (changes[i] for i in ids if i in changes)
        if (c.new is None and c.old is not None) or (for_reverse and c.old is None)
    ]
    left: list[Change] = []
    for container in gone:
        entity = container.old or container.new
        assert entity is not None
        side = "old" if container.new is None else "new"
        parents = {
            e.key: e.parent
            for c in report.changes
            if (e := c.old if side == "old" else c.new) is not None
        }
        for change in report.changes:
            other = change.old if side == "old" else change.new
            if change.id in chosen or other is None or change in left:
                continue
            if (change.new if side == "old" else change.old) is not None:
                continue  # not gone with it: moved out, or kept
            parent = other.parent
            while parent is not None and parent != entity.key:
                parent = parents.get(parent)
            if parent is not None:
                left.append(change)
    return left
