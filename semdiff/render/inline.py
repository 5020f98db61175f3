"""Changes that share one line (minified JSON, `{"a": 1, "b": 2}`), shown part by part.

A line belongs to one change's hunks (the hunks rebuild the file, and a line cannot be
split between them), so of two keys changed on one line, one shows the whole line and the
other nothing. For the terminal, each changed entity that sits on a shared line gets its own
part of it instead: `-…"a": 1…` / `+…"a": 10…`, the ellipses marking the rest of the line.

This is done only when at least two changes share the line and their parts explain it: the
text outside the changed entities is the same on both sides (but for the separators, `,` `;`
and spaces, that come and go with an entity added or removed). Anything else that changed on
the line (text outside every entity, line endings, nested entities both changed) leaves the
line shown whole, as before, so no change is ever hidden. The JSON is unchanged: each
entity's `old.span` and `new.span` already give its columns on the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from semdiff.changes import label
from semdiff.extract import MODULE_KIND
from semdiff.model import Change, Entity, FileDiff, Hunk, HunkLine, Status

ELLIPSIS = "…"


def line_parts(files: Iterable[FileDiff], changes: dict[str, Change]) -> dict[str, list[Hunk]]:
    """The hunks to show for each change whose shared line is shown part by part."""
    shown: dict[str, list[Hunk]] = {}
    for file in files:
        if file.old is None or file.new is None:
            continue
        lines = _Lines(file.old.source.lines, file.new.source.lines)
        groups: dict[tuple[int | None, int | None], list[Change]] = {}
        for change_id in file.change_ids:
            change = changes[change_id]
            if change.file_id == file.id and _on_one_line(change):
                groups.setdefault(_line_numbers(change), []).append(change)
        # An added or removed entity joins the pairs on its line: the line of one side is
        # that of the pairs, whose other side is known.
        for (old_number, new_number), group in list(groups.items()):
            if old_number is None or new_number is None:
                continue
            group.extend(groups.pop((old_number, None), []))
            group.extend(groups.pop((None, new_number), []))
            if len(group) < 2:
                continue  # the line is that one change's, whole, as any other line
            parts = _parts(file, (old_number, new_number), group, lines, changes)
            if parts is not None:
                shown.update(parts)
    return shown


@dataclass(frozen=True, slots=True)
class _Lines:
    old: tuple[str, ...]
    new: tuple[str, ...]


def _on_one_line(change: Change) -> bool:
    sides = [side for side in (change.old, change.new) if side is not None]
    return (
        change.kind != MODULE_KIND
        and change.status is not Status.UNCHANGED
        and change.moved_hunks is None
        and all(side.span.start_line == side.span.last_line for side in sides)
    )


def _line_numbers(change: Change) -> tuple[int | None, int | None]:
    old, new = change.old, change.new
    return (
        None if old is None else old.span.start_line,
        None if new is None else new.span.start_line,
    )


def _parts(
    file: FileDiff,
    numbers: tuple[int, int],
    group: list[Change],
    lines: _Lines,
    changes: dict[str, Change],
) -> dict[str, list[Hunk]] | None:
    old_number, new_number = numbers
    old_line = lines.old[old_number - 1].removesuffix("\n")
    new_line = lines.new[new_number - 1].removesuffix("\n")
    old_rest = _outside(old_line, [c.old for c in group if c.old is not None])
    new_rest = _outside(new_line, [c.new for c in group if c.new is not None])
    if old_rest is None or new_rest is None:
        return None  # nested or overlapping entities: no one part is theirs alone
    if old_rest != new_rest:
        # Something outside the entities changed too: the line is shown whole, unless an
        # entity was added or removed and what changed is the separators around it.
        one_sided = any(c.old is None or c.new is None for c in group)
        if not one_sided or _SEPARATORS.sub("", old_rest) != _SEPARATORS.sub("", new_rest):
            return None
    owners = _owners(file, old_number, new_number, changes)
    if owners is None or not owners <= {c.id for c in group}:
        return None
    parts: dict[str, list[Hunk]] = {}
    for change in group:
        kept = [h for h in change.shown_hunks if not _changes_line(h, old_number, new_number)]
        part = _part(file, change, (old_number, old_line), (new_number, new_line))
        parts[change.id] = sorted([*kept, part], key=lambda h: (h.old_start, h.new_start))
    return parts


_SEPARATORS = re.compile(r"[\s,;]")
"""What goes between entities on a line (commas of lists and objects, semicolons of
statements), and comes and goes with them."""


def _outside(line: str, entities: list[Entity]) -> str | None:
    """The line's text outside the entities, or None if two of them overlap."""
    rest, at = [], 0
    for entity in sorted(entities, key=lambda e: e.span.start_col):
        if entity.span.start_col < at:
            return None
        rest.append(line[at : entity.span.start_col])
        at = entity.span.end_col
    rest.append(line[at:])
    return "".join(rest)


def _part(file: FileDiff, change: Change, old: tuple[int, str], new: tuple[int, str]) -> Hunk:
    rows = []
    if change.old is not None:
        rows.append(HunkLine("-", _marked(old[1], change.old), old[0], None))
    if change.new is not None:
        rows.append(HunkLine("+", _marked(new[1], change.new), None, new[0]))
    # An empty range names the line it sits in (not, as between lines, the one before).
    return Hunk(
        file.id,
        old[0],
        1 if change.old is not None else 0,
        new[0],
        1 if change.new is not None else 0,
        _header(change),
        tuple(rows),
    )


def _owners(
    file: FileDiff, old_number: int, new_number: int, changes: dict[str, Change]
) -> set[str] | None:
    """The changes whose hunks change the line, or None if a hunk that does also changes
    another line (then the line is part of a larger change and stays whole)."""
    owners: set[str] = set()
    allowed = {("-", old_number, None), ("+", None, new_number)}
    for change_id in file.change_ids:
        change = changes[change_id]
        for hunk in change.hunks:
            if hunk.file_id != file.id or not _changes_line(hunk, old_number, new_number):
                continue
            changed = {(line.op, line.old_line, line.new_line) for line in hunk.lines}
            if not {row for row in changed if row[0] != " "} <= allowed:
                return None
            owners.add(change_id)
    return owners


def _changes_line(hunk: Hunk, old_number: int, new_number: int) -> bool:
    return any(
        (line.op == "-" and line.old_line == old_number)
        or (line.op == "+" and line.new_line == new_number)
        for line in hunk.lines
    )


def _text(line: str, entity: Entity) -> str:
    return line[entity.span.start_col : entity.span.end_col]


def _marked(line: str, entity: Entity) -> str:
    before = ELLIPSIS if line[: entity.span.start_col].strip() else ""
    after = ELLIPSIS if line[entity.span.end_col :].strip() else ""
    return f"{before}{_text(line, entity)}{after}"


def _header(change: Change) -> str:
    entity = change.new or change.old
    assert entity is not None
    return label(entity)
