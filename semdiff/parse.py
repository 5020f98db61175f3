"""Bytes → tree-sitter tree, with parse-error accounting. Grammar loading lives here only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from tree_sitter import Language, Node, Parser, Range, Tree

from semdiff.errors import GrammarError, ParseGaveUp

BOM = b"\xef\xbb\xbf"
"""A UTF-8 byte order mark: no grammar expects it, so it is left out of the parsed range (node
offsets stay those of the file) and is not counted as unread."""
_PAST_BOM = Range((0, len(BOM)), (0xFFFFFFFF, 0xFFFFFFFF), len(BOM), 0xFFFFFFFF)
"""From the end of the BOM to the end of any file: tree-sitter's own "whole file" bounds."""

PARSE_BUDGET_BASE = 500
PARSE_BUDGET_PER_BYTE = 0.1
"""How long a parse may run, in tree-sitter's progress calls (one per hundred or so parse
operations): `PARSE_BUDGET_BASE` plus this many per byte. A grammar whose error recovery
loops (tree-sitter-fsharp on a `)` too many among a type's members) would otherwise never
return; with this budget it gives up in under a second on a small file, and the file gets a line
diff. Real files take far less: at most 114 calls for a fixture (0.031 per byte, broken ones
and the fuzzer's regressions included), 1,754 for a 190 KB C++ header read with the C
grammar. Counted, not timed, so that a file gets the same answer on any machine, however
loaded."""

_CHUNK = 64 * 1024
"""Bytes handed to the parser per read (the progress callback needs the reading form)."""

MAX_ERROR_SHARE = 0.5
"""A file whose bytes are more than this share inside ERROR nodes gets a line diff: the
recovered tree says too little about it to name entities."""


@cache
def load_language(grammar: str) -> Language:
    """The compiled grammar named `grammar` from tree-sitter-language-pack (bundled, offline)."""
    try:
        from tree_sitter_language_pack import get_language  # noqa: PLC0415 (start-up cost)

        # The pack types its argument as a Literal of its names; ours come from our specs,
        # and a wrong one raises here.
        return get_language(cast("Any", grammar))
    except Exception as error:  # the pack raises LookupError, ImportError or OSError
        raise GrammarError(f"cannot load the tree-sitter grammar {grammar!r}: {error}") from error


@dataclass(frozen=True, slots=True)
class ParseResult:
    tree: Tree
    error_count: int
    error_bytes: int
    """Bytes covered by outermost ERROR nodes."""
    first_error: tuple[int, int] | None
    """(line, column), 1-based line, of the first error."""


HIGH_CODE_POINT = re.compile(rb"[\xf1-\xf4][\x80-\xbf]{3}")
"""A UTF-8 sequence of a code point at or above U+40000 (planes 4 to 16)."""
SAFE_CODE_POINT = "\U00020000".encode()
"""What such a code point is parsed as, where the grammar asks (`mask_high_code_points`)."""


TAB_WIDTH = 4
"""Columns a tab counts for in `deep_line`: as many as a tab stop can add in Markdown."""


@cache
def _prefix(pattern: str) -> re.Pattern[bytes]:
    return re.compile(pattern.encode())


