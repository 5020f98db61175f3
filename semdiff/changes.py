"""Matches → changes: flags and status per entity, then the hunks of every file pair.

Hunks come from one aligned pass per file pair (textdiff.py). An entity that moved (to another
file, another parent, or out of order among its siblings) is a *block*: in the file's
alignment its lines are removed at the old place and inserted at the new one, so that the
`hunks` of all changes still turn each old file into its new version; and its old text is
aligned with its new text on its own to give `moved_hunks`, what a reviewer reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from semdiff.extract import MODULE_KIND, SIGNATURE_KINDS
from semdiff.fingerprint import digest
from semdiff.languages import spec_by_name
from semdiff.match import Matching
from semdiff.model import (
    MOVE_FLAGS,
    Change,
    Entity,
    FileDiff,
    FileStatus,
    Flag,
    Hunk,
    Match,
    ParsedFile,
    Status,
)
from semdiff.textdiff import Row, align, build_hunks

TOP_LEVEL_HEADER = "top level"
TIE_BREAK = 1 << 20
"""Scales line counts in the reorder weights so that one entity never outweighs one line."""


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
    try:
        kind = spec_by_name(entity.language).label(entity.kind)
    except KeyError:
        kind = entity.kind
    return f"{kind} {display_name(entity)}"


def display_name(entity: Entity) -> str:
    """The qualified name, with the parameter types in languages that overload by them."""
    if entity.overload and entity.kind in SIGNATURE_KINDS:
        return f"{entity.qualified_name}({entity.overload})"
    return entity.qualified_name


@dataclass(slots=True, eq=False)
class _Draft:
    """A change being assembled."""

    id: str
    old: Entity | None
    new: Entity | None
    match: Match | None
    flags: set[Flag] = field(default_factory=set)
    hunks: list[Hunk] = field(default_factory=list)
    moved_hunks: list[Hunk] | None = None


class _Builder:
    def __init__(self, files: Sequence[FileInput], matching: Matching, context: int) -> None:
        self.files = files
        self.context = context
        self.file_ids = [file_id(pair) for pair in files]
        self.old_file: dict[str, int] = {}
        self.new_file: dict[str, int] = {}
        self.old_entities: dict[str, Entity] = {}
        self.new_entities: dict[str, Entity] = {}
        for index, pair in enumerate(files):
            for parsed, where, entities in (
                (pair.old, self.old_file, self.old_entities),
                (pair.new, self.new_file, self.new_entities),
            ):
                if parsed is not None:
                    for entity in parsed.entities:
                        where[entity.key] = index
                        entities[entity.key] = entity
        self.partner: dict[str, str] = {}
        self.old_partner: dict[str, str] = {}
        self.by_old: dict[str, _Draft] = {}
        self.by_new: dict[str, _Draft] = {}
        self.drafts: list[_Draft] = []
        for match in matching.matches:
            self.partner[match.old.key] = match.new.key
            self.old_partner[match.new.key] = match.old.key
            self._add(_Draft(entity_id(match.old, match.new), match.old, match.new, match))
        for key, entity in sorted(self.old_entities.items()):
            if key not in self.by_old:
                self._add(_Draft(entity_id(entity, None), entity, None, None))
        for key, entity in sorted(self.new_entities.items()):
            if key not in self.by_new:
                self._add(_Draft(entity_id(None, entity), None, entity, None))
        self.modules: list[_Draft] = []
        for pair in files:
            old = pair.old.module if pair.old else None
            new = pair.new.module if pair.new else None
            draft = _Draft(entity_id(old, new), old, new, None)
            self.modules.append(draft)
            self.drafts.append(draft)
        self.by_id = {draft.id: draft for draft in self.drafts}
        self.module_index = {draft.id: index for index, draft in enumerate(self.modules)}
        self.headers = {draft.id: label(_either(draft)) for draft in self.drafts}
        self.main_rows: dict[int, list[Row]] = {}
        self.container_cache: dict[str, set[str]] = {}
        self.shared_cache: dict[tuple[str, str], dict[int, int]] = {}
        self.owner_cache: dict[tuple[str, int], list[_Draft]] = {}
        self.blocks: list[_Draft] = []
        self.block_ids: set[str] = set()
        self.blocks_in: dict[tuple[str, int], list[_Draft]] = defaultdict(list)
        self.line_block_cache: dict[
            tuple[str, int], tuple[list[_Draft | None], list[_Draft | None]]
        ] = {}

    def _add(self, draft: _Draft) -> None:
        self.drafts.append(draft)
        if draft.old is not None:
            self.by_old[draft.old.key] = draft
        if draft.new is not None:
            self.by_new[draft.new.key] = draft

    # -- flags --------------------------------------------------------------------------

    def parents_correspond(self, old: Entity, new: Entity) -> bool:
        if old.scope is not None or new.scope is not None:
            # A Go method belongs to its receiver type wherever that type is declared.
            return not self._container_names(old, "old").isdisjoint(
                self._container_names(new, "new")
            )
        if old.parent is None or new.parent is None:
            return old.parent is None and new.parent is None
        return self.partner.get(old.parent) == new.parent

    def _container_names(self, entity: Entity, side: str) -> set[str | None]:
        """The name of the type an entity belongs to, and that of its partner if it has one:
        a method written for `Queue` stays with it when `Queue` is renamed, either way round."""
        if entity.parent is None:
            return {entity.scope}
        own, others = (
            (self.old_entities, self.new_entities)
            if side == "old"
            else (self.new_entities, self.old_entities)
        )
        partner = (self.partner if side == "old" else self.old_partner).get(entity.parent)
        names: set[str | None] = {own[entity.parent].name}
        if partner is not None:
            names.add(others[partner].name)
        return names

    def classify(self) -> None:
        in_order: dict[tuple[int, str | None, int, str | None], list[_Draft]] = defaultdict(list)
        for draft in self.drafts:
            old, new = draft.old, draft.new
            if old is None or new is None or draft.match is None:
                continue
            same_file = self.old_file[old.key] == self.new_file[new.key]
            correspond = self.parents_correspond(old, new)
            if old.name != new.name:
                draft.flags.add(Flag.RENAMED)
            if not correspond:
                draft.flags.add(Flag.MOVED_PARENT)
            # A member whose container moved files with it did not move files itself (a
            # container of the same name that was removed there and added here is another).
            with_container = (
                correspond
                and old.parent is not None
                and new.parent is not None
                and self.partner.get(old.parent) == new.parent
            )
            if not same_file and not with_container:
                draft.flags.add(Flag.MOVED_FILE)
            if (same_file and correspond) or with_container:
                # Siblings keep an order to compare even when their parent moved files.
                # Keyed by both sides, so that the groups are the same in `semdiff new old`
                # (a Go or Lua method can have a parent on one side, a scope on the other).
                where = (self.old_file[old.key], old.parent, self.new_file[new.key], new.parent)
                in_order[where].append(draft)
            draft.flags |= content_flags(old, new)
        for group in in_order.values():
            for draft in _out_of_order(group):
                draft.flags.add(Flag.REORDERED)

    # -- hunks --------------------------------------------------------------------------

    def find_blocks(self) -> None:
        """Index the moved pairs by the file each side lives in."""
        self.blocks = [d for d in self.drafts if d.match is not None and MOVE_FLAGS & d.flags]
        self.block_ids = {d.id for d in self.blocks}
        for draft in self.blocks:
            assert draft.old is not None and draft.new is not None
            self.blocks_in[("old", self.old_file[draft.old.key])].append(draft)
            self.blocks_in[("new", self.new_file[draft.new.key])].append(draft)

    def line_blocks(self, index: int, side: str) -> tuple[list[_Draft | None], list[_Draft | None]]:
        """For each line of one side of file pair `index`: its outermost and innermost block."""
        cached = self.line_block_cache.get((side, index))
        if cached is not None:
            return cached
        parsed = self.files[index].old if side == "old" else self.files[index].new
        assert parsed is not None
        outer: list[_Draft | None] = [None] * len(parsed.source.lines)
        inner: list[_Draft | None] = [None] * len(parsed.source.lines)

        def start(draft: _Draft) -> tuple[int, int]:
            entity = draft.old if side == "old" else draft.new
            assert entity is not None
            return entity.span.start_byte, -entity.span.end_byte

        for draft in sorted(self.blocks_in[(side, index)], key=start):
            entity = draft.old if side == "old" else draft.new
            assert entity is not None
            for line in range(entity.span.start_line - 1, min(entity.span.last_line, len(outer))):
                if outer[line] is None:
                    outer[line] = draft
                inner[line] = draft
        self.line_block_cache[(side, index)] = (outer, inner)
        return outer, inner

    def line_owners(self, parsed: ParsedFile, side: str, index: int) -> list[_Draft]:
        """The change that owns each line of one side of file pair `index`."""
        cached = self.owner_cache.get((side, index))
        if cached is not None:
            return cached
        table = self.by_old if side == "old" else self.by_new
        by_position = [table[entity.key] for entity in parsed.entities]
        by_position.append(self.modules[index])  # position -1: the top level
        owners = list(map(by_position.__getitem__, parsed.owners))
        for line, position in self.shared_line_owners(parsed, side).items():
            owners[line] = by_position[position]
        self.owner_cache[(side, index)] = owners
        return owners

    def shared_line_owners(self, parsed: ParsedFile, side: str) -> dict[int, int]:
        """Lines that several entities share (`x = 1; y = 2`, a one-line enum): each goes to
        the innermost sharer that changed, so that the change shows under its entity."""
        key = (side, parsed.source.path)
        cached = self.shared_cache.get(key)
        if cached is not None:
            return cached
        ends: dict[int, list[int]] = defaultdict(list)
        for position, entity in enumerate(parsed.entities):
            first, last = entity.span.start_line - 1, entity.span.last_line - 1
            ends[first].append(position)
            if last != first:
                ends[last].append(position)
        table = self.by_old if side == "old" else self.by_new
        chosen: dict[int, int] = {}
        for line, sharers in ends.items():
            default = parsed.owners[line] if line < len(parsed.owners) else -1
            if len(sharers) < 2 or not 0 <= line < len(parsed.owners):
                continue
            # Only entities side by side compete; a parent sharing its last line with its
            # last child leaves it to the child.
            present = {*sharers, default} - {-1}
            innermost_first = sorted(
                _innermost(parsed.entities, present),
                key=lambda p: -parsed.entities[p].span.start_byte,
            )
            for position in innermost_first:
                draft = table[parsed.entities[position].key]
                # Blank space between children changes a parent's layout, not its lines.
                if draft.flags - {Flag.WHITESPACE_ONLY} or draft.old is None or draft.new is None:
                    if position != default:
                        chosen[line] = position
                    break
        self.shared_cache[key] = chosen
        return chosen

    def main_alignment(self, index: int) -> None:
        pair = self.files[index]
        sides: list[tuple[list[int], list[Hashable], list[_Draft]]] = []
        for side, parsed in (("old", pair.old), ("new", pair.new)):
            if parsed is None:
                sides.append(([], [], []))
                continue
            outer, _ = self.line_blocks(index, side)
            lines = list(range(len(parsed.source.lines)))
            sides.append(
                self._label(
                    parsed,
                    side=side,
                    index=index,
                    lines=lines,
                    block_of=outer.__getitem__,
                    within=None,
                )
            )
        rows = self._rows(sides[0], sides[1], pair, pair)
        self.main_rows[index] = rows
        self._distribute(
            rows, old_index=index, new_index=index, old_origin=0, new_origin=0, moved=False
        )

    def _label(
        self,
        parsed: ParsedFile,
        *,
        side: str,
        index: int,
        lines: list[int],
        block_of: Callable[[int], _Draft | None],
        within: _Draft | None,
    ) -> tuple[list[int], list[Hashable], list[_Draft]]:
        """Alignment keys and owners for `lines`. A line of a block (other than `within`, the
        block being aligned) is unique, so it never aligns: the block is removed and inserted
        whole. Inside `within`, lines belong to it or to what it contains."""
        line_owners = self.line_owners(parsed, side, index)
        if (
            within is None
            and len(lines) == len(line_owners)
            and not self.blocks_in.get((side, index))
        ):
            # All the lines of a side without blocks (most files): the keys in bulk.
            bulk: list[Hashable] = list(
                zip(map(_id, line_owners), parsed.source.lines, strict=True)
            )
            return lines, bulk, line_owners
        keys: list[Hashable] = []
        owners: list[_Draft] = []
        for line in lines:
            block = block_of(line)
            if block is not None and block is not within:
                keys.append((side, line))
                owners.append(block)
                continue
            owner = line_owners[line]
            if within is not None:
                owner = self.inside(within, owner)
            keys.append((owner.id, parsed.source.lines[line]))
            owners.append(owner)
        return lines, keys, owners

    def _rows(
        self,
        old: tuple[list[int], list[Hashable], list[_Draft]],
        new: tuple[list[int], list[Hashable], list[_Draft]],
        old_pair: FileInput,
        new_pair: FileInput,
    ) -> list[Row]:
        old_lines, old_keys, old_owners = old
        new_lines, new_keys, new_owners = new
        rows = [
            Row(
                op,
                old_lines[i] if i is not None else None,
                new_lines[j] if j is not None else None,
                (old_owners[i] if i is not None else new_owners[j]).id,  # type: ignore[index]
            )
            for op, i, j in align(old_keys, new_keys, tier=self.line_tier)
        ]
        return _group_by_owner(self.absorb_blank_lines(rows, old_pair, new_pair))

    def line_tier(self, key: Hashable) -> int:
        """Which lines align first (textdiff.align): an entity's, then the top level's, then
        blank lines. A line of a moved block is keyed (side, number) and never aligns."""
        if not isinstance(key, tuple) or not isinstance(key[1], str):
            return 0
        if not key[1].strip():
            return 2
        return 1 if key[0] in self.module_index else 0

    def absorb_blank_lines(
        self, rows: list[Row], old_pair: FileInput, new_pair: FileInput
    ) -> list[Row]:
        """A blank line added or removed next to a changed entity, but owned by its container
        (the top level, or its class), joins the entity's change: adding a function adds the
        blank line before it, and moving a method moves the blank line beside it."""
        result = list(rows)
        position = 0
        while position < len(result):
            if result[position].op == " ":
                position += 1
                continue
            end = position
            while end < len(result) and result[end].op != " ":
                end += 1
            for index in range(position, end):
                row = result[index]
                if not _is_blank(row, old_pair, new_pair):
                    continue
                same_side = [r for r in result[index + 1 : end] if r.op == row.op] + [
                    r for r in reversed(result[position:index]) if r.op == row.op
                ]
                for neighbour in same_side:
                    if not _is_blank(neighbour, old_pair, new_pair):
                        if row.owner in self.containers(neighbour.owner):
                            result[index] = Row(row.op, row.old, row.new, neighbour.owner)
                        break
            position = end
        return result

    def containers(self, change_id: str) -> set[str]:
        """Ids of the changes enclosing one: its ancestors and its file's top level."""
        cached = self.container_cache.get(change_id)
        if cached is not None:
            return cached
        draft = self.by_id[change_id]
        found: set[str] = set()
        for entity, table, where in (
            (draft.old, self.by_old, self.old_file),
            (draft.new, self.by_new, self.new_file),
        ):
            if entity is None or entity.key not in where:
                continue
            found.add(self.modules[where[entity.key]].id)
            parent = entity.parent
            while parent is not None:
                found.add(table[parent].id)
                owner = table[parent]
                parent_entity = owner.old if table is self.by_old else owner.new
                parent = parent_entity.parent if parent_entity is not None else None
        self.container_cache[change_id] = found
        return found

    def inside(self, block: _Draft, owner: _Draft) -> _Draft:
        """A line of a moved block belongs to the block or to what it contains; a line it
        shares with an entity outside (one-liners) goes with the block."""
        if owner is block or block.id in self.containers(owner.id):
            return owner
        return block

    def _block_side(
        self, draft: _Draft, entity: Entity, parsed: ParsedFile, side: str, index: int
    ) -> tuple[list[int], list[Hashable], list[_Draft]]:
        _, inner = self.line_blocks(index, side)
        return self._label(
            parsed,
            side=side,
            index=index,
            lines=list(range(entity.span.start_line - 1, entity.span.last_line)),
            block_of=inner.__getitem__,
            within=draft,
        )

    def block_alignment(self, draft: _Draft) -> None:
        old, new = draft.old, draft.new
        assert old is not None and new is not None
        old_index, new_index = self.old_file[old.key], self.new_file[new.key]
        old_parsed, new_parsed = self.files[old_index].old, self.files[new_index].new
        assert old_parsed is not None and new_parsed is not None
        old_side = self._block_side(draft, old, old_parsed, "old", old_index)
        new_side = self._block_side(draft, new, new_parsed, "new", new_index)
        rows = self._rows(old_side, new_side, self.files[old_index], self.files[new_index])
        # Blocks nested in this one have their own alignment; what they took in (the blank
        # line beside a method that moved within a moved class) moved with them.
        owners = {o.id for o in (*old_side[2], *new_side[2])}
        nested = {i for i in owners if i != draft.id and i in self.block_ids}
        rows = [row for row in rows if row.owner not in nested]
        self._distribute(
            rows,
            old_index=old_index,
            new_index=new_index,
            old_origin=old.span.start_line - 1,
            new_origin=new.span.start_line - 1,
            moved=True,
            members={draft.id, *(owners - nested)},
        )

    def _distribute(
        self,
        rows: list[Row],
        *,
        old_index: int,
        new_index: int,
        old_origin: int,
        new_origin: int,
        moved: bool,
        members: set[str] | None = None,
    ) -> None:
        old_pair, new_pair = self.files[old_index], self.files[new_index]
        by_id = self.by_id
        found = build_hunks(
            rows,
            old_lines=old_pair.old.source.lines if old_pair.old else (),
            new_lines=new_pair.new.source.lines if new_pair.new else (),
            old_origin=old_origin,
            new_origin=new_origin,
            file_id=self.file_ids[new_index if moved else old_index],
            headers=self.headers,
            context=self.context,
        )
        if moved:
            for member in sorted(members or ()):
                draft = by_id[member]
                draft.moved_hunks = [*(draft.moved_hunks or []), *found.get(member, [])]
            return
        for owner, hunks in found.items():
            by_id[owner].hunks.extend(hunks)

    def build(self) -> tuple[list[Change], list[FileDiff]]:
        self.classify()
        self.find_blocks()
        for index in range(len(self.files)):
            self.main_alignment(index)
        for draft in self.blocks:
            self.block_alignment(draft)
        changes = {draft.id: self._freeze(draft) for draft in self.drafts}
        listed: dict[int, list[_Draft]] = defaultdict(list)
        for draft in self.drafts:
            if draft.id in self.module_index:
                continue
            if draft.new is not None:
                listed[self.new_file[draft.new.key]].append(draft)
            if draft.old is not None and (
                draft.new is None or self.old_file[draft.old.key] != self.new_file[draft.new.key]
            ):
                listed[self.old_file[draft.old.key]].append(draft)
        file_diffs = [self._file_diff(index, listed[index]) for index in range(len(self.files))]
        ordered: list[Change] = []
        seen: set[str] = set()
        for diff in file_diffs:
            for change_id in diff.change_ids:
                if change_id not in seen:
                    seen.add(change_id)
                    ordered.append(changes[change_id])
        return ordered, file_diffs

    def _freeze(self, draft: _Draft) -> Change:
        flags = set(draft.flags)
        entity = draft.new or draft.old
        assert entity is not None
        if draft.old is not None and draft.new is not None:
            if draft.match is None:  # the module pseudo-entity
                flags = content_flags(draft.old, draft.new)
            if not (draft.hunks if draft.moved_hunks is None else draft.moved_hunks):
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
                shown = draft.hunks if draft.moved_hunks is None else draft.moved_hunks
                flags.add(Flag.WHITESPACE_ONLY if _blank_only(shown) else Flag.BODY_CHANGED)
                if Flag.BODY_CHANGED in flags:
                    flags.discard(Flag.WHITESPACE_ONLY)
        status = _status(draft, flags)
        parent_id = None
        if entity.parent is not None:
            parent = (self.by_new if draft.new is not None else self.by_old)[entity.parent]
            parent_id = parent.id
        home = (
            self.new_file[draft.new.key]
            if draft.new is not None and draft.new.key in self.new_file
            else None
        )
        if home is None and draft.old is not None and draft.old.key in self.old_file:
            home = self.old_file[draft.old.key]
        if home is None:
            home = self.module_index[draft.id]
        return Change(
            id=draft.id,
            file_id=self.file_ids[home],
            kind=entity.kind,
            status=status,
            flags=tuple(flag for flag in Flag if flag in flags),
            old=draft.old,
            new=draft.new,
            match=draft.match,
            parent_id=parent_id,
            hunks=tuple(sorted(draft.hunks, key=_hunk_order)),
            moved_hunks=None if draft.moved_hunks is None else tuple(draft.moved_hunks),
        )

    def _file_diff(self, index: int, drafts: list[_Draft]) -> FileDiff:
        pair = self.files[index]
        mapping = self._old_to_new_positions(index)
        listed: list[tuple[tuple[int, int, int], str]] = [((-1, 0, 0), self.modules[index].id)]
        for draft in drafts:
            if draft.new is not None and self.new_file[draft.new.key] == index:
                listed.append(((draft.new.span.start_byte, 0, 0), draft.id))
            elif draft.old is not None:
                line = draft.old.span.start_line - 1
                listed.append(((mapping[line], 1, draft.old.span.start_byte), draft.id))
        listed.sort()
        return FileDiff(
            id=self.file_ids[index],
            status=_file_status(pair),
            old=pair.old,
            new=pair.new,
            change_ids=tuple(change_id for _, change_id in listed),
            similarity=pair.similarity,
        )

    def _old_to_new_positions(self, index: int) -> list[int]:
        """For each old line: the byte offset in the new file where it sits, or would."""
        pair = self.files[index]
        if pair.old is None:
            return []
        starts = [0]
        for line in pair.new.source.lines if pair.new else ():
            starts.append(starts[-1] + len(line.encode("utf-8", errors="surrogatepass")))
        positions = [0] * len(pair.old.source.lines)
        seen_new = 0
        for row in self.main_rows[index]:
            if row.new is not None:
                seen_new = row.new + 1
            if row.old is not None:
                positions[row.old] = starts[seen_new]
        return positions


