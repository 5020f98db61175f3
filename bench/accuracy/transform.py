"""What every transformation returns, and the helpers the transformation modules (renames,
moves, extraction, negatives; registered in kinds.py) share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from random import Random

from .code import Parsed, block, code_rows, container, name_text, name_token
from .names import parse_name, renamed
from .pieces import Piece, Position, Put, Splice, rebuild

FUNCTIONS = frozenset({"function", "method", "macro", "test"})
TYPES = frozenset(
    {"class", "struct", "enum", "trait", "interface", "type", "record", "protocol", "union"}
)
VALUES = frozenset({"const", "static", "variable", "field", "property"})
CONTAINERS = frozenset({"class", "struct", "impl", "trait", "interface", "enum", "object"})
"""Kinds whose body holds methods, so that a method can move from one to another."""

SPECIAL_NAMES = frozenset(
    {
        "main",
        "init",
        "new",
        "constructor",
        "toString",
        "equals",
        "hashCode",
        "String",
        "Error",
        "default",
    }
)
"""Names a language or a framework calls by name: renaming them is not a refactoring."""


@dataclass(frozen=True)
class Corpus:
    """The files of one language that cases are made from (hashable: caches key on it)."""

    language: str
    files: tuple[Parsed, ...]


@dataclass(frozen=True)
class Candidate:
    """What a transformation starts from: an entity of a file (-1: the whole file)."""

    file: int
    entity: int


@dataclass(frozen=True)
class Transformed:
    """A transformation's result, before it is checked: the old files, the new ones as
    pieces of the old, and which entities it was about."""

    kind: str
    language: str
    note: str
    """What was done, for a person: `rename Session.send -> Session.sendAll; 3/21 lines`."""
    sources: tuple[str, ...]
    """The corpus files it was made from."""
    old: tuple[tuple[str, bytes], ...]
    new: tuple[tuple[str, tuple[Piece, ...]], ...]
    old_targets: tuple[Position, ...]
    """Name positions (old files) of the entities transformed; their descendants follow."""
    new_targets: tuple[Position, ...] = ()
    """Name positions (new files) of entities the transformation is about that are not the
    image of an old target (the survivor of an inlining)."""
    flags: tuple[str, ...] = ()
    """What semdiff must say of each transformed pair (`renamed`, `moved_file`...)."""
    edited: float | None = None
    """Share of the body lines actually changed by a body edit (of the function's lines
    moved, for an extraction)."""


Outcome = list[Transformed] | str
"""Alternatives to try in order (the first whose result parses is used), or why not."""

Apply = Callable[[Corpus, Candidate, Random, int], Outcome]
"""(corpus, candidate, the kind's random generator, cases of the kind made so far: the
variants of a kind alternate on it) → outcome."""


@dataclass(frozen=True)
class Kind:
    name: str
    description: str
    candidates: Callable[[Corpus], list[Candidate]]
    apply: Apply


def single(
    kind: str,
    parsed: Parsed,
    splices: Iterable[Splice],
    note: str,
    targets: Iterable[int],
    *,
    flags: tuple[str, ...] = (),
    edited: float | None = None,
) -> Transformed:
    return Transformed(
        kind=kind,
        language=parsed.language,
        note=note,
        sources=(parsed.path,),
        old=((parsed.path, parsed.data),),
        new=((parsed.path, rebuild(parsed.path, 0, len(parsed.data), splices)),),
        old_targets=tuple((parsed.path, parsed.entities[i].name_span[0]) for i in targets),
        flags=flags,
        edited=edited,
    )


def taken_in(*files: bytes) -> Callable[[str], bool]:
    """A new name must appear nowhere in the files, so that it names one entity only."""
    return lambda name: any(name.encode() in data for data in files)


def rename_splice(parsed: Parsed, index: int, new_name: str) -> Splice:
    """Replace the entity's name. The origin is the replaced identifier's own position: for a
    name of one identifier that is where the name starts; for `res.send` the start (`res`) is
    kept and followed as any kept byte."""
    token = name_token(parsed, parsed.entities[index])
    assert token is not None
    return Splice(token[0], token[1], (Put(new_name.encode(), (parsed.path, token[0])),))


def unique_name(parsed: Parsed, index: int) -> bool:
    name = parsed.entities[index].name
    return sum(1 for e in parsed.entities if e.name == name) == 1


def renamable(parsed: Parsed, index: int, kinds: frozenset[str]) -> bool:
    entity = parsed.entities[index]
    if entity.kind not in kinds or entity.has_errors:
        return False
    text = name_text(parsed, entity)
    if text is None or text in SPECIAL_NAMES or parse_name(text, parsed.language) is None:
        return False
    holder = container(parsed, index)
    # A trait's method implemented for a type keeps the trait's name: no rename there.
    if holder >= 0 and " as " in parsed.entities[holder].qualified_name:
        return False
    return unique_name(parsed, index)


def new_name(parsed: Parsed, index: int, rng: Random, *others: bytes) -> str | None:
    text = name_text(parsed, parsed.entities[index])
    assert text is not None
    return renamed(text, parsed.language, rng, taken_in(parsed.data, *others))


def movable(parsed: Parsed, index: int, min_rows: int = 1) -> bool:
    return block(parsed, index) is not None and len(code_rows(parsed, index)) >= min_rows


def removal(parsed: Parsed, span: tuple[int, int]) -> Splice:
    """Delete a block and one blank line next to it, so that no double gap is left."""
    data = parsed.data
    start, end = span
    if data[end : end + 1] == b"\n":
        end += 1
    elif start >= 2 and data[start - 2 : start] == b"\n\n":
        start -= 1
    return Splice(start, end, ())


def lines(parsed: Parsed, index: int) -> int:
    span = parsed.entities[index].span
    return span.end_line - span.start_line + 1


def describe(parsed: Parsed, index: int) -> str:
    entity = parsed.entities[index]
    return f"{entity.kind} {entity.qualified_name}"
