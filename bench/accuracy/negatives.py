"""Hard negatives: an entity deleted while an unrelated one of similar shape is added.

The added function comes from another file of the same language, preferably of the same
package (a real function, sharing the package's vocabulary, not generated text); it is one of
the closest in length, of the same kind and depth, and has no word of its name in common with
the deleted one. Every other case puts it exactly where the deleted one was (the
place then argues for a pair); the others put it after another sibling. Pairing the two is a
false rename: both must stay unpaired.

`hard_negative_small` does the same with small functions (1 to 3 body lines), where the body
says little and a matcher is tempted to pair by place alone.

`hard_negative_sibling` takes the added function from the same file: a copy of a sibling B
(same container, kind and receiver, close in length) under a fresh name, ~20% of its body
edited, put exactly where the deleted A was. Everything argues for pairing A with it: the
place, the file's vocabulary, the shape of the class's methods; only the body (B's, not A's)
says no. B itself stays, unchanged, and must pair with itself.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from random import Random

from .code import Parsed, alike, block, code_rows, container, indent_at, name_text, name_token
from .edits import body_edit
from .names import fresh, word_set
from .pieces import Put, Splice, carve, realize
from .transform import (
    FUNCTIONS,
    SPECIAL_NAMES,
    Apply,
    Candidate,
    Corpus,
    Outcome,
    describe,
    lines,
    removal,
    renamable,
    single,
    taken_in,
    unique_name,
)

SMALL_ROWS = 3
"""Body lines of a small function; a large one has more."""
SIZE_TOLERANCE = 0.3
"""How much longer or shorter (a share of its lines) the donor of a large one may be."""
CLOSEST = 3
"""The donor is drawn from this many of the closest in length."""
SIBLING_EDIT = 0.2
"""Share of the copied sibling's body lines edited."""
SIBLING_MIN_ROWS = 3
"""Body lines the copied sibling needs for an edit of 20% to leave most of it intact."""
SIBLING_MAX_ALIKE = 0.7
"""The sibling copied must differ from the deleted function by this much (`alike`, token
sequences) at least. Nearer twins make the case undecidable: an edited copy of B in A's place
then reads as A renamed and edited just as well (the first run paired all 8 cases at 0.79 or
more, and none is wrong to a reader), so the truth would be arbitrary."""


def _sized(parsed: Parsed, index: int, small: bool) -> bool:
    rows = len(code_rows(parsed, index))
    return 1 <= rows <= SMALL_ROWS if small else rows > SMALL_ROWS


def negative_candidates(small: bool) -> Callable[[Corpus], list[Candidate]]:
    def candidates(corpus: Corpus) -> list[Candidate]:
        if len(corpus.files) < 2:
            return []
        return [
            Candidate(f, i)
            for f, parsed in enumerate(corpus.files)
            for i, entity in enumerate(parsed.entities)
            if entity.kind in FUNCTIONS
            and block(parsed, i) is not None
            and _sized(parsed, i, small)
            and unique_name(parsed, i)
        ]

    return candidates


@lru_cache(maxsize=16)
def _donors(corpus: Corpus) -> tuple[tuple[int, int], ...]:
    return tuple(
        (f, i)
        for f, parsed in enumerate(corpus.files)
        for i, entity in enumerate(parsed.entities)
        if entity.kind in FUNCTIONS
        and block(parsed, i) is not None
        and code_rows(parsed, i)
        and name_text(parsed, entity) not in SPECIAL_NAMES
    )


