"""The transformations, by name, in the order of the report's rows."""

from __future__ import annotations

from .confusions import (
    apply_callers,
    apply_taken,
    apply_twins,
    callers_candidates,
    taken_candidates,
    twin_candidates,
)
from .extraction import apply_extract, apply_inline, extract_candidates
from .moves import (
    apply_parent,
    apply_reorder,
    file_candidates,
    move_file,
    move_parent,
    parent_candidates,
    parent_edit_candidates,
    rename_file_candidates,
    rename_file_edit_candidates,
    reorder_candidates,
)
from .negatives import apply_negative, apply_sibling, negative_candidates, sibling_candidates
from .renames import (
    apply_duplicate,
    apply_mass,
    apply_overload,
    duplicate_candidates,
    edit_candidates,
    mass_candidates,
    overload_candidates,
    rename_and_edit,
    rename_candidates,
)
from .restructure import rename_restructure, restructure_candidates
from .transform import Candidate, Corpus, Kind, Transformed

KINDS: tuple[Kind, ...] = (
    Kind(
        "rename",
        "one entity renamed by a word, nothing else changed",
        rename_candidates,
        rename_and_edit("rename", None, rename=True),
    ),
    Kind(
        "rename_unrelated",
        "one entity renamed to a name sharing no word with the old one",
        rename_candidates,
        rename_and_edit("rename_unrelated", None, rename=True, unrelated=True),
    ),
    Kind(
        "rename_edit10",
        "renamed, ~10% of its body lines edited",
        edit_candidates,
        rename_and_edit("rename_edit10", 0.1, rename=True),
    ),
    Kind(
        "rename_edit20",
        "renamed, ~20% of its body lines edited",
        edit_candidates,
        rename_and_edit("rename_edit20", 0.2, rename=True),
    ),
    Kind(
        "rename_edit30",
        "renamed, ~30% of its body lines edited",
        edit_candidates,
        rename_and_edit("rename_edit30", 0.3, rename=True),
    ),
    Kind(
        "rename_unrelated_edit30",
        "renamed to a name sharing no word with the old one, ~30% of its body lines edited",
        edit_candidates,
        rename_and_edit("rename_unrelated_edit30", 0.3, rename=True, unrelated=True),
    ),
    Kind(
        "rename_restructure30",
        "renamed, ~30% of its body lines deleted, replaced by or followed by statements of "
        "other functions",
        restructure_candidates(0.3),
        rename_restructure("rename_restructure30", 0.3),
    ),
    Kind(
        "edit30",
        "~30% of the body lines edited in place, name kept",
        edit_candidates,
        rename_and_edit("edit30", 0.3, rename=False),
    ),
    Kind(
        "move_parent",
        "a method moved to another class/impl of the same file (Go: another receiver)",
        parent_candidates,
        apply_parent,
    ),
    Kind(
        "move_parent_edit20",
        "a method moved to another class/impl of the same file, ~20% of its body lines edited",
        parent_edit_candidates,
        move_parent(0.2),
    ),
    Kind("move_file", "an entity moved to another file", file_candidates, move_file(False)),
    Kind(
        "move_rename",
        "an entity moved to another file and renamed",
        rename_file_candidates,
        move_file(True),
    ),
    Kind(
        "move_rename_edit20",
        "an entity moved to another file and renamed, ~20% of its body lines edited",
        rename_file_edit_candidates,
        move_file(True, 0.2),
    ),
    Kind("reorder", "3-5 consecutive siblings shuffled", reorder_candidates, apply_reorder),
    Kind(
        "extract",
        "20-50% of a function's lines moved into a new function",
        extract_candidates,
        apply_extract,
    ),
    Kind(
        "inline",
        "a helper's body put back into its caller, the helper deleted",
        extract_candidates,
        apply_inline,
    ),
    Kind(
        "hard_negative",
        "a function deleted, an unrelated one of the same shape added: no pair",
        negative_candidates(small=False),
        apply_negative(small=False),
    ),
    Kind(
        "hard_negative_small",
        "the same with functions of 1-3 body lines",
        negative_candidates(small=True),
        apply_negative(small=True),
    ),
    Kind(
        "hard_negative_sibling",
        "a function deleted, a renamed copy of a sibling (~20% edited) put in its place: no pair",
        sibling_candidates,
        apply_sibling,
    ),
    Kind(
        "duplicate",
        "two entities with identical bodies, both renamed",
        duplicate_candidates,
        apply_duplicate,
    ),
    Kind(
        "overload",
        "same-named siblings (overloads, accessors, defmethods) swapped, edited or renamed",
        overload_candidates,
        apply_overload,
    ),
    Kind(
        "mass_rename",
        "half the functions and types of a file (6 to 25) renamed at once",
        mass_candidates,
        apply_mass,
    ),
    Kind(
        "name_taken_over",
        "an entity renamed while a sibling takes its name, or siblings renumbered along a chain",
        taken_candidates,
        apply_taken,
    ),
    Kind(
        "callers_updated",
        "renamed to an unrelated name, >=75% of its body rewritten, every reference to it in "
        "the files changed renamed too",
        callers_candidates,
        apply_callers,
    ),
    Kind(
        "twins",
        "one of two siblings >=70% alike renamed and ~10% edited, or deleted: no pair with the "
        "twin",
        twin_candidates,
        apply_twins,
    ),
)
BY_NAME = {kind.name: kind for kind in KINDS}

__all__ = ["BY_NAME", "KINDS", "Candidate", "Corpus", "Kind", "Transformed"]
