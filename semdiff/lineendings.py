"""Line endings: a file converted between LF and CRLF changes every line, and says so once.

Each side's style is `LF`, `CRLF` or `mixed` (both), or None for a text without a line break
(nothing to compare). A change whose lines differ only by the `\\r` before their newline is
a line-ending change: whitespace, not comments or code, whatever its tokens say (a comment
or a string takes the `\\r` into its text).
"""

from __future__ import annotations

from collections.abc import Iterable

from semdiff.model import FileDiff, Hunk, Source

LF = "LF"
CRLF = "CRLF"
MIXED = "mixed"


def style(source: Source) -> str | None:
    if source.is_binary:
        return None
    crlf = source.text.count("\r\n")
    lf = source.text.count("\n") - crlf
    if not crlf and not lf:
        return None
    return MIXED if crlf and lf else CRLF if crlf else LF


def endings_change(old: Source | None, new: Source | None) -> tuple[str, str] | None:
    """(old style, new style) when a file kept on both sides changed its line endings. Read
    once per file, into `FileDiff.line_endings`: every heading, summary row and entity diff
    of the file asks, and counting the whole text each time made a big diff's terminal
    output a fifth slower."""
    if old is None or new is None:
        return None
    before, after = style(old), style(new)
    if before is None or after is None or before == after:
        return None
    return before, after


def converted(file: FileDiff) -> bool:
    """Whether the whole file went from one style to the other, so that the note says all
    there is to say about the lines that differ only by their endings."""
    change = file.line_endings
    return change is not None and MIXED not in change


def only_line_endings(hunks: Iterable[Hunk]) -> bool:
    """Whether the hunks change lines and every change is a `\\r` added or removed before
    the newline (the removed and added lines, in order, are the same without it)."""
    removed: list[str] = []
    added: list[str] = []
    for hunk in hunks:
        for line in hunk.lines:
            if line.op == "-":
                removed.append(line.text)
            elif line.op == "+":
                added.append(line.text)
    if not removed or removed == added:
        return False
    return [line.removesuffix("\r") for line in removed] == [
        line.removesuffix("\r") for line in added
    ]
