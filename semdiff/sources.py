"""Where the two versions come from: two files, or two directories walked in parallel.

Each side of a file becomes a `Source`: bytes, decoded text, lines, detected language.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from semdiff.errors import InputError, UsageError
from semdiff.languages import detect_language
from semdiff.model import NOT_SOURCE_MODES, SYMLINK_MODE, Source, Version, VersionKind

SKIPPED_DIRECTORIES = frozenset({".git", ".hg", ".svn"})
"""Version-control metadata: never part of what a user means by comparing two trees."""


RENAME_SIMILARITY = 0.5
"""Two files, one only old and one only new, are one renamed file when at least this share of
their lines agree (git's default threshold for rename detection)."""
SAME_STEM_SIMILARITY = 0.3
"""The threshold for files in one directory that differ only in extension (`cart.js` →
`cart.ts`): a conversion rewrites many lines but keeps the file."""
MAX_RENAME_COMPARISONS = 2500
"""Beyond this many old × new candidates, only files of the same stem are compared."""


@dataclass(frozen=True, slots=True)
class FilePair:
    old: Source | None
    new: Source | None
    similarity: float | None = None
    """Set for a renamed file: how alike the two texts are."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """What to compare, as the readers found it: the file pairs that differ, and the context
    the report states about them."""

    pairs: tuple[FilePair, ...]
    old: Version
    new: Version
    identical_files: int = 0
    """File pairs left out because their bytes are equal."""
    untracked_left_out: int = 0
    unmerged: tuple[str, ...] = ()
    repository: str | None = None
    special_left_out: tuple[str, ...] = ()
    """Entries of compared trees that are neither files, directories nor symbolic links (a
    FIFO, a socket, a device): nothing to read, so not compared; the command line says so."""


def split_lines(text: str) -> tuple[str, ...]:
    """Lines with their newline kept, so joining them gives `text` back."""
    if not text:
        return ()
    lines = text.split("\n")
    last = lines.pop()
    result = [line + "\n" for line in lines]
    if last:
        result.append(last)
    return tuple(result)


def make_source(
    path: str,
    data: bytes,
    *,
    language: str | None = None,
    location: str | None = None,
    mode: str | None = None,
    blob: str | None = None,
) -> Source:
    """Decode `data`. NUL bytes mean binary; invalid UTF-8 is replaced and noted."""
    if b"\0" in data:
        return Source(
            path, data, "", (), None, is_binary=True, location=location, mode=mode, blob=blob
        )
    if mode in NOT_SOURCE_MODES:
        language = None
    elif language is None:
        language = detect_language(path, data)
    note = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        note = f"invalid UTF-8 at byte {error.start}, decoded with replacement characters"
    return Source(
        path,
        data,
        text,
        split_lines(text),
        language,
        decode_note=note,
        location=location,
        mode=mode,
        blob=blob,
    )


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file. The checks run on the open descriptor, not on the path,
    so a file swapped for a FIFO or a directory between a stat and the read is refused rather
    than blocking or failing later; O_NONBLOCK keeps opening a FIFO from waiting for a writer."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"{path}: dangling symbolic link") from None
        raise InputError(f"{path}: no such file or directory") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(f"{path}: not a regular file or directory")
        with os.fdopen(fd, "rb", closefd=False) as file:
            return file.read()
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    finally:
        os.close(fd)


def _check_exists(path: Path) -> None:
    if not path.exists() and not path.is_symlink():
        raise InputError(f"{path}: no such file or directory")


def compare_paths(
    old: Path, new: Path, *, language: str | None = None, labels: Sequence[str] = ()
) -> Comparison:
    """What `semdiff OLD NEW` compares: two files, two directories, or a file and `/dev/null`.

    `labels` (one for both sides, or one each) name the sides instead of their paths, as
    `diff --label` does: for the temporary files of `git difftool`, the name in the repository.
    """
    if len(labels) > 2:
        raise UsageError("--label is given once (both sides) or twice (old, then new)")
    pairs, identical, special = file_pairs(old, new, language=language)
    kind = VersionKind.DIRECTORY if old.is_dir() and new.is_dir() else VersionKind.FILE
    old_label, new_label = old.as_posix(), new.as_posix()
    if labels:
        old_label, new_label = labels[0], labels[-1]
        if kind is VersionKind.FILE:
            pairs = [_relabel(pair, old_label, new_label, language) for pair in pairs]
    return Comparison(
        tuple(pairs),
        Version(old_label, kind),
        Version(new_label, kind),
        identical_files=identical,
        special_left_out=tuple(special),
    )


def _relabel(pair: FilePair, old_label: str, new_label: str, language: str | None) -> FilePair:
    lang = (
        language
        or detect_language(new_label, pair.new.data if pair.new else b"")
        or detect_language(old_label, pair.old.data if pair.old else b"")
    )
    old = pair.old and replace(pair.old, path=old_label, language=_language(pair.old, lang))
    new = pair.new and replace(pair.new, path=new_label, language=_language(pair.new, lang))
    return FilePair(old, new, pair.similarity)


def _language(source: Source, language: str | None) -> str | None:
    return None if source.is_binary else language


def file_pairs(
    old: Path, new: Path, *, language: str | None = None
) -> tuple[list[FilePair], int, list[str]]:
    """The file pairs to compare for `semdiff OLD NEW`, how many were byte-identical, and the
    special files of compared trees that were left out.

    Like diff(1), a file compared with a directory means the file of the same name in it.
    """
    if str(old) == os.devnull or str(new) == os.devnull:
        return (*_one_sided(old, new, language), [])
    _check_exists(old)
    _check_exists(new)
    if old.is_dir() and new.is_dir():
        return _directory_pairs(old, new, language)
    if old.is_dir():
        old = old / new.name
    elif new.is_dir():
        new = new / old.name
    old_data = read_bytes(old)
    new_data = read_bytes(new)
    if old_data == new_data:
        return [], 1, []
    # The new name decides the language, as the user reads the new version.
    lang = (
        language
        if language is not None
        else detect_language(new.as_posix(), new_data) or detect_language(old.as_posix(), old_data)
    )
    return (
        [
            FilePair(
                make_source(old.as_posix(), old_data, language=lang, location=str(old)),
                make_source(new.as_posix(), new_data, language=lang, location=str(new)),
            )
        ],
        0,
        [],
    )


@dataclass(frozen=True, slots=True)
class _Entry:
    """One entry of a compared tree that is not a directory."""

    path: Path
    kind: str
    """"file" (or a link to one), "link" (a link that leads to no file) or "special" (a FIFO, a
    socket, a device)."""


def _walk(root: Path) -> dict[str, _Entry]:
    """Every entry below `root` but directories, by relative path. A symbolic link to a file
    is followed (`git difftool --dir-diff` links the working tree's files in); one that cannot
    be (dangling, a loop, a directory, a FIFO) is read as git stores a link: its target's
    path is its content."""
    found: dict[str, _Entry] = {}
    for directory, dirnames, filenames in os.walk(root, onerror=_raise_walk_error):
        names = list(filenames)
        for name in dirnames:  # a link to a directory is listed among them, not entered
            if os.path.islink(os.path.join(directory, name)):
                names.append(name)
        dirnames[:] = sorted(
            name for name in dirnames if name not in SKIPPED_DIRECTORIES and name not in names
        )
        for name in names:
            full = Path(directory) / name
            found[full.relative_to(root).as_posix()] = _Entry(full, _kind(full))
    return found


def _kind(path: Path) -> str:
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            try:
                return "file" if stat.S_ISREG(os.stat(path).st_mode) else "link"
            except OSError:  # dangling, a loop, a target we may not see
                return "link"
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return "file" if stat.S_ISREG(mode) else "special"


def _source(path: str, side: tuple[_Entry, bytes] | None, language: str | None) -> Source | None:
    if side is None:
        return None
    entry, data = side
    if entry.kind == "link":
        return make_source(path, data, location=str(entry.path), mode=SYMLINK_MODE)
    return make_source(path, data, language=language, location=str(entry.path))


def _read_entry(entry: _Entry) -> bytes:
    if entry.kind == "link":
        try:
            return os.fsencode(os.readlink(entry.path))
        except OSError as error:
            raise InputError(f"{entry.path}: {error.strerror or error}") from None
    return read_bytes(entry.path)


def _raise_walk_error(error: OSError) -> None:
    raise InputError(f"{error.filename}: {error.strerror or error}")


def detect_renames(pairs: list[FilePair]) -> list[FilePair]:
    """Pair files that exist only in the old tree with files only in the new one when their
    texts are alike enough; keep the rest as they are, in path order."""
    from rapidfuzz.distance import Indel  # noqa: PLC0415 (only directory diffs need it)

    olds = [p.old for p in pairs if p.new is None and p.old is not None and _pairable(p.old)]
    news = [p.new for p in pairs if p.old is None and p.new is not None and _pairable(p.new)]
    if not olds or not news:
        return pairs
    renamed: dict[str, FilePair] = {}
    taken: set[str] = set()
    # The same bytes are the same file, binary or not, however many files there are (git
    # finds exact renames without a limit too): each old file takes the first such new file
    # in path order.
    same_data: dict[bytes, list[Source]] = {}
    for new in sorted(news, key=_path):
        same_data.setdefault(new.data, []).append(new)
    for old in sorted(olds, key=_path):
        twins = same_data.get(old.data)
        if twins:
            new = twins.pop(0)
            renamed[old.path] = FilePair(old, new, 1.0)
            taken.add(new.path)
    olds = [old for old in olds if old.path not in renamed and _has_text(old)]
    news = [new for new in news if new.path not in taken and _has_text(new)]
    scored: list[tuple[float, str, str, Source, Source]] = []
    for old, new, same_stem in _rename_candidates(olds, news):
        shorter, longer = sorted((len(old.lines), len(new.lines)))
        if longer and shorter < longer * min(RENAME_SIMILARITY, SAME_STEM_SIMILARITY):
            continue
        similarity = float(Indel.normalized_similarity(old.lines, new.lines))
        if similarity >= (SAME_STEM_SIMILARITY if same_stem else RENAME_SIMILARITY):
            scored.append((similarity, old.path, new.path, old, new))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    for similarity, old_path, new_path, old, new in scored:
        if old_path not in renamed and new_path not in taken:
            renamed[old_path] = FilePair(old, new, round(similarity, 4))
            taken.add(new_path)
    result = []
    for pair in pairs:
        if pair.new is None and pair.old is not None and pair.old.path in renamed:
            result.append(renamed[pair.old.path])
        elif not (pair.old is None and pair.new is not None and pair.new.path in taken):
            result.append(pair)
    return sorted(result, key=lambda p: (p.new or p.old).path)  # type: ignore[union-attr]


def _rename_candidates(
    olds: Sequence[Source], news: Sequence[Source]
) -> Iterator[tuple[Source, Source, bool]]:
    """The pairs worth comparing, each with whether it is of the same stem. Every pair when
    there are few; beyond `MAX_RENAME_COMPARISONS`, the files of the same stem and those of
    the same name in another directory (a package moved), found by name rather than by
    looking at every pair (13,000 files a side are 170 million pairs)."""
    if len(olds) * len(news) <= MAX_RENAME_COMPARISONS:
        for old in olds:
            for new in news:
                yield old, new, _stem(old.path) == _stem(new.path)
        return
    by_stem: dict[str, list[Source]] = {}
    by_name: dict[str, list[Source]] = {}
    for new in news:
        by_stem.setdefault(_stem(new.path), []).append(new)
        by_name.setdefault(_name(new.path), []).append(new)
    for old in olds:
        stem = _stem(old.path)
        for new in by_stem.get(stem, ()):
            yield old, new, True
        for new in by_name.get(_name(old.path), ()):
            if _stem(new.path) != stem:
                yield old, new, False


def _pairable(source: Source) -> bool:
    return (source.is_binary and bool(source.data)) or _has_text(source)


def _has_text(source: Source) -> bool:
    """Empty files (`__init__.py`) are all alike: as git does, never call one a rename."""
    return not source.is_binary and any(line.strip() for line in source.lines)


def _path(source: Source) -> str:
    return source.path


def _name(path: str) -> str:
    return path.rpartition("/")[2]


def _stem(path: str) -> str:
    head, _, name = path.rpartition("/")
    return f"{head}/{name.split('.', 1)[0]}"


def _one_sided(old: Path, new: Path, language: str | None) -> tuple[list[FilePair], int]:
    """`/dev/null` on one side, as git and diff(1) use it: the file is added (or removed)."""
    if str(old) == os.devnull and str(new) == os.devnull:
        return [], 0
    present = new if str(old) == os.devnull else old
    _check_exists(present)
    if present.is_dir():
        raise InputError(f"{present}: a directory cannot be compared with {os.devnull}")
    source = make_source(
        present.as_posix(), read_bytes(present), language=language, location=str(present)
    )
    pair = FilePair(None, source) if present is new else FilePair(source, None)
    return [pair], 0


def _directory_pairs(
    old_root: Path, new_root: Path, language: str | None = None
) -> tuple[list[FilePair], int, list[str]]:
    old_files = _walk(old_root)
    new_files = _walk(new_root)
    pairs: list[FilePair] = []
    identical = 0
    special: list[str] = []
    for path in sorted(set(old_files) | set(new_files)):
        read: list[tuple[_Entry, bytes] | None] = []
        for entry in (old_files.get(path), new_files.get(path)):
            if entry is not None and entry.kind == "special":
                special.append(str(entry.path))
            if entry is None or entry.kind == "special":
                read.append(None)
            else:
                read.append((entry, _read_entry(entry)))
        old, new = read
        if old is not None and new is not None and (old[0].kind, old[1]) == (new[0].kind, new[1]):
            identical += 1
        elif old is not None or new is not None:
            pairs.append(FilePair(_source(path, old, language), _source(path, new, language)))
    return detect_renames(pairs), identical, special
