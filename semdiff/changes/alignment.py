"""Line alignment: which old line goes with which new one, as rows that each name the change
owning the line (textdiff.align does the aligning).

One alignment per file pair, in which each line is labelled with the change that owns it, so
lines only align within the same change (a removed function never shares its closing brace
with an added one). An entity that moved (to another file, another parent, or out of order
among its siblings) is a *block*: in the file's alignment its lines are removed at the old
place and inserted at the new one, and its old text is aligned with its new text on its own.
Blank lines next to an entity's change join it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import NamedTuple

from semdiff.changes.drafts import Draft, Drafts, FileInput
from semdiff.model import MOVE_FLAGS, Entity, Flag, ParsedFile
from semdiff.textdiff import Row, align


class Alignment(NamedTuple):
    """The rows of a file pair's whole text, or of a moved block's old text against its new. A
    named tuple: a frozen dataclass would add most of a millisecond to every start, and git and
    Emacs start semdiff often."""

    rows: Sequence[Row]
    old_index: int
    """The file pair (its index in `Drafts.files`) of the old side."""
    new_index: int
    old_origin: int
    """The 0-based line of the old side where the rows start."""
    new_origin: int
    members: frozenset[str] | None
    """For a block: the changes it gives `moved_hunks` to (itself and what it holds, blocks
    nested in it aside). None for a file pair's alignment, which gives `hunks`."""


def align_lines(
    drafts: Drafts, flags: Mapping[str, set[Flag]]
) -> tuple[list[Alignment], list[Alignment]]:
    """One alignment per file pair, in order, and one per block."""
    aligner = _Aligner(drafts, flags)
    files = [aligner.main_alignment(index) for index in range(len(drafts.files))]
    return files, [aligner.block_alignment(draft) for draft in aligner.blocks]


_Labels = tuple[list[int], list[Hashable], list[Draft]]
"""Lines of one side, their alignment keys and their owners."""


