"""Moves: to another container of the same file, to another file (renamed or not), and
reorderings among siblings."""

from __future__ import annotations

from random import Random

from .code import (
    Parsed,
    block,
    children,
    code_rows,
    container,
    indent_at,
    tokens_in,
    within,
)
from .edits import EDIT_MIN_ROWS, body_edit
from .pieces import Put, Splice, carve, rebuild
from .transform import (
    CONTAINERS,
    FUNCTIONS,
    TYPES,
    Apply,
    Candidate,
    Corpus,
    Outcome,
    Transformed,
    describe,
    movable,
    new_name,
    removal,
    renamable,
    rename_splice,
    single,
    unique_name,
)

# Moves to another container ----------------------------------------------------------------


def parent_candidates(corpus: Corpus) -> list[Candidate]:
    found = []
    for f, parsed in enumerate(corpus.files):
        for i, entity in enumerate(parsed.entities):
            if entity.kind not in FUNCTIONS or not movable(parsed, i):
                continue
            if _receiver_targets(parsed, i) or _container_targets(parsed, i):
                found.append(Candidate(f, i))
    return found


def _receiver_targets(parsed: Parsed, index: int) -> list[str]:
    """Go: the other types of the file with methods declared on them (a method moves to
    another type by changing its receiver)."""
    entity = parsed.entities[index]
    if entity.scope is None:
        return []
    names = {e.name for e in parsed.entities if e.scope is None}
    scopes = {e.scope for e in parsed.entities if e.scope is not None and e.scope != entity.scope}
    return sorted(scope for scope in scopes if scope in names)


def _container_targets(parsed: Parsed, index: int) -> list[tuple[int, int]]:
    """(container, sibling) pairs: another container of the same kind as this entity's,
    and one of its children of the entity's kind to insert after."""
    holder = container(parsed, index)
    if holder < 0 or parsed.entities[holder].kind not in CONTAINERS:
        return []
    entity = parsed.entities[index]
    found: list[tuple[int, int]] = []
    for other, candidate in enumerate(parsed.entities):
        if other == holder or candidate.kind != parsed.entities[holder].kind:
            continue
        if within(parsed, index, other):  # a class defined inside the method itself
            continue
        inside = children(parsed, other)
        if any(parsed.entities[c].name == entity.name for c in inside):
            continue
        found.extend(
            (other, c)
            for c in inside
            if parsed.entities[c].kind == entity.kind and block(parsed, c) is not None
        )
    return found


def parent_edit_candidates(corpus: Corpus) -> list[Candidate]:
    return [c for c in parent_candidates(corpus) if _editable(corpus, c)]


def _editable(corpus: Corpus, candidate: Candidate) -> bool:
    return len(code_rows(corpus.files[candidate.file], candidate.entity)) >= EDIT_MIN_ROWS


