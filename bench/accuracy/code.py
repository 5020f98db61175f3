"""A source file as the benchmark sees it: semdiff's own entities, plus the tokens and lines
needed to edit it. The only module that reaches into semdiff's extraction, so that the
transformations know exactly what semdiff will call an entity, its span and its name."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import Indel
from tree_sitter import Node, Tree

from semdiff.extract import parse_file
from semdiff.languages import detect_language, spec_by_name
from semdiff.model import Entity
from semdiff.parse import parse
from semdiff.sources import make_source

TokenKind = Literal["identifier", "number", "string"]

NUMBER_TYPES = frozenset(
    {
        "integer",
        "float",
        "number",
        "integer_literal",
        "float_literal",
        "number_literal",
        "int_literal",
        "decimal_integer_literal",
        "decimal_floating_point_literal",
        "num_lit",
    }
)
STRING_TYPES = frozenset(
    {
        "string_content",
        "string_fragment",
        "interpreted_string_literal_content",
        "raw_string_literal_content",
        "str_lit",
    }
)


@dataclass(frozen=True)
class Token:
    """A leaf of the syntax tree worth editing: a name or a literal, never a comment."""

    start: int
    end: int
    row: int
    """0-based line of the first byte."""
    kind: TokenKind


@dataclass(frozen=True, eq=False)
class Parsed:
    """Compared and hashed by identity (`read` hands out one per text): hashing the entities
    with their fingerprints on every cached lookup would cost more than the lookup saves."""

    path: str
    """Relative path, as semdiff will report it."""
    language: str
    data: bytes
    entities: tuple[Entity, ...]
    errors: int
    structural: bool
    """False when semdiff would fall back to a line diff."""

    @property
    def clean(self) -> bool:
        """No syntax error anywhere: a transformation must keep it so for the truth to hold."""
        return self.structural and self.errors == 0


def language_of(path: str, data: bytes) -> str | None:
    return detect_language(path, data)


@lru_cache(maxsize=128)
def read(path: str, data: bytes, language: str) -> Parsed:
    """semdiff's extraction of one side of one file (no size limit: the corpus is bounded)."""
    parsed = parse_file(make_source(path, data, language=language), max_size=None)
    return Parsed(
        path=path,
        language=language,
        data=data,
        entities=parsed.entities,
        errors=parsed.parse_errors,
        structural=parsed.fallback is None,
    )


@lru_cache(maxsize=64)
def syntax_tree(data: bytes, language: str) -> Tree:
    return parse(spec_by_name(language).grammar, data).tree


def syntax_errors(data: bytes, language: str) -> int:
    """ERROR and MISSING nodes in `data`, counted as semdiff counts them: a transformation that
    adds one is rejected, as semdiff would read its result differently."""
    spec = spec_by_name(language)
    return parse(spec.grammar, data, mask_high_code_points=spec.mask_high_code_points).error_count


@lru_cache(maxsize=256)
def _token_index(data: bytes, language: str) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    found: list[Token] = []
    stack: list[Node] = [syntax_tree(data, language).root_node]
    while stack:
        node = stack.pop()
        kind = _token_kind(node)
        if kind is not None:
            found.append(Token(node.start_byte, node.end_byte, node.start_point.row, kind))
            continue
        stack.extend(reversed(node.children))
    found.sort(key=lambda t: t.start)
    return tuple(found), tuple(t.start for t in found)


def _token_kind(node: Node) -> TokenKind | None:
    if not node.is_named or node.end_byte <= node.start_byte:
        return None
    kind = node.type
    if node.child_count == 0 and (kind.endswith("identifier") or kind == "sym_name"):
        return "identifier"
    if kind in NUMBER_TYPES and node.child_count == 0:
        return "number"
    if kind in STRING_TYPES:
        return "string"
    return None


def tokens_in(parsed: Parsed, start: int, end: int) -> tuple[Token, ...]:
    """The tokens that lie wholly within [start, end)."""
    found, starts = _token_index(parsed.data, parsed.language)
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return tuple(t for t in found[first:last] if t.end <= end)


def name_token(parsed: Parsed, entity: Entity) -> tuple[int, int] | None:
    """The identifier a rename rewrites: the last one of the name (`res.send` → `send`,
    `impl Foo` → none of ours: such names are not renamed)."""
    start, end = entity.name_span
    names = [t for t in tokens_in(parsed, start, end) if t.kind == "identifier"]
    if not names:
        return None
    return names[-1].start, names[-1].end


def alike(parsed: Parsed, a: int, b: int) -> float:
    """How alike two entities' bodies are as semdiff's matcher reads them (its token sequences,
    own names masked; the `body sequence` term): to tell a hard negative from a near twin."""
    first, second = parsed.entities[a].fingerprint, parsed.entities[b].fingerprint
    return float(Indel.normalized_similarity(first.tokens, second.tokens))


def name_text(parsed: Parsed, entity: Entity) -> str | None:
    token = name_token(parsed, entity)
    if token is None:
        return None
    return parsed.data[token[0] : token[1]].decode("utf-8", errors="replace")


