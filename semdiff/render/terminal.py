"""The terminal view: a summary of changed entities per file, then each entity's diff.

Colour comes from named styles (`semdiff.added`, ...) so a theme can change it; with colour
off the same text is written plainly. Text taken from the compared files passes through
`escape.visible()` first, so a file cannot move the cursor or retitle the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from rapidfuzz.distance import Indel
from rich.console import Console
from rich.text import Text
from rich.theme import Theme

from semdiff.changes import display_name, kind_changed, kind_label, label
from semdiff.escape import visible
from semdiff.extract import MODULE_KIND
from semdiff.languages import spec_by_name
from semdiff.lineendings import converted, only_line_endings
from semdiff.model import (
    EXECUTABLE_MODE,
    Change,
    DiffReport,
    Entity,
    FileDiff,
    FileStatus,
    Flag,
    Hunk,
    PathPosition,
    Status,
)
from semdiff.render.choose import listed
from semdiff.render.inline import line_parts

THEME = Theme(
    {
        "semdiff.file": "bold",
        "semdiff.added": "green",
        "semdiff.removed": "red",
        "semdiff.modified": "yellow",
        "semdiff.renamed": "cyan",
        "semdiff.moved": "magenta",
        "semdiff.unchanged": "dim",
        "semdiff.note": "dim",
        "semdiff.hunk": "cyan",
        "semdiff.word.added": "bold green reverse",
        "semdiff.word.removed": "bold red reverse",
        "semdiff.header": "bold",
        "semdiff.warning": "yellow",
    }
)

MAX_TITLE_WIDTH = 48
MAX_WORDS_WIDTH = 40

SYMBOLS = {
    Status.ADDED: "+",
    Status.REMOVED: "-",
    Status.MODIFIED: "~",
    Status.RENAMED: "~",
    Status.MOVED: "↕",
    Status.UNCHANGED: "=",
}


SUMMARY_BATCH = 200
"""Summary rows per print (see `_file_summary`)."""


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit with status 1; the command line treats a closed pipe as git does.
        raise BrokenPipeError


def make_console(stream: TextIO, *, color: bool, width: int | None = None) -> Console:
    return _Console(
        file=stream,
        theme=THEME,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
        width=width or 100,
        legacy_windows=False,
        _environ={},
    )


def render_text(
    report: DiffReport,
    console: Console,
    *,
    summary_only: bool = False,
    include_unchanged: bool = False,
    position: PathPosition | None = None,
    left_out: str = "",
    side_by_side: bool = False,
) -> None:
    """`position` marks one file of several that git hands over one at a time: there are no
    totals to add up, and a file after the first is set apart. `left_out` says how many
    changes --ignore-comments or -w left out (ignore.py): after the totals, or under git, on
    a line of its own, since a file whose changes were all left out has no heading.
    `side_by_side`: each entity's hunks in two columns, old and new, within the console's
    width (sidebyside.py)."""
    changes = {change.id: change for change in report.changes}
    hidden = _said_by_the_file(report, changes)
    parts = line_parts(report.files, changes)
    for path in report.unmerged:
        console.print(
            Text(visible(path), style="semdiff.file").append("  (unmerged)", "semdiff.note")
        )
    if position is not None and not position.first:
        console.print()  # git writes one file after another: keep them apart
    for file in report.files:
        _file_summary(console, file, changes, include_unchanged, hidden)
    if position is None:
        totals = _totals(report, hidden)
        if left_out:
            totals.append(f"; {left_out}", style="semdiff.note")
        console.print(totals)
    elif left_out:
        console.print(Text(f"semdiff: {left_out}", style="semdiff.note"))
    if summary_only:
        return
    paths = {file.id: file.path for file in report.files}
    for file in report.files:
        for change_id in file.change_ids:
            change = changes[change_id]
            hunks = parts.get(change_id, change.shown_hunks)
            if change.file_id == file.id and hunks and change_id not in hidden:
                _change_diff(console, change, file, hunks, side_by_side=side_by_side, paths=paths)


def describe(change: Change, file: FileDiff | None = None) -> str:
    """The words after an entity's name in the summary."""
    old, new = change.old, change.new
    if change.kind == MODULE_KIND and change.status is Status.MODIFIED:
        flags = set(change.flags)
        words = [
            _whitespace_words(change)
            if flags == {Flag.WHITESPACE_ONLY}
            else "comments only"
            if flags == {Flag.COMMENT_ONLY}
            else "modified"
        ]
    elif change.status is Status.ADDED:
        words = ["added"]
    elif change.status is Status.REMOVED:
        words = ["removed"]
    else:
        assert old is not None and new is not None
        words = []
        for flag in change.flags:
            if flag is Flag.MOVED_FILE:
                words.append(_file_move(change, old, new, file))
            elif flag is Flag.MOVED_PARENT:
                if Flag.MOVED_FILE not in change.flags:  # else said with the file
                    words.append(f"moved from {_parent_name(old)}")
            elif flag is Flag.WHITESPACE_ONLY:
                words.append(_whitespace_words(change))
            elif flag is Flag.RENAMED and _only_dispatch_renamed(old, new):
                continue  # "dispatch value changed" says it
            else:
                words.append(_FLAG_WORDS[flag])
        if kind_changed(change):
            # Not a JSON flag (old.kind and new.kind say it), but a reader scanning the words
            # would miss it in the title alone.
            words.insert(0, "kind changed")
        if not words:
            words.append("unchanged")
    if new is not None and new.has_errors:
        words.append("(has syntax errors)")
    elif old is not None and old.has_errors:
        # The old version's syntax error, fixed or gone: still where the reader looks.
        words.append("(had syntax errors)" if new is not None else "(has syntax errors)")
    return ", ".join(words)


