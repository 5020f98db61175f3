"""`--display side-by-side`: each hunk as two columns, old on the left and new on the right.

Rows are aligned as a reviewer pairs lines: a context line on both sides; in a run of
removed lines followed by added ones, the n-th removed line beside the n-th added one (the
pair the inline view highlights words in, so its highlighting is reused as it is); what is
left over faces a blank. Each side is `NUMBER OP TEXT`, the op (`-`, `+` or a space) saying
what colour would say when there is none.

Every row fits the width: cells are measured as rich measures them (a CJK character takes
two, a combining mark none), tabs are expanded first, and a line longer than its column
wraps onto rows of its own, with neither line number nor op, so that nothing of it is
lost.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text

from semdiff.model import Hunk, HunkLine

SEPARATOR = " │ "
TAB_SIZE = 4
NO_NEWLINE = "\\ No newline at end of file"


@dataclass(frozen=True, slots=True)
class _Cell:
    """One side of a row: a line, or nothing."""

    number: int | None
    op: str
    text: Text
    no_newline: bool = False


def hunk_rows(hunk: Hunk, texts: Sequence[Text], width: int, digits: int) -> list[Text]:
    """The rows of one hunk; `texts` are the inline view's lines (op first, words already
    highlighted), `digits` the width of the line number column."""
    column = max(1, (width - cell_len(SEPARATOR) - 2 * (digits + 2)) // 2)
    rows: list[Text] = []
    for left, right in _pairs(hunk.lines, texts):
        rows.extend(_row(left, right, column, digits))
    return rows


def number_width(hunks: Sequence[Hunk]) -> int:
    """Digits of the largest line number shown, so that every hunk of an entity lines up."""
    largest = max(
        (
            number
            for hunk in hunks
            for line in hunk.lines
            for number in (line.old_line, line.new_line)
            if number is not None
        ),
        default=1,
    )
    return len(str(largest))


def _pairs(
    lines: Sequence[HunkLine], texts: Sequence[Text]
) -> Iterator[tuple[_Cell | None, _Cell | None]]:
    position = 0
    while position < len(lines):
        line = lines[position]
        if line.op == " ":
            text = texts[position][1:]
            yield (
                _Cell(line.old_line, " ", text, line.no_newline),
                _Cell(line.new_line, " ", text.copy(), line.no_newline),
            )
            position += 1
            continue
        removed: list[_Cell] = []
        while position < len(lines) and lines[position].op == "-":
            removed.append(_cell(lines[position], texts[position]))
            position += 1
        added: list[_Cell] = []
        while position < len(lines) and lines[position].op == "+":
            added.append(_cell(lines[position], texts[position]))
            position += 1
        for index in range(max(len(removed), len(added))):
            yield (
                removed[index] if index < len(removed) else None,
                added[index] if index < len(added) else None,
            )


def _cell(line: HunkLine, text: Text) -> _Cell:
    number = line.old_line if line.op == "-" else line.new_line
    return _Cell(number, line.op, text[1:], line.no_newline)


def _row(left: _Cell | None, right: _Cell | None, column: int, digits: int) -> list[Text]:
    left_parts = _chunks(left, column)
    right_parts = _chunks(right, column)
    height = max(len(left_parts), len(right_parts))
    rows = []
    for index in range(height):
        row = Text()
        row.append_text(_side(left, left_parts, index, column, digits))
        row.append(SEPARATOR, style="semdiff.note")
        row.append_text(_side(right, right_parts, index, column, digits))
        row.rstrip()
        rows.append(row)
    return rows


def _side(cell: _Cell | None, parts: list[Text], index: int, column: int, digits: int) -> Text:
    side = Text()
    if cell is None or index >= len(parts):
        side.append(" " * (digits + 2 + column))
        return side
    style = _STYLES.get(cell.op, "")
    first = index == 0 and cell.number is not None
    side.append(f"{cell.number:>{digits}}" if first else " " * digits, style="semdiff.note")
    # A continuation has neither number nor op: that is what tells it from a line.
    side.append(f" {cell.op if index == 0 else ' '}", style=style)
    part = parts[index]
    side.append_text(part)
    side.append(" " * (column - cell_len(part.plain)))
    return side


def _chunks(cell: _Cell | None, column: int) -> list[Text]:
    """The cell's text cut into pieces of at most `column` cells; the marker of a last line
    without a newline comes as a piece of its own."""
    if cell is None:
        return []
    text = cell.text.copy()
    text.expand_tabs(TAB_SIZE)
    offsets = []
    used = 0
    for offset, character in enumerate(text.plain):
        size = get_character_cell_size(character)
        if used + size > column and used:
            offsets.append(offset)
            used = 0
        used += size
    parts = list(text.divide(offsets)) if offsets else [text]
    if cell.no_newline:
        parts.extend(_chunks(_Cell(None, " ", Text(NO_NEWLINE, style="semdiff.note")), column))
    return parts


_STYLES = {"+": "semdiff.added", "-": "semdiff.removed"}
