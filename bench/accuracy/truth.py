"""The ground truth of a case: the transformed files re-read with semdiff's extraction, and
for every entity on either side, the partner semdiff must give it (or none).

Each old entity is followed through the pieces by its name's first byte: where that byte
went, the new entity whose name starts there is its partner; if the byte was deleted, the
entity was deleted. New entities reached by no old one were written by the transformation and
must stay unpaired. A case whose new files do not parse cleanly, or where an old entity's name
lands where semdiff sees no entity, is dropped: its truth could not be trusted.
"""

from __future__ import annotations

from dataclasses import dataclass

from semdiff.model import Entity

from .code import Parsed, read
from .pieces import Locator, Position, realize
from .transform import Transformed


@dataclass(frozen=True, order=True)
class EntityRef:
    """An entity as the JSON names it: enough to find it in semdiff's output exactly."""

    path: str
    start: int
    end: int
    kind: str
    qualified_name: str

    def __str__(self) -> str:
        return f"{self.kind} {self.qualified_name} ({self.path}@{self.start})"


def ref(entity: Entity) -> EntityRef:
    span = entity.span
    return EntityRef(
        entity.path, span.start_byte, span.end_byte, entity.kind, entity.qualified_name
    )


@dataclass(frozen=True)
class Expectation:
    old: EntityRef | None
    new: EntityRef | None
    """Both set: a pair; one set: that entity must stay unpaired."""
    subject: bool
    """Transformed (or inside, or written by, the transformation); False: an untouched
    bystander, which must simply pair with itself."""
    flags: tuple[str, ...] = ()
    """Flags the pair must carry (only for the entities the transformation targeted)."""


@dataclass(frozen=True)
class Case:
    id: str
    language: str
    kind: str
    note: str
    sources: tuple[str, ...]
    old_files: tuple[tuple[str, bytes], ...]
    new_files: tuple[tuple[str, bytes], ...]
    expectations: tuple[Expectation, ...]
    edited: float | None = None


def settle(transformed: Transformed, case_id: str) -> Case | str:
    """The case, or why it was dropped."""
    language = transformed.language
    old_data = dict(transformed.old)
    old = {path: read(path, data, language) for path, data in transformed.old}
    if not all(p.clean for p in old.values()):
        return "old side has syntax errors"
    new_data = {path: realize(pieces, old_data) for path, pieces in transformed.new}
    new = {path: read(path, data, language) for path, data in new_data.items()}
    if not all(p.clean for p in new.values()):
        return "transformation broke the syntax"
    locator = Locator(transformed.new)
    at_name: dict[Position, list[Entity]] = {}
    for parsed in new.values():
        for entity in parsed.entities:
            at_name.setdefault((entity.path, entity.name_span[0]), []).append(entity)

    old_targets = _targets(old, transformed.old_targets)
    new_targets = _targets(new, transformed.new_targets)
    expectations = []
    images: set[EntityRef] = set()
    for parsed in old.values():
        for entity in parsed.entities:
            subject = _inside(entity, old_targets)
            direct = (entity.path, entity.name_span[0]) in transformed.old_targets
            place = locator.forward((entity.path, entity.name_span[0]))
            if place is None:
                expectations.append(Expectation(ref(entity), None, True))
                continue
            found = at_name.get(place, [])
            same = [e for e in found if e.kind == entity.kind] or found
            if not same:
                return f"{entity.kind} {entity.qualified_name} is no entity after the change"
            image = ref(same[0])
            if image in images:
                return f"two entities became {image}"
            images.add(image)
            subject = subject or _inside(same[0], new_targets)
            flags = transformed.flags if direct else ()
            expectations.append(Expectation(ref(entity), image, subject, flags))
    for parsed in new.values():
        for entity in parsed.entities:
            if ref(entity) not in images:
                # Written by the transformation: an added function, a copy, a donor.
                expectations.append(Expectation(None, ref(entity), True))
    return Case(
        id=case_id,
        language=language,
        kind=transformed.kind,
        note=transformed.note,
        sources=transformed.sources,
        old_files=tuple(sorted(transformed.old)),
        new_files=tuple(sorted(new_data.items())),
        expectations=tuple(expectations),
        edited=transformed.edited,
    )


def _targets(files: dict[str, Parsed], positions: tuple[Position, ...]) -> list[Entity]:
    return [
        entity
        for parsed in files.values()
        for entity in parsed.entities
        if (entity.path, entity.name_span[0]) in positions
    ]


def _inside(entity: Entity, targets: list[Entity]) -> bool:
    """The entity is a target, or lies within one (a method of a renamed class)."""
    return any(
        t.path == entity.path
        and t.span.start_byte <= entity.span.start_byte
        and entity.span.end_byte <= t.span.end_byte
        for t in targets
    )
