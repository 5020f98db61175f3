"""Both sides of a diff as the matcher reads them: every entity, by key, with its file pair."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from semdiff.model import Entity, ParsedFile


@dataclass(slots=True)
class Sides:
    old: list[Entity] = field(default_factory=list)
    new: list[Entity] = field(default_factory=list)
    old_file: dict[str, int] = field(default_factory=dict)
    """Entity key → index of its file pair."""
    new_file: dict[str, int] = field(default_factory=dict)
    old_by_key: dict[str, Entity] = field(default_factory=dict)
    new_by_key: dict[str, Entity] = field(default_factory=dict)
    modules: list[tuple[Entity, Entity]] = field(default_factory=list)
    """The top levels of each file pair present on both sides."""
    old_modules: list[Entity] = field(default_factory=list)
    """The top level of every old file: its content is the whole file."""
    _neighbours: tuple[Neighbours, Neighbours] | None = None

    @staticmethod
    def collect(
        old_files: Sequence[ParsedFile | None], new_files: Sequence[ParsedFile | None]
    ) -> Sides:
        sides = Sides()
        for index, (old, new) in enumerate(zip(old_files, new_files, strict=True)):
            if old is not None:
                sides.old_modules.append(old.module)
                if new is not None:
                    sides.modules.append((old.module, new.module))
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

    def same_file(self, old: Entity, new: Entity) -> bool:
        return self.old_file[old.key] == self.new_file[new.key]

    def neighbours(self) -> tuple[Neighbours, Neighbours]:
        """Each entity's previous and next sibling (key or None), old side and new side."""
        if self._neighbours is None:
            self._neighbours = (
                _neighbours(self.old, self.old_file),
                _neighbours(self.new, self.new_file),
            )
        return self._neighbours


Neighbours = dict[str, tuple[str | None, str | None]]


def _neighbours(entities: list[Entity], files: dict[str, int]) -> Neighbours:
    siblings: dict[tuple[int, str | None], list[Entity]] = defaultdict(list)
    for entity in entities:
        siblings[(files[entity.key], entity.parent)].append(entity)
    around: Neighbours = {}
    for group in siblings.values():
        for position, entity in enumerate(group):
            before = group[position - 1].key if position > 0 else None
            after = group[position + 1].key if position + 1 < len(group) else None
            around[entity.key] = (before, after)
    return around
