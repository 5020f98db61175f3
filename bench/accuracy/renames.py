"""Renames (alone, with body edits, many at once), edits in place, duplicated bodies, overloads."""

from __future__ import annotations

from dataclasses import replace
from random import Random

from .code import Parsed, block, code_rows, container, name_text, name_token, read
from .edits import EDIT_MIN_ROWS, body_edit
from .names import fresh, word_set
from .pieces import Put, Splice, carve, realize, rebuild
from .transform import (
    FUNCTIONS,
    TYPES,
    VALUES,
    Apply,
    Candidate,
    Corpus,
    Outcome,
    Transformed,
    describe,
    new_name,
    renamable,
    rename_splice,
    single,
    taken_in,
)


def rename_candidates(corpus: Corpus) -> list[Candidate]:
    return [
        Candidate(f, i)
        for f, parsed in enumerate(corpus.files)
        for i in range(len(parsed.entities))
        if renamable(parsed, i, FUNCTIONS | TYPES | VALUES)
    ]


def edit_candidates(corpus: Corpus) -> list[Candidate]:
    return [
        Candidate(f, i)
        for f, parsed in enumerate(corpus.files)
        for i in range(len(parsed.entities))
        if renamable(parsed, i, FUNCTIONS | TYPES) and len(code_rows(parsed, i)) >= EDIT_MIN_ROWS
    ]


