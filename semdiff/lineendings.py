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


def file_change(file: FileDiff) -> tuple[str, str] | None:
    """(old style, new style) when a file kept on both sides changed its line endings."""
    if file.old is None or file.new is None:
        return None
    old, new = style(file.old.source), style(file.new.source)
    if old is None or new is None or old == new:
        return None
    return old, new


def converted(file: FileDiff) -> bool:
    """Whether the whole file went from one style to the other, so that the note says all
    there is to say about the lines that differ only by their endings."""
    change = file_change(file)
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
