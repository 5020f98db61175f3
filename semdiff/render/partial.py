"""`--hunk N [--lines A-B]`: the patch of one hunk of an entity, or of some of its lines.

The entity's change is split in two: the part chosen (one hunk, or the chosen lines of it) and
the rest (its other hunks, and the lines of that hunk left out). The report then holds both as
changes, so `render_patch` patches the chosen part alone and treats the rest as any change left
out: its lines give no context that would not hold on the patch's target.

A line left out of a hunk is what it is on the side the patch is applied to, as in `git add -p`:
staging (forwards) applies to the old side, where a removed line left out stays (context) and an
added one does not exist yet (dropped); unstaging and discarding (`--for-reverse`) apply to the
new side, where an added line left out stays and a removed one is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from semdiff.errors import UsageError
from semdiff.model import DiffReport, Hunk, HunkLine

REST_SUFFIX = "#rest"
"""The id of the part of the entity's change left out: no id semdiff makes ends so."""


@dataclass(frozen=True, slots=True)
class Part:
    """A hunk of an entity (1-based, in the order of its `hunks`), and optionally its lines
    `first` to `last` (1-based, inclusive, counting every line of the hunk)."""

    hunk: int
    first: int | None = None
    last: int | None = None


def parse_lines(text: str) -> tuple[int, int]:
    """'3-7' as (3, 7); '4' as (4, 4)."""
    first, _, last = text.partition("-")
    try:
        low, high = int(first), int(last or first)
    except ValueError:
        raise UsageError(f"--lines: {text!r} is not a line range (like 3-7 or 4)") from None
    if low < 1 or high < low:
        raise UsageError(f"--lines: {text!r} is not a line range (1-based, first <= last)")
    return low, high


def split_report(
    report: DiffReport, change_id: str, part: Part, *, for_reverse: bool
) -> DiffReport:
    """The report with change `change_id` cut to `part`, the rest of it a change of its own."""
    change = next(c for c in report.changes if c.id == change_id)
    if change.moved_hunks is not None:
        raise UsageError(
            f"{change.name} moved: the hunks shown for it are not its patch, so it is "
            "patched whole (leave out --hunk)"
        )
    if not 1 <= part.hunk <= len(change.hunks):
        raise UsageError(
            f"--hunk {part.hunk}: {change.name} has {len(change.hunks)} hunk(s) "
            "(1-based, in the order of its hunks in the JSON)"
        )
    index = part.hunk - 1
    hunk = change.hunks[index]
    others = [h for i, h in enumerate(change.hunks) if i != index]
    if part.first is None:
        chosen, rest = hunk, None
    else:
        assert part.last is not None
        if part.last > len(hunk.lines):
            raise UsageError(
                f"--lines {part.first}-{part.last}: hunk {part.hunk} of {change.name} has "
                f"{len(hunk.lines)} lines"
            )
        inside = range(part.first - 1, part.last)
        if all(hunk.lines[i].op == " " for i in inside):
            raise UsageError(
                f"--lines {part.first}-{part.last}: no changed line among them in hunk {part.hunk}"
            )
        chosen = _keep(hunk, set(inside), for_reverse=for_reverse)
        rest = _keep(hunk, set(range(len(hunk.lines))) - set(inside), for_reverse=for_reverse)
        if all(line.op == " " for line in rest.lines):
            rest = None
    rest_hunks = tuple(others) + ((rest,) if rest is not None else ())
    changes = []
    for c in report.changes:
        if c.id != change_id:
            changes.append(c)
            continue
        changes.append(replace(c, hunks=(chosen,)))
        if rest_hunks:
            changes.append(replace(c, id=c.id + REST_SUFFIX, hunks=rest_hunks))
    return replace(report, changes=tuple(changes))


def _keep(hunk: Hunk, kept: set[int], *, for_reverse: bool) -> Hunk:
    """The hunk with only the changed lines at the indexes `kept`; each other changed line is
    what it is on the side the patch applies to (context there, or absent)."""
    stays, goes = ("+", "-") if for_reverse else ("-", "+")
    lines: list[HunkLine] = []
    for i, line in enumerate(hunk.lines):
        if i in kept or line.op == " ":
            lines.append(line)
        elif line.op == stays:
            lines.append(replace(line, op=" "))
        else:
            assert line.op == goes
    old_lines = sum(1 for line in lines if line.op != "+")
    new_lines = sum(1 for line in lines if line.op != "-")
    return replace(hunk, old_lines=old_lines, new_lines=new_lines, lines=tuple(lines))
