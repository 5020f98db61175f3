"""Versions from git: the working tree, the index, commits and ranges, read in one process.

Which paths differ comes from git's plumbing (`diff-files`, `diff-index`, `diff-tree`) with
`-z`; the blobs come from one long-lived `git cat-file --batch`. Plumbing rather than
`git diff`, so that porcelain settings (`diff.relative`, `diff.noprefix`, `diff.external`)
cannot change what is compared; `--no-ext-diff --no-textconv` on every diff call, so that no
user-configured program runs (semdiff may itself be that program). Paths are handed to git
as arguments, never through a shell.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from semdiff.errors import InputError, UsageError
from semdiff.model import SUBMODULE_MODE, SYMLINK_MODE, Source, Version, VersionKind
from semdiff.sources import Comparison, FilePair, make_source

DIFF_OPTIONS = ("-z", "--raw", "--no-abbrev", "-M", "--no-ext-diff", "--no-textconv", "--no-color")
ABSENT_MODE = "000000"
MIN_GIT = (2, 24)
"""The oldest git semdiff runs with: `--end-of-options` (2.24) keeps a revision that starts with
a dash from being read as an option."""
GIT_MISSING = "git is not installed (no 'git' on PATH)"


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One line of `git diff-* --raw -z`."""

    status: str
    """A, D, M, T, U, R or C."""
    old_mode: str
    new_mode: str
    old_oid: str
    new_oid: str
    old_path: str
    new_path: str
    score: int | None
    """Similarity in percent, for a rename or copy."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a git comparison: a version, and the tree to diff when it is one."""

    version: Version
    tree: str | None = None


def parse_raw(data: bytes) -> list[RawEntry]:
    fields = data.split(b"\0")
    entries = []
    i = 0
    while i < len(fields) and fields[i]:
        old_mode, new_mode, old_oid, new_oid, status = fields[i].decode("ascii")[1:].split(" ")
        old_path = os.fsdecode(fields[i + 1])
        new_path = old_path
        i += 2
        if status[0] in "RC":
            new_path = os.fsdecode(fields[i])
            i += 1
        score = int(status[1:]) if len(status) > 1 else None
        entries.append(
            RawEntry(status[0], old_mode, new_mode, old_oid, new_oid, old_path, new_path, score)
        )
    return entries


def _check_version() -> None:
    """Called when git did not understand its arguments: too old a git says so plainly."""
    done = subprocess.run(["git", "--version"], capture_output=True, check=False)
    words = done.stdout.decode(errors="replace").split()
    version = words[2] if len(words) > 2 and words[:2] == ["git", "version"] else "?"
    numbers = tuple(int(part) for part in version.split(".")[:2] if part.isdigit())
    if len(numbers) == 2 and numbers < MIN_GIT:
        wanted = ".".join(map(str, MIN_GIT))
        raise InputError(f"git {version} is too old: semdiff needs git {wanted} or newer")


