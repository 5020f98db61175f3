"""`--format patch`: a unified diff that `git apply` and `patch -p1` accept.

Built from the changes' `hunks` alone, by applying them to each old file: what the patch
holds is exactly what the JSON and the terminal report. With `entity_ids`, only those
entities' hunks are applied, giving a patch of just their change (entity-level staging).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from semdiff.model import DiffReport, FileDiff, FileStatus, Hunk

PATCH_CONTEXT = 3


@dataclass(frozen=True, slots=True)
class _Row:
    op: str
    text: str
    """Without the newline."""
    no_newline: bool
    header: str


def render_patch(report: DiffReport, *, entity_ids: Iterable[str] | None = None) -> str:
    wanted = None if entity_ids is None else set(entity_ids)
    out: list[str] = []
    for file in report.files:
        hunks = [
            hunk
            for change in report.changes
            if wanted is None or change.id in wanted
            for hunk in change.hunks
            if hunk.file_id == file.id
        ]
        if file.status is FileStatus.BINARY:
            if wanted is None:
                out.append(_binary(file))
            continue
        if hunks or (wanted is None and file.status is FileStatus.RENAMED):
            out.append(_file_patch(file, hunks, partial=wanted is not None))
    return "".join(out)


def _binary(file: FileDiff) -> str:
    old = f"a/{file.old_path}" if file.old_path else "/dev/null"
    new = f"b/{file.new_path}" if file.new_path else "/dev/null"
    names = f"a/{file.old_path or file.new_path} b/{file.new_path or file.old_path}"
    return f"diff --git {names}\nBinary files {old} and {new} differ\n"


def _file_patch(file: FileDiff, hunks: Sequence[Hunk], *, partial: bool) -> str:
    old_path, new_path = file.old_path, file.new_path
    lines: list[str] = []
    same_name = old_path == new_path or old_path is None or new_path is None
    if same_name or file.status is FileStatus.RENAMED:
        name = old_path or new_path
        lines.append(f"diff --git a/{old_path or name} b/{new_path or name}")
        if file.status is FileStatus.RENAMED:
            lines.extend((f"rename from {old_path}", f"rename to {new_path}"))
        if old_path is None and not partial:
            lines.append("new file mode 100644")
        if new_path is None and not partial:
            lines.append("deleted file mode 100644")
    lines.append(f"--- a/{old_path}" if old_path is not None else "--- /dev/null")
    lines.append(f"+++ b/{new_path}" if new_path is not None else "+++ /dev/null")
    if partial and new_path is None:
        # Removing only part of a deleted file leaves the file in place.
        lines[-1] = f"+++ b/{old_path}"
    rows = _apply(file.old.source.lines if file.old else (), hunks)
    lines.extend(_unified(rows))
    return "\n".join(lines) + "\n"


def _apply(old_lines: Sequence[str], hunks: Sequence[Hunk]) -> list[_Row]:
    """Every line of the old file, with the hunks' edits applied where they say."""
    rows: list[_Row] = []
    position = 0
    for hunk in sorted(hunks, key=_anchor):
        start = hunk.old_start - 1 if hunk.old_lines else hunk.old_start
        while position < start:
            rows.append(_context(old_lines[position]))
            position += 1
        for line in hunk.lines:
            rows.append(_Row(line.op, line.text, line.no_newline, hunk.header))
            if line.op != "+":
                position += 1
    while position < len(old_lines):
        rows.append(_context(old_lines[position]))
        position += 1
    return rows


def _anchor(hunk: Hunk) -> tuple[int, int]:
    old = hunk.old_start - 1 if hunk.old_lines else hunk.old_start
    new = hunk.new_start - 1 if hunk.new_lines else hunk.new_start
    return old, new


def _context(line: str) -> _Row:
    if line.endswith("\n"):
        return _Row(" ", line[:-1], False, "")
    return _Row(" ", line, True, "")


def _unified(rows: Sequence[_Row]) -> list[str]:
    changed = [i for i, row in enumerate(rows) if row.op != " "]
    out: list[str] = []
    old_before = [0] * (len(rows) + 1)
    new_before = [0] * (len(rows) + 1)
    for i, row in enumerate(rows):
        old_before[i + 1] = old_before[i] + (row.op != "+")
        new_before[i + 1] = new_before[i] + (row.op != "-")
    group_start = 0
    while group_start < len(changed):
        group_end = group_start
        while (
            group_end + 1 < len(changed)
            and changed[group_end + 1] - changed[group_end] <= 2 * PATCH_CONTEXT + 1
        ):
            group_end += 1
        first = max(0, changed[group_start] - PATCH_CONTEXT)
        last = min(len(rows), changed[group_end] + PATCH_CONTEXT + 1)
        old_count = old_before[last] - old_before[first]
        new_count = new_before[last] - new_before[first]
        old_start = old_before[first] + (1 if old_count else 0)
        new_start = new_before[first] + (1 if new_count else 0)
        header = rows[changed[group_start]].header
        out.append(
            f"@@ -{old_start},{old_count} +{new_start},{new_count} @@"
            + (f" {header}" if header else "")
        )
        for row in rows[first:last]:
            out.append(f"{row.op}{row.text}")
            if row.no_newline:
                out.append("\\ No newline at end of file")
        group_start = group_end + 1
    return out