def apply_negative(small: bool) -> Apply:
    def apply(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
        return _negative(corpus, candidate, rng, index, small=small)

    return apply


def _negative(
    corpus: Corpus, candidate: Candidate, rng: Random, index: int, *, small: bool
) -> Outcome:
    parsed = corpus.files[candidate.file]
    target = candidate.entity
    entity = parsed.entities[target]
    size = lines(parsed, target)
    words = word_set(entity.name)
    nested = container(parsed, target) >= 0
    names = {e.name for e in parsed.entities}
    donors = [
        (f, i)
        for f, i in _donors(corpus)
        if f != candidate.file
        and corpus.files[f].entities[i].kind == entity.kind
        and (container(corpus.files[f], i) >= 0) == nested
        and _sized(corpus.files[f], i, small)
        and abs(lines(corpus.files[f], i) - size) <= (1 if small else SIZE_TOLERANCE * size)
        and not word_set(corpus.files[f].entities[i].name) & words
        and corpus.files[f].entities[i].name not in names
        and corpus.files[f].entities[i].name.encode() not in parsed.data
    ]
    if not donors:
        return "no unrelated entity of the same shape"
    package = parsed.path.split("/", 1)[0]
    near = [d for d in donors if corpus.files[d[0]].path.split("/", 1)[0] == package]
    closest = sorted(near or donors, key=lambda d: (abs(lines(corpus.files[d[0]], d[1]) - size), d))
    f, donor_index = rng.choice(closest[:CLOSEST])
    donor = corpus.files[f]
    text = _transplant(donor, donor_index, indent_at(parsed.data, entity.span.start_byte))
    span = block(parsed, target)
    assert span is not None
    holder = container(parsed, target)
    others = [
        i
        for i in range(len(parsed.entities))
        if i != target
        and container(parsed, i) == holder
        and (other := block(parsed, i)) is not None
        # Not the sibling just before: inserting after it would be the same place again.
        and not (other[1] <= span[0] and not parsed.data[other[1] : span[0]].strip())
    ]
    elsewhere = index % 2 == 1 and others
    if elsewhere:
        anchor = block(parsed, rng.choice(others))
        assert anchor is not None
        splices = [removal(parsed, span), Splice(anchor[1], anchor[1], (Put(b"\n" + text),))]
        where = "elsewhere"
    else:
        splices = [Splice(span[0], span[1], (Put(text),))]
        where = "in its place"
    added = donor.entities[donor_index]
    note = (
        f"delete {describe(parsed, target)}; add {added.kind} {added.qualified_name} "
        f"from {donor.path} {where}"
    )
    kind = "hard_negative_small" if small else "hard_negative"
    result = single(kind, parsed, splices, note, [target])
    return [result]


def _transplant(donor: Parsed, index: int, indent: bytes) -> bytes:
    span = block(donor, index)
    assert span is not None
    old_indent = indent_at(donor.data, donor.entities[index].span.start_byte)
    pieces = carve(donor.data, donor.path, span[0], span[1], indent=(old_indent, indent))
    return realize(pieces, {donor.path: donor.data})


def sibling_candidates(corpus: Corpus) -> list[Candidate]:
    return [
        Candidate(f, i)
        for f, parsed in enumerate(corpus.files)
        for i in range(len(parsed.entities))
        if _deletable(parsed, i) and _siblings(parsed, i)
    ]


def _deletable(parsed: Parsed, index: int) -> bool:
    entity = parsed.entities[index]
    return (
        entity.kind in FUNCTIONS
        # A defmethod is named after its multimethod: a copy under a fresh name is no sibling.
        and not (parsed.language == "clojure" and entity.kind == "method")
        and block(parsed, index) is not None
        and _sized(parsed, index, small=False)
        and renamable(parsed, index, FUNCTIONS)
    )


def _siblings(parsed: Parsed, index: int) -> list[int]:
    """Functions next to it (same container, kind and Go receiver) within SIZE_TOLERANCE of
    its length, whose copy can be renamed."""
    entity = parsed.entities[index]
    holder = container(parsed, index)
    size = lines(parsed, index)
    return [
        i
        for i, other in enumerate(parsed.entities)
        if i != index
        and other.kind == entity.kind
        and other.scope == entity.scope
        and container(parsed, i) == holder
        and block(parsed, i) is not None
        and renamable(parsed, i, FUNCTIONS)
        and len(code_rows(parsed, i)) >= SIBLING_MIN_ROWS
        and abs(lines(parsed, i) - size) <= SIZE_TOLERANCE * size
        and alike(parsed, index, i) <= SIBLING_MAX_ALIKE
    ]


def apply_sibling(corpus: Corpus, candidate: Candidate, rng: Random, index: int) -> Outcome:
    parsed = corpus.files[candidate.file]
    target = candidate.entity
    size = lines(parsed, target)
    closest = sorted(_siblings(parsed, target), key=lambda i: (abs(lines(parsed, i) - size), i))
    sibling = rng.choice(closest[:CLOSEST])
    old_name, sibling_name = (name_text(parsed, parsed.entities[i]) for i in (target, sibling))
    assert old_name is not None and sibling_name is not None
    name = fresh(
        old_name,
        parsed.language,
        rng,
        taken_in(parsed.data),
        word_set(old_name) | word_set(sibling_name),
    )
    if name is None:
        return "no fresh name"
    span, source = block(parsed, target), block(parsed, sibling)
    token = name_token(parsed, parsed.entities[sibling])
    assert span is not None and source is not None and token is not None
    indent = (
        indent_at(parsed.data, parsed.entities[sibling].span.start_byte),
        indent_at(parsed.data, parsed.entities[target].span.start_byte),
    )
    # No origin on the new name: the copy is new text, and the truth must not follow B into it.
    renaming = Splice(token[0], token[1], (Put(name.encode()),))
    alternatives = []
    state = rng.getstate()
    for line_operations in (True, False):
        rng.setstate(state)
        edit = body_edit(
            parsed, sibling, SIBLING_EDIT, rng, line_operations=line_operations, indent=indent
        )
        if edit is None:
            return "sibling too small to edit"
        pieces = carve(
            parsed.data, parsed.path, *source, edits=[renaming, *edit.splices], indent=indent
        )
        copy = realize(pieces, {parsed.path: parsed.data})
        # How alike the deleted function and the copied sibling were to begin with: when
        # they were near twins, no diff can tell a deletion plus a copy from an edit.
        note = (
            f"delete {describe(parsed, target)}; add a copy of its sibling "
            f"{parsed.entities[sibling].qualified_name} as {name} in its place, "
            f"{edit.rows_changed}/{edit.rows_total} lines edited; the two were "
            f"{alike(parsed, target, sibling):.2f} alike"
        )
        alternatives.append(
            single(
                "hard_negative_sibling",
                parsed,
                [Splice(span[0], span[1], (Put(copy),))],
                note,
                [target],
                edited=edit.rows_changed / edit.rows_total,
            )
        )
    return alternatives
