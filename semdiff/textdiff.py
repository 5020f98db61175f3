"""Line alignment and hunks.

Lines are aligned by a longest common subsequence (rapidfuzz's Indel opcodes, C++), but each
line carries a *label* besides its text: the entity pair that owns it. Two lines can only align
when both agree, so a removed function never shares its closing brace with an added one, and
a matched function's lines align only with its partner's.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from semdiff.model import Hunk, HunkLine

DEFAULT_CONTEXT = 3


@dataclass(frozen=True, slots=True)
class Row:
    """One line of an alignment, attributed to the change (by id) that owns it."""

    op: str
    old: int | None
    """0-based line index in the old file."""
    new: int | None
    owner: str


def align(
    old: Sequence[Hashable], new: Sequence[Hashable]
) -> list[tuple[str, int | None, int | None]]:
    """Positions into `old` and `new` as (' ' | '-' | '+', old index, new index) rows."""
    codes: dict[Hashable, int] = {}
    old_codes = [codes.setdefault(item, len(codes)) for item in old]
    new_codes = [codes.setdefault(item, len(codes)) for item in new]
    rows: list[tuple[str, int | None, int | None]] = []
    inserted: list[tuple[str, int | None, int | None]] = []
    for opcode in Indel.opcodes(old_codes, new_codes):
        old_start, old_end = opcode.src_start, opcode.src_end
        new_start, new_end = opcode.dest_start, opcode.dest_end
        if opcode.tag == "equal":
            # Between two equal runs, removed lines come before added ones, as in git.
            rows.extend(inserted)
            inserted.clear()
            rows.extend((" ", old_start + k, new_start + k) for k in range(old_end - old_start))
            continue
        rows.extend(("-", i, None) for i in range(old_start, old_end))
        inserted.extend(("+", None, j) for j in range(new_start, new_end))
    rows.extend(inserted)
    return rows


def _strip(line: str) -> tuple[str, bool]:
    if line.endswith("\n"):
        return line[:-1], False
    return line, True


def build_hunks(
    rows: Sequence[Row],
    *,
    old_lines: Sequence[str],
    new_lines: Sequence[str],
    old_origin: int,
    new_origin: int,
    file_id: str,
    headers: Mapping[str, str],
    context: int,
) -> dict[str, list[Hunk]]:
    """Group the changed rows into hunks per owner.

    A hunk holds one owner's lines only (context included), so the hunks of different owners
    never overlap. `old_origin`/`new_origin` are the 0-based indexes of the first line of the
    aligned sequences: where a hunk that only inserts (or only deletes) is anchored.
    """
    old_before = [0] * (len(rows) + 1)
    new_before = [0] * (len(rows) + 1)
    seen_old, seen_new = old_origin, new_origin
    for position, row in enumerate(rows):
        old_before[position] = seen_old
        new_before[position] = seen_new
        if row.old is not None:
            seen_old = row.old + 1
        if row.new is not None:
            seen_new = row.new + 1
    hunks: dict[str, list[Hunk]] = {}
    position = 0
    while position < len(rows):
        row = rows[position]
        if row.op == " ":
            position += 1
            continue
        owner = row.owner
        start = position
        end = position + 1  # exclusive end of the changed region so far
        probe = end
        while probe < len(rows) and rows[probe].owner == owner:
            if rows[probe].op != " ":
                end = probe + 1
            elif probe - end >= 2 * context:
                break
            probe += 1
        first = start
        while first > 0 and start - first < context and _is_context(rows[first - 1], owner):
            first -= 1
        last = end
        while last < len(rows) and last - end < context and _is_context(rows[last], owner):
            last += 1
        hunks.setdefault(owner, []).append(
            _hunk(
                rows[first:last],
                old_lines=old_lines,
                new_lines=new_lines,
                old_before=old_before[first],
                new_before=new_before[first],
                file_id=file_id,
                header=headers.get(owner, ""),
            )
        )
        position = last
    return hunks


def _is_context(row: Row, owner: str) -> bool:
    return row.op == " " and row.owner == owner


def _hunk(
    rows: Sequence[Row],
    *,
    old_lines: Sequence[str],
    new_lines: Sequence[str],
    old_before: int,
    new_before: int,
    file_id: str,
    header: str,
) -> Hunk:
    lines = []
    old_first = new_first = None
    old_count = new_count = 0
    for row in rows:
        if row.old is not None:
            old_count += 1
            old_first = row.old if old_first is None else old_first
        if row.new is not None:
            new_count += 1
            new_first = row.new if new_first is None else new_first
        if row.op == "+":
            assert row.new is not None
            text, last = _strip(new_lines[row.new])
            lines.append(HunkLine("+", text, None, row.new + 1, last))
        else:
            assert row.old is not None
            text, last = _strip(old_lines[row.old])
            new_line = row.new + 1 if row.new is not None else None
            lines.append(HunkLine(row.op, text, row.old + 1, new_line, last))
    return Hunk(
        file_id=file_id,
        old_start=old_first + 1 if old_first is not None else old_before,
        old_lines=old_count,
        new_start=new_first + 1 if new_first is not None else new_before,
        new_lines=new_count,
        header=header,
        lines=tuple(lines),
    )