def rename_and_edit(
    kind: str, share: float | None, *, rename: bool, unrelated: bool = False
) -> Apply:
    """The apply function of `rename`, `rename_unrelated`, `rename_editN` and `edit30`."""

    def apply(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
        parsed = corpus.files[candidate.file]
        target = candidate.entity
        splices: list[Splice] = []
        note = describe(parsed, target)
        if rename:
            name = (
                _unrelated_name(parsed, target, rng) if unrelated else new_name(parsed, target, rng)
            )
            if name is None:
                return "no fresh name"
            splices.append(rename_splice(parsed, target, name))
            note = f"rename {note} -> {name}"
        else:
            note = f"edit {note}"
        flags = ("renamed",) if rename else ()
        if share is None:
            return [single(kind, parsed, splices, note, [target], flags=flags)]
        alternatives = []
        # Same random choices for both tries: the fallback differs only in its operations.
        state = rng.getstate()
        for line_operations in (True, False):
            rng.setstate(state)
            edit = body_edit(parsed, target, share, rng, line_operations=line_operations)
            if edit is None:
                return "body too small to edit"
            changed = edit.rows_changed / edit.rows_total
            alternatives.append(
                single(
                    kind,
                    parsed,
                    [*splices, *edit.splices],
                    f"{note}; body {edit.rows_changed}/{edit.rows_total} lines edited",
                    [target],
                    flags=flags,
                    edited=changed,
                )
            )
        return alternatives

    return apply


def _unrelated_name(parsed: Parsed, index: int, rng: Random) -> str | None:
    original = name_text(parsed, parsed.entities[index])
    assert original is not None
    return fresh(original, parsed.language, rng, taken_in(parsed.data), word_set(original))


MASS_MIN = 6
MASS_MAX = 25


def mass_candidates(corpus: Corpus) -> list[Candidate]:
    return [
        Candidate(f, -1)
        for f, parsed in enumerate(corpus.files)
        if len(_mass_targets(parsed)) >= MASS_MIN
    ]


def _mass_targets(parsed: Parsed) -> list[int]:
    return [i for i in range(len(parsed.entities)) if renamable(parsed, i, FUNCTIONS | TYPES)]


def apply_mass(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
    parsed = corpus.files[candidate.file]
    targets = _mass_targets(parsed)
    count = min(len(targets), max(MASS_MIN, len(targets) // 2), MASS_MAX)
    chosen = sorted(rng.sample(targets, count))
    names: list[str] = []
    splices = []
    for target in chosen:
        name = new_name(parsed, target, rng, *(n.encode() for n in names))
        if name is None:
            return "no fresh name"
        names.append(name)
        splices.append(rename_splice(parsed, target, name))
    note = f"rename {count} of {len(targets)} functions and types of {parsed.path}"
    return [single("mass_rename", parsed, splices, note, chosen, flags=("renamed",))]


def duplicate_candidates(corpus: Corpus) -> list[Candidate]:
    return [
        Candidate(f, i)
        for f, parsed in enumerate(corpus.files)
        for i in range(len(parsed.entities))
        if parsed.entities[i].kind in FUNCTIONS
        and renamable(parsed, i, FUNCTIONS)
        and block(parsed, i) is not None
        and len(code_rows(parsed, i)) >= 3
    ]


def apply_duplicate(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
    """Two entities with the same body, both renamed: only their names tell them apart.
    The old side is the real file with a copy of one function under an unrelated name next
    to it; the new side renames both, each by a word."""
    parsed = corpus.files[candidate.file]
    target = candidate.entity
    span = block(parsed, target)
    original = name_text(parsed, parsed.entities[target])
    assert span is not None and original is not None
    copy_name = fresh(original, parsed.language, rng, taken_in(parsed.data), word_set(original))
    if copy_name is None:
        return "no fresh name"
    copy = carve(
        parsed.data,
        parsed.path,
        span[0],
        span[1],
        edits=[Splice(*_token(parsed, target), (Put(copy_name.encode()),))],
    )
    pieces = rebuild(
        parsed.path, 0, len(parsed.data), [Splice(span[1], span[1], (Put(b"\n"), *copy))]
    )
    doubled = realize(pieces, {parsed.path: parsed.data})
    old = read(parsed.path, doubled, parsed.language)
    if not old.clean:
        return "copy does not parse"
    first = _entity_at(old, parsed.entities[target].name_span[0])
    second = next((i for i, e in enumerate(old.entities) if e.name == copy_name), None)
    if first is None or second is None:
        return "copy not found"
    names: list[str] = []
    splices = []
    for index_ in (first, second):
        name = new_name(old, index_, rng, *(n.encode() for n in names))
        if name is None:
            return "no fresh name"
        names.append(name)
        splices.append(rename_splice(old, index_, name))
    note = (
        f"copy {describe(parsed, target)} as {copy_name}, then rename both: "
        f"{original} -> {names[0]}, {copy_name} -> {names[1]}"
    )
    result = single("duplicate", old, splices, note, [first, second], flags=("renamed",))
    return [_from(result, parsed.path)]


def _from(result: Transformed, source: str) -> Transformed:
    return replace(result, sources=(source,))


def _token(parsed: Parsed, index: int) -> tuple[int, int]:
    token = name_token(parsed, parsed.entities[index])
    assert token is not None
    return token


def _entity_at(parsed: Parsed, name_start: int) -> int | None:
    return next((i for i, e in enumerate(parsed.entities) if e.name_span[0] == name_start), None)


def overload_candidates(corpus: Corpus) -> list[Candidate]:
    """The first member of each group of same-named siblings: Java and TypeScript
    overloads, Python property accessors and @overload stubs, Clojure defmethods."""
    found = []
    for f, parsed in enumerate(corpus.files):
        for group in _overload_groups(parsed):
            found.append(Candidate(f, group[0]))
    return found


def _overload_groups(parsed: Parsed) -> list[list[int]]:
    groups: dict[tuple[int, str, str], list[int]] = {}
    for i, entity in enumerate(parsed.entities):
        # By the name as written: a defmethod's entity name also holds its dispatch value.
        name = name_text(parsed, entity)
        if entity.kind in FUNCTIONS and name is not None and block(parsed, i) is not None:
            groups.setdefault((container(parsed, i), entity.kind, name), []).append(i)
    return [members for members in groups.values() if len(members) >= 2]


def apply_overload(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
    """One of three edits to a group, in turn: two members swapped and one edited; one
    member's body edited in place; one member renamed (not for Clojure defmethods, whose
    name is their multimethod's)."""
    parsed = corpus.files[candidate.file]
    group = next(g for g in _overload_groups(parsed) if g[0] == candidate.entity)
    variant = index % 3
    if variant == 2 and (
        parsed.language == "clojure" and parsed.entities[group[0]].kind == "method"
    ):
        variant = 0
    if variant == 2:
        target = rng.choice(group)
        name = new_name(parsed, target, rng)
        if name is None:
            return "no fresh name"
        note = f"rename one of {len(group)} overloads: {describe(parsed, target)} -> {name}"
        return [
            single(
                "overload",
                parsed,
                [rename_splice(parsed, target, name)],
                note,
                [target],
                flags=("renamed",),
            )
        ]
    first, second = sorted(rng.sample(group, 2))
    edited_one = rng.choice((first, second))
    edit = body_edit(parsed, edited_one, 0.2, rng, line_operations=False)
    splices: list[Splice] = list(edit.splices) if edit else []
    note = f"edit one of {len(group)} overloads of {parsed.entities[first].qualified_name}"
    targets = [edited_one] if edit else []
    if variant == 0:
        a, b = block(parsed, first), block(parsed, second)
        assert a is not None and b is not None
        inside_a = [s for s in splices if a[0] <= s.start < a[1]]
        inside_b = [s for s in splices if b[0] <= s.start < b[1]]
        splices = [
            Splice(a[0], a[1], carve(parsed.data, parsed.path, b[0], b[1], edits=inside_b)),
            Splice(b[0], b[1], carve(parsed.data, parsed.path, a[0], a[1], edits=inside_a)),
        ]
        note = f"swap two of {len(group)} overloads of {parsed.entities[first].qualified_name}"
        note += ", and edit one" if edit else ""
        targets = [first, second]
    if not targets:
        return "overload bodies too small to edit"
    return [single("overload", parsed, splices, note, targets)]
