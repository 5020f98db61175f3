"""Where an entity's inserted lines go when its patch is applied without the changes around it.

The hunks of all changes together come from one line alignment, and where a run of changed
lines mixes one change's insertions with another's removals, the alignment's order among them
is arbitrary: applied together they give the same text. Applied alone, an insertion keeps the
other change's removed lines, and the order decides on which side of them it lands: a method
added at the end of a class, next to a changed top-level line just after the class, must land
before that line (inside the class), not after it.

So each insertion of a chosen change (each run of inserted lines, a hunk being cut at its
context lines) that borders lines removed by changes left out is placed again among them, by
structure. An entity changed in place keeps its inserted lines within its old self: a removed
line outside it stays on its side, whatever the change removing it says (a function's new last
lines stay above a sibling after it that moves before it, a namespace's new closing brace does
not take in the class after it, a blank line after an empty function stays after its new
body). Otherwise a removed line
- outside the inserted entity's parent goes on the side of the parent it is on;
- of a sibling goes on the side the sibling takes in the other text; a removed sibling keeps
  its side of the entity's old self, and one the entity leaves (a removed section a key moves
  out of) goes after it, as does a section that nothing closes (an INI section, a Markdown
  heading: right after its last line, the entity would join it);
- of a child of the entity's old self goes where that child goes (but above an inserted comment
  when it leaves the entity or is removed: it stays till staged, and the comment would be its
  own), or, removed, after the entity's first line and before its last (the top-level entities
  are the children of a file's own lines: a preamble line added at the top stays above the
  removed first section, a comment below it);
- of the parent itself (a changed `impl` header, a closing brace) stays on its side of the
  parent's children, unless a child's change took it along (a blank line); a comment of the
  parent's own (below its header) goes after the insertion: right above it, it would become
  the entity's own.
An inserted comment right above a line that stays is that line's: it is not placed. Lines that
tell nothing keep the alignment's order. The insertion of an entity that moves may also cross
the lines its own change removes (they go wherever it lands): a key moved to the section
above, with everything between removed, is one run of changed lines, cut in two to place it;
a key reordered past other changes' removed lines has its removal in a run of its own.

Two insertions are placed by their parent instead: an entity whose parent the same patch
creates goes where the parent's lines go (a removed class restored with its methods), and one
inserted into a parent that moves goes into the parent where it still is, after the sibling it
follows (the alignment has it among the parent's new lines, wherever the parent went).

The same works backwards (`--for-reverse`): the hunks are then flipped, the text patched is the
new one and the inserted lines are the old side's.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from semdiff.languages import spec_by_name
from semdiff.model import MOVE_FLAGS, Change, Entity, Hunk, HunkLine, ParsedFile

Pair = tuple[Change, Hunk]


@dataclass(frozen=True, slots=True)
class _Text:
    """The text a patch applies to, with what places lines in it."""

    parsed: ParsedFile
    by_key: dict[str, Entity]
    forward: bool
    """Whether that text is the old side (staging) or the new one (`--for-reverse`)."""
    changes_before: dict[str, Change]
    """Changes by the key of their entity in this text."""
    changes_after: dict[str, Change]
    """Changes by the key of their entity in the text the patch makes."""
    comments_after: frozenset[int]
    """The comment lines (0-based) of the text the patch makes."""
    open_ended: tuple[str, ...]
    """The kinds whose text runs on to the next header (languages.py)."""

    def before(self, change: Change) -> Entity | None:
        return change.old if self.forward else change.new

    def after(self, change: Change) -> Entity | None:
        return change.new if self.forward else change.old


def place_insertions(
    chosen: Sequence[Pair],
    others: Sequence[Pair],
    parsed: ParsedFile,
    changes: Sequence[Change],
    *,
    forward: bool,
    made: ParsedFile | None,
) -> list[Hunk]:
    """The chosen hunks (in the coordinates of `parsed`, the text patched), each pure insertion
    moved to its place among the lines `others` remove next to it. `made`: the text the whole
    change makes (the other side)."""
    removed: dict[int, Change] = {}
    for other, hunk in others:
        position = hunk.old_start - 1 if hunk.old_lines else hunk.old_start
        for line in hunk.lines:
            if line.op == "-":
                removed[position] = other
            if line.op != "+":
                position += 1
    if not removed:
        return [hunk for _, hunk in chosen]
    text = _Text(
        parsed,
        {entity.key: entity for entity in parsed.entities},
        forward,
        {e.key: c for c in changes if (e := c.old if forward else c.new) is not None},
        {e.key: c for c in changes if (e := c.new if forward else c.old) is not None},
        made.comment_lines if made is not None else frozenset(),
        spec_by_name(language).open_ended if (language := parsed.source.language) else (),
    )
    created = {
        entity.key: entity
        for change, _ in chosen
        if text.before(change) is None and (entity := text.after(change)) is not None
    }
    runs = [(c, run, _created_ancestor(c, text, created)) for c, h in chosen for run in _runs(h)]
    # The lines each chosen change that moves removes in runs of their own: a reordered
    # key's removal and insertion are two hunks when other changes' lines lie between them.
    leaving: dict[str, set[int]] = {}
    for change, hunk, _ in runs:
        if MOVE_FLAGS & set(change.flags) and all(line.op == "-" for line in hunk.lines):
            lines = leaving.setdefault(change.id, set())
            lines.update(range(hunk.old_start - 1, hunk.old_start - 1 + hunk.old_lines))
    placed: list[Hunk] = []
    moved: dict[tuple[str, int], int] = {}
    for change, hunk, ancestor in runs:
        if ancestor is not None:
            continue  # placed with its ancestor, below
        at = _in_moved_parent(text, change) if not hunk.old_lines else None
        if at is not None:
            placed.append(replace(hunk, old_start=at))
        else:
            placed.extend(_placed(text, change, hunk, removed, leaving.get(change.id, set())))
            entity = text.after(change)
            if entity is not None and entity.key in created and not hunk.old_lines:
                moved[entity.key, hunk.old_start] = placed[-1].old_start
    for change, hunk, ancestor in runs:
        if ancestor is not None:
            at = moved.get((ancestor, hunk.old_start)) if not hunk.old_lines else None
            if at is None:
                placed.extend(_placed(text, change, hunk, removed, leaving.get(change.id, set())))
            else:
                placed.append(replace(hunk, old_start=at))
    return placed


def _in_moved_parent(text: _Text, change: Change) -> int | None:
    """Where an entity inserted into a parent that moves goes, the parent's move left out:
    into the parent where it still is, after the sibling it follows on the other side (or
    before the parent's first child, or after its first line). The alignment cannot say: a
    moved parent's lines are removed and inserted whole, so the entity's own lines sit among
    the parent's new ones, wherever the parent goes. None for any other entity."""
    inserted = text.after(change)
    if inserted is None or inserted.parent is None:
        return None
    moving = text.changes_after.get(inserted.parent)
    parent = text.before(moving) if moving is not None else None
    if (
        moving is None
        or parent is None
        or not MOVE_FLAGS & set(moving.flags)
        or parent.path != text.parsed.module.path
    ):
        return None
    before = inserted.span.start_line
    follows, first = None, None
    for other in text.changes_after.values():
        there, here = text.after(other), text.before(other)
        if there is None or here is None or other is change or here.parent != parent.key:
            continue
        sibling = there.parent == inserted.parent and there.span.start_line < before
        if sibling and (follows is None or there.span.start_line > follows[0]):
            follows = (there.span.start_line, here.span.last_line)
        if first is None or here.span.start_line < first:
            first = here.span.start_line
    if follows is not None:
        return follows[1]
    return first - 1 if first is not None else parent.span.start_line


def _created_ancestor(change: Change, text: _Text, created: dict[str, Entity]) -> str | None:
    """The outermost entity the patch also creates around the one `change` inserts: the
    entity's lines go where that one's go when they were inserted at the same place (a
    removed class restored with its methods, its methods inside it), whatever the lines
    removed around them would say of an entity whose parent is nowhere in the patched text."""
    entity = text.after(change)
    outermost = None
    while entity is not None and entity.parent in created:
        outermost = entity.parent
        entity = created[entity.parent]
    return outermost


def _placed(
    text: _Text, change: Change, hunk: Hunk, removed: dict[int, Change], leaving: set[int]
) -> list[Hunk]:
    """The run `hunk`, its inserted lines placed among the lines removed around them. The
    own removed lines of an entity that moves go whatever the place (a key that moved to the
    section above leaves from the end of its old one), so its insertion may cross them: the
    run is then cut in two, its removal where it was and its insertion at the place found.
    So may it cross the lines its change removes in runs of their own (`leaving`)."""
    own = _own_removal(hunk)
    if own is None or (own and not MOVE_FLAGS & set(change.flags)):
        return [hunk]  # an entity changed in place stays where it was among its siblings
    start = hunk.old_start - 1 + hunk.old_lines if hunk.old_lines else hunk.old_start
    stays = start < len(text.parsed.source.lines) and start not in removed
    if not own and stays and _comment(text, hunk):
        return [hunk]  # a comment right above a line that stays is that line's
    first = last = start
    while first - 1 in removed or first - 1 in own or first - 1 in leaving:
        first -= 1
    while last in removed or last in own or last in leaving:
        last += 1
    if all(line in own or line in leaving for line in range(first, last)):
        return [hunk]
    inserted = _insertion(hunk, start)
    sides = [
        0 if line in own or line in leaving else _side(text, change, inserted, line, removed[line])
        for line in range(first, last)
    ]
    # Not within a removal of its own in another run: the hunks would overlap.
    within = {at for at in range(first + 1, last) if at - 1 in leaving and at in leaving}
    at = _best(sides, first, start, within)
    if all(line in own for line in range(min(at, start), max(at, start))):
        return [hunk]  # the same text: only the run's own removed lines lie between
    if not hunk.old_lines:
        return [replace(inserted, old_start=at)]
    removal = replace(
        hunk,
        new_start=hunk.new_start - 1 if hunk.new_lines else hunk.new_start,
        new_lines=0,
        lines=tuple(line for line in hunk.lines if line.op == "-"),
    )
    return [removal, replace(inserted, old_start=at)]


def _own_removal(hunk: Hunk) -> range | None:
    """The 0-based old lines that a run removes before it inserts (none for a pure
    insertion); None when it inserts nothing, or interleaves removals and insertions."""
    ops = [line.op for line in hunk.lines]
    removed = ops.count("-")
    if removed == len(ops) or ops[:removed] != ["-"] * removed:
        return None
    first = hunk.old_start - 1
    return range(first, first + removed) if removed else range(0)


def _insertion(hunk: Hunk, at: int) -> Hunk:
    """The inserted lines of a run, as a pure insertion after old line `at` (1-based)."""
    return replace(
        hunk,
        old_start=at,
        old_lines=0,
        lines=tuple(line for line in hunk.lines if line.op == "+"),
    )


def _runs(hunk: Hunk) -> list[Hunk]:
    """The hunk cut at its context lines into runs of changed lines: an added key line
    followed by its unchanged `},` is an insertion that can be placed, like one alone."""
    if all(line.op != " " for line in hunk.lines):
        return [hunk]
    runs: list[Hunk] = []
    old_next = hunk.old_start if hunk.old_lines else hunk.old_start + 1
    new_next = hunk.new_start if hunk.new_lines else hunk.new_start + 1
    run: list[HunkLine] = []
    for line in (*hunk.lines, None):
        if line is not None and line.op != " ":
            run.append(line)
        elif run:
            runs.append(_run(hunk, run, old_next, new_next))
            run = []
        if line is not None:
            old_next += line.op != "+"
            new_next += line.op != "-"
    return runs


def _run(hunk: Hunk, lines: list[HunkLine], old_next: int, new_next: int) -> Hunk:
    """The changed `lines` of `hunk` as a hunk of their own, ending just before old line
    `old_next` and new line `new_next`."""
    removed = sum(line.op == "-" for line in lines)
    added = len(lines) - removed
    old_first, new_first = old_next - removed, new_next - added
    return Hunk(
        hunk.file_id,
        old_first if removed else old_first - 1,
        removed,
        new_first if added else new_first - 1,
        added,
        hunk.header,
        tuple(lines),
    )


def _best(sides: list[int], first: int, start: int, barred: AbstractSet[int]) -> int:
    """The place among the removed lines (`first` .. `first + len(sides)`) that puts fewest of
    them on the wrong side; of those, the nearest to where the alignment had it. Not one of
    the `barred` places."""

    def cost(at: int) -> tuple[int, int, int]:
        misplaced = sides[: at - first].count(1) + sides[at - first :].count(-1)
        return misplaced, abs(at - start), at

    places = [at for at in range(first, first + len(sides) + 1) if at not in barred]
    return min(places, key=cost)


def _side(text: _Text, change: Change, hunk: Hunk, line: int, remover: Change) -> int:
    """Whether the removed `line` (0-based) must stay before the inserted lines (-1), after
    them (1), or may be on either side (0). `remover` is the change that removes it."""
    inserted = text.after(change)
    if inserted is None:
        return 0
    parent = _parent_before(text, inserted)
    if parent is None or parent.path != text.parsed.module.path:
        return 0  # a parent in another file places nothing here
    number = line + 1
    if not parent.span.start_line <= number <= parent.span.last_line:
        return -1 if number < parent.span.start_line else 1
    grown = _outside_grown_self(text, change, inserted, hunk, number)
    if grown:
        return grown
    gone_to = text.after(remover)
    top = remover is text.changes_before.get(text.parsed.module.key)  # it goes into nothing
    if (
        gone_to is not None
        and not top
        and gone_to.path == inserted.path
        and _inside(gone_to, inserted)
    ):
        # A line that goes into the inserted entity (tests wrapped in a new block) is no
        # guide forwards: staged alone, the entity does not take it in, so its header and
        # footer stay together wherever the alignment had them. Backwards it is the guide:
        # the wrapper whose removal was staged comes back around what its removal let out.
        return _beside(gone_to, inserted, hunk) if not text.forward else 0
    holder = _child_of(text, parent, line) or _removing_child(text, parent, remover)
    if holder is None:
        return _own_line_side(text, parent, number)
    own = text.before(change)
    if own is not None and own.key in {holder.key, parent.key}:
        # The line of a child of the entity's old self; for the top level, whose lines are
        # placed among the top-level entities, every holder is its child, not its sibling.
        side = _child_line_side(text, remover, own, inserted, hunk)
        if side is not None:
            return side
    sibling = text.changes_before.get(holder.key)
    moved_to = text.after(sibling) if sibling is not None else None
    if holder.kind in text.open_ended and (moved_to is None or not _inside(moved_to, inserted)):
        return 1  # right after its last line, the entity would join it: nothing closes it
    if moved_to is None:
        return _side_of_own_self(text, change, holder)
    if text.forward and _inside(moved_to, inserted):
        return 0  # as above, for a sibling that goes into it with its own lines unchanged
    return _beside(moved_to, inserted, hunk)


def _child_line_side(
    text: _Text, remover: Change, own: Entity, inserted: Entity, hunk: Hunk
) -> int | None:
    """A line of the entity's old self that the change of a child of it removes goes where
    that child goes; if nowhere (removed), after the entity's first line and before its
    last. None when the remover is the entity itself (the other part of a split change)."""
    removing = text.before(remover)
    if removing is not None and removing.key == own.key:
        return None
    gone_to = text.after(remover)
    if (gone_to is None or gone_to.parent != inserted.key) and _comment(text, hunk):
        return -1  # the child stays, staged alone: a comment right above it would be its own
    if gone_to is not None:
        return _beside(gone_to, inserted, hunk)
    if hunk.new_start <= inserted.span.start_line:
        return 1
    return -1 if hunk.new_start + hunk.new_lines - 1 >= inserted.span.last_line else 0


def _comment(text: _Text, hunk: Hunk) -> bool:
    """Whether the inserted lines are all comment lines."""
    first = hunk.new_start - 1
    return all(line in text.comments_after for line in range(first, first + hunk.new_lines))


def _beside(other: Entity, inserted: Entity, hunk: Hunk) -> int:
    """The side of the inserted lines that an entity takes in the text the patch makes."""
    if other.path != inserted.path:
        return 0
    if other.span.last_line < hunk.new_start:
        return -1
    return 1 if other.span.start_line > hunk.new_start + hunk.new_lines - 1 else 0


def _removing_child(text: _Text, parent: Entity, remover: Change) -> Entity | None:
    """A line of the parent's own that a child's change removes (a blank line that went with
    a method) goes where that child goes."""
    entity = text.before(remover)
    if entity is None or entity.path != parent.path or entity.key == parent.key:
        return None
    top = parent.key == text.parsed.module.key
    return entity if entity.parent == (None if top else parent.key) else None


def _side_of_own_self(text: _Text, change: Change, holder: Entity) -> int:
    """A sibling with no place in the other text (removed) keeps its side of the entity's own
    old self, when that is in the patched text too: `USD` changed and `GBP` after it removed,
    the new `USD` goes before `GBP`, not after it (which reads as a reorder)."""
    own = text.before(change)
    if own is None or own.path != holder.path:
        return 0
    if _holds(text, holder, own):
        # The entity leaves it (a key moved out of a removed section to the top level):
        # staged alone, the sibling stays, and the entity goes before all of it, outside it
        # (after its header, an INI or TOML key would still be in it).
        return 1
    if own.parent != holder.parent:
        return 0
    return _beyond(holder.span.start_line, holder.span.last_line, own)


def _beyond(first: int, last: int, own: Entity) -> int:
    """-1 for lines `first` to `last` all before `own`, 1 all after it, else 0."""
    if last < own.span.start_line:
        return -1
    return 1 if first > own.span.last_line else 0


def _holds(text: _Text, holder: Entity, entity: Entity) -> bool:
    """Whether `holder` is an ancestor of `entity` in the patched text."""
    parent = entity.parent
    while parent is not None:
        if parent == holder.key:
            return True
        parent = text.by_key[parent].parent if parent in text.by_key else None
    return False


def _inside(entity: Entity, container: Entity) -> bool:
    return (
        container.span.start_line <= entity.span.start_line
        and entity.span.last_line <= container.span.last_line
    )


def _parent_before(text: _Text, inserted: Entity) -> Entity | None:
    """The inserted entity's parent, as the patched text has it (None: it has none there)."""
    if inserted.parent is None:
        return text.parsed.module
    change = text.changes_after.get(inserted.parent)
    return text.before(change) if change is not None else None


def _child_of(text: _Text, parent: Entity, line: int) -> Entity | None:
    """The child of `parent` that holds `line`, or None for a line of the parent's own."""
    owner = text.parsed.owners[line] if line < len(text.parsed.owners) else -1
    entity = text.parsed.entities[owner] if owner >= 0 else None
    top = parent.key == text.parsed.module.key
    while entity is not None:
        if entity.parent == (None if top else parent.key):
            return entity
        entity = text.by_key.get(entity.parent) if entity.parent is not None else None
    return None


def _outside_grown_self(
    text: _Text, change: Change, inserted: Entity, hunk: Hunk, number: int
) -> int:
    """An entity changed in place whose text grows (the inserted lines are within it on the
    other side): they go within its old self, so a line outside that keeps its side of it,
    whatever its own change does (a function's new last lines stay above a sibling after it
    that moves before it). 0 for any other insertion."""
    own = text.before(change)
    if (
        own is None
        or MOVE_FLAGS & set(change.flags)
        or own.key == text.parsed.module.key
        or own.path != text.parsed.module.path
        or not inserted.span.start_line <= hunk.new_start
        or hunk.new_start + hunk.new_lines - 1 > inserted.span.last_line
    ):
        return 0
    return _beyond(number, number, own)


def _own_line_side(text: _Text, parent: Entity, number: int) -> int:
    """A line of the parent itself: a header stays before its children, a footer after, and
    a comment between them after the inserted lines (right above them, it would become the
    inserted entity's comment), as one between the header and the first child does."""
    comment = 1 if number - 1 in text.parsed.comment_lines else 0
    if parent.key == text.parsed.module.key:
        return comment
    children = [e.span for e in text.parsed.entities if e.parent == parent.key]
    if children:
        if number < min(span.start_line for span in children):
            return comment if _below_header(text.parsed, parent, number) else -1
        if number > max(span.last_line for span in children):
            return 1
        return comment
    if number == parent.span.start_line:
        return -1
    return 1 if number == parent.span.last_line else comment


def _below_header(parsed: ParsedFile, parent: Entity, number: int) -> bool:
    """Whether line `number` of `parent` has a line of code of the parent above it (its
    header): the comments above the header are the parent's own documentation."""
    lines = parsed.source.lines
    return any(
        lines[line].strip() and line not in parsed.comment_lines
        for line in range(parent.span.start_line - 1, number - 1)
    )