class _Aligner:
    """What the alignments of one diff share: the owner and the blocks of every line, and the
    containers of every change, each worked out once."""

    def __init__(self, drafts: Drafts, flags: Mapping[str, set[Flag]]) -> None:
        self.drafts = drafts
        self.flags = flags
        self.module_index = drafts.module_index  # read once per line, by line_tier
        self.blocks = [d for d in drafts if d.match is not None and MOVE_FLAGS & flags[d.id]]
        self.block_ids = {d.id for d in self.blocks}
        # The blocks by the file pair each side lives in.
        self.blocks_in: dict[tuple[str, int], list[Draft]] = defaultdict(list)
        for draft in self.blocks:
            assert draft.old is not None and draft.new is not None
            self.blocks_in[("old", drafts.old_file[draft.old.key])].append(draft)
            self.blocks_in[("new", drafts.new_file[draft.new.key])].append(draft)
        self.container_cache: dict[str, set[str]] = {}
        self.owner_cache: dict[tuple[str, int], list[Draft]] = {}
        self.separator_cache: dict[int, dict[tuple[str, int], Draft]] = {}
        self.line_block_cache: dict[
            tuple[str, int], tuple[list[Draft | None], list[Draft | None]]
        ] = {}

    def line_blocks(self, index: int, side: str) -> tuple[list[Draft | None], list[Draft | None]]:
        """For each line of one side of file pair `index`: its outermost and innermost block."""
        cached = self.line_block_cache.get((side, index))
        if cached is not None:
            return cached
        pair = self.drafts.files[index]
        parsed = pair.old if side == "old" else pair.new
        assert parsed is not None
        outer: list[Draft | None] = [None] * len(parsed.source.lines)
        inner: list[Draft | None] = [None] * len(parsed.source.lines)

        def start(draft: Draft) -> tuple[int, int]:
            entity = draft.old if side == "old" else draft.new
            assert entity is not None
            return entity.span.start_byte, -entity.span.end_byte

        for draft in sorted(self.blocks_in[(side, index)], key=start):
            entity = draft.old if side == "old" else draft.new
            assert entity is not None
            for line in range(entity.span.start_line - 1, min(entity.span.last_line, len(outer))):
                around = outer[line]
                if around is None or not self._moved_with(draft, around, side):
                    outer[line] = draft
                inner[line] = draft
        self.line_block_cache[(side, index)] = (outer, inner)
        return outer, inner

    def _moved_with(self, draft: Draft, block: Draft, side: str) -> bool:
        """Whether a block inside another one on `side` is inside it on the other side too:
        it moved with it. One that came in from elsewhere (a method moved into a class that
        moved too) is its own outermost block: its lines are its own change's, not the
        enclosing block's, whose patch would otherwise carry them."""
        there, around = (draft.new, block.new) if side == "old" else (draft.old, block.old)
        assert there is not None and around is not None
        files = self.drafts.new_file if side == "old" else self.drafts.old_file
        return files[there.key] == files[around.key] and (
            around.span.start_byte <= there.span.start_byte
            and there.span.end_byte <= around.span.end_byte
        )

    def line_owners(self, parsed: ParsedFile, side: str, index: int) -> list[Draft]:
        """The change that owns each line of one side of file pair `index`."""
        cached = self.owner_cache.get((side, index))
        if cached is not None:
            return cached
        table = self.drafts.by_old if side == "old" else self.drafts.by_new
        by_position = [table[entity.key] for entity in parsed.entities]
        by_position.append(self.drafts.modules[index])  # position -1: the top level
        owners = list(map(by_position.__getitem__, parsed.owners))
        for line, position in _shared_line_owners(parsed, table, self.flags).items():
            owners[line] = by_position[position]
        for (where, line), draft in self.separator_owners(index).items():
            if where == side:
                owners[line] = draft
        self.owner_cache[(side, index)] = owners
        return owners

    def separator_owners(self, index: int) -> dict[tuple[str, int], Draft]:
        """The last lines of entities that gained or lost only a separator because a sibling
        was added after them, removed from after them or moved away from after them (a JSON
        key added at the end of an object: `"b": 2` → `"b": 2,`), on both sides, each with that
        sibling's change. The separator is the sibling's doing: staged without it, the sibling
        would follow its neighbour with no comma between them, and the neighbour, whose own
        text did not change, would read as changed. Likewise the first lines of entities that
        gave the parent's opening text (`{`, `:aliases {`) to a sibling added, removed or moved
        before them, or took it from one: staged without it, the sibling would leave the
        parent opened twice or not at all. (A sibling moved within the file pair shows the
        lines among its moved hunks: hunks.py.)"""
        cached = self.separator_cache.get(index)
        if cached is not None:
            return cached
        found: dict[tuple[str, int], Draft] = {}
        drafts, pair = self.drafts, self.drafts.files[index]
        if pair.old is not None and pair.new is not None:
            sides = (
                ("new", pair.new, drafts.by_new, "old", pair.old, drafts.old_file),
                ("old", pair.old, drafts.by_old, "new", pair.new, drafts.new_file),
            )
            for side, parsed, table, other_side, other, other_file in sides:
                for later, earlier in _after_siblings(parsed):
                    if later.span.start_line <= earlier.span.last_line:
                        continue  # one line: the siblings share it (_shared_line_owners)
                    for gone, kept, lines in (
                        (later, earlier, _separator_lines),
                        (earlier, later, _opener_lines),
                    ):
                        draft, neighbour = table[gone.key], table[kept.key]
                        twin = neighbour.old if side == "new" else neighbour.new
                        if (
                            twin is None
                            or other_file.get(twin.key) != index
                            or neighbour.id in self.block_ids
                            or not self._gone_on_other_side(draft, side)
                        ):
                            continue
                        claimed = lines(parsed, gone, kept, other, twin)
                        if claimed is None:
                            continue
                        here, there = claimed
                        # Inside a moved block, a line shows in that block's own alignment,
                        # whose hunks go to its members only: a sibling that is a block of its
                        # own there would show it nowhere. The neighbour keeps it.
                        if self._in_block(side, index, here) or self._in_block(
                            other_side, index, there
                        ):
                            continue
                        found[(side, here)] = draft
                        found[(other_side, there)] = draft
        self.separator_cache[index] = found
        return found

    def _in_block(self, side: str, index: int, line: int) -> bool:
        return self.line_blocks(index, side)[1][line] is not None

    def _gone_on_other_side(self, draft: Draft, side: str) -> bool:
        """Whether a sibling is on one side only at this place: added (new side), removed (old
        side), or moved (elsewhere in the file pair, or to or from another file). A move
        between files takes the line too: staged without it, the neighbour would close the
        parent before the entity that still follows it (a Scheme library's `)))`). Its moved
        hunks, read against its own paths, cannot show the line (hunks.py): its hunks do."""
        return (draft.old if side == "new" else draft.new) is None or draft.id in self.block_ids

    def main_alignment(self, index: int) -> Alignment:
        pair = self.drafts.files[index]
        sides: list[_Labels] = []
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
        return Alignment(rows, index, index, 0, 0, None)

    def _label(
        self,
        parsed: ParsedFile,
        *,
        side: str,
        index: int,
        lines: list[int],
        block_of: Callable[[int], Draft | None],
        within: Draft | None,
    ) -> _Labels:
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
        owners: list[Draft] = []
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
        self, old: _Labels, new: _Labels, old_pair: FileInput, new_pair: FileInput
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
        rows = self.absorb_blank_lines(rows, old_pair, new_pair)
        return _group_by_owner(_pair_line_endings(rows, old_pair, new_pair))

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
        blank line before it, and moving a method moves the blank line beside it.

        Its neighbour is the nearest non-blank line on its side within the run of changed
        lines: the next one, or failing that the previous one. Each is found in one pass each
        way over the run, not by scanning from every blank line: adding 20,000 functions
        separated by blank lines took 70 s that way (docs/performance.md)."""
        result = list(rows)
        position = 0
        while position < len(result):
            if result[position].op == " ":
                position += 1
                continue
            end = position
            while end < len(result) and result[end].op != " ":
                end += 1
            blank = [_is_blank(row, old_pair, new_pair) for row in result[position:end]]
            ended = _ended_last_line(result[position:end], old_pair, new_pair)
            if ended is not None:
                blank[ended] = False  # the old last line given its newline is that line
            if any(blank):
                run = result[position:end]
                run_lines = _RunLines.of(run, blank)
                for offset, (neighbour, previous) in _neighbours(run, blank).items():
                    row = run[offset]
                    owner = run[neighbour].owner
                    if previous is not None and _stays_with_comment(
                        row, run[previous], run_lines, old_pair=old_pair, new_pair=new_pair
                    ):
                        continue
                    if row.owner in self.containers(owner):
                        result[position + offset] = Row(row.op, row.old, row.new, owner)
            position = end
        return result

    def containers(self, change_id: str) -> set[str]:
        """Ids of the changes enclosing one: its ancestors and its file's top level."""
        cached = self.container_cache.get(change_id)
        if cached is not None:
            return cached
        drafts = self.drafts
        draft = drafts.by_id[change_id]
        found: set[str] = set()
        for entity, table, where, entities in (
            (draft.old, drafts.by_old, drafts.old_file, drafts.old_entities),
            (draft.new, drafts.by_new, drafts.new_file, drafts.new_entities),
        ):
            if entity is None or entity.key not in where:
                continue
            found.add(drafts.modules[where[entity.key]].id)
            parent = entity.parent
            while parent is not None:
                found.add(table[parent].id)
                parent = entities[parent].parent
        self.container_cache[change_id] = found
        return found

    def inside(self, block: Draft, owner: Draft) -> Draft:
        """A line of a moved block belongs to the block or to what it contains; a line it
        shares with an entity outside (one-liners) goes with the block."""
        if owner is block or block.id in self.containers(owner.id):
            return owner
        return block

    def _block_side(
        self, draft: Draft, entity: Entity, parsed: ParsedFile, side: str, index: int
    ) -> _Labels:
        _, inner = self.line_blocks(index, side)
        return self._label(
            parsed,
            side=side,
            index=index,
            lines=list(range(entity.span.start_line - 1, entity.span.last_line)),
            block_of=inner.__getitem__,
            within=draft,
        )

    def block_alignment(self, draft: Draft) -> Alignment:
        old, new = draft.old, draft.new
        assert old is not None and new is not None
        old_index, new_index = self.drafts.old_file[old.key], self.drafts.new_file[new.key]
        old_pair, new_pair = self.drafts.files[old_index], self.drafts.files[new_index]
        assert old_pair.old is not None and new_pair.new is not None
        old_side = self._block_side(draft, old, old_pair.old, "old", old_index)
        new_side = self._block_side(draft, new, new_pair.new, "new", new_index)
        rows = self._rows(old_side, new_side, old_pair, new_pair)
        # Blocks nested in this one have their own alignment; what they took in (the blank
        # line beside a method that moved within a moved class) moved with them.
        owners = {o.id for o in (*old_side[2], *new_side[2])}
        nested = {i for i in owners if i != draft.id and i in self.block_ids}
        rows = [row for row in rows if row.owner not in nested]
        return Alignment(
            rows,
            old_index,
            new_index,
            old.span.start_line - 1,
            new.span.start_line - 1,
            frozenset({draft.id, *(owners - nested)}),
        )