def deep_line(data: bytes, prefix: str, limit: int) -> tuple[int, int] | None:
    """(1-based line, width) of the first line whose `prefix` (a regular expression matched
    at its start) is `limit` columns wide or more, a tab counting `TAB_WIDTH`; None if there
    is none. Lines are numbered as semdiff shows them (LF-ended), and a lone CR starts a line
    too, as it does for the scanners. Only lines long enough to reach the limit in tabs are
    matched: about 10 ms a MiB of Markdown, a few percent of parsing it."""
    if data.startswith(BOM):
        data = data[len(BOM) :]
    match = _prefix(prefix).match
    shortest = -(-limit // TAB_WIDTH)
    has_cr = b"\r" in data
    for number, line in enumerate(data.split(b"\n"), 1):
        if len(line) < shortest:
            continue
        for piece in line.split(b"\r") if has_cr else (line,):
            found = match(piece)
            length = found.end() if found else 0
            if length >= shortest:
                width = length + (TAB_WIDTH - 1) * piece.count(b"\t", 0, length)
                if width >= limit:
                    return number, width
    return None


def unsafe_last_line(data: bytes, pattern: str) -> int | None:
    """The 1-based number of the file's last line when no newline ends it and `pattern` (a
    regular expression) matches in it; None otherwise, or when `pattern` is empty."""
    if not pattern or not data or data.endswith(b"\n"):
        return None
    last = data[data.rfind(b"\n") + 1 :]
    return data.count(b"\n") + 1 if _prefix(pattern).search(last) else None


def parse(
    grammar: str,
    data: bytes,
    *,
    mask_high_code_points: bool = False,
    error_masks: tuple[str, ...] = (),
) -> ParseResult:
    """`error_masks` (a grammar's `error_masks`): where the file has syntax errors, each
    match of these patterns is read as spaces, and that reading kept if it has fewer errors:
    an old spelling the grammar no longer knows then costs no more than itself."""
    result = _parse(grammar, data, mask_high_code_points=mask_high_code_points)
    if not result.error_count or not error_masks:
        return result
    masked = data
    for pattern in error_masks:
        masked = _prefix(pattern).sub(lambda found: b" " * len(found.group()), masked)
    if masked == data:
        return result
    try:
        retried = _parse(grammar, masked, mask_high_code_points=mask_high_code_points)
    except ParseGaveUp:
        return result  # the file as written did parse
    return retried if retried.error_count < result.error_count else result


def _parse(grammar: str, data: bytes, *, mask_high_code_points: bool) -> ParseResult:
    if mask_high_code_points:
        data = HIGH_CODE_POINT.sub(SAFE_CODE_POINT, data)
    parser = Parser(load_language(grammar))
    start = 0
    if data.startswith(BOM):
        parser.included_ranges = [_PAST_BOM]
        start = len(BOM)
    budget = PARSE_BUDGET_BASE + int(len(data) * PARSE_BUDGET_PER_BYTE)
    steps = 0

    def progress(_offset: int, _has_error: bool) -> bool:
        nonlocal steps
        steps += 1
        return steps > budget  # True cancels the parse

    try:
        tree = parser.parse(
            lambda offset, _point: data[offset : offset + _CHUNK], progress_callback=progress
        )
    except ValueError:
        raise ParseGaveUp(f"the parse ran past {budget:,} steps without finishing") from None
    root = tree.root_node
    count, error_bytes, first = _errors(root)
    # A grammar that gives up may end its tree before the file does (tree-sitter-yaml after a
    # bad indent): what follows is in no node, so it is unread, like an ERROR's bytes.
    before = data[start : root.start_byte].strip()
    unread = len(data[root.end_byte :].strip()) + len(before)
    if unread:
        count += 1
        error_bytes += unread
        where = (root.end_point.row + 1, root.end_point.column) if not before else (1, 0)
        first = min(first, where) if first is not None else where
    return ParseResult(tree, count, error_bytes, first)


def _errors(root: Node) -> tuple[int, int, tuple[int, int] | None]:
    """Count ERROR and MISSING nodes, and the bytes tree-sitter could not fit into any
    structure: the tokens directly under ERROR nodes. Well-formed definitions that an ERROR
    node merely wraps (it can wrap a whole module around one typo) do not count."""
    if not root.has_error:
        return 0, 0, None
    count = 0
    error_bytes = 0
    first: tuple[int, int] | None = None
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            count += 1
            point = node.start_point
            if first is None or (point.row + 1, point.column) < first:
                first = (point.row + 1, point.column)
        for child in node.children:
            if node.is_error and not child.is_error and not (child.is_named and child.child_count):
                error_bytes += child.end_byte - child.start_byte
            elif child.has_error or child.is_missing:
                stack.append(child)
    return count, error_bytes, first