class Repository:
    """A git repository, found from the current directory (or `GIT_DIR`/`GIT_WORK_TREE`)."""

    def __init__(self) -> None:
        try:
            self.git_dir = self._git("rev-parse", "--absolute-git-dir").decode().rstrip("\n")
        except InputError as error:
            if str(error) == GIT_MISSING:
                raise
            raise InputError(f"not in a git repository ({error})") from None
        # Fails in a bare repository; works outside the tree when GIT_WORK_TREE names it.
        top = self._git("rev-parse", "--show-toplevel", check=False).decode().rstrip("\n")
        self.top: Path | None = Path(top) if top else None
        self._cat_file: subprocess.Popen[bytes] | None = None
        self._empty_tree: str | None = None

    def __enter__(self) -> Repository:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._cat_file is not None:
            for stream in (self._cat_file.stdin, self._cat_file.stdout):
                if stream is not None:
                    stream.close()
            self._cat_file.wait()
            self._cat_file = None

    @staticmethod
    def _git(*args: str, check: bool = True) -> bytes:
        try:
            done = subprocess.run(["git", *args], capture_output=True, check=False)
        except FileNotFoundError:
            raise InputError(GIT_MISSING) from None
        if check and done.returncode != 0:
            message = done.stderr.decode(errors="replace").strip().splitlines()
            if any("unknown option" in line or line.startswith("usage:") for line in message):
                _check_version()
            raise InputError(
                (message[-1] if message else f"git {args[0]} failed").removeprefix("fatal: ")
            )
        return done.stdout

    def run(self, *args: str, check: bool = True) -> bytes:
        return self._git(*args, check=check)

    @property
    def worktree(self) -> Path:
        if self.top is None:
            raise UsageError("this repository has no working tree: name two revisions")
        return self.top

    def commit(self, rev: str) -> str | None:
        """The full id of the commit `rev` names, or None if it names none."""
        done = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"],
            capture_output=True,
            check=False,
        )
        lines = done.stdout.decode().split()
        if done.returncode == 0 and len(lines) == 1:
            return lines[0]
        _check_version()  # a git without --end-of-options finds no revision at all
        return None

    def need_commit(self, rev: str) -> str:
        if rev.startswith("-"):
            raise UsageError(f"not a revision: {rev!r}")
        commit = self.commit(rev)
        if commit is None:
            raise InputError(f"unknown revision {rev!r}")
        return commit

    def empty_tree(self) -> str:
        if self._empty_tree is None:
            self._empty_tree = self._git("hash-object", "-t", "tree", os.devnull).decode().strip()
        return self._empty_tree

    def blob(self, oid: str) -> bytes:
        """The bytes of one object, through the one `cat-file --batch` process."""
        if self._cat_file is None:
            self._cat_file = subprocess.Popen(
                ["git", "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        stdin, stdout = self._cat_file.stdin, self._cat_file.stdout
        assert stdin is not None and stdout is not None
        stdin.write(oid.encode("ascii") + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        if len(header) != 3:
            raise InputError(f"git object {oid} cannot be read")
        data = _read_exactly(stdout, int(header[2]))
        stdout.read(1)  # the newline after each object
        return data


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise InputError("git cat-file stopped early")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _commit_side(repo: Repository, rev: str, label: str | None = None) -> Side:
    commit = repo.need_commit(rev)
    return Side(Version(label or rev, VersionKind.COMMIT, commit), commit)


def _head_or_empty(repo: Repository) -> Side:
    commit = repo.commit("HEAD")
    if commit is None:  # an unborn branch: everything is new
        return Side(Version("HEAD", VersionKind.EMPTY), repo.empty_tree())
    return Side(Version("HEAD", VersionKind.COMMIT, commit), commit)


INDEX = Side(Version("index", VersionKind.INDEX))
WORKTREE = Side(Version("worktree", VersionKind.WORKTREE))


def sides(repo: Repository, revs: Sequence[str], *, cached: bool) -> tuple[Side, Side]:
    """The two sides `git diff` would compare for these arguments."""
    if len(revs) > 2:
        raise UsageError("at most two revisions")
    if cached and len(revs) == 2:
        raise UsageError("--staged compares one revision (HEAD by default) with the index")
    if len(revs) == 2:
        return _commit_side(repo, revs[0]), _commit_side(repo, revs[1])
    if not revs:
        return (_head_or_empty(repo), INDEX) if cached else (INDEX, WORKTREE)
    rev = revs[0]
    if "..." in rev:
        left, _, right = rev.partition("...")
        new = _commit_side(repo, right or "HEAD")
        left_commit = repo.need_commit(left or "HEAD")
        assert new.tree is not None
        base = repo.run("merge-base", left_commit, new.tree, check=False).decode().strip()
        if not base:
            raise InputError(f"{left or 'HEAD'} and {right or 'HEAD'} have no common ancestor")
        label = f"merge-base of {left or 'HEAD'} and {right or 'HEAD'}"
        old = Side(Version(label, VersionKind.COMMIT, base), base)
    elif ".." in rev:
        left, _, right = rev.partition("..")
        old, new = _commit_side(repo, left or "HEAD"), _commit_side(repo, right or "HEAD")
    else:
        return _commit_side(repo, rev), INDEX if cached else WORKTREE
    if cached:
        raise UsageError("--staged takes a single revision, not a range")
    return old, new


def parent_side(repo: Repository, rev: str, commit: str) -> Side:
    """The first parent of a commit, or the empty tree for a root commit."""
    parents = repo.run("rev-list", "--parents", "-n", "1", commit).decode().split()[1:]
    if not parents:
        return Side(Version("empty tree", VersionKind.EMPTY), repo.empty_tree())
    return Side(Version(f"{rev}^", VersionKind.COMMIT, parents[0]), parents[0])


def raw_diff(repo: Repository, old: Side, new: Side, paths: Sequence[str]) -> list[RawEntry]:
    kinds = (old.version.kind, new.version.kind)
    if kinds == (VersionKind.INDEX, VersionKind.WORKTREE):
        args = ["diff-files", *DIFF_OPTIONS]
    elif new.version.kind is VersionKind.WORKTREE:
        assert old.tree is not None
        args = ["diff-index", *DIFF_OPTIONS, old.tree]
    elif new.version.kind is VersionKind.INDEX:
        assert old.tree is not None
        # Files added with `git add -N` are not in the index yet, as `git diff --cached` says.
        args = ["diff-index", "--cached", "--ita-invisible-in-index", *DIFF_OPTIONS, old.tree]
    else:
        assert old.tree is not None and new.tree is not None
        args = ["diff-tree", "-r", *DIFF_OPTIONS, old.tree, new.tree]
    return parse_raw(repo.run(*args, "--", *paths))


def untracked(repo: Repository, paths: Sequence[str]) -> list[str]:
    out = repo.run("ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", *paths)
    # A nested repository shows as its directory (`sub/`): not a file to compare.
    return sorted(
        os.fsdecode(name) for name in out.split(b"\0") if name and not name.endswith(b"/")
    )


class _Reader:
    """Reads one side of each entry: a blob, or a file of the working tree."""

    def __init__(self, repo: Repository, language: str | None) -> None:
        self.repo = repo
        self.language = language

    def source(self, path: str, mode: str, oid: str, *, worktree: bool) -> Source | None:
        if mode == ABSENT_MODE:
            return None
        known = bool(oid.strip("0"))
        if worktree and not (known and (mode == SUBMODULE_MODE or not self._on_disk(path))):
            # git gives an id for a working-tree file whose index entry matches it; read from
            # the object store only what is not on disk (outside a sparse checkout).
            return self._from_worktree(path, mode)
        if mode == SUBMODULE_MODE:
            data = _subproject(oid, dirty=worktree and self._dirty(path))
        else:
            data = self.repo.blob(oid)
        return make_source(path, data, language=self.language, mode=mode, blob=oid)

    def _dirty(self, path: str) -> bool:
        """Whether a checked-out submodule has changes of its own, as `git diff` shows them
        (`-dirty`): the raw listing gives it with its commit unchanged, and only git's patch
        says why (modified files count; untracked ones do not, nor what git is told to
        ignore)."""
        patch = self.repo.run(
            "diff-files",
            "-p",
            "--submodule=short",
            "--no-ext-diff",
            "--no-textconv",
            "--no-color",
            "--",
            f":(top,literal){path}",
        )
        return any(
            line.startswith(b"+Subproject commit ") and line.endswith(b"-dirty")
            for line in patch.splitlines()
        )

    def _on_disk(self, path: str) -> bool:
        return os.path.lexists(self.repo.worktree / path)

    def _from_worktree(self, path: str, mode: str) -> Source:
        full = self.repo.worktree / path
        try:
            if mode == SYMLINK_MODE:
                data = os.fsencode(os.readlink(full))
            elif mode == SUBMODULE_MODE:
                # `rev-parse` in an empty (not checked out) submodule would answer for the
                # repository around it: ask only a checked-out one.
                if not (full / ".git").exists():
                    raise InputError(f"{path}: submodule is not checked out")
                head = Repository._git("-C", str(full), "rev-parse", "HEAD").decode().strip()
                data = _subproject(head, dirty=self._dirty(path))
            else:
                data = full.read_bytes()
        except OSError as error:
            raise InputError(f"{path}: {error.strerror or error}") from None
        return make_source(path, data, language=self.language, mode=mode, location=str(full))


def _subproject(commit: str, *, dirty: bool) -> bytes:
    """A submodule's text, as `git diff` shows it: its commit, `-dirty` when its working tree
    has changes of its own."""
    return f"Subproject commit {commit}{'-dirty' if dirty else ''}\n".encode()


def _split_arguments(repo: Repository, args: Sequence[str]) -> tuple[list[str], list[str]]:
    """Without `--`, git reads an argument that names no revision but an existing file as a
    path: `semdiff git src/app.py` works as `git diff src/app.py` does."""
    revs: list[str] = []
    paths: list[str] = []
    for arg in args:
        if paths or (not _is_revision(repo, arg) and os.path.lexists(arg)):
            paths.append(arg)
        else:
            revs.append(arg)
    return revs, paths


def _is_revision(repo: Repository, arg: str) -> bool:
    for dots in ("...", ".."):
        if dots in arg:
            left, _, right = arg.partition(dots)
            return all(repo.commit(side or "HEAD") is not None for side in (left, right))
    return repo.commit(arg) is not None


def commit_header(rev: str) -> str:
    """The commit's header and message, as `git show` prints them above its diff."""
    with Repository() as repo:
        return header_of(repo, repo.need_commit(rev))


def header_of(repo: Repository, commit: str) -> str:
    """A commit's header and message as `git show` prints them, from its full id."""
    return repo.run(
        "show",
        "-s",
        "--no-color",
        "--no-decorate",
        "--no-show-signature",
        "--pretty=medium",
        commit,
    ).decode(errors="replace")


def compare_revisions(
    args: Sequence[str],
    *,
    cached: bool = False,
    paths: Sequence[str] | None = None,
    include_untracked: bool = False,
    language: str | None = None,
    show: bool = False,
) -> Comparison:
    """What `semdiff git ARGS -- PATHS` (or, with `show`, `semdiff show REV`) compares.

    `paths` is None when the command line had no `--`: then `args` may hold paths too."""
    with Repository() as repo:
        revs = list(args)
        if paths is None:
            revs, paths = _split_arguments(repo, args)
        if show:
            return compare_commit(repo, revs[0] if revs else "HEAD", paths, language)
        old, new = sides(repo, revs, cached=cached)
        return _compare(
            repo, old, new, paths, include_untracked=include_untracked, language=language
        )


def compare_commit(
    repo: Repository, rev: str, paths: Sequence[str], language: str | None
) -> Comparison:
    """One commit against its first parent (a root commit against nothing), as `semdiff show`
    compares it; `semdiff log` calls it once per commit with the same repository, so that one
    `cat-file --batch` process serves the whole history."""
    new = _commit_side(repo, rev)
    assert new.version.rev is not None
    old = parent_side(repo, new.version.label, new.version.rev)
    return _compare(repo, old, new, paths, include_untracked=False, language=language)


def _compare(
    repo: Repository,
    old: Side,
    new: Side,
    paths: Sequence[str],
    *,
    include_untracked: bool,
    language: str | None,
) -> Comparison:
    reader = _Reader(repo, language)
    in_worktree = new.version.kind is VersionKind.WORKTREE
    pairs: list[FilePair] = []
    unmerged: list[str] = []
    for entry in raw_diff(repo, old, new, paths):
        if entry.status == "U":
            unmerged.append(entry.new_path)
            continue
        old_source = reader.source(entry.old_path, entry.old_mode, entry.old_oid, worktree=False)
        new_source = reader.source(
            entry.new_path, entry.new_mode, entry.new_oid, worktree=in_worktree
        )
        if (
            old_source is not None
            and new_source is not None
            and entry.status == "M"
            and old_source.data == new_source.data
            and entry.old_mode == entry.new_mode
        ):
            continue  # only the file's timestamps changed: git had not looked yet
        similarity = entry.score / 100 if entry.status in "RC" and entry.score is not None else None
        pairs.append(FilePair(old_source, new_source, similarity))
    left_out = 0
    if in_worktree:
        names = untracked(repo, paths)
        if include_untracked:
            pairs.extend(
                FilePair(None, reader.source(name, _worktree_mode(repo, name), "", worktree=True))
                for name in names
            )
        else:
            left_out = len(names)
    pairs.sort(key=lambda p: (p.new or p.old).path)  # type: ignore[union-attr]
    return Comparison(
        tuple(pairs),
        old.version,
        new.version,
        untracked_left_out=left_out,
        unmerged=tuple(sorted(set(unmerged))),
        repository=str(repo.top) if repo.top is not None else repo.git_dir,
    )


def _worktree_mode(repo: Repository, path: str) -> str:
    mode = (repo.worktree / path).lstat().st_mode
    if stat.S_ISLNK(mode):
        return SYMLINK_MODE
    return "100755" if mode & stat.S_IXUSR else "100644"