def _group_by_owner(rows: list[Row]) -> list[Row]:
    """Within each run of changed lines, put each owner's lines together (its removals, then
    its additions), so that two neighbouring one-line entities that both changed read as two
    hunks of `-`/`+`, not as removals then additions. Only when that keeps both sides in order."""
    result: list[Row] = []
    position = 0
    while position < len(rows):
        if rows[position].op == " ":
            result.append(rows[position])
            position += 1
            continue
        end = position
        while end < len(rows) and rows[end].op != " ":
            end += 1
        run = rows[position:end]
        first_seen: dict[str, int] = {}
        for row in run:
            first_seen.setdefault(row.owner, len(first_seen))
        grouped = sorted(run, key=lambda r: (first_seen[r.owner], r.op != "-"))
        olds = [r.old for r in grouped if r.old is not None]
        news = [r.new for r in grouped if r.new is not None]
        in_order = olds == sorted(olds) and news == sorted(news)
        result.extend(grouped if in_order else run)
        position = end
    return result


def _innermost(entities: Sequence[Entity], positions: Iterable[int]) -> list[int]:
    """The positions of the entities that contain no other one of them (two with the same
    span contain each other). Sorted by start, widest first, an entity contains another
    exactly when a later one ends no later than it does, or the one before has its span:
    a suffix minimum finds them all in O(n log n) (a minified file puts thousands of
    entities on one line)."""
    spans = sorted((entities[p].span.start_byte, -entities[p].span.end_byte, p) for p in positions)
    found: list[int] = []
    end_after = None  # the smallest end among the entities after the current one
    for index in range(len(spans) - 1, -1, -1):
        start, negative_end, position = spans[index]
        end = -negative_end
        twin = index > 0 and spans[index - 1][:2] == (start, negative_end)
        if not twin and (end_after is None or end_after > end):
            found.append(position)
        end_after = end if end_after is None else min(end_after, end)
    return found