def _only_dispatch_renamed(old: Entity, new: Entity) -> bool:
    """Whether the names differ only by their dispatch values, which end them
    (`[name_formats]`: `area :circle`)."""
    return old.dispatch != new.dispatch and old.name.removesuffix(
        old.dispatch
    ) == new.name.removesuffix(new.dispatch)


_FLAG_WORDS = {
    Flag.RENAMED: "renamed",
    Flag.REORDERED: "reordered",
    Flag.SIGNATURE_CHANGED: "signature changed",
    Flag.BODY_CHANGED: "body changed",
    Flag.WHITESPACE_ONLY: "whitespace only",
    Flag.COMMENT_ONLY: "comments only",
    Flag.VISIBILITY_CHANGED: "visibility changed",
    Flag.DISPATCH_CHANGED: "dispatch value changed",
    Flag.DOC_CHANGED: "docstring changed",
    Flag.NOTATION_ONLY: "written another way",
}


def _whitespace_words(change: Change) -> str:
    return "line endings only" if only_line_endings(change.shown_hunks) else "whitespace only"


def _said_by_the_file(report: DiffReport, changes: dict[str, Change]) -> set[str]:
    """Changes not listed because their file's heading says all of them: in a file converted
    between LF and CRLF, those whose lines differ only by their endings. Their lines are in
    the JSON and the patch; here "line endings LF → CRLF" stands for them."""
    hidden: set[str] = set()
    for file in report.files:
        if not converted(file):
            continue
        for change_id in file.change_ids:
            change = changes[change_id]
            if (
                change.file_id == file.id
                and change.flags == (Flag.WHITESPACE_ONLY,)
                and only_line_endings(change.shown_hunks)
            ):
                hidden.add(change_id)
    return hidden


def _file_move(change: Change, old: Entity, new: Entity, file: FileDiff | None) -> str:
    """One statement for a move between files, with the old parent when that changed too
    (`moved from Cart to shop/Pricing.java`), not two glued "moved" phrases. The file is the
    side the reader is not looking at: where it went under the old file, where it came
    from under the new one."""
    leaving = file is not None and file.id != change.file_id
    if Flag.MOVED_PARENT not in change.flags:
        return f"moved to {new.path}" if leaving else f"moved from {old.path}"
    parent = _parent_name(old)
    return f"moved from {parent} to {new.path}" if leaving else f"moved from {parent} in {old.path}"


