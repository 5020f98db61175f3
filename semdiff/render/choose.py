"""`--entity`: the changes a request names, by id, by name or by qualified name (either side).

`--explain` shows every change a name fits (a rename chain is explained whole). A patch is
applied to a repository, so each request must name exactly one change: a name that fits
several is an error listing them, never a silent pick.
"""

from __future__ import annotations

from collections.abc import Sequence

from semdiff.extract import MODULE_KIND
from semdiff.model import Change, DiffReport, Entity, Status


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
    entities inside a removed one (with `for_reverse`, undoing an addition: the added ones
    inside an added one) that `ids` do not name, reached through entities gone with it, as
    the Emacs frontend reaches them (a child that moved out keeps its own). Applied without
    them, their lines stay without the entity around them (a deleted class's methods at the
    top level)."""
    chosen = set(ids)

    def gone(change: Change) -> Entity | None:
        """The entity a change takes away, in the direction the patch is for."""
        if for_reverse:
            return change.new if change.old is None else None
        return change.old if change.new is None else None

    went = {entity.key: entity for change in report.changes if (entity := gone(change))}
    containers = {
        entity.key
        for change in report.changes
        if change.id in chosen and (entity := gone(change)) is not None
    }
    left: list[Change] = []
    for change in report.changes:
        entity = gone(change)
        if entity is None or change.id in chosen:
            continue
        parent = entity.parent
        while parent is not None and parent not in containers and parent in went:
            parent = went[parent].parent
        if parent in containers:
            left.append(change)
    return left


def containers_left_out(
    report: DiffReport, ids: Sequence[str], *, for_reverse: bool
) -> list[Change]:
    """The added entities (with `for_reverse`, undoing a removal: the removed ones) that an
    entity a patch of `ids` brings in sits in, and that `ids` do not name, outermost last, as
    the Emacs frontend asks to stage them too (`semdiff--needed`). Applied without them, its
    lines land where the alignment had them, outside any such container."""
    chosen = set(ids)

    def made(change: Change) -> Entity | None:
        """The entity a change brings in, in the direction the patch is for."""
        return change.old if for_reverse else change.new

    created = {
        entity.key: (change, entity)
        for change in report.changes
        if (entity := made(change)) is not None
        and (change.new if for_reverse else change.old) is None
    }
    left: list[Change] = []
    for change in report.changes:
        entity = made(change)
        if change.id not in chosen or entity is None:
            continue
        parent = entity.parent
        while parent is not None and parent in created:
            container, around = created[parent]
            if container.id not in chosen and container not in left:
                left.append(container)
            parent = around.parent
    return left
