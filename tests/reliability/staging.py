"""The staging property (checks.py, `g`): entity patches do what the Emacs frontend uses them
for, on any pair of texts.

    stage one   each entity's patch (`--format patch --entity ID`) applied alone to the old
                side changes exactly that entity, and the result parses whenever both sides do;
                a removed entity is staged with what was removed inside it, as the frontend
                does (its own lines alone would leave a deleted class's methods at the top);
                a reordered entity may read as the one sibling it jumped over having moved;
                not checked: an entity that goes into a container still to be added, and a
                removed container that holds an entity moving elsewhere (staged alone, it
                would leave its lines outside any container): converge stages them later
    converge    staging every entity one at a time, each picked by its id (or its kind and
                name) from a fresh diff of (staged, new) as a refresh does, reaches the new
                side byte for byte: forwards, backwards and in one shuffled order
    unstage     `--for-reverse` applied backwards to the staged text (from a diff of old
                against it, as `semdiff git --staged` reads the index) gives the old side back

Everything runs in this process: the pipeline diffs, `render_patch` writes the patches, and
gitapply.py applies them where `git apply` would.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from semdiff.errors import UsageError
from semdiff.extract import MODULE_KIND
from semdiff.model import Change, DiffReport, Flag, Status, Version, VersionKind
from semdiff.pipeline import diff
from semdiff.render.choose import held_out
from semdiff.render.patch import render_patch
from semdiff.sources import Comparison, FilePair, detect_renames, make_source
from tests.reliability.gitapply import PatchError, apply_patch

Files = Mapping[str, str]
"""Path → text: one side of a case, as the index or the working tree holds it."""
ORDERS = ("forwards", "backwards", "shuffled")
RE_PARENTED = {Flag.MOVED_PARENT, Flag.REORDERED, Flag.WHITESPACE_ONLY}
SHUFFLE_SEED = 20


def compare(old: Files, new: Files) -> DiffReport:
    """The diff `semdiff git` makes of two states of the same files."""
    pairs = [
        FilePair(
            make_source(path, old[path].encode()) if path in old else None,
            make_source(path, new[path].encode()) if path in new else None,
        )
        for path in sorted(set(old) | set(new))
        if old.get(path) != new.get(path)
    ]
    version = Version("index", VersionKind.INDEX)
    return diff(Comparison(tuple(detect_renames(pairs)), version, version))[0]


def _staged(report: DiffReport) -> list[Change]:
    """The changes an entity patch carries: those with hunks."""
    return [c for c in report.changes if c.hunks and c.status is not Status.UNCHANGED]


def _identity(change: Change) -> tuple[str, str, str]:
    """What names a change across diffs when its id moved (an ordinal that changed)."""
    old = change.old.qualified_name if change.old else ""
    new = change.new.qualified_name if change.new else ""
    return change.kind, old, new


def _find(report: DiffReport, change: Change) -> Change | None:
    """The change in another diff: by id, else by its names (staging a method alone keeps its
    class's old name, so it is named half old, half new)."""
    kind, old, new = _identity(change)
    tests: tuple[Callable[[Change], bool], ...] = (
        lambda c: c.id == change.id,
        lambda c: _identity(c) == (kind, old, new),
        lambda c: c.kind == kind and bool(old) and _identity(c)[1] == old,
        lambda c: c.kind == kind and bool(new) and _identity(c)[2] == new,
        # A child of a renamed parent, staged before the parent: its own name is what stays.
        lambda c: c.kind == kind and _own_name(c) == _own_name(change),
    )
    for same in tests:
        found = [c for c in _staged(report) if same(c)]
        if found:
            return found[0]
    return None


def _own_name(change: Change) -> str:
    return (change.new or change.old).name  # type: ignore[union-attr]


def _show(change: Change) -> str:
    kind, old, new = _identity(change)
    return f"{kind} {old or new}" + (f" → {new}" if old and new and old != new else "")


def _held(report: DiffReport, change: Change) -> list[Change]:
    """The removed changes inside a removed one, which the frontend stages, unstages and
    discards with it (`semdiff--needed`): those a patch of it alone would leave behind."""
    return held_out(report, [change.id], for_reverse=False)


def _split_rename(report: DiffReport, change: Change) -> list[Change]:
    """The renamed entity of `change` read in `report` as its old name removed and its new
    name added (those two changes), or nothing."""
    if change.old is None or change.new is None or change.old.name == change.new.name:
        return []
    staged = _staged(report)
    removed = [c for c in staged if c.new is None and c.old and c.old.key == change.old.key]
    added = [
        c for c in staged if c.old is None and c.new and _identity(c)[2] == _identity(change)[2]
    ]
    return [removed[0], added[0]] if len(removed) == 1 and len(added) == 1 else []


def _swapped(change: Change, changed: Sequence[Change]) -> list[Change]:
    """For a reordered entity, the one sibling that the staged text reads as reordered instead
    (`[a, b]` → `[b, a]` is `a` moved after `b` or `b` moved before `a`), or nothing. Its
    unstaging undoes the same reorder."""
    if set(change.flags) != {Flag.REORDERED} or len(changed) != 1:
        return []
    (other,) = changed
    same_parent = (
        other.old is not None and change.old is not None and other.old.parent == change.old.parent
    )
    return [other] if set(other.flags) == {Flag.REORDERED} and same_parent else []


def _edits(*changes: Change, same_lines: bool = False) -> tuple[list[str], list[str]]:
    """The lines changes remove and add, sorted: what staging them alone must carry. A line
    removed and added that only gained or lost its newline is left out (a patch may have to
    leave that for later: `_ends_last_line`); with `same_lines`, every line removed and added
    unchanged (a rename read as a removal and an addition lists its unchanged lines)."""
    lines = [line for change in changes for hunk in change.hunks for line in hunk.lines]
    removed = Counter(line.text for line in lines if line.op == "-")
    added = Counter(line.text for line in lines if line.op == "+")
    same = removed & added
    if not same_lines:
        ended = {line.text for line in lines if line.op != " " and line.no_newline}
        same = Counter({text: 1 for text in same if text in ended})
    return sorted((removed - same).elements()), sorted((added - same).elements())


def _parse_errors(report: DiffReport) -> dict[str, tuple[int, int]]:
    return {
        file.path: (
            file.old.parse_errors if file.old else 0,
            file.new.parse_errors if file.new else 0,
        )
        for file in report.files
    }


def _old_parent(report: DiffReport, change: Change) -> str | None:
    """The key, in the old text, of the parent a change's new side has: the same old text on
    both diffs, so the same keys. "" for the top level, "added" for a parent the old lacks."""
    if change.new is None or change.new.parent is None:
        return ""
    for other in report.changes:
        if other.new is not None and other.new.key == change.new.parent:
            return other.old.key if other.old is not None else "added"
    return None


def _enclosed(report: DiffReport, change: Change, container: Change) -> bool:
    """A change that only re-parents what the staged container's own lines enclosed: adding
    or removing a class header moves its methods. That follows from staging the container."""
    if not set(change.flags) <= RE_PARENTED:
        return False
    if change.old is not None and container.old is not None:
        entities = {e.key: e for f in report.files if f.old for e in f.old.entities}
        parent = change.old.parent
        while parent is not None:
            if parent == container.old.key:
                return True
            parent = entities[parent].parent if parent in entities else None
    if change.new is not None and container.new is not None:
        entities = {e.key: e for f in report.files if f.new for e in f.new.entities}
        parent = change.new.parent
        while parent is not None:
            if (entities[parent].kind, entities[parent].qualified_name) == (
                container.new.kind,
                container.new.qualified_name,
            ):
                return True
            parent = entities[parent].parent
    return False


def stage_one_errors(old: Files, new: Files) -> list[str]:
    """`stage one` and `unstage`, for every entity of the diff of `old` and `new`."""
    report = compare(old, new)
    parses = {path: o == 0 and n == 0 for path, (o, n) in _parse_errors(report).items()}
    errors = []
    for change in _staged(report):
        if _container_left(change, report.changes) or _member_leaving(change, report):
            continue  # staged alone, it has no place to go (converge_errors stages it later)
        name = _show(change)
        held = _held(report, change)
        try:
            patch = render_patch(report, entity_ids=[change.id, *(c.id for c in held)])
            staged = apply_patch(dict(old), patch)
        except (PatchError, UsageError) as error:
            errors.append(f"stage {name}: {error}")
            continue
        if staged == dict(old) and _drops_last_newline(change):
            continue  # stages once the lines after it are gone (converge_errors)
        after = compare(old, staged)
        found = _find(after, change)
        found_held = [f for c in held if (f := _find(after, c)) is not None]
        changed = [
            c
            for c in _staged(after)
            if c is found
            or c in found_held
            or not (_enclosed(after, c, change) or _ends_last_line(c))
        ]
        split = _split_rename(after, change)
        swapped = _swapped(change, changed)
        if swapped:
            pass  # the same order, read as the sibling it jumped over having moved instead
        elif split:
            # A rename whose evidence is elsewhere (its callers) reads, staged alone, as the old
            # name removed and the new one added: the same lines, told as two changes.
            changed = [c for c in changed if c not in split]
            if changed:
                errors.append(f"stage {name}: the staged text also changes {_show(changed[0])}")
            elif _edits(*split, same_lines=True) != _edits(change, same_lines=True):
                errors.append(f"stage {name}: the staged text changes other lines of it")
        elif found is None or len(found_held) != len(held) or len(changed) != 1 + len(held):
            errors.append(f"stage {name}: the staged text changes {[_show(c) for c in changed]}")
        elif _edits(found, *found_held) != _edits(change, *held):
            errors.append(f"stage {name}: the staged text changes other lines of it")
        elif _old_parent(after, found) != _old_parent(report, change):
            errors.append(f"stage {name}: it lands under another parent")
        for path, (_, errors_after) in _parse_errors(after).items():
            if parses.get(path) and errors_after:
                errors.append(f"stage {name}: {path} no longer parses")
        if split or swapped:
            ids = [c.id for c in split or swapped]
        elif found is not None:
            ids = [found.id, *(c.id for c in found_held)]
        else:
            continue
        try:
            patch = render_patch(after, entity_ids=ids, for_reverse=True)
            unstaged = apply_patch(staged, patch, reverse=True)
        except (PatchError, UsageError) as error:
            errors.append(f"unstage {name}: {error}")
            continue
        if unstaged != dict(old) and unstaged != _ended(old, staged):
            errors.append(f"unstage {name}: gives another text than the old side")
    return errors


def _ends_last_line(change: Change) -> bool:
    """Whether a change only gives a last line its missing newline: a line staged after it
    must (a line patch cannot insert after a line that does not end)."""
    return _newline_only(change) == (True, False)


def _drops_last_newline(change: Change) -> bool:
    """Whether a change only takes a last line's newline away: its patch changes nothing
    while lines follow that line in the staged text."""
    return _newline_only(change) == (False, True)


def _newline_only(change: Change) -> tuple[bool, bool] | None:
    """For a change that removes one line and adds it back, whether each lacks a newline."""
    lines = [line for hunk in change.hunks for line in hunk.lines if line.op != " "]
    if len(lines) != 2 or (lines[0].op, lines[1].op) != ("-", "+"):
        return None
    if lines[0].text.removesuffix("\r") != lines[1].text.removesuffix("\r"):
        return None
    return lines[0].no_newline, lines[1].no_newline


def _ended(old: Files, staged: Files) -> dict[str, str]:
    """The old files with the newline staging gave a last line that had none (see
    `_ends_last_line`), which unstaging the entity after it leaves."""
    ended = dict(old)
    for path, text in old.items():
        for newline in ("\r\n", "\n"):
            if text and not text.endswith("\n") and staged.get(path, "").startswith(text + newline):
                ended[path] = text + newline
                break
    return ended


def _container_left(change: Change, left: Sequence[Change]) -> bool:
    """Whether the change goes into a container that is added and still among `left`: until
    that is staged, the change has no place to go."""
    if change.new is None:
        return False
    parent, path = change.new.parent, change.new.path
    return any(
        c is not change
        and c.old is None
        and c.new is not None
        and (c.new.key == parent if parent is not None else c.kind == MODULE_KIND)
        and c.new.path == path
        for c in left
    )


def _member_leaving(change: Change, report: DiffReport) -> bool:
    """Whether the change removes a container (with what was removed inside it) that holds an
    entity moving elsewhere: staged alone, it leaves that entity's lines where they were,
    outside any container, until the move is staged (a class deleted with its file, one of
    its methods moved to another class)."""
    if change.new is not None or change.old is None:
        return False
    went = {change.old.key} | {
        c.old.key for c in held_out(report, [change.id], for_reverse=False) if c.old is not None
    }
    return any(
        c.old is not None and c.new is not None and c.old.parent in went for c in report.changes
    )


def converge_errors(old: Files, new: Files, order: str) -> list[str]:
    """`converge`: stage every entity, one at a time, in `order` (one of ORDERS)."""
    planned = _staged(compare(old, new))
    if order == "backwards":
        planned.reverse()
    elif order == "shuffled":
        random.Random(SHUFFLE_SEED).shuffle(planned)
    current = dict(old)
    for _ in range(2 * len(planned) + 2):
        report = compare(current, new)
        left = _staged(report)
        if not left:
            break
        present = [f for c in planned if (f := _find(report, c)) is not None]
        # A change into a container not staged yet (a function moved into a new module) has
        # no place to go: the frontend's user stages the container first, and so does this.
        waiting = [c for c in present if _container_left(c, left)]
        # A change that only ends a line without a newline stages once the lines after it
        # are gone: until then its patch changes nothing, and the user stages another.
        for pick in [c for c in present if c not in waiting] + waiting + left:
            ids = [pick.id, *(c.id for c in _held(report, pick))]
            try:
                staged = apply_patch(current, render_patch(report, entity_ids=ids))
            except (PatchError, UsageError) as error:
                return [f"staging {order}, {_show(pick)}: {error}"]
            if staged != current:
                current = staged
                break
        else:
            return [f"staging {order}: no entity's patch changes the text"]
    differing = [
        path for path in sorted(set(current) | set(new)) if current.get(path) != new.get(path)
    ]
    # An empty file carries no entity: the frontend stages it with `git add`.
    differing = [path for path in differing if current.get(path) or new.get(path)]
    if differing:
        return [f"staging {order} does not reach the new side: {', '.join(differing)} differ"]
    return []


def both_sides_parse(old: Files, new: Files) -> bool:
    """Whether every file of both sides parses without an error node."""
    return all(o == 0 and n == 0 for o, n in _parse_errors(compare(old, new)).values())


def staging_errors(old: Files, new: Files, orders: Sequence[str] = ORDERS) -> list[str]:
    """Every part of the property."""
    checks: list[Callable[[], list[str]]] = [lambda: stage_one_errors(old, new)]
    checks += [lambda order=order: converge_errors(old, new, order) for order in orders]  # type: ignore[misc]
    return [error for check in checks for error in check()]