def _shared_line_owners(
    parsed: ParsedFile, table: Mapping[str, Draft], flags: Mapping[str, set[Flag]]
) -> dict[int, int]:
    """Lines that several entities share (`x = 1; y = 2`, a one-line enum): each goes to the
    innermost sharer that changed, so that the change shows under its entity."""
    ends: dict[int, list[int]] = defaultdict(list)
    for position, entity in enumerate(parsed.entities):
        first, last = entity.span.start_line - 1, entity.span.last_line - 1
        ends[first].append(position)
        if last != first:
            ends[last].append(position)
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
            if flags[draft.id] - {Flag.WHITESPACE_ONLY} or draft.old is None or draft.new is None:
                if position != default:
                    chosen[line] = position
                break
    return chosen


PUNCTUATION = frozenset(",;)]}")
"""What may stand after an entity on its last line and belong to its neighbours: a separator
from the next sibling (`,` `;`), or its parent's closing brackets (Lisp's `)))`)."""


def _after_siblings(parsed: ParsedFile) -> list[tuple[Entity, Entity]]:
    """Each entity with the sibling right before it (same parent), in the file's order."""
    last: dict[str | None, Entity] = {}
    found = []
    for entity in sorted(parsed.entities, key=lambda e: e.span.start_byte):
        before = last.get(entity.parent)
        if before is not None and before.span.end_byte <= entity.span.start_byte:
            found.append((entity, before))
        last[entity.parent] = entity
    return found


