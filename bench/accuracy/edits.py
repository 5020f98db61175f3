"""Body edits of a given size: a share of an entity's body lines changed as a programmer would.

The unit is a body line that holds a name or a literal (`code.code_rows`): an edit of 20% of a
30-line function rewrites 6 of them, so that about as large a share of its names and literals
changes too. Each chosen line is rewritten one way: every name and literal on it replaced
(most often), the line deleted, or a changed copy of it added (a statement next to a similar
one). Deletions and copies can break the syntax (a block left empty); the caller then falls
back to replacements only, which keep it.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from .code import Parsed, Token, code_rows, line_end, line_start, row_of, tokens_in
from .pieces import Put, Splice

WORDS = (
    "cursor",
    "payload",
    "tally",
    "accum",
    "probe",
    "scratch",
    "anchor",
    "pivot",
    "ledger",
    "stride",
    "margin",
    "beacon",
    "spool",
    "gauge",
)
"""Replacement names: ordinary words, none a keyword in any language benchmarked."""

LINE_OPERATION_SHARE = 0.3
EDIT_MIN_ROWS = 6
"""Body lines an entity needs for a 10% edit to change one line and a 30% edit two."""


@dataclass(frozen=True)
class BodyEdit:
    splices: tuple[Splice, ...]
    rows_changed: int
    rows_total: int


def body_edit(
    parsed: Parsed,
    index: int,
    share: float,
    rng: Random,
    *,
    line_operations: bool,
    indent: tuple[bytes, bytes] | None = None,
) -> BodyEdit | None:
    """Change round(share x body lines) lines of entity `index` (at least one), never an
    entity's name (that would add or rename an entity the truth does not know about).
    `indent` (old, new): the entity is about to move to another depth, so that an added
    copy of a line is written at the new one (the kept lines are reindented by the move)."""
    entity = parsed.entities[index]
    rows = code_rows(parsed, index)
    if len(rows) < 3:
        return None
    names = sorted(e.name_span for e in parsed.entities)
    editable: dict[int, list[Token]] = {}
    for token in tokens_in(parsed, entity.name_span[1], entity.span.end_byte):
        if token.kind == "string" and b"\n" in parsed.data[token.start : token.end]:
            continue  # a docstring's prose: an edit there is no change to the code
        if token.row in rows and not _touches(token, names):
            editable.setdefault(token.row, []).append(token)
    candidates = sorted(editable)
    wanted = max(1, round(share * len(rows)))
    if len(candidates) < wanted:
        return None
    chosen = sorted(rng.sample(candidates, wanted))
    last_row = row_of(parsed.data, entity.span.end_byte)
    splices: list[Splice] = []
    for row in chosen:
        tokens = editable[row]
        operation = "token"
        whole_line = _line_has_only(parsed, row, entity.span.start_byte, names)
        if (
            line_operations
            and whole_line
            and row != last_row
            and rng.random() < LINE_OPERATION_SHARE
        ):
            operation = rng.choice(("delete", "duplicate"))
        if operation == "token":
            splices.extend(Splice(t.start, t.end, (Put(_changed(parsed, t, rng)),)) for t in tokens)
            continue
        start = line_start(parsed.data, tokens[0].start)
        end = line_end(parsed.data, tokens[0].start)
        if operation == "delete":
            splices.append(Splice(start, end, ()))
        else:
            copy = parsed.data[start:end]
            for t in reversed(tokens):
                copy = copy[: t.start - start] + _changed(parsed, t, rng) + copy[t.end - start :]
            if indent is not None and copy.startswith(indent[0]):
                copy = indent[1] + copy[len(indent[0]) :]
            splices.append(Splice(end, end, (Put(copy),)))
    return BodyEdit(tuple(splices), len(chosen), len(rows))


def _touches(token: Token, names: list[tuple[int, int]]) -> bool:
    return any(start < token.end and token.start < end for start, end in names)


def _line_has_only(
    parsed: Parsed, row: int, entity_start: int, names: list[tuple[int, int]]
) -> bool:
    """Whether the line can be deleted or copied: inside the body, holding no entity name."""
    data = parsed.data
    first = None
    for token in tokens_in(parsed, entity_start, len(data)):
        if token.row == row:
            first = token
            break
        if token.row > row:
            break
    if first is None:
        return False
    start = line_start(data, first.start)
    end = line_end(data, first.start)
    return start > entity_start and not any(s < end and start < e for s, e in names)


def _changed(parsed: Parsed, token: Token, rng: Random) -> bytes:
    """A different token of the same sort."""
    text = parsed.data[token.start : token.end]
    if token.kind == "number" and text.isdigit():
        return str(int(text) + rng.randint(1, 9)).encode()
    word = rng.choice([w for w in WORDS if w.encode() != text]).encode()
    if token.kind == "string":
        if parsed.language == "clojure" and text[:1] == b'"' and text[-1:] == b'"':
            return text[:-1] + b" " + word + b'"'
        return text + b" " + word
    if token.kind == "number":
        # A float or a suffixed literal: a name in its place keeps the syntax of any language.
        return word
    return word.capitalize() if text[:1].isupper() else word
