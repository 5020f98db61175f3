"""Hunks: the changed rows of each alignment cut per owner (textdiff.build_hunks), with context
from the same owner only, so the hunks of different changes never overlap. A file pair's
alignment gives each change its `hunks`, which together rebuild the new file; a block's gives
its members their `moved_hunks`, what a reviewer reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import partial

from semdiff.changes.alignment import Alignment
from semdiff.changes.drafts import Draft, Drafts, label
from semdiff.model import Hunk, Span
from semdiff.textdiff import Row, build_hunks


def cut_hunks(
    drafts: Drafts, alignments: Iterable[Alignment], *, context: int
) -> tuple[dict[str, list[Hunk]], dict[str, list[Hunk]], dict[str, list[Hunk]]]:
    """The hunks, the moved hunks and the beside hunks of each change, by id, in the order of
    `alignments`. Only the members of a block have moved hunks (maybe none); only those moved
    to another file have beside hunks."""
    headers = {draft.id: label(draft.entity) for draft in drafts}
    hunks: dict[str, list[Hunk]] = defaultdict(list)
    moved_hunks: dict[str, list[Hunk]] = {}
    alignments = list(alignments)
    # Moved blocks and what they hold: their lines outside them may need showing (below).
    blocks = {member for a in alignments if a.members is not None for member in a.members}
    beside: dict[str, list[Hunk]] = defaultdict(list)
    elsewhere: dict[str, list[Hunk]] = defaultdict(list)
    for alignment in alignments:
        old_pair = drafts.files[alignment.old_index]
        new_pair = drafts.files[alignment.new_index]
        old_lines = old_pair.old.source.lines if old_pair.old else ()
        new_lines = new_pair.new.source.lines if new_pair.new else ()
        cut = partial(
            build_hunks,
            old_lines=old_lines,
            new_lines=new_lines,
            old_origin=alignment.old_origin,
            new_origin=alignment.new_origin,
            # A moved block's hunks belong to the file pair it moved to.
            file_id=drafts.file_ids[alignment.new_index],
            headers=headers,
            context=context,
        )
        found = cut(alignment.rows)
        if alignment.members is None:
            for owner, owned in found.items():
                hunks[owner].extend(owned)
            outside = _outside_blocks(
                alignment.rows, drafts, blocks, old_lines, new_lines, index=alignment.old_index
            )
            if outside is not None:
                for owner, owned in cut(outside).items():
                    stayed = _stayed_in(drafts, drafts.by_id[owner], alignment.old_index)
                    (beside if stayed else elsewhere)[owner].extend(owned)
        else:
            for member in sorted(alignment.members):
                moved_hunks.setdefault(member, []).extend(found.get(member, []))
    # A moved entity also shows what it changed outside itself: the separator it took from the
    # line before it or gave it, the parent's opening text it took from the line after it or
    # gave it (alignment.separator_owners), else hidden in the terminal. Moved within its file,
    # such a line reads in its moved hunks; moved to another file, it is a line of one of the
    # two file pairs, which its moved hunks (read against the entity's own old and new paths)
    # cannot number: its beside hunks, numbered as that file pair's.
    for owner, owned in beside.items():
        moved_hunks.setdefault(owner, []).extend(owned)
    return hunks, moved_hunks, elsewhere


def _outside_blocks(
    rows: Sequence[Row],
    drafts: Drafts,
    blocks: set[str],
    old_lines: Sequence[str],
    new_lines: Sequence[str],
    *,
    index: int,
) -> list[Row] | None:
    """File pair `index`'s rows with only the changed, non-blank lines that moved entities own
    outside their own spans (still owned by them, the other changes left out, the unchanged
    lines nobody's context), or None when there are none."""
    kept = [
        row.op != " "
        and row.owner in blocks
        and _outside(row, drafts, drafts.by_id[row.owner], old_lines, new_lines, index=index)
        for row in rows
    ]
    if not any(kept):
        return None
    return [
        row if keep else row._replace(owner="")
        for row, keep in zip(rows, kept, strict=True)
        if keep or row.op == " "
    ]


def _stayed_in(drafts: Drafts, draft: Draft, index: int) -> bool:
    """Whether a moved entity (or one in a moved block) is in file pair `index` on both sides."""
    old, new = draft.old, draft.new
    return (old is None or drafts.old_file[old.key] == index) and (
        new is None or drafts.new_file[new.key] == index
    )


def _outside(
    row: Row,
    drafts: Drafts,
    draft: Draft,
    old_lines: Sequence[str],
    new_lines: Sequence[str],
    *,
    index: int,
) -> bool:
    """Whether a changed line of file pair `index` that a moved entity owns is outside its own
    text there: not blank, and off its span, or in a file its side of the move is not in (the
    closers of the file it left)."""
    old, new = draft.old, draft.new
    assert old is not None and new is not None
    if row.old is not None:
        return bool(old_lines[row.old].strip()) and (
            drafts.old_file[old.key] != index or not _within(row.old, old.span)
        )
    assert row.new is not None
    return bool(new_lines[row.new].strip()) and (
        drafts.new_file[new.key] != index or not _within(row.new, new.span)
    )


def _within(line: int, span: Span) -> bool:
    """Whether 0-based `line` holds part of `span`."""
    return span.start_line - 1 <= line < span.last_line