def _separator_lines(
    parsed: ParsedFile, _sibling: Entity, entity: Entity, other: ParsedFile, twin: Entity
) -> tuple[int, int] | None:
    """The 0-based last lines of `entity` and of `twin` (its other side) when they differ only
    in the punctuation after the entity's end. Which side has more is not asked: a separator
    is on the side with the sibling after it, its parent's closers on the other; a
    neighbour's own `,` turned `;` beside an added sibling would be the sibling's too, still
    shown."""
    line, tail = _split_last_line(parsed, entity)
    other_line, other_tail = _split_last_line(other, twin)
    here, there = "".join(tail.split()), "".join(other_tail.split())
    if line != other_line or here == there or not set(here + there) <= PUNCTUATION:
        return None
    return entity.span.last_line - 1, twin.span.last_line - 1


def _opener_lines(
    parsed: ParsedFile, sibling: Entity, entity: Entity, other: ParsedFile, twin: Entity
) -> tuple[int, int] | None:
    """The 0-based first lines of `entity` and of `twin` (its other side) when the text before
    `twin` on its line (its parent's `{`, `:aliases {`) is what starts `sibling`'s line here,
    before `entity` only indentation, and the rest of the two lines is the same: the opening
    text went from one entity's line to its sibling's."""
    indent, rest = _split_first_line(parsed, entity)
    opener, other_rest = _split_first_line(other, twin)
    sibling_head, _ = _split_first_line(parsed, sibling)
    if indent.strip() or not opener.strip() or rest != other_rest:
        return None
    if sibling_head.strip() != opener.strip():
        return None
    return entity.span.start_line - 1, twin.span.start_line - 1


