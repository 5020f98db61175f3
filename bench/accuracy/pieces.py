"""New files as sequences of pieces of the old ones, so that every old byte's new place is known.

A transformation never rewrites text blindly: it says which ranges of the old files are kept
(`Keep`, wherever they now go, in the same file or another) and which bytes are new (`Put`).
Following an old entity's name through the pieces then tells where the entity went, with no
guessing by name or content: that is the ground truth. A `Put` that replaces a name carries
the replaced identifier's old position (`origin`), so a renamed entity is followed too.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

Position = tuple[str, int]
"""(relative path, byte offset)."""


@dataclass(frozen=True)
class Keep:
    """Old bytes [start, end) of `path`, unchanged."""

    path: str
    start: int
    end: int


@dataclass(frozen=True)
class Put:
    """New bytes; `origin` is the old position of the name (identifier) they replace, if any."""

    text: bytes
    origin: Position | None = None


Piece = Keep | Put


@dataclass(frozen=True)
class Splice:
    """Replace old bytes [start, end) of one file by `pieces` (start == end: insert)."""

    start: int
    end: int
    pieces: tuple[Piece, ...]


def rebuild(path: str, start: int, end: int, splices: Iterable[Splice]) -> tuple[Piece, ...]:
    """The pieces of old range [start, end) of `path` with the splices applied. Splices must
    not overlap; several insertions at one offset keep their given order."""
    ordered = sorted(splices, key=lambda s: (s.start, s.end))
    pieces: list[Piece] = []
    at = start
    for splice in ordered:
        if splice.start < at or splice.end > end:
            raise ValueError(f"overlapping or out-of-range edit at {path}:{splice.start}")
        if splice.start > at:
            pieces.append(Keep(path, at, splice.start))
        pieces.extend(splice.pieces)
        at = splice.end
    if at < end:
        pieces.append(Keep(path, at, end))
    return tuple(p for p in pieces if not (isinstance(p, Keep) and p.start == p.end))


def reindent(data: bytes, start: int, end: int, old: bytes, new: bytes) -> tuple[Splice, ...]:
    """Splices that turn indentation `old` into `new` on each line of [start, end) that
    begins with it; blank lines, and lines that do not (a string's continuation), are left
    alone. The first line counts only if `start` is at a line start."""
    if old == new:
        return ()
    splices = []
    line = start if start == 0 or data[start - 1 : start] == b"\n" else _next_line(data, start)
    while line < end:
        if data.startswith(old, line) and data[line + len(old) : line + len(old) + 1] not in (
            b"\n",
            b"",
        ):
            splices.append(Splice(line, line + len(old), (Put(new),)))
        line = _next_line(data, line)
    return tuple(splices)


def _next_line(data: bytes, pos: int) -> int:
    found = data.find(b"\n", pos)
    return len(data) if found < 0 else found + 1


def carve(
    data: bytes,
    path: str,
    start: int,
    end: int,
    *,
    edits: Iterable[Splice] = (),
    indent: tuple[bytes, bytes] | None = None,
) -> tuple[Piece, ...]:
    """The pieces for moving old range [start, end) elsewhere: with edits inside it (a
    rename, a body edit) and its indentation changed from one depth to another. A line that
    an edit deletes or rewrites whole keeps no reindentation of its own: the edit decides
    what the line becomes."""
    splices = list(edits)
    if indent is not None:
        rewritten = [(s.start, s.end) for s in splices if s.end > s.start]
        splices.extend(
            r
            for r in reindent(data, start, end, *indent)
            if not any(a < r.end and r.start < b for a, b in rewritten)
        )
    return rebuild(path, start, end, splices)


def realize(pieces: Iterable[Piece], old: Mapping[str, bytes]) -> bytes:
    return b"".join(old[p.path][p.start : p.end] if isinstance(p, Keep) else p.text for p in pieces)


def offset_of(pieces: tuple[Piece, ...], target: Piece, old: Mapping[str, bytes]) -> int:
    """Where a given piece (the very object) starts in the realized file."""
    at = 0
    for piece in pieces:
        if piece is target:
            return at
        at += piece.end - piece.start if isinstance(piece, Keep) else len(piece.text)
    raise ValueError("piece not in this file")


@dataclass(frozen=True)
class _Span:
    old_start: int
    old_end: int
    new_path: str
    new_start: int


class Locator:
    """Where each old byte went. Built once per transformation; read-only afterwards."""

    def __init__(self, new: Iterable[tuple[str, tuple[Piece, ...]]]) -> None:
        spans: dict[str, list[_Span]] = {}
        self._origins: dict[Position, Position] = {}
        for new_path, pieces in new:
            at = 0
            for piece in pieces:
                if isinstance(piece, Keep):
                    spans.setdefault(piece.path, []).append(
                        _Span(piece.start, piece.end, new_path, at)
                    )
                    at += piece.end - piece.start
                else:
                    if piece.origin is not None:
                        self._origins[piece.origin] = (new_path, at)
                    at += len(piece.text)
        self._spans = {
            path: sorted(found, key=lambda s: s.old_start) for path, found in spans.items()
        }
        self._starts = {path: [s.old_start for s in found] for path, found in self._spans.items()}

    def forward(self, position: Position) -> Position | None:
        """The new place of an old byte (of a renamed name: the new name's start), or None
        when the byte was deleted or replaced."""
        if position in self._origins:
            return self._origins[position]
        path, offset = position
        spans = self._spans.get(path, [])
        # No transformation keeps an old range twice, so the kept range that starts last
        # at or before the offset is the only one that can hold it.
        index = bisect.bisect_right(self._starts.get(path, []), offset) - 1
        if index < 0 or not spans[index].old_start <= offset < spans[index].old_end:
            return None
        span = spans[index]
        return span.new_path, span.new_start + offset - span.old_start


def invert(
    old: Mapping[str, bytes], new: Iterable[tuple[str, tuple[Piece, ...]]]
) -> tuple[dict[str, bytes], tuple[tuple[str, tuple[Piece, ...]], ...]]:
    """The same change backwards: the new files become the old ones, and the old files are
    rebuilt from their pieces (what was kept is kept, the rest is written). Used to make an
    inlining out of an extraction. Names replaced with an origin are not supported (their
    reversal would need the new name's origin), and no transformation that is inverted
    makes any."""
    new = tuple(new)
    realized = {path: realize(pieces, old) for path, pieces in new}
    kept: dict[str, list[tuple[int, int, str, int]]] = {}
    for new_path, pieces in new:
        at = 0
        for piece in pieces:
            if isinstance(piece, Keep):
                kept.setdefault(piece.path, []).append((piece.start, piece.end, new_path, at))
                at += piece.end - piece.start
            else:
                if piece.origin is not None:
                    raise ValueError("cannot invert a rename")
                at += len(piece.text)
    rebuilt = []
    for path, data in sorted(old.items()):
        parts: list[Piece] = []
        at = 0
        for start, end, new_path, new_start in sorted(kept.get(path, [])):
            if start < at:
                raise ValueError(f"{path}: an old range is kept twice")
            if start > at:
                parts.append(Put(data[at:start]))
            parts.append(Keep(new_path, new_start, new_start + end - start))
            at = end
        if at < len(data):
            parts.append(Put(data[at:]))
        rebuilt.append((path, tuple(parts)))
    return realized, tuple(rebuilt)
