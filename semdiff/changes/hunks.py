"""Hunks: the changed rows of each alignment cut per owner (textdiff.build_hunks), with context
from the same owner only, so the hunks of different changes never overlap. A file pair's
alignment gives each change its `hunks`, which together rebuild the new file; a block's gives
its members their `moved_hunks`, what a reviewer reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from semdiff.changes.alignment import Alignment
from semdiff.changes.drafts import Drafts, label
from semdiff.model import Hunk
from semdiff.textdiff import build_hunks


def cut_hunks(
    drafts: Drafts, alignments: Iterable[Alignment], *, context: int
) -> tuple[dict[str, list[Hunk]], dict[str, list[Hunk]]]:
    """The hunks and the moved hunks of each change, by id, in the order of `alignments`. Only
    the members of a block have moved hunks (maybe none)."""
    headers = {draft.id: label(draft.entity) for draft in drafts}
    hunks: dict[str, list[Hunk]] = defaultdict(list)
    moved_hunks: dict[str, list[Hunk]] = {}
    for alignment in alignments:
        old_pair = drafts.files[alignment.old_index]
        new_pair = drafts.files[alignment.new_index]
        found = build_hunks(
            alignment.rows,
            old_lines=old_pair.old.source.lines if old_pair.old else (),
            new_lines=new_pair.new.source.lines if new_pair.new else (),
            old_origin=alignment.old_origin,
            new_origin=alignment.new_origin,
            # A moved block's hunks belong to the file pair it moved to.
            file_id=drafts.file_ids[alignment.new_index],
            headers=headers,
            context=context,
        )
        if alignment.members is None:
            for owner, owned in found.items():
                hunks[owner].extend(owned)
        else:
            for member in sorted(alignment.members):
                moved_hunks.setdefault(member, []).extend(found.get(member, []))
    return hunks, moved_hunks