def _parent_name(entity: Entity) -> str:
    qualified, name = entity.qualified_name, entity.name
    separator = spec_by_name(entity.language).separator
    parent = qualified[: -len(name)].removesuffix(separator) if qualified.endswith(name) else ""
    return parent or "top level"


def title(change: Change, file: FileDiff | None = None) -> str:
    """`struct PendingClick → Click`: the kind and name, with the old name if it changed.
    `file` is the file it is listed under, when that may be the one it left."""
    old, new = change.old, change.new
    entity = new or old
    assert entity is not None
    text = label(entity)
    if entity.kind == MODULE_KIND:
        return text
    if old is None or new is None:
        return text
    # The new kind is named only when it differs: `struct Pool → type Message`.
    new_kind = f"{kind_label(new)} " if kind_changed(change) else ""
    if old.qualified_name != new.qualified_name and change.shows_old_name():
        target = new.qualified_name if Flag.MOVED_PARENT in change.flags else new.name
        overload = f"({new.overload})" if display_name(new) != new.qualified_name else ""
        return f"{label(old)} → {new_kind}{target}{overload}"
    if new_kind:
        return f"{label(old)} → {text}"
    if old.overload != new.overload:
        if spec_by_name(new.language).variant_keys:
            # A definition wrapped into a reader conditional, or out of one: `defn now →
            # now(:clj)`, not an empty parameter list turned into a platform.
            variant = f"({new.overload})" if new.overload else ""
            return f"{label(old)} → {new.name}{variant}"
        return f"{kind_label(old)} {old.qualified_name}({old.overload}) → ({new.overload})"
    if file is not None and file.id != change.file_id:
        # Under the file it left, it is named as that file had it: a method whose class was
        # renamed on the way reads `Pool::get` there, not `Buffer::get`, a type the file
        # never held.
        return label(old)
    return text


def _file_summary(
    console: Console,
    file: FileDiff,
    changes: dict[str, Change],
    include_unchanged: bool,
    hidden: set[str],
) -> None:
    header = Text(visible(file.path), style="semdiff.file")
    if file.old_path is not None and file.new_path is not None and file.old_path != file.new_path:
        header = Text(f"{visible(file.old_path)} → {visible(file.path)}", style="semdiff.file")
    notes = [_status_word(file)] if file.status is not FileStatus.MODE_CHANGED else []
    fallback = file.fallback
    if fallback is not None:
        notes.append(fallback.reason)
        notes.extend(_text_side(file))
    elif file.language:
        notes.insert(0, file.language)
    notes.extend(_mode_notes(file))
    endings = file.line_endings
    if endings is not None:
        notes.append(f"line endings {endings[0]} → {endings[1]}")
    for name, side in (("old", file.old), ("new", file.new)):
        if side is not None and side.source.decode_note:
            notes.append(f"{name}: {side.source.decode_note}")
        if side is not None and side.parse_errors:
            first = f", the first at line {side.error_line}" if side.error_line else ""
            notes.append(
                f"{_plural(side.parse_errors, 'syntax error')} in the {name} version{first}"
            )
    header.append(f"  ({visible('; '.join(notes))})", style="semdiff.note")
    console.print(header)
    rows = [
        changes[i]
        for i in file.change_ids
        if listed(changes[i], include_unchanged)
        and i not in hidden
        # A top level with no lines of its own adds nothing to the file's own status.
        and (changes[i].kind != MODULE_KIND or changes[i].shown_hunks or include_unchanged)
    ]
    titles = _told_apart(rows, [visible(title(change, file)) for change in rows], file)
    words = [visible(describe(change, file)) for change in rows]
    # Columns fit the common case; a rare long name pushes only its own row out.
    title_width = min(MAX_TITLE_WIDTH, max((len(t) for t in titles), default=0))
    words_width = min(MAX_WORDS_WIDTH, max((len(w) for w in words), default=0))
    lines = []
    for change, name, description in zip(rows, titles, words, strict=True):
        style = _style(change)
        line = Text("  ")
        line.append(SYMBOLS[change.status], style=style)
        line.append(" ")
        line.append(name.ljust(title_width), style=style)
        line.append("  ")
        line.append(description.ljust(words_width), style="semdiff.note")
        counts = _counts(change.shown_hunks)
        if counts:
            line.append("  ")
            line.append_text(counts)
        line.rstrip()
        lines.append(line)
    # Rows printed in batches: rich's work per call was most of the time of a summary of
    # thousands of rows, and one call for all of them holds all their segments at once.
    for start in range(0, len(lines), SUMMARY_BATCH):
        console.print(Text("\n").join(lines[start : start + SUMMARY_BATCH]))