def _split_first_line(parsed: ParsedFile, entity: Entity) -> tuple[str, str]:
    """The first line of an entity, cut where the entity starts."""
    span = entity.span
    text = parsed.source.lines[span.start_line - 1]
    return text[: span.start_col], text[span.start_col :]


def _split_last_line(parsed: ParsedFile, entity: Entity) -> tuple[str, str]:
    """The last line of an entity, cut where the entity ends."""
    span = entity.span
    text = parsed.source.lines[span.last_line - 1]
    if span.end_line != span.last_line:
        return text, ""
    return text[: span.end_col], text[span.end_col :]


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


def _neighbours(run: Sequence[Row], blank: Sequence[bool]) -> dict[int, tuple[int, int | None]]:
    """For each blank row of a run of changed rows, the nearest non-blank row with the same op
    after it, else before it (positions within the run), and the nearest one before it (None
    without one); blank rows with neither are left out. Two passes over the run, remembering
    the last non-blank row seen of each op."""
    after: dict[int, int] = {}
    seen: dict[str, int] = {}
    for offset in range(len(run) - 1, -1, -1):
        op = run[offset].op
        if not blank[offset]:
            seen[op] = offset
        elif op in seen:
            after[offset] = seen[op]
    found: dict[int, tuple[int, int | None]] = {}
    seen.clear()
    for offset, row in enumerate(run):
        before = seen.get(row.op)
        if not blank[offset]:
            seen[row.op] = offset
        elif offset in after:
            found[offset] = (after[offset], before)
        elif before is not None:
            found[offset] = (before, None)
    return found


def _each_run(rows: list[Row], arrange: Callable[[list[Row]], list[Row]]) -> list[Row]:
    """The rows with each run of changed lines (between unchanged ones) arranged anew."""
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
        result.extend(arrange(rows[position:end]))
        position = end
    return result


def _pair_line_endings(rows: list[Row], old_pair: FileInput, new_pair: FileInput) -> list[Row]:
    """Within each run of changed lines, put a removed line right before the added line of
    the same owner that differs from it only in its line ending (a file converted to CRLF),
    keeping both sides in order. Aligned as unlike lines, a converted file's lines were all
    removed, then all added after the old file's last line: each entity's hunks then inserted
    its lines at the end of the file, where its patch, applied alone, put them."""
    if old_pair.old is None or new_pair.new is None:
        return rows
    old_source, new_source = old_pair.old.source, new_pair.new.source
    if "\r" not in old_source.text and "\r" not in new_source.text:
        return rows  # most files: one scan in C instead of a look at every changed line
    old_lines, new_lines = old_source.lines, new_source.lines

    def paired(run: list[Row]) -> list[Row]:
        removed = [(r, old_lines[r.old]) for r in run if r.op == "-" and r.old is not None]
        added = [(r, new_lines[r.new]) for r in run if r.op == "+" and r.new is not None]
        # For each (owner, text without its ending), the added lines that have it, the
        # first last.
        later: dict[tuple[str, str], list[int]] = defaultdict(list)
        for index in range(len(added) - 1, -1, -1):
            row, text = added[index]
            later[(row.owner, text.rstrip("\r\n"))].append(index)
        result: list[Row] = []
        taken = 0
        for row, text in removed:
            candidates = later.get((row.owner, text.rstrip("\r\n")), [])
            while candidates and candidates[-1] < taken:
                candidates.pop()
            if candidates and added[candidates[-1]][1] != text:
                match = candidates.pop()
                result.extend(r for r, _ in added[taken:match])
                result.extend((row, added[match][0]))
                taken = match + 1
            else:
                result.append(row)
        if taken == 0:
            return run  # nothing paired: the alignment's order stands
        result.extend(r for r, _ in added[taken:])
        return result

    return _each_run(rows, paired)


