"""Structural body edits: statements deleted, replaced or added, not tokens substituted.

A programmer who reworks a third of a function drops some statements, writes others and adds
a few; the names and literals of the lines left alone stay. `edits.body_edit` mostly renames
the tokens of a line in place, which keeps the token sequence's shape: a matcher that compares
shapes sees little change. Here each chosen line of the body is deleted, replaced by a real
statement taken from another function of the same package (re-indented to the line's depth),
or followed by such a statement.

Only lines that hold exactly one complete statement are touched or taken: a syntax node of a
statement kind, in a statement sequence, covering the line's text and nothing more (so no
line that opens or closes a block, continues an expression, or defines an entity). Each
operation is checked by re-parsing the file with semdiff's grammar: one that adds a syntax
error (a block left empty, a statement the grammar does not take there) is replaced by a
replacement, or the line is skipped for another. The share edited counts the lines chosen
(`code_rows`), as `body_edit` does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from random import Random

from tree_sitter import Node

from .code import (
    Parsed,
    code_rows,
    indent_at,
    row_of,
    syntax_errors,
    syntax_tree,
    tokens_in,
)
from .edits import EDIT_MIN_ROWS
from .pieces import Put, Splice, realize, rebuild
from .transform import (
    FUNCTIONS,
    Apply,
    Candidate,
    Corpus,
    Outcome,
    describe,
    new_name,
    renamable,
    rename_splice,
    single,
)

SEQUENCES = frozenset(
    {"block", "statement_block", "statement_list", "compound_statement", "list_lit"}
)
"""Nodes whose children are a function's statements, one after another, in the grammars
benchmarked (Python, Rust and Java `block`, JavaScript and TypeScript `statement_block`, Go
`statement_list`, C `compound_statement`, a Clojure body form's `list_lit`)."""
STATEMENTS = frozenset({"declaration", "assignment", "augmented_assignment", "call", "list_lit"})
"""Statement kinds whose name says nothing (C's `declaration`; Python's assignments and calls,
which this grammar version puts in a block directly; a Clojure form); every `*_statement`
and `*_declaration` is one too."""
NOT_STATEMENTS = frozenset(
    {
        "use_declaration",
        "import_statement",
        "import_from_statement",
        "import_declaration",
        "future_import_statement",
    }
)
"""Statements that only make sense at the top of a file or a block."""
OPENS = (b":", b"{", b"(", b"[", b",", b"\\", b"=")
CLOSES = (b"}", b")", b"]")
"""A line that ends so opens a block or goes on; one that starts so closes one: neither is a
whole statement, whatever node the grammar makes of it."""
OPERATIONS = ("delete", "replace", "insert")
RETRIES = 3
"""Donor statements tried for one line before it is left alone."""


@dataclass(frozen=True)
class Line:
    """One line that holds exactly one statement."""

    row: int
    start: int
    """Where the line starts."""
    end: int
    """Just past its newline."""
    text: bytes
    """The statement, without indentation or line ending."""
    sequence: int
    """Where the statement sequence holding it starts (it names the sequence)."""
    statements: int
    """How many statements that sequence holds: deleting them all would leave a block empty,
    which Python's grammar takes without an error but Python does not."""


@dataclass(frozen=True)
class Restructured:
    splices: tuple[Splice, ...]
    rows_changed: int
    rows_total: int
    operations: tuple[tuple[str, int], ...]
    """How many lines each operation changed, for the note."""


@lru_cache(maxsize=256)
def statement_lines(parsed: Parsed) -> tuple[Line, ...]:
    """The lines of the file's functions that each hold one whole statement, no entity's name,
    and at least one name or literal (a bare `pass` or `break` is no statement worth adding)."""
    data = parsed.data
    root = syntax_tree(data, parsed.language).root_node
    functions = [e.span for e in parsed.entities if e.kind in FUNCTIONS]
    names = [e.name_span for e in parsed.entities]
    found = []
    start = 0
    while start < len(data):
        newline = data.find(b"\n", start)
        end = len(data) if newline < 0 else newline + 1
        text = data[start:end].strip()
        first = start + len(data[start:end]) - len(data[start:end].lstrip())
        last = first + len(text)
        sequence = (
            _sequence_at(root, first, last)
            if (
                newline >= 0
                and text
                and not text.endswith(OPENS)
                and not text.startswith(CLOSES)
                and any(s.start_byte < first and last <= s.end_byte for s in functions)
                and not any(a < last and first < b for a, b in names)
                and tokens_in(parsed, first, last)
            )
            else None
        )
        if sequence is not None:
            statements = sum(1 for c in sequence.named_children if "comment" not in c.type)
            found.append(
                Line(row_of(data, start), start, end, text, sequence.start_byte, statements)
            )
        start = end
    return tuple(found)


def _sequence_at(root: Node, start: int, end: int) -> Node | None:
    """The statement sequence holding a statement node that covers exactly [start, end)."""
    node: Node | None = root.descendant_for_byte_range(start, end)
    while node is not None and node.start_byte == start and node.end_byte == end:
        parent = node.parent
        if node.is_named and _statement_kind(node.type) and parent is not None:
            return parent if parent.type in SEQUENCES else None
        node = parent
    return None


def _statement_kind(kind: str) -> bool:
    if kind in NOT_STATEMENTS:
        return False
    return kind in STATEMENTS or kind.endswith(("_statement", "_declaration"))


@lru_cache(maxsize=16)
def _pool(corpus: Corpus) -> tuple[tuple[int, Line], ...]:
    """Every statement line of the corpus, with its file: the donors."""
    return tuple(
        (f, line) for f, parsed in enumerate(corpus.files) for line in statement_lines(parsed)
    )


def own_lines(parsed: Parsed, index: int) -> list[Line]:
    """The statement lines of an entity's body (its header line excluded)."""
    entity = parsed.entities[index]
    name_row = row_of(parsed.data, entity.name_span[0])
    return [
        line
        for line in statement_lines(parsed)
        if entity.span.start_byte <= line.start < entity.span.end_byte and line.row > name_row
    ]


def restructure(
    corpus: Corpus, file: int, index: int, share: float, rng: Random
) -> Restructured | str:
    """round(share x body lines) statement lines of entity `index` deleted, replaced or
    followed by a statement of another function, each keeping the file free of syntax errors."""
    parsed = corpus.files[file]
    entity = parsed.entities[index]
    rows = code_rows(parsed, index)
    wanted = max(1, round(share * len(rows)))
    lines = own_lines(parsed, index)
    if len(lines) < wanted:
        return "too few statement lines"
    package = parsed.path.split("/", 1)[0]
    donors = [
        line
        for f, line in _pool(corpus)
        if corpus.files[f].path.split("/", 1)[0] == package
        and not (f == file and entity.span.start_byte <= line.start < entity.span.end_byte)
    ]
    if not donors:
        return "no statement to take"
    base = syntax_errors(parsed.data, parsed.language)
    accepted: list[Splice] = []
    done: Counter[str] = Counter()
    deleted: Counter[int] = Counter()
    for line in rng.sample(lines, len(lines)):
        if len(accepted) >= wanted:
            break
        first = rng.choice(OPERATIONS)
        if first == "delete" and deleted[line.sequence] + 1 >= line.statements:
            first = "replace"  # the block's last statement: replaced, never deleted
        # A deletion or an addition can leave a block empty or put a statement where the
        # grammar takes none; a replacement keeps the block's count, so it is the fallback.
        tries = [first] + ["replace"] * (RETRIES - 1 if first == "replace" else RETRIES)
        for operation in tries:
            splice = _splice(parsed, line, operation, donors, rng)
            if splice is None:
                continue
            trial = realize(
                rebuild(parsed.path, 0, len(parsed.data), [*accepted, splice]),
                {parsed.path: parsed.data},
            )
            if syntax_errors(trial, parsed.language) <= base:
                accepted.append(splice)
                done[operation] += 1
                deleted[line.sequence] += operation == "delete"
                break
    if len(accepted) < wanted:
        return "too few statement lines keep the syntax"
    return Restructured(tuple(accepted), wanted, len(rows), tuple(sorted(done.items())))


def _splice(
    parsed: Parsed, line: Line, operation: str, donors: list[Line], rng: Random
) -> Splice | None:
    data = parsed.data
    if operation == "delete":
        return Splice(line.start, line.end, ())
    donor = rng.choice(donors)
    if donor.text == line.text:
        return None
    ending = b"\r\n" if data[line.end - 2 : line.end] == b"\r\n" else b"\n"
    text = indent_at(data, line.start) + donor.text + ending
    if operation == "replace":
        return Splice(line.start, line.end, (Put(text),))
    return Splice(line.end, line.end, (Put(text),))


def restructure_candidates(share: float) -> Callable[[Corpus], list[Candidate]]:
    def candidates(corpus: Corpus) -> list[Candidate]:
        return [
            Candidate(f, i)
            for f, parsed in enumerate(corpus.files)
            for i in range(len(parsed.entities))
            if parsed.entities[i].kind in FUNCTIONS
            and renamable(parsed, i, FUNCTIONS)
            and len(rows := code_rows(parsed, i)) >= EDIT_MIN_ROWS
            and len(own_lines(parsed, i)) >= max(1, round(share * len(rows)))
        ]

    return candidates


def rename_restructure(kind: str, share: float) -> Apply:
    """Renamed by a word, and `share` of the body's lines restructured."""

    def apply(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
        parsed = corpus.files[candidate.file]
        target = candidate.entity
        name = new_name(parsed, target, rng)
        if name is None:
            return "no fresh name"
        edit = restructure(corpus, candidate.file, target, share, rng)
        if isinstance(edit, str):
            return edit
        how = ", ".join(f"{count} {operation}" for operation, count in edit.operations)
        note = (
            f"rename {describe(parsed, target)} -> {name}; body "
            f"{edit.rows_changed}/{edit.rows_total} lines restructured ({how})"
        )
        return [
            single(
                kind,
                parsed,
                [rename_splice(parsed, target, name), *edit.splices],
                note,
                [target],
                flags=("renamed",),
                edited=edit.rows_changed / edit.rows_total,
            )
        ]

    return apply
