"""Where the two versions come from: two files, or two directories walked in parallel.

Each side of a file becomes a `Source`: bytes, decoded text, lines, detected language.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from semdiff.errors import InputError, UsageError
from semdiff.languages import detect_language
from semdiff.model import NOT_SOURCE_MODES, Source, Version, VersionKind

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
    pairs, identical = file_pairs(old, new, language=language)
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


def file_pairs(old: Path, new: Path, *, language: str | None = None) -> tuple[list[FilePair], int]:
    """The file pairs to compare for `semdiff OLD NEW`, and how many were byte-identical.

    Like diff(1), a file compared with a directory means the file of the same name in it.
    """
    if str(old) == os.devnull or str(new) == os.devnull:
        return _one_sided(old, new, language)
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
        return [], 1
    # The new name decides the language, as the user reads the new version.
    lang = (
        language
        if language is not None
        else detect_language(new.as_posix(), new_data) or detect_language(old.as_posix(), old_data)
    )
    return [
        FilePair(
            make_source(old.as_posix(), old_data, language=lang, location=str(old)),
            make_source(new.as_posix(), new_data, language=lang, location=str(new)),
        )
    ], 0


def _walk(root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for directory, dirnames, filenames in os.walk(root, onerror=_raise_walk_error):
        dirnames[:] = sorted(name for name in dirnames if name not in SKIPPED_DIRECTORIES)
        for name in filenames:
            full = Path(directory) / name
            found[full.relative_to(root).as_posix()] = full
    return found


def _raise_walk_error(error: OSError) -> None:
    raise InputError(f"{error.filename}: {error.strerror or error}")


def detect_renames(pairs: list[FilePair]) -> list[FilePair]:
    """Pair files that exist only in the old tree with files only in the new one when their
    texts are alike enough; keep the rest as they are, in path order."""
    from rapidfuzz.distance import Indel  # noqa: PLC0415 (only directory diffs need it)

    olds = [p.old for p in pairs if p.new is None and p.old is not None and _has_text(p.old)]
    news = [p.new for p in pairs if p.old is None and p.new is not None and _has_text(p.new)]
    if not olds or not news:
        return pairs
    everything = len(olds) * len(news) <= MAX_RENAME_COMPARISONS
    scored: list[tuple[float, str, str, Source, Source]] = []
    for old in olds:
        for new in news:
            same_stem = _stem(old.path) == _stem(new.path)
            if not everything and not same_stem:
                continue
            shorter, longer = sorted((len(old.lines), len(new.lines)))
            if longer and shorter < longer * min(RENAME_SIMILARITY, SAME_STEM_SIMILARITY):
                continue
            similarity = float(Indel.normalized_similarity(old.lines, new.lines))
            if similarity >= (SAME_STEM_SIMILARITY if same_stem else RENAME_SIMILARITY):
                scored.append((similarity, old.path, new.path, old, new))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    renamed: dict[str, FilePair] = {}
    taken: set[str] = set()
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


def _has_text(source: Source) -> bool:
    """Empty files (`__init__.py`) are all alike: as git does, never call one a rename."""
    return not source.is_binary and any(line.strip() for line in source.lines)


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
) -> tuple[list[FilePair], int]:
    old_files = _walk(old_root)
    new_files = _walk(new_root)
    pairs: list[FilePair] = []
    identical = 0
    for path in sorted(set(old_files) | set(new_files)):
        old_data = read_bytes(old_files[path]) if path in old_files else None
        new_data = read_bytes(new_files[path]) if path in new_files else None
        if old_data is not None and old_data == new_data:
            identical += 1
            continue
        old_source = new_source = None
        if old_data is not None:
            old_source = make_source(
                path, old_data, language=language, location=str(old_files[path])
            )
        if new_data is not None:
            new_source = make_source(
                path, new_data, language=language, location=str(new_files[path])
            )
        pairs.append(FilePair(old_source, new_source))
    return detect_renames(pairs), identical
