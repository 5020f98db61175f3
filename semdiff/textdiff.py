"""Line alignment and hunks.

Lines are aligned by a longest common subsequence (rapidfuzz's Indel opcodes, C++), but each
line carries a *label* besides its text: the entity pair that owns it. Two lines can only align
when both agree, so a removed function never shares its closing brace with an added one, and
a matched function's lines align only with its partner's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import NamedTuple

from rapidfuzz.distance import Indel

from semdiff.model import Hunk, HunkLine

DEFAULT_CONTEXT = 3


class Row(NamedTuple):
    """One line of an alignment, attributed to the change (by id) that owns it. A named
    tuple rather than a frozen dataclass: a big diff makes a million of them, and a frozen
    dataclass takes twice as long to build."""

    op: str
    old: int | None
    """0-based line index in the old file."""
    new: int | None
    owner: str


MAX_CELLS = 200_000_000
"""The largest old × new line count aligned in one piece. rapidfuzz keeps a bit matrix of
that many bits for the traceback (25 MB here, ~0.05 s); a larger gap is first cut at lines
that occur once on each side (see `_anchors`), as patience diff does."""
HARD_MAX_CELLS = 2_000_000_000
"""A gap that cannot be cut (no line occurs once on each side) is still aligned in one piece
up to this size (250 MB); beyond it, it is shown as removed and added."""
MAX_CUTS = 8
"""How many times a gap is cut at anchors before it is aligned as it is: each cut costs a pass
over the gap, and a gap whose unique lines appear only one at a time would otherwise be cut
once per line."""


_AlignRow = tuple[str, int | None, int | None]


def align(
    old: Sequence[Hashable],
    new: Sequence[Hashable],
    *,
    tier: Callable[[Hashable], int] | None = None,
) -> list[_AlignRow]:
    """Positions into `old` and `new` as (' ' | '-' | '+', old index, new index) rows.

    With `tier` (0, 1, ...), items of tier 0 are aligned first, then those of tier 1 in the
    gaps between them, and so on: a longest common subsequence would otherwise as soon buy two
    blank or top-level lines as one line of an entity, and which of equally long ones it picks
    would differ in `semdiff new old`."""
    if tier is None:
        return _align(old, new)
    tiers = [tier(item) for item in old], [tier(item) for item in new]
    return _tiered(old, new, tiers, (0, len(old), 0, len(new)), 0)


def _tiered(
    old: Sequence[Hashable],
    new: Sequence[Hashable],
    tiers: tuple[list[int], list[int]],
    gap: tuple[int, int, int, int],
    level: int,
) -> list[_AlignRow]:
    """Align old[gap[0]:gap[1]] with new[gap[2]:gap[3]] by items of tier up to `level` (those
    of lower tiers left unaligned by the caller cannot align: the caller's alignment was
    longest), then each gap between them at the next level."""
    old_start, old_end, new_start, new_end = gap
    top = max(
        max(tiers[0][old_start:old_end], default=0), max(tiers[1][new_start:new_end], default=0)
    )
    if level >= top:
        return _shifted(
            _align(old[old_start:old_end], new[new_start:new_end]), old_start, new_start
        )
    strong_old = [i for i in range(old_start, old_end) if tiers[0][i] <= level]
    strong_new = [j for j in range(new_start, new_end) if tiers[1][j] <= level]
    anchors = [
        (strong_old[i], strong_new[j])
        for op, i, j in _align([old[i] for i in strong_old], [new[j] for j in strong_new])
        if op == " " and i is not None and j is not None
    ]
    rows: list[_AlignRow] = []
    previous_old, previous_new = old_start, new_start
    for i, j in [*anchors, (old_end, new_end)]:
        if old[previous_old:i] == new[previous_new:j]:
            rows.extend((" ", previous_old + k, previous_new + k) for k in range(i - previous_old))
        elif previous_new == j:
            rows.extend(("-", k, None) for k in range(previous_old, i))
        elif previous_old == i:
            rows.extend(("+", None, k) for k in range(previous_new, j))
        else:
            rows.extend(_tiered(old, new, tiers, (previous_old, i, previous_new, j), level + 1))
        if i < old_end:
            rows.append((" ", i, j))
        previous_old, previous_new = i + 1, j + 1
    return rows


def _shifted(rows: list[_AlignRow], old_start: int, new_start: int) -> list[_AlignRow]:
    return [
        (op, None if i is None else old_start + i, None if j is None else new_start + j)
        for op, i, j in rows
    ]


def _align(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[_AlignRow]:
    codes: dict[Hashable, int] = {}
    old_codes = [codes.setdefault(item, len(codes)) for item in old]
    new_codes = [codes.setdefault(item, len(codes)) for item in new]
    rows: list[_AlignRow] = []
    inserted: list[_AlignRow] = []
    for tag, old_start, old_end, new_start, new_end in _opcodes(old_codes, new_codes):
        if tag == "equal":
            # Between two equal runs, removed lines come before added ones, as in git.
            rows.extend(inserted)
            inserted.clear()
            rows.extend((" ", old_start + k, new_start + k) for k in range(old_end - old_start))
            continue
        rows.extend(("-", i, None) for i in range(old_start, old_end))
        inserted.extend(("+", None, j) for j in range(new_start, new_end))
    rows.extend(inserted)
    return rows


_Opcode = tuple[str, int, int, int, int]


def _opcodes(old: list[int], new: list[int]) -> list[_Opcode]:
    """Indel's opcodes where the matrix is small; otherwise equal runs at unique lines, and
    the gaps between them aligned the same way (a work list, not recursion)."""
    out: list[_Opcode] = []
    work = [(0, len(old), 0, len(new), 0)]
    while work:
        old_start, old_end, new_start, new_end, cuts = work.pop()
        # Common ends first: rapidfuzz would strip them too, but the size check must not
        # count them (one line changed in a huge file is a one-line gap).
        head = 0
        while (
            old_start + head < old_end
            and new_start + head < new_end
            and old[old_start + head] == new[new_start + head]
        ):
            head += 1
        tail = 0
        while (
            old_end - tail > old_start + head
            and new_end - tail > new_start + head
            and old[old_end - tail - 1] == new[new_end - tail - 1]
        ):
            tail += 1
        if head:
            out.append(("equal", old_start, old_start + head, new_start, new_start + head))
        gap = (old_start + head, old_end - tail, new_start + head, new_end - tail)
        tail_op = ("equal", old_end - tail, old_end, new_end - tail, new_end)
        cells = (gap[1] - gap[0]) * (gap[3] - gap[2])
        anchors = _anchors(old, new, gap) if cells > MAX_CELLS and cuts < MAX_CUTS else []
        if cells <= MAX_CELLS or (not anchors and cells <= HARD_MAX_CELLS):
            out.extend(
                (
                    op.tag,
                    op.src_start + gap[0],
                    op.src_end + gap[0],
                    op.dest_start + gap[2],
                    op.dest_end + gap[2],
                )
                for op in Indel.opcodes(old[gap[0] : gap[1]], new[gap[2] : gap[3]])
            )
        elif not anchors:
            out.append(("delete", gap[0], gap[1], gap[2], gap[2]))
            out.append(("insert", gap[1], gap[1], gap[2], gap[3]))
        else:
            # The tail comes after every piece of the gap: it waits on the stack below them.
            work.append((*tail_op[1:], MAX_CUTS))
            pieces = []
            previous_old, previous_new = gap[0], gap[2]
            for i, j in anchors:
                pieces.append((previous_old, i, previous_new, j, cuts + 1))
                pieces.append((i, i + 1, j, j + 1, cuts + 1))
                previous_old, previous_new = i + 1, j + 1
            pieces.append((previous_old, gap[1], previous_new, gap[3], cuts + 1))
            # The work list is a stack: pushed in reverse, the pieces come out in order.
            work.extend(p for p in reversed(pieces) if p[0] < p[1] or p[2] < p[3])
            continue
        if tail:
            out.append(tail_op)
    return _merged(out)


def _anchors(
    old: list[int], new: list[int], ranges: tuple[int, int, int, int]
) -> list[tuple[int, int]]:
    """Lines that occur exactly once in each range (old start, old end, new start, new end),
    the longest run of them in the same order on both sides (patience diff's anchors), as
    (old index, new index)."""
    old_start, old_end, new_start, new_end = ranges
    seen_old: dict[int, int] = {}
    for i in range(old_start, old_end):
        seen_old[old[i]] = -1 if old[i] in seen_old else i
    seen_new: dict[int, int] = {}
    for j in range(new_start, new_end):
        seen_new[new[j]] = -1 if new[j] in seen_new else j
    pairs = [
        (i, seen_new[code])
        for code, i in seen_old.items()
        if i >= 0 and seen_new.get(code, -1) >= 0
    ]
    pairs.sort()
    # Longest increasing subsequence of the new indexes, O(k log k).
    tails: list[int] = []
    tail_at: list[int] = []
    before = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        at = bisect_left(tails, j)
        if at == len(tails):
            tails.append(j)
            tail_at.append(index)
        else:
            tails[at] = j
            tail_at[at] = index
        before[index] = tail_at[at - 1] if at else -1
    chain: list[tuple[int, int]] = []
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        chain.append(pairs[index])
        index = before[index]
    return chain[::-1]


def _merged(opcodes: list[_Opcode]) -> list[_Opcode]:
    """Adjacent opcodes with the same tag as one (the pieces split equal runs at anchors)."""
    merged: list[_Opcode] = []
    for op in opcodes:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if merged and merged[-1][0] == op[0] and merged[-1][2] == op[1] and merged[-1][4] == op[3]:
            last = merged[-1]
            merged[-1] = (last[0], last[1], op[2], last[3], op[4])
        else:
            merged.append(op)
    return merged


def _strip(line: str) -> tuple[str, bool]:
    if line.endswith("\n"):
        return line[:-1], False
    return line, True


def _contiguous(rows: Sequence[Row], first: int, last: int) -> list[tuple[int, int]]:
    """Split rows[first:last] where line numbers jump: a moved entity's own lines skip the
    children that left it, and a hunk's lines must run on from its start (docs/json.md)."""
    runs: list[tuple[int, int]] = []
    start = first
    old = new = None
    for position in range(first, last):
        row = rows[position]
        jump = (row.old is not None and old is not None and row.old != old + 1) or (
            row.new is not None and new is not None and row.new != new + 1
        )
        if jump:
            runs.append((start, position))
            start = position
        old = row.old if row.old is not None else old
        new = row.new if row.new is not None else new
    runs.append((start, last))
    return runs


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
        for run_start, run_end in _contiguous(rows, first, last):
            if all(rows[i].op == " " for i in range(run_start, run_end)):
                continue
            hunks.setdefault(owner, []).append(
                _hunk(
                    rows[run_start:run_end],
                    old_lines=old_lines,
                    new_lines=new_lines,
                    old_before=old_before[run_start],
                    new_before=new_before[run_start],
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
