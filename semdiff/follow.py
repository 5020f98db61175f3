"""`semdiff log --entity NAME`: the commits that changed one entity, followed back through
renames and moves by the matcher's own pairings, one commit at a time.

The entity is found by name in the newest commit of the walk, then each commit (first
parents only: a merge is diffed against its first parent, so a side branch's change shows once,
in the merge) is diffed against its parent, and the pair the matcher made for the entity
gives its name and place in the parent: that is what the walk looks for next. A commit that
does not touch the entity's file cannot have changed it, or moved it in, so only the commits
that touch that file are diffed at all, and only that file first: the whole commit only where
the entity changed in it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from semdiff.errors import InputError, UsageError
from semdiff.extract import MODULE_KIND, parse_file
from semdiff.git import Repository, Side, compare_commit, raw_diff
from semdiff.history import LogCommit
from semdiff.model import Change, DiffReport, Entity, Status, Version, VersionKind
from semdiff.sources import Comparison, make_source


@dataclass(frozen=True, slots=True)
class Place:
    """Where the entity is in one version: what the matcher's pairs are looked up by."""

    path: str
    kind: str
    qualified_name: str
    overload: str

    @staticmethod
    def of(entity: Entity) -> Place:
        return Place(entity.path, entity.kind, entity.qualified_name, entity.overload)

    def holds(self, entity: Entity | None) -> bool:
        return entity is not None and Place.of(entity) == self


@dataclass(frozen=True, slots=True)
class Step:
    """One commit that changed the entity: its change (old and new side) in that commit's
    report."""

    commit: LogCommit
    report: DiffReport
    change: Change


@dataclass(frozen=True, slots=True)
class Lost:
    """The walk could not go on: the entity's file was compared line by line (no entities)
    in this commit, or another reason."""

    commit: LogCommit
    reason: str


def find(
    repo: Repository, tip: str, name: str, paths: Sequence[str], language: str | None
) -> Entity:
    """The one entity named `name` (its name or qualified name) in commit `tip`, looked for
    in `paths` when given, else in the files that hold the name's last part."""
    files = _files(repo, tip, paths or [_leaf(name)], grep=not paths)
    found: list[Entity] = []
    for path in files:
        source = make_source(path, repo.blob(f"{tip}:{path}"), language=language)
        parsed = parse_file(source)
        found.extend(
            entity
            for entity in parsed.entities
            if entity.kind != MODULE_KIND and name in (entity.name, entity.qualified_name)
        )
    if not found:
        raise InputError(f"no entity named {name!r} in {tip[:12]}")
    if len(found) > 1:
        where = ", ".join(
            f"{e.kind} {e.qualified_name} ({e.path}:{e.span.start_line})" for e in found
        )
        raise UsageError(
            f"--entity {name!r} names {len(found)} entities: {where}; give a qualified name "
            "or a path after '--'"
        )
    return found[0]


def _leaf(name: str) -> str:
    """`Parser.parse`, `Parser::parse`, `ns/parse` → `parse`: what the file's text holds."""
    return re.split(r"\.|::|/|#", name)[-1] or name


def _files(repo: Repository, tip: str, what: Sequence[str], *, grep: bool) -> list[str]:
    if grep:
        # git grep on the commit's tree: only the files whose text holds the name are parsed.
        out = repo.run("grep", "-l", "-z", "-F", "-e", what[0], tip, "--", check=False)
        prefix = f"{tip}:".encode()
        return sorted(
            name.removeprefix(prefix).decode("utf-8", "surrogateescape")
            for name in out.split(b"\0")
            if name
        )
    out = repo.run("ls-tree", "-r", "-z", "--name-only", "--full-name", tip, "--", *what)
    return sorted(name.decode("utf-8", "surrogateescape") for name in out.split(b"\0") if name)


def walk(
    repo: Repository,
    commits: Sequence[LogCommit],
    start: Entity,
    diff: Callable[[Comparison], DiffReport],
    language: str | None,
) -> Iterator[Step | Lost]:
    """The commits, newest first, that changed the entity, each with its change; it stops
    after the commit that added it (or where it can no longer be followed)."""
    place = Place.of(start)
    for commit in commits:
        parent = commit.parents[0] if commit.parents else repo.empty_tree()
        touched = raw_diff(
            repo,
            Side(Version(parent, VersionKind.COMMIT, parent), parent),
            Side(Version(commit.commit, VersionKind.COMMIT, commit.commit), commit.commit),
            [f":(top,literal){place.path}"],
        )
        if not touched or _left_alone(repo, commit, place, diff, language):
            continue
        report = diff(compare_commit(repo, commit.commit, (), language))
        change = next((c for c in report.changes if place.holds(c.new)), None)
        if change is None:
            yield Lost(
                commit, f"{place.path} has no entities in this commit (compared line by line)"
            )
            return
        if change.status is not Status.UNCHANGED:
            yield Step(commit, report, change)
        if change.old is None:
            return
        place = Place.of(change.old)


def _left_alone(
    repo: Repository,
    commit: LogCommit,
    place: Place,
    diff: Callable[[Comparison], DiffReport],
    language: str | None,
) -> bool:
    """Whether a commit that touched the entity's file left the entity as it was, judged from
    that file alone. Most commits that touch a file change other things in it, and a release's
    commit touches hundreds of files: the whole commit is diffed (to see a move in from another
    file) only when the entity changed here, or is not here in the parent."""
    report = diff(compare_commit(repo, commit.commit, [f":(top,literal){place.path}"], language))
    change = next((c for c in report.changes if place.holds(c.new)), None)
    return change is not None and change.status is Status.UNCHANGED and place.holds(change.old)
