"""Matches → changes: flags and status per entity, then the hunks of every file pair.

The stages, each a module: `drafts.py` makes one draft per pair, unpaired entity and file
pair's top level; `classify.py` gives each its flags; `alignment.py` aligns the lines of each
file pair, and of each moved entity (a *block*) on its own; `hunks.py` cuts the alignments
into hunks per change. This module runs them and freezes the results into `Change` and
`FileDiff` values, in display order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from semdiff.changes.alignment import Alignment, align_lines
from semdiff.changes.classify import classify_drafts, settle, status
from semdiff.changes.drafts import Draft, Drafts, FileInput, display_name, kind_label, label
from semdiff.changes.hunks import cut_hunks
from semdiff.extract import MODULE_KIND
from semdiff.lineendings import endings_change
from semdiff.match import Matching
from semdiff.model import Change, FileDiff, FileStatus, Flag, Hunk

__all__ = ["FileInput", "build_changes", "display_name", "kind_changed", "kind_label", "label"]


def build_changes(
    files: Sequence[FileInput], matching: Matching, *, context: int
) -> tuple[list[Change], list[FileDiff]]:
    """Changes in display order (each file's, files in the given order) and one FileDiff per
    file pair."""
    drafts = Drafts(files, matching)
    flags = classify_drafts(drafts)
    file_alignments, block_alignments = align_lines(drafts, flags)
    hunks, moved_hunks, beside = cut_hunks(
        drafts, [*file_alignments, *block_alignments], context=context
    )
    changes = {
        draft.id: _freeze(
            drafts, draft, flags[draft.id], hunks=hunks, moved_hunks=moved_hunks, beside=beside
        )
        for draft in drafts
    }
    listed: dict[int, list[Draft]] = defaultdict(list)
    for draft in drafts:
        if draft.id in drafts.module_index:
            continue
        if draft.new is not None:
            listed[drafts.new_file[draft.new.key]].append(draft)
        if draft.old is not None and (
            draft.new is None or drafts.old_file[draft.old.key] != drafts.new_file[draft.new.key]
        ):
            listed[drafts.old_file[draft.old.key]].append(draft)
    file_diffs = [
        _file_diff(drafts, index, listed[index], file_alignments[index])
        for index in range(len(files))
    ]
    ordered: list[Change] = []
    seen: set[str] = set()
    for diff in file_diffs:
        for change_id in diff.change_ids:
            if change_id not in seen:
                seen.add(change_id)
                ordered.append(changes[change_id])
    return ordered, file_diffs


def _freeze(
    drafts: Drafts,
    draft: Draft,
    flags: set[Flag],
    *,
    hunks: dict[str, list[Hunk]],
    moved_hunks: dict[str, list[Hunk]],
    beside: dict[str, list[Hunk]],
) -> Change:
    own = hunks.get(draft.id, ())
    moved = moved_hunks.get(draft.id)
    if draft.old is not None and draft.new is not None:
        # A moved block's member reads its moved hunks; with none there, its own hunks (a line
        # it shares with text outside the block, in a file read through syntax errors) are
        # what it shows, and must not leave it unchanged.
        flags = settle(flags, own if moved is None else (moved or own))
    entity = draft.entity
    if entity.kind == MODULE_KIND and not own and moved is None:
        # Its own text changed only on lines its entities hold (a `# type:` comment after a
        # variable): their hunks show it, and it has none to show or stage.
        flags = set()
    parent_id = None
    if entity.parent is not None:
        parent = (drafts.by_new if draft.new is not None else drafts.by_old)[entity.parent]
        parent_id = parent.id
    home = (
        drafts.new_file[draft.new.key]
        if draft.new is not None and draft.new.key in drafts.new_file
        else None
    )
    if home is None and draft.old is not None and draft.old.key in drafts.old_file:
        home = drafts.old_file[draft.old.key]
    if home is None:
        home = drafts.module_index[draft.id]
    return Change(
        id=draft.id,
        file_id=drafts.file_ids[home],
        kind=entity.kind,
        status=status(draft, flags),
        flags=tuple(flag for flag in Flag if flag in flags),
        old=draft.old,
        new=draft.new,
        match=draft.match,
        parent_id=parent_id,
        hunks=tuple(sorted(own, key=_hunk_order)),
        moved_hunks=None if moved is None else tuple(moved),
        beside_hunks=tuple(beside.get(draft.id, ())),
    )


def _file_diff(drafts: Drafts, index: int, listed: list[Draft], alignment: Alignment) -> FileDiff:
    pair = drafts.files[index]
    mapping = _old_to_new_positions(pair, alignment)
    order: list[tuple[tuple[int, int, int], str]] = [((-1, 0, 0), drafts.modules[index].id)]
    for draft in listed:
        if draft.new is not None and drafts.new_file[draft.new.key] == index:
            order.append(((draft.new.span.start_byte, 0, 0), draft.id))
        elif draft.old is not None:
            line = draft.old.span.start_line - 1
            order.append(((mapping[line], 1, draft.old.span.start_byte), draft.id))
    order.sort()
    return FileDiff(
        id=drafts.file_ids[index],
        status=_file_status(pair),
        old=pair.old,
        new=pair.new,
        change_ids=tuple(change_id for _, change_id in order),
        similarity=pair.similarity,
        line_endings=endings_change(
            pair.old.source if pair.old else None, pair.new.source if pair.new else None
        ),
    )


def _old_to_new_positions(pair: FileInput, alignment: Alignment) -> list[int]:
    """For each old line: the byte offset in the new file where it sits, or would."""
    if pair.old is None:
        return []
    starts = [0]
    for line in pair.new.source.lines if pair.new else ():
        starts.append(starts[-1] + len(line.encode("utf-8", errors="surrogatepass")))
    positions = [0] * len(pair.old.source.lines)
    seen_new = 0
    for row in alignment.rows:
        if row.new is not None:
            seen_new = row.new + 1
        if row.old is not None:
            positions[row.old] = starts[seen_new]
    return positions


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


def kind_changed(change: Change) -> bool:
    """Whether a pair's two sides are different kinds (`struct` and `type`). Kinds one word
    names alike (Rust's `fn` for a function and a method) read as no change, since the
    reader sees none; so does one kind in two languages' words (Java's `method`, Kotlin's
    `fun`). One kind written two ways reads as a change (Clojure's `def` of an `fn` that
    became a `defn`: the reader sees the form change)."""
    old, new = change.old, change.new
    if old is None or new is None or (old.kind == new.kind and old.label == new.label):
        return False
    return kind_label(old) != kind_label(new)