def _told_apart(rows: list[Change], titles: list[str], file: FileDiff) -> list[str]:
    """Titles that two rows share (cfg variants, overloads a language does not tell apart)
    get the line where each starts: the one short mark that tells any two apart, and it
    matches the `path:line` of the diff below. Rows are compared per side they are shown
    from (old for a removed entity), so two line numbers never count in different files;
    a removed row and a changed one of one name already differ by their status. Rows that
    share a line too (`[{"v": 1}, {"v": 2}]`) get the column as well."""
    sides = [_shown_side(change, file) for change in rows]
    keys = [
        (text, side is change.old) for text, side, change in zip(titles, sides, rows, strict=True)
    ]
    seen: dict[tuple[str, bool], int] = {}
    lines: dict[tuple[str, bool, int], int] = {}
    for key, side in zip(keys, sides, strict=True):
        seen[key] = seen.get(key, 0) + 1
        at = (*key, side.span.start_line)
        lines[at] = lines.get(at, 0) + 1
    marked = []
    for key, side in zip(keys, sides, strict=True):
        span = side.span
        if seen[key] == 1:
            marked.append(key[0])
        elif lines[(*key, span.start_line)] == 1:
            marked.append(f"{key[0]} (line {span.start_line})")
        else:
            marked.append(f"{key[0]} (line {span.start_line}, column {span.start_col + 1})")
    return marked


def _shown_side(change: Change, file: FileDiff) -> Entity:
    entity = change.old if change.new is None or file.id != change.file_id else change.new
    assert entity is not None
    return entity


def _text_side(file: FileDiff) -> list[str]:
    """Which side was text, for a file that was compared as bytes because the other was not:
    the change worth knowing before any other (an encoding changed, a NUL byte crept in)."""
    if file.old is None or file.new is None:
        return []
    old, new = file.old.source.is_binary, file.new.source.is_binary
    if old == new:
        return []
    return ["text in the old version" if new else "text in the new version"]


def _counted_as(file: FileDiff) -> FileStatus:
    """A binary file renamed with the same bytes counts as renamed, not as changed."""
    old, new = file.old, file.new
    if (
        file.status is FileStatus.BINARY
        and old is not None
        and new is not None
        and old.source.data == new.source.data
        and file.renamed
    ):
        return FileStatus.RENAMED
    return file.status


def _status_word(file: FileDiff) -> str:
    """A binary file's status says only "binary" (the fallback says so too): say what
    happened to it instead."""
    if file.status is not FileStatus.BINARY:
        return file.status.value
    if file.old is None:
        return "added"
    if file.new is None:
        return "removed"
    return "renamed" if file.renamed else "modified"


def _mode_notes(file: FileDiff) -> list[str]:
    old = file.old.source.mode if file.old else None
    new = file.new.source.mode if file.new else None
    if old and new:
        # A mode both sides share is no change; git shows none either.
        return [f"mode {old} → {new}"] if old != new else []
    # An added or removed file has one mode, part of what was added or removed.
    return ["executable"] if (new or old) == EXECUTABLE_MODE else []


def _counts(hunks: Iterable[Hunk]) -> Text:
    added = removed = 0
    for hunk in hunks:
        added += hunk.added
        removed += hunk.removed
    text = Text()
    if added:
        text.append(f"+{added}", style="semdiff.added")
    if removed:
        if added:
            text.append(" ")
        text.append(f"-{removed}", style="semdiff.removed")
    return text