def _group_by_owner(rows: list[Row]) -> list[Row]:
    """Within each run of changed lines, put each owner's lines together (its removals, then
    its additions), so that two neighbouring one-line entities that both changed read as two
    hunks of `-`/`+`, not as removals then additions. Only when that keeps both sides in order."""

    def grouped(run: list[Row]) -> list[Row]:
        first_seen: dict[str, int] = {}
        for row in run:
            first_seen.setdefault(row.owner, len(first_seen))
        arranged = sorted(run, key=lambda r: (first_seen[r.owner], r.op != "-"))
        olds = [r.old for r in arranged if r.old is not None]
        news = [r.new for r in arranged if r.new is not None]
        return arranged if olds == sorted(olds) and news == sorted(news) else run

    return _each_run(rows, grouped)


class _RunLines(NamedTuple):
    """What a run of changed rows removes and adds, looked up for each of its blank rows."""

    removed: set[int]
    """The old line numbers it removes."""
    adding: set[str]
    """The owners of the lines (other than blank ones) it adds."""

    @staticmethod
    def of(run: Sequence[Row], blank: Sequence[bool]) -> _RunLines:
        return _RunLines(
            {r.old for r in run if r.op == "-" and r.old is not None},
            {r.owner for r, b in zip(run, blank, strict=True) if r.op == "+" and not b},
        )


def _stays_with_comment(
    row: Row,
    comment: Row,
    run: _RunLines,
    *,
    old_pair: FileInput,
    new_pair: FileInput,
) -> bool:
    """Whether a blank row of a run with a `comment` row of its owner's own before it stays
    with that comment rather than join the entity after it.

    An added one stays: staged alone, the comment would land directly above whatever
    definition follows in the old text, and become its comment. A removed one goes with the
    entity when a comment line stays above the removed comment (a banner line), or the owner
    adds one in the run: the owner's change staged alone would bring that line down onto the
    entity. With neither, it stays, or the entity's change staged alone would bring the
    comment down onto it (below a class's header) or onto the next definition."""
    if row.op == "+":
        return _comment_of(comment, row.owner, new_pair.new, comment.new)
    parsed = old_pair.old
    if parsed is None or not _comment_of(comment, row.owner, parsed, comment.old):
        return False
    if row.owner in run.adding:
        return False
    line = comment.old
    assert line is not None
    while line - 1 in run.removed and line - 1 in parsed.comment_lines:
        line -= 1
    return line - 1 not in parsed.comment_lines


def _comment_of(row: Row, owner: str, parsed: ParsedFile | None, line: int | None) -> bool:
    """Whether `row`, line `line` of `parsed`, is a comment line of `owner`'s own text."""
    return (
        row.owner == owner
        and parsed is not None
        and line is not None
        and line in parsed.comment_lines
    )


def _ended_last_line(run: Sequence[Row], old_pair: FileInput, new_pair: FileInput) -> int | None:
    """The offset in `run` of the added line that is the old last line, which had no newline,
    given one, when that old line is removed in the run: the two stay with their owner (a
    blank line that joined the next entity's change would leave the old one removed alone)."""
    old, new = old_pair.old, new_pair.new
    if old is None or new is None or not old.source.lines or old.source.text.endswith("\n"):
        return None
    last = len(old.source.lines) - 1
    if not any(row.op == "-" and row.old == last for row in run):
        return None
    text = old.source.lines[last]
    return next(
        (
            offset
            for offset, row in enumerate(run)
            if row.op == "+"
            and row.new is not None
            and new.source.lines[row.new].rstrip("\r\n") == text
        ),
        None,
    )


def _is_blank(row: Row, old_pair: FileInput, new_pair: FileInput) -> bool:
    if row.old is not None and old_pair.old is not None:
        return not old_pair.old.source.lines[row.old].strip()
    if row.new is not None and new_pair.new is not None:
        return not new_pair.new.source.lines[row.new].strip()
    return False


_id = attrgetter("id")
