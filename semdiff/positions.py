"""Byte offsets ↔ lines and code-point columns: the one place that knows about encodings.

tree-sitter counts UTF-8 bytes; the JSON contract (and Emacs) counts code points.
"""

from __future__ import annotations

import re

from semdiff.model import Span

_NEWLINE = re.compile(b"\n")


class LineIndex:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._ascii = data.isascii()
        self.starts = [0] + [match.end() for match in _NEWLINE.finditer(data)]

    def column(self, row: int, byte_column: int) -> int:
        """The code-point column of a (0-based row, byte column) point."""
        if self._ascii or byte_column == 0:
            return byte_column
        start = self.starts[row]
        return len(self._data[start : start + byte_column].decode("utf-8", errors="replace"))

    def row_of(self, offset: int) -> int:
        """The 0-based row holding byte `offset`."""
        low, high = 0, len(self.starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    def span(self, start_byte: int, end_byte: int) -> Span:
        start_row = self.row_of(start_byte)
        end_row = self.row_of(end_byte)
        return Span(
            start_line=start_row + 1,
            start_col=self.column(start_row, start_byte - self.starts[start_row]),
            end_line=end_row + 1,
            end_col=self.column(end_row, end_byte - self.starts[end_row]),
            start_byte=start_byte,
            end_byte=end_byte,
        )