def _style(change: Change) -> str:
    return f"semdiff.{change.status.value}"


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _totals(report: DiffReport, hidden: set[str]) -> Text:
    counts: dict[Status, int] = {}
    for change in report.changes:
        # A top level with no lines of its own is not listed, so it is not counted either;
        # nor is a change its file's line endings note stands for.
        if change.id in hidden:
            continue
        if change.kind != MODULE_KIND or change.shown_hunks:
            counts[change.status] = counts.get(change.status, 0) + 1
    parts = [
        f"{counts[status]} {status.value}"
        for status in (Status.ADDED, Status.REMOVED, Status.MODIFIED, Status.RENAMED, Status.MOVED)
        if counts.get(status)
    ]
    file_counts = {
        status: sum(1 for file in report.files if _counted_as(file) is status)
        for status in (FileStatus.RENAMED, FileStatus.BINARY, FileStatus.MODE_CHANGED)
    }
    # An empty file added or removed has no entity to count: the file itself is the change.
    for file in report.files:
        side = file.new if file.status is FileStatus.ADDED else file.old
        if file.status in (FileStatus.ADDED, FileStatus.REMOVED) and side and not side.source.text:
            file_counts[file.status] = file_counts.get(file.status, 0) + 1
    for status, words in (
        (FileStatus.ADDED, "empty file{} added"),
        (FileStatus.REMOVED, "empty file{} removed"),
        (FileStatus.RENAMED, "file{} renamed"),
        (FileStatus.BINARY, "binary file{} changed"),
        (FileStatus.MODE_CHANGED, "file mode{} changed"),
    ):
        count = file_counts.get(status, 0)
        if count:
            parts.append(f"{count} {words.format('' if count == 1 else 's')}")
    converted_files = sum(1 for file in report.files if file.line_endings is not None)
    if converted_files:
        owner = "file's" if converted_files == 1 else "files'"
        parts.append(f"{converted_files} {owner} line endings changed")
    where = f"in {_plural(len(report.files), 'file')}"
    # The blank line parts the totals from the file lines above; with none, it would lead.
    text = Text("\n" if report.files or report.unmerged else "")
    text.append(f"{', '.join(parts) or 'no changes'} {where}", style="semdiff.header")
    if counts.get(Status.UNCHANGED):
        text.append(
            f" ({_plural(counts[Status.UNCHANGED], 'entity', 'entities')} unchanged)",
            style="semdiff.note",
        )
    if report.identical_files:
        text.append(
            f"; {_plural(report.identical_files, 'identical file')} skipped", style="semdiff.note"
        )
    if report.untracked_left_out:
        text.append(
            f"; {_plural(report.untracked_left_out, 'untracked file')} left out "
            "(--untracked includes them)",
            style="semdiff.note",
        )
    if report.unmerged:
        text.append(f"; {_plural(len(report.unmerged), 'unmerged path')}", style="semdiff.warning")
    return text


def change_head(change: Change, file: FileDiff) -> Text:
    """`def parse  app.py:3  body changed`: the line above an entity's diff (a move between
    files names both places)."""
    entity = change.new or change.old
    assert entity is not None
    head = Text(visible(title(change)), style=_style(change))
    head.stylize("bold")
    where = f"{entity.path}:{entity.span.start_line}"
    if change.old is not None and Flag.MOVED_FILE in change.flags:
        where = f"{change.old.path}:{change.old.span.start_line} → {where}"
    head.append(f"  {visible(where)}  {visible(describe(change, file))}", style="semdiff.note")
    return head


def _beside(hunk: Hunk, change: Change, paths: Mapping[str, str] | None) -> str:
    """Where a beside hunk's lines are: not in the entity's own text."""
    if hunk not in change.beside_hunks:
        return ""
    path = (paths or {}).get(hunk.file_id)
    return f"  (in {visible(path)})" if path else "  (beside it)"


def render_change(
    console: Console, change: Change, file: FileDiff, *, diff: bool, side_by_side: bool
) -> None:
    """One entity's line, and with `diff` its hunks: `semdiff log --entity`'s view of one
    commit."""
    hunks = change.shown_hunks
    if diff and hunks:
        _change_diff(console, change, file, hunks, side_by_side=side_by_side)
    else:
        console.print()
        console.print(change_head(change, file))