def _blank_only(hunks: Iterable[Hunk]) -> bool:
    """Whether the hunks' removed and added lines differ in whitespace only."""
    removed: list[str] = []
    added: list[str] = []
    for hunk in hunks:
        for line in hunk.lines:
            if line.op != " ":
                (removed if line.op == "-" else added).append("".join(line.text.split()))
    return removed == added or not "".join(removed + added)


_id = attrgetter("id")


def _either(draft: _Draft) -> Entity:
    entity = draft.new or draft.old
    assert entity is not None
    return entity


def content_flags(old: Entity, new: Entity) -> set[Flag]:
    """What changed in an entity's own text (children excluded), beyond its name."""
    before, after = old.fingerprint, new.fingerprint
    if before.own_text_hash == after.own_text_hash:
        return set()
    if before.own_layout_hash == after.own_layout_hash:
        return {Flag.WHITESPACE_ONLY}
    if before.own_code_hash == after.own_code_hash:
        return {Flag.COMMENT_ONLY}
    flags = set()
    if before.header_hash != after.header_hash:
        flags.add(Flag.SIGNATURE_CHANGED)
    if before.own_body_hash != after.own_body_hash:
        flags.add(Flag.BODY_CHANGED)
    return flags or {Flag.BODY_CHANGED}


def _status(draft: _Draft, flags: set[Flag]) -> Status:
    if draft.old is None:
        return Status.ADDED
    if draft.new is None:
        return Status.REMOVED
    if flags & MOVE_FLAGS:
        return Status.MOVED
    if Flag.RENAMED in flags:
        return Status.RENAMED
    return Status.MODIFIED if flags else Status.UNCHANGED