# Lines and blocks ----------------------------------------------------------------------------


def line_start(data: bytes, pos: int) -> int:
    return data.rfind(b"\n", 0, pos) + 1


def line_end(data: bytes, pos: int) -> int:
    """Just past the newline of the line holding `pos` (or the end of the data)."""
    found = data.find(b"\n", pos)
    return len(data) if found < 0 else found + 1


def indent_at(data: bytes, pos: int) -> bytes:
    start = line_start(data, pos)
    end = start
    while end < len(data) and data[end] in b" \t":
        end += 1
    return data[start:end]


def row_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos)


@lru_cache(maxsize=256)
def _containers(parsed: Parsed) -> tuple[int, ...]:
    """For each entity, the index of the innermost other entity whose span holds it (-1 at
    top level). Textual, not semdiff's `parent`: a Go method's parent is its receiver type,
    but its text sits at top level, and moving text is what the transformations do."""
    order = sorted(
        range(len(parsed.entities)),
        key=lambda i: (parsed.entities[i].span.start_byte, -parsed.entities[i].span.end_byte),
    )
    result = [-1] * len(parsed.entities)
    stack: list[int] = []
    for index in order:
        span = parsed.entities[index].span
        while stack and parsed.entities[stack[-1]].span.end_byte < span.end_byte:
            stack.pop()
        while stack and not _holds(parsed.entities[stack[-1]], parsed.entities[index]):
            stack.pop()
        result[index] = stack[-1] if stack else -1
        stack.append(index)
    return tuple(result)


def _holds(outer: Entity, inner: Entity) -> bool:
    a, b = outer.span, inner.span
    return (
        a.start_byte <= b.start_byte
        and b.end_byte <= a.end_byte
        and (a.start_byte, a.end_byte) != (b.start_byte, b.end_byte)
    )


def container(parsed: Parsed, index: int) -> int:
    return _containers(parsed)[index]


def children(parsed: Parsed, index: int) -> tuple[int, ...]:
    """Entities directly inside entity `index` (-1: at top level), in file order."""
    holders = _containers(parsed)
    found = [i for i, holder in enumerate(holders) if holder == index]
    return tuple(sorted(found, key=lambda i: parsed.entities[i].span.start_byte))


def within(parsed: Parsed, outer: int, inner: int) -> bool:
    """Whether entity `inner` is `outer` or lies inside it."""
    return inner == outer or _holds(parsed.entities[outer], parsed.entities[inner])


@lru_cache(maxsize=8192)
def block(parsed: Parsed, index: int) -> tuple[int, int] | None:
    """The whole lines an entity occupies, if it has them to itself: nothing but blanks
    before it on its first line, nothing but blanks (or a `;`) after it on its last, and no
    other entity sharing those lines. Only such blocks are moved, so that what moves is
    exactly one entity and its descendants. The block ends with a newline."""
    data = parsed.data
    span = parsed.entities[index].span
    start = line_start(data, span.start_byte)
    if data[start : span.start_byte].strip():
        return None
    end = span.end_byte if data[span.end_byte - 1 : span.end_byte] == b"\n" else None
    if end is None:
        end = line_end(data, span.end_byte)
        if data[span.end_byte : end].strip(b" \t\r\n;"):
            return None
    if data[end - 1 : end] != b"\n":
        return None
    me = parsed.entities[index]
    for other_index, other in enumerate(parsed.entities):
        if other_index == index or other.span.end_byte <= start or other.span.start_byte >= end:
            continue
        if not (_holds(me, other) or _holds(other, me)):
            return None
    return start, end


def code_rows(parsed: Parsed, index: int) -> tuple[int, ...]:
    """Rows of an entity's body that hold a name or a literal (its header line excluded):
    what a body edit of N% counts in."""
    entity = parsed.entities[index]
    name_row = row_of(parsed.data, entity.name_span[0])
    rows = {
        t.row
        for t in tokens_in(parsed, entity.name_span[1], entity.span.end_byte)
        if t.row > name_row
    }
    return tuple(sorted(rows))


def definition_node(parsed: Parsed, index: int) -> Node | None:
    """The syntax node of a function's definition that has a `body` field: the innermost
    one around its name (`def f`, `fn f`), else the first after its name
    (`res.send = function send () {...}`)."""
    entity = parsed.entities[index]
    root = syntax_tree(parsed.data, parsed.language).root_node
    name_start, name_end = entity.name_span
    node: Node | None = root.descendant_for_byte_range(name_start, name_end)
    while node is not None:
        if node.child_by_field_name("body") is not None:
            return node
        node = node.parent
    stack = [root.descendant_for_byte_range(entity.span.start_byte, entity.span.end_byte)]
    while stack:
        current = stack.pop()
        if current is None or current.end_byte <= name_end:
            continue
        if (
            current.start_byte >= name_end
            and current.end_byte <= entity.span.end_byte
            and current.child_by_field_name("body") is not None
        ):
            return current
        stack.extend(reversed(current.children))
    return None