def _change_diff(
    console: Console,
    change: Change,
    file: FileDiff,
    hunks: Sequence[Hunk],
    *,
    side_by_side: bool = False,
    paths: Mapping[str, str] | None = None,
) -> None:
    """`paths` (file id → path) names the file of each beside hunk (`Change.beside_hunks`)."""
    # The blank line that sets the entity apart goes in the same print (rich's work per call
    # counts where thousands of entities changed).
    lines = [Text(), change_head(change, file)]
    converted_file = converted(file)
    digits = 0
    if side_by_side:
        from semdiff.render import sidebyside  # noqa: PLC0415 (only with --display)

        digits = sidebyside.number_width(hunks)
    for hunk in hunks:
        lines.append(
            Text(
                f"@@ -{hunk.old_start},{hunk.old_lines} +{hunk.new_start},{hunk.new_lines} @@ "
                f"{visible(hunk.header)}{_beside(hunk, change, paths)}",
                style="semdiff.hunk",
            )
        )
        # A CRLF file shows its lines without the CR; a hunk where only some lines have one
        # shows it, escaped, unless the file's heading says all its line endings changed.
        crlf = converted_file or all(line.text.endswith("\r") for line in hunk.lines)
        texts = [
            Text(
                f"{line.op}{visible(line.text.removesuffix(chr(13)) if crlf else line.text)}",
                style=_LINE_STYLES.get(line.op, ""),
            )
            for line in hunk.lines
        ]
        _highlight_words(hunk, texts)
        if side_by_side:
            lines.extend(sidebyside.hunk_rows(hunk, texts, console.width, digits))
            continue
        for line, text in zip(hunk.lines, texts, strict=True):
            lines.append(text)
            if line.no_newline:
                lines.append(Text("\\ No newline at end of file", style="semdiff.note"))
    if side_by_side:
        # The rows fit the width; the heading and the @@ lines, whose paths and names can be
        # longer, fold onto more lines rather than overflow.
        console.print(Text("\n").join(lines), soft_wrap=False, overflow="fold")
        return
    console.print(Text("\n").join(lines))


_LINE_STYLES = {"+": "semdiff.added", "-": "semdiff.removed"}
_WORD = re.compile(r"\w+|\s+|[^\w\s]")


def _highlight_words(hunk: Hunk, texts: list[Text]) -> None:
    """In a run of removed lines followed by added ones, mark the words that differ between
    the n-th removed and the n-th added line."""
    position = 0
    lines = hunk.lines
    while position < len(lines):
        if lines[position].op != "-":
            position += 1
            continue
        removed_end = position
        while removed_end < len(lines) and lines[removed_end].op == "-":
            removed_end += 1
        added_end = removed_end
        while added_end < len(lines) and lines[added_end].op == "+":
            added_end += 1
        for offset in range(min(removed_end - position, added_end - removed_end)):
            _mark(
                texts[position + offset],
                texts[removed_end + offset],
                "semdiff.word.removed",
                "semdiff.word.added",
            )
        position = added_end


def _mark(old: Text, new: Text, old_style: str, new_style: str) -> None:
    old_words = _WORD.findall(old.plain[1:])
    new_words = _WORD.findall(new.plain[1:])
    if not old_words or not new_words:
        return
    same = Indel.normalized_similarity(old_words, new_words)
    if same < 0.3:
        return  # a rewritten line: marking nearly every word helps nobody
    old_at = [1]
    for word in old_words:
        old_at.append(old_at[-1] + len(word))
    new_at = [1]
    for word in new_words:
        new_at.append(new_at[-1] + len(word))
    for opcode in Indel.opcodes(old_words, new_words):
        if opcode.tag == "equal":
            continue
        if opcode.src_end > opcode.src_start:
            old.stylize(old_style, old_at[opcode.src_start], old_at[opcode.src_end])
        if opcode.dest_end > opcode.dest_start:
            new.stylize(new_style, new_at[opcode.dest_start], new_at[opcode.dest_end])
