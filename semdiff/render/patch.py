"""`--format patch`: a unified diff that `git apply` accepts.

Text files are built from the changes' `hunks` alone, by applying them to each old file: what
the patch holds is exactly what the JSON and the terminal report. With `entity_ids`, only those
entities' hunks are applied, giving a patch of just their change (entity-level staging).
Files whose bytes the text cannot reproduce (binary, or not valid UTF-8) get a git binary
patch of their exact bytes.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from semdiff.errors import UsageError
from semdiff.model import SUBMODULE_MODE, DiffReport, FileDiff, FileStatus, Hunk, ParsedFile
from semdiff.render.placement import Pair, place_insertions

PATCH_CONTEXT = 3
FILE_MODE = "100644"
"""The mode of a file read from a plain path, where semdiff knows contents, not modes."""
_NO_BLOB = "0" * 40


@dataclass(frozen=True, slots=True)
class _Row:
    op: str
    text: str
    """Without the newline."""
    no_newline: bool
    header: str
    shared: bool = True
    """For a context line: the same on both sides of the patch's target (no change that was
    left out touches it), so the patch applies forwards (to stage) and backwards (to unstage
    or discard) alike."""
    gap_before: bool = False
    """A change that was left out inserts lines just before this one."""


def render_patch(
    report: DiffReport, *, entity_ids: Iterable[str] | None = None, for_reverse: bool = False
) -> str:
    """With `entity_ids`, a patch of just those entities' changes. Its context lines are the
    ones no other change touches, so it applies forwards (`git apply --cached`: stage) and
    backwards (`git apply -R`: unstage, discard) alike; where another change sits right
    against it, the context comes from the old side, so that staging works. `for_reverse`
    takes all context from the new side instead: the patch is then for `git apply -R`, and
    always applies there."""
    wanted = None if entity_ids is None else set(entity_ids)
    out: list[str] = []
    for file in report.files:
        chosen_pairs: list[Pair] = []
        other_pairs: list[Pair] = []
        for change in report.changes:
            chosen = wanted is None or change.id in wanted
            for hunk in change.hunks:
                if hunk.file_id == file.id:
                    (chosen_pairs if chosen else other_pairs).append((change, hunk))
        hunks = [hunk for _, hunk in chosen_pairs]
        others = [hunk for _, hunk in other_pairs]
        if _needs_bytes(file):
            if wanted is None:
                out.append(_binary_patch(file))
            elif hunks:
                raise UsageError(
                    f"{file.path} is not valid UTF-8: semdiff can only patch it whole "
                    "(leave out --entity)"
                )
            continue
        partial = wanted is not None
        if _type_changed(file):
            if partial and hunks:
                raise UsageError(
                    f"{file.path} changed type (file, symbolic link or submodule): "
                    "semdiff can only patch it whole (leave out --entity)"
                )
            if not partial:
                out.append(_type_change_patch(file))
            continue
        if hunks or (not partial and file.status is not FileStatus.MODIFIED):
            if for_reverse:
                out.append(_reverse_patch(file, chosen_pairs, other_pairs, report, partial=partial))
            else:
                if partial and file.old is not None:
                    hunks = place_insertions(
                        chosen_pairs,
                        other_pairs,
                        file.old,
                        report.changes,
                        forward=True,
                        made=file.new,
                    )
                out.append(_text_patch(file, hunks, others, partial=partial))
    return "".join(out)


def _needs_bytes(file: FileDiff) -> bool:
    return any(
        side is not None and (side.source.is_binary or side.source.decode_note is not None)
        for side in (file.old, file.new)
    )


def _quote(path: str) -> str:
    """A path as git writes it in a patch: C-quoted when it holds quotes, backslashes or
    control characters."""
    if not any(c in '"\\' or ord(c) < 0x20 or ord(c) == 0x7F for c in path):
        return path
    escapes = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n"}
    body = "".join(
        escapes.get(c, f"\\{ord(c):03o}" if ord(c) < 0x20 or ord(c) == 0x7F else c) for c in path
    )
    return f'"{body}"'


def _names(file: FileDiff) -> tuple[str, str]:
    old = file.old_path or file.new_path
    new = file.new_path or file.old_path
    assert old is not None and new is not None
    if not file.renamed:
        new = old  # two files compared by name: the patch turns the old one into the new
    return _quote(f"a/{old}"), _quote(f"b/{new}")


def _mode(side: ParsedFile | None) -> str:
    return side.source.mode if side is not None and side.source.mode else FILE_MODE


def _git_header(file: FileDiff, *, partial: bool = False) -> list[str]:
    old, new = _names(file)
    lines = [f"diff --git {old} {new}"]
    old_mode, new_mode = _mode(file.old), _mode(file.new)
    if file.old is not None and file.new is not None and old_mode != new_mode and not partial:
        lines += [f"old mode {old_mode}", f"new mode {new_mode}"]
    if file.renamed:
        lines += [f"rename from {_quote(file.old_path or '')}", f"rename to {_quote(file.path)}"]
    if file.old is None:
        lines.append(f"new file mode {new_mode}")
    if file.new is None:
        lines.append(f"deleted file mode {old_mode}")
    if SUBMODULE_MODE in (old_mode, new_mode):
        # git apply knows a submodule by the mode on this line.
        mode = f" {new_mode}" if old_mode == new_mode else ""
        lines.append(f"index {_object_id(file.old)}..{_object_id(file.new)}{mode}")
    return lines


def _type_changed(file: FileDiff) -> bool:
    """A regular file became a link or a submodule, or back: git patches that as a deletion
    and a creation."""
    return (
        file.old is not None and file.new is not None and _mode(file.old)[:3] != _mode(file.new)[:3]
    )


def _type_change_patch(file: FileDiff) -> str:
    assert file.old is not None and file.new is not None
    gone = replace(file, new=None, status=FileStatus.REMOVED)
    made = replace(file, old=None, status=FileStatus.ADDED)
    return _text_patch(
        gone, (), (), partial=False, rows=[_as(line, "-") for line in file.old.source.lines]
    ) + _text_patch(
        made, (), (), partial=False, rows=[_as(line, "+") for line in file.new.source.lines]
    )


def _as(line: str, op: str) -> _Row:
    return replace(_context(line), op=op)


_FLIP = {"+": "-", "-": "+", " ": " "}


def _flipped(hunk: Hunk) -> Hunk:
    return Hunk(
        hunk.file_id,
        hunk.new_start,
        hunk.new_lines,
        hunk.old_start,
        hunk.old_lines,
        hunk.header,
        tuple(
            replace(line, op=_FLIP[line.op], old_line=line.new_line, new_line=line.old_line)
            for line in hunk.lines
        ),
    )


def _reverse_patch(
    file: FileDiff,
    chosen: Sequence[Pair],
    others: Sequence[Pair],
    report: DiffReport,
    *,
    partial: bool,
) -> str:
    """The patch read from the new side: the selected changes undone on the new text, then
    turned round again, so every context line is the new side's. The changes left out only
    place the undone lines (placement.py); they give no context."""
    hunks = [hunk for _, hunk in chosen]
    flipped = [_flipped(hunk) for hunk in hunks]
    if partial and file.new is not None:
        flipped = place_insertions(
            [(change, hunk) for (change, _), hunk in zip(chosen, flipped, strict=True)],
            [(change, _flipped(hunk)) for change, hunk in others],
            file.new,
            report.changes,
            forward=False,
            made=file.old,
        )
    rows = _apply(file.new.source.lines if file.new else (), flipped, ())
    return _text_patch(
        file, hunks, (), partial=partial, rows=[replace(r, op=_FLIP[r.op]) for r in rows]
    )


def _text_patch(
    file: FileDiff,
    hunks: Sequence[Hunk],
    others: Sequence[Hunk],
    *,
    partial: bool,
    rows: list[_Row] | None = None,
) -> str:
    old_path, new_path = file.old_path, file.new_path
    if rows is None:
        rows = _apply(file.old.source.lines if file.old else (), hunks, others)
    kept = partial and any(row.op == " " for row in rows)
    if kept and file.new is None:
        # Removing part of a deleted file leaves the file, with the rest in it.
        new_path = old_path
    if kept and file.old is None:
        # Part of an added file, read from the new side (--for-reverse): the file exists on
        # the side `git apply -R` applies to, so this is an edit of it, not its creation.
        old_path = new_path
    same_file = old_path == new_path or old_path is None or new_path is None
    lines = _git_header(file, partial=partial) if same_file or file.renamed else []
    if kept and (file.new is None or file.old is None):
        lines = [line for line in lines if not line.startswith(("deleted file", "new file"))]
    body = _unified(rows)
    if body:
        lines.append("--- " + (_quote(f"a/{old_path}") if old_path is not None else "/dev/null"))
        lines.append("+++ " + (_quote(f"b/{new_path}") if new_path is not None else "/dev/null"))
        lines.extend(body)
    return "\n".join(lines) + "\n"


def _object_id(side: ParsedFile | None) -> str:
    """The side's object id: as git gave it, or (for a file read from disk) its blob's hash."""
    if side is None:
        return _NO_BLOB
    source = side.source
    if source.blob is not None:
        return source.blob
    if source.mode == SUBMODULE_MODE:
        # "Subproject commit <id>", "-dirty" after it when its working tree has changes
        return source.text.split()[-1].removesuffix("-dirty")
    return hashlib.sha1(
        b"blob %d\0" % len(source.data) + source.data, usedforsecurity=False
    ).hexdigest()


def _binary_patch(file: FileDiff) -> str:
    old = file.old.source if file.old else None
    new = file.new.source if file.new else None
    lines = _git_header(file)
    same_mode = old is not None and new is not None and _mode(file.old) == _mode(file.new)
    mode = f" {_mode(file.new)}" if same_mode else ""
    lines.append(f"index {_object_id(file.old)}..{_object_id(file.new)}{mode}")
    lines.append("GIT binary patch")
    lines.extend(_literal(new.data if new else b""))
    lines.append("")
    lines.extend(_literal(old.data if old else b""))  # the reverse, for git apply -R
    lines.append("")
    return "\n".join(lines) + "\n"


def _literal(data: bytes) -> list[str]:
    """git's `literal` binary hunk: zlib-deflated, base85 in lines of up to 52 bytes, each
    prefixed by its length as a letter (A-Z for 1-26, a-z for 27-52)."""
    packed = zlib.compress(data, 9)
    lines = [f"literal {len(data)}"]
    for start in range(0, len(packed), 52):
        chunk = packed[start : start + 52]
        size = len(chunk)
        prefix = chr(ord("A") + size - 1) if size <= 26 else chr(ord("a") + size - 27)
        lines.append(prefix + base64.b85encode(chunk, pad=True).decode("ascii"))
    return lines


def _apply(old_lines: Sequence[str], hunks: Sequence[Hunk], others: Sequence[Hunk]) -> list[_Row]:
    """Every line of the old file, with the hunks' edits applied where they say; context
    lines that the `others` (changes left out) remove, or insert lines before, are marked."""
    removed: set[int] = set()
    inserted: set[int] = set()
    for hunk in others:
        position = hunk.old_start - 1 if hunk.old_lines else hunk.old_start
        for line in hunk.lines:
            if line.op == "+":
                inserted.add(position)
            else:
                if line.op == "-":
                    removed.add(position)
                position += 1

    def context(position: int, row: _Row) -> _Row:
        return replace(row, shared=position not in removed, gap_before=position in inserted)

    rows: list[_Row] = []
    position = 0
    for hunk in sorted(hunks, key=_anchor):
        start = hunk.old_start - 1 if hunk.old_lines else hunk.old_start
        while position < start:
            rows.append(context(position, _context(old_lines[position])))
            position += 1
        for line in hunk.lines:
            row = _Row(line.op, line.text, line.no_newline, hunk.header)
            if line.op != "+":
                row = context(position, row) if line.op == " " else row
                position += 1
            rows.append(row)
    while position < len(old_lines):
        rows.append(context(position, _context(old_lines[position])))
        position += 1
    return _newlines(rows)


def _newlines(rows: list[_Row]) -> list[_Row]:
    """Only the last line of a text may lack its newline. Applied without the changes around
    it, an entity's patch can put a line after one that has none: a line inserted after the
    old last line gives that line a newline (as context, the two would be joined, `return
    1def b():`), and a last line the change ends without one keeps it when the old lines
    after it stay."""
    last_new = max((i for i, row in enumerate(rows) if row.op != "-"), default=-1)
    fixed: list[_Row] = []
    for index, row in enumerate(rows):
        if not row.no_newline or index >= last_new or row.op == "-":
            fixed.append(row)
            continue
        # The line ends as the line after it does: `\r\n` in a CRLF file.
        ended = row.text + ("\r" if rows[index + 1].text.endswith("\r") else "")
        if row.op == "+":
            fixed.append(replace(row, text=ended, no_newline=False))
        else:
            header = rows[index + 1].header
            fixed.append(replace(row, op="-", header=header))
            fixed.append(replace(row, op="+", text=ended, no_newline=False, header=header))
    return fixed


def _anchor(hunk: Hunk) -> tuple[int, int]:
    old = hunk.old_start - 1 if hunk.old_lines else hunk.old_start
    new = hunk.new_start - 1 if hunk.new_lines else hunk.new_start
    return old, new


def _context(line: str) -> _Row:
    if line.endswith("\n"):
        return _Row(" ", line[:-1], False, "")
    return _Row(" ", line, True, "")


def _usable(rows: Sequence[_Row], index: int) -> bool:
    """Whether the context line at `index` may join the run just before it."""
    return rows[index].shared and not rows[index].gap_before


def _joins(rows: Sequence[_Row], change: int, following: int) -> bool:
    """Whether two changed rows share one hunk: close, with only usable context between."""
    return following - change <= 2 * PATCH_CONTEXT + 1 and all(
        _usable(rows, i) for i in range(change + 1, following + 1)
    )


def _trailing_end(rows: Sequence[_Row], change: int) -> int:
    last = change + 1
    while (
        last < len(rows)
        and last - change <= PATCH_CONTEXT
        and rows[last].op == " "
        and _usable(rows, last)
    ):
        last += 1
    return last


def _group(rows: Sequence[_Row], changed: list[int], start: int) -> tuple[int, int]:
    """The last changed row of the hunk that starts with `changed[start]`, and the row its
    trailing context ends before: the changes it joins, and those that its context, once
    taken from the old side, reaches."""
    end = start
    while True:
        while end + 1 < len(changed) and _joins(rows, changed[end], changed[end + 1]):
            end += 1
        last = _trailing_end(rows, changed[end])
        while last == changed[end] + 1 and last < len(rows):
            # git anchors a hunk without trailing context at the end of the file: take the
            # old side's lines instead (the patch then applies forwards only), joining the
            # next change if they meet.
            following = changed[end + 1] if end + 1 < len(changed) else len(rows)
            if following - changed[end] <= 2 * PATCH_CONTEXT + 1 and following < len(rows):
                end += 1
                last = _trailing_end(rows, changed[end])
            else:
                last = min(following, last + PATCH_CONTEXT)
        if end + 1 < len(changed) and _joins(rows, changed[end], changed[end + 1]):
            continue  # the change the context reached joins the one after it
        return end, last


def _unified(rows: Sequence[_Row]) -> list[str]:
    changed = [i for i, row in enumerate(rows) if row.op != " "]
    out: list[str] = []
    old_before = [0] * (len(rows) + 1)
    new_before = [0] * (len(rows) + 1)
    for i, row in enumerate(rows):
        old_before[i + 1] = old_before[i] + (row.op != "+")
        new_before[i + 1] = new_before[i] + (row.op != "-")
    group_start = 0
    previous_end = 0
    while group_start < len(changed):
        group_end, last = _group(rows, changed, group_start)
        # Context stops where a change left out begins, so it reads the same before and
        # after the patch's target (index or working tree) holds that other change; and
        # where the hunk before ends, which git would otherwise read twice.
        first = changed[group_start]
        while (
            first > previous_end
            and changed[group_start] - first < PATCH_CONTEXT
            and not rows[first].gap_before
            and rows[first - 1].op == " "
            and rows[first - 1].shared
        ):
            first -= 1
        if first == changed[group_start] and first > previous_end and rows[first - 1].op == " ":
            # No shared line before it: without a line of the old side as it stands, git
            # would place the hunk by its line number alone (or at the file's start).
            first -= 1
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
        previous_end = last
    return out