def move_parent(share: float | None) -> Apply:
    """A method moved to another container of its file; with `share`, that share of its body
    lines edited too (`move_parent_edit20`)."""
    kind = "move_parent" if share is None else f"move_parent_edit{round(share * 100)}"

    def apply(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
        parsed = corpus.files[candidate.file]
        target = candidate.entity
        entity = parsed.entities[target]
        span = block(parsed, target)
        assert span is not None
        receivers = _receiver_targets(parsed, target)
        indent: tuple[bytes, bytes] | None = None
        if receivers:
            # Go: change the receiver's type, and move the method next to the new type's.
            new_type = rng.choice(receivers)
            assert entity.scope is not None
            edits = [
                Splice(t.start, t.end, (Put(new_type.encode()),))
                for t in tokens_in(parsed, entity.span.start_byte, entity.name_span[0])
                if parsed.data[t.start : t.end] == entity.scope.encode()
            ]
            siblings = [
                i
                for i, e in enumerate(parsed.entities)
                if e.scope == new_type and block(parsed, i) is not None
            ]
            if not edits or not siblings:
                return "no receiver to change"
            anchor = siblings[-1]
            where = f"receiver {new_type}"
        else:
            holder, anchor = rng.choice(_container_targets(parsed, target))
            edits = []
            indent = (
                indent_at(parsed.data, span[0]),
                indent_at(parsed.data, _start(parsed, anchor)),
            )
            where = parsed.entities[holder].qualified_name
        anchor_span = block(parsed, anchor)
        assert anchor_span is not None
        note = f"move {describe(parsed, target)} to {where}"
        alternatives = []
        for body, edited, told in _edited(parsed, target, share, rng, indent):
            moved = carve(parsed.data, parsed.path, *span, edits=[*edits, *body], indent=indent)
            splices = [
                removal(parsed, span),
                Splice(anchor_span[1], anchor_span[1], (Put(b"\n"), *moved)),
            ]
            alternatives.append(
                single(
                    kind,
                    parsed,
                    splices,
                    note + told,
                    [target],
                    flags=("moved_parent",),
                    edited=edited,
                )
            )
        return alternatives or "body too small to edit"

    return apply


apply_parent = move_parent(None)


def _edited(
    parsed: Parsed,
    target: int,
    share: float | None,
    rng: Random,
    indent: tuple[bytes, bytes] | None,
) -> list[tuple[tuple[Splice, ...], float | None, str]]:
    """The body edits to make on the way, as alternatives (splices, share edited, note): one
    without edits when `share` is None; else with line operations, then (in case those broke
    the syntax) with token replacements only, from the same random state."""
    if share is None:
        return [((), None, "")]
    found: list[tuple[tuple[Splice, ...], float | None, str]] = []
    state = rng.getstate()
    for line_operations in (True, False):
        rng.setstate(state)
        edit = body_edit(parsed, target, share, rng, line_operations=line_operations, indent=indent)
        if edit is None:
            return []
        found.append(
            (
                edit.splices,
                edit.rows_changed / edit.rows_total,
                f"; body {edit.rows_changed}/{edit.rows_total} lines edited",
            )
        )
    return found


def _start(parsed: Parsed, index: int) -> int:
    return parsed.entities[index].span.start_byte


# Moves to another file ---------------------------------------------------------------------


def file_candidates(corpus: Corpus) -> list[Candidate]:
    if len(corpus.files) < 2:
        return []
    found = []
    for f, parsed in enumerate(corpus.files):
        for i, entity in enumerate(parsed.entities):
            holder = container(parsed, i)
            if (
                entity.kind in FUNCTIONS | TYPES
                and movable(parsed, i, min_rows=2)
                and unique_name(parsed, i)
                and (holder < 0 or parsed.entities[holder].kind in CONTAINERS)
            ):
                found.append(Candidate(f, i))
    return found


def rename_file_candidates(corpus: Corpus) -> list[Candidate]:
    return [
        c
        for c in file_candidates(corpus)
        if renamable(corpus.files[c.file], c.entity, FUNCTIONS | TYPES)
    ]


def _destinations(corpus: Corpus, source: int, index: int) -> list[tuple[int, int]]:
    """(file, anchor) pairs where the entity can go: after a top-level entity of another
    file, or (for a method) after a method of a container of the same kind there. Files of
    the same package come first, as a real move stays within a package."""
    parsed = corpus.files[source]
    entity = parsed.entities[index]
    holder = container(parsed, index)
    package = parsed.path.split("/", 1)[0]
    near: list[tuple[int, int]] = []
    far: list[tuple[int, int]] = []
    for f, other in enumerate(corpus.files):
        if f == source or any(e.name == entity.name for e in other.entities):
            continue
        anchors = []
        for a in range(len(other.entities)):
            if block(other, a) is None:
                continue
            other_holder = container(other, a)
            if holder < 0:
                if other_holder < 0:
                    anchors.append(a)
            elif (
                other_holder >= 0
                and other.entities[other_holder].kind == parsed.entities[holder].kind
                and other.entities[a].kind == entity.kind
            ):
                anchors.append(a)
        bucket = near if other.path.split("/", 1)[0] == package else far
        bucket.extend((f, a) for a in anchors)
    return near or far


def rename_file_edit_candidates(corpus: Corpus) -> list[Candidate]:
    return [c for c in rename_file_candidates(corpus) if _editable(corpus, c)]


def move_file(rename: bool, share: float | None = None) -> Apply:
    """An entity moved to another file; renamed by a word if `rename`; with `share`, that
    share of its body lines edited too (`move_rename_edit20`)."""
    kind = "move_rename" if rename else "move_file"
    if share is not None:
        kind += f"_edit{round(share * 100)}"
    flags = ("moved_file", "renamed") if rename else ("moved_file",)

    def apply(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
        source = corpus.files[candidate.file]
        target = candidate.entity
        destinations = _destinations(corpus, candidate.file, target)
        if not destinations:
            return "no file to move to"
        f, anchor = rng.choice(destinations)
        destination = corpus.files[f]
        span = block(source, target)
        anchor_span = block(destination, anchor)
        assert span is not None and anchor_span is not None
        edits = []
        note = f"move {describe(source, target)} to {destination.path}"
        if rename:
            name = new_name(source, target, rng, destination.data)
            if name is None:
                return "no fresh name"
            edits.append(rename_splice(source, target, name))
            note += f" as {name}"
        indent = (
            indent_at(source.data, span[0]),
            indent_at(destination.data, _start(destination, anchor)),
        )
        alternatives = []
        for body, edited, told in _edited(source, target, share, rng, indent):
            moved = carve(source.data, source.path, *span, edits=[*edits, *body], indent=indent)
            new = (
                (source.path, rebuild(source.path, 0, len(source.data), [removal(source, span)])),
                (
                    destination.path,
                    rebuild(
                        destination.path,
                        0,
                        len(destination.data),
                        [Splice(anchor_span[1], anchor_span[1], (Put(b"\n"), *moved))],
                    ),
                ),
            )
            alternatives.append(
                Transformed(
                    kind=kind,
                    language=source.language,
                    note=note + told,
                    sources=(source.path, destination.path),
                    old=((source.path, source.data), (destination.path, destination.data)),
                    new=new,
                    old_targets=((source.path, source.entities[target].name_span[0]),),
                    flags=flags,
                    edited=edited,
                )
            )
        return alternatives or "body too small to edit"

    return apply


# Reordering --------------------------------------------------------------------------------

WINDOW = (3, 5)
"""How many consecutive siblings are shuffled."""


def _siblings(parsed: Parsed, holder: int) -> list[int]:
    found = [i for i in children(parsed, holder) if block(parsed, i) is not None]
    return found


def reorder_candidates(corpus: Corpus) -> list[Candidate]:
    found = []
    for f, parsed in enumerate(corpus.files):
        holders = [-1, *range(len(parsed.entities))]
        for holder in holders:
            siblings = _siblings(parsed, holder)
            for start in range(len(siblings) - WINDOW[0] + 1):
                window = siblings[start : start + WINDOW[0]]
                indents = {indent_at(parsed.data, _start(parsed, i)) for i in window}
                if len(indents) == 1:
                    found.append(Candidate(f, siblings[start]))
    return found


def apply_reorder(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
    parsed = corpus.files[candidate.file]
    siblings = _siblings(parsed, container(parsed, candidate.entity))
    first = siblings.index(candidate.entity)
    indent = indent_at(parsed.data, _start(parsed, candidate.entity))
    window = [candidate.entity]
    size = rng.randint(*WINDOW)
    for i in siblings[first + 1 :]:
        if len(window) >= size or indent_at(parsed.data, _start(parsed, i)) != indent:
            break
        window.append(i)
    if len(window) < WINDOW[0]:
        return "too few siblings"
    order = list(window)
    while order == window:
        rng.shuffle(order)
    spans = [block(parsed, i) for i in window]
    splices = []
    for slot, moved in zip(spans, order, strict=True):
        source = block(parsed, moved)
        assert slot is not None and source is not None
        splices.append(Splice(slot[0], slot[1], carve(parsed.data, parsed.path, *source)))
    moved_ones = [i for i, j in zip(window, order, strict=True) if i != j]
    names = ", ".join(parsed.entities[i].qualified_name for i in order)
    note = f"reorder {len(window)} siblings in {parsed.path}: {names}"
    return [single("reorder", parsed, splices, note, moved_ones)]
