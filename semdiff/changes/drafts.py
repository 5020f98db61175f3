"""The changes being assembled: one draft per entity pair, per entity left unpaired and per file
pair's top level, the tables the stages look drafts up in, and the ids and names changes go by.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from semdiff.extract import MODULE_KIND, SIGNATURE_KINDS
from semdiff.fingerprint import digest
from semdiff.languages import spec_by_name
from semdiff.match import Matching
from semdiff.model import Entity, Match, ParsedFile

TOP_LEVEL_HEADER = "top level"


@dataclass(frozen=True, slots=True)
class FileInput:
    """One file pair as the pipeline hands it over."""

    old: ParsedFile | None
    new: ParsedFile | None
    renamed: bool = False
    similarity: float | None = None


def file_id(pair: FileInput) -> str:
    old = pair.old.source.path if pair.old else ""
    new = pair.new.source.path if pair.new else ""
    return "f:" + digest((old, new))[:12]


def entity_id(old: Entity | None, new: Entity | None) -> str:
    return "e:" + digest((old.key if old else "", new.key if new else ""))[:16]


def label(entity: Entity) -> str:
    """How the terminal and hunk headers name an entity: `fn parse`, `class Foo`."""
    if entity.kind == MODULE_KIND:
        return TOP_LEVEL_HEADER
    return f"{kind_label(entity)} {display_name(entity)}"


def kind_label(entity: Entity) -> str:
    """The word the entity's language uses for its kind: `fn`, `data class`."""
    if entity.label:
        return entity.label
    try:
        return spec_by_name(entity.language).label(entity.kind)
    except KeyError:
        return entity.kind


def display_name(entity: Entity) -> str:
    """The qualified name, with the parameter types in languages that overload by them, and
    with the platform of a variant of any kind (Clojure's `def x(:cljs)`, `variant_keys`)."""
    if entity.overload and (
        entity.kind in SIGNATURE_KINDS or spec_by_name(entity.language).variant_keys
    ):
        return f"{entity.qualified_name}({entity.overload})"
    return entity.qualified_name


@dataclass(slots=True, eq=False)
class Draft:
    """A change being assembled. What the stages find out about it (flags, hunks) they return
    in tables keyed by its id. Never changed once made, but not a frozen dataclass: there is one
    per entity, and a frozen dataclass takes twice as long to build."""

    id: str
    old: Entity | None
    new: Entity | None
    match: Match | None

    @property
    def entity(self) -> Entity:
        """The entity as it is now, or as it was if it was removed."""
        entity = self.new or self.old
        assert entity is not None
        return entity


class Drafts:
    """Every draft of one diff, and where each entity lives. Iterating gives the pairs in the
    matcher's order, then the unpaired old entities and the unpaired new ones by key, then
    each file pair's top level."""

    def __init__(self, files: Sequence[FileInput], matching: Matching) -> None:
        self.files = files
        self.file_ids = [file_id(pair) for pair in files]
        # Each entity by key, and the index in `files` of the file pair it belongs to.
        self.old_entities: dict[str, Entity] = {}
        self.new_entities: dict[str, Entity] = {}
        self.old_file: dict[str, int] = {}
        self.new_file: dict[str, int] = {}
        for index, pair in enumerate(files):
            for parsed, where, entities in (
                (pair.old, self.old_file, self.old_entities),
                (pair.new, self.new_file, self.new_entities),
            ):
                if parsed is not None:
                    for entity in parsed.entities:
                        where[entity.key] = index
                        entities[entity.key] = entity
        self.by_old: dict[str, Draft] = {}
        self.by_new: dict[str, Draft] = {}
        self._drafts: list[Draft] = []
        for match in matching.matches:
            self._add(Draft(entity_id(match.old, match.new), match.old, match.new, match))
        for key, entity in sorted(self.old_entities.items()):
            if key not in self.by_old:
                self._add(Draft(entity_id(entity, None), entity, None, None))
        for key, entity in sorted(self.new_entities.items()):
            if key not in self.by_new:
                self._add(Draft(entity_id(None, entity), None, entity, None))
        self.modules: list[Draft] = []
        for pair in files:
            old = pair.old.module if pair.old else None
            new = pair.new.module if pair.new else None
            draft = Draft(entity_id(old, new), old, new, None)
            self.modules.append(draft)
            self._drafts.append(draft)
        self.by_id = {draft.id: draft for draft in self._drafts}
        self.module_index = {draft.id: index for index, draft in enumerate(self.modules)}

    def _add(self, draft: Draft) -> None:
        self._drafts.append(draft)
        if draft.old is not None:
            self.by_old[draft.old.key] = draft
        if draft.new is not None:
            self.by_new[draft.new.key] = draft

    def __iter__(self) -> Iterator[Draft]:
        return iter(self._drafts)