def _file_status(pair: FileInput) -> FileStatus:
    sides = [side for side in (pair.old, pair.new) if side is not None]
    if any(side.source.is_binary for side in sides):
        return FileStatus.BINARY
    if pair.old is None:
        return FileStatus.ADDED
    if pair.new is None:
        return FileStatus.REMOVED
    if pair.renamed:
        return FileStatus.RENAMED
    if pair.old.source.data == pair.new.source.data:
        return FileStatus.MODE_CHANGED
    return FileStatus.MODIFIED


def _hunk_order(hunk: Hunk) -> tuple[str, int, int]:
    return (hunk.file_id, hunk.old_start, hunk.new_start)


def _out_of_order(group: list[_Draft]) -> list[_Draft]:
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


def build_changes(
    files: Sequence[FileInput], matching: Matching, *, context: int
) -> tuple[list[Change], list[FileDiff]]:
    """Changes in display order (each file's, files in the given order) and one FileDiff per
    file pair."""
    return _Builder(files, matching, context).build()


def _is_blank(row: Row, old_pair: FileInput, new_pair: FileInput) -> bool:
    if row.old is not None and old_pair.old is not None:
        return not old_pair.old.source.lines[row.old].strip()
    if row.new is not None and new_pair.new is not None:
        return not new_pair.new.source.lines[row.new].strip()
    return False
