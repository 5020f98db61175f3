"""`--ignore-comments` and `-w`: the changes a reviewer asked not to read, and the report
without them.

Only an entity whose whole change is comments (or whitespace) is left out: one renamed,
moved or changed in its code as well stays, whatever else changed in it. In a language where
indentation is syntax (`indentation_is_syntax`), a change of a line's indentation is a code
change, so `-w` keeps it; so does `--ignore-comments`, since fingerprints without token
depths (YAML, Haskell) can call a re-indented line next to an edited comment "comments only".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from semdiff.languages import spec_by_name
from semdiff.model import Change, DiffReport, FileDiff, FileStatus, Flag, Hunk, Status


@dataclass(frozen=True, slots=True)
class Ignoring:
    """What to leave out."""

    comments: bool = False
    whitespace: bool = False

    def __bool__(self) -> bool:
        return self.comments or self.whitespace

    @property
    def flags(self) -> frozenset[Flag]:
        return frozenset(
            flag
            for flag, wanted in (
                (Flag.COMMENT_ONLY, self.comments),
                (Flag.WHITESPACE_ONLY, self.whitespace),
            )
            if wanted
        )


def ignored_changes(report: DiffReport, ignoring: Ignoring) -> dict[str, Flag]:
    """The ids of the changes to leave out, each with the flag that lets it go."""
    wanted = ignoring.flags
    left_out: dict[str, Flag] = {}
    for change in report.changes:
        if change.status is not Status.MODIFIED or len(change.flags) != 1:
            continue
        flag = change.flags[0]
        if flag in wanted and not _indentation_changed(change):
            left_out[change.id] = flag
    return left_out


def without(report: DiffReport, left_out: Mapping[str, Flag]) -> DiffReport:
    """The report as if the left-out changes were not there: a file with nothing else left
    goes too, with its unchanged entities, so that the totals and `--exit-code` see only
    what is still shown."""
    if not left_out:
        return report
    changes = {change.id: change for change in report.changes}
    files = []
    gone: set[str] = set()
    for file in report.files:
        kept = tuple(i for i in file.change_ids if i not in left_out)
        if _nothing_left(file, kept, changes):
            gone.add(file.id)
            continue
        files.append(replace(file, change_ids=kept))
    return replace(
        report,
        files=tuple(files),
        changes=tuple(
            change
            for change in report.changes
            if change.id not in left_out and change.file_id not in gone
        ),
    )


def left_out_note(left_out: Mapping[str, Flag]) -> str:
    """`3 entities left out (2 comments only, 1 whitespace only)`, or '' for none."""
    if not left_out:
        return ""
    counts = Counter(left_out.values())
    total = len(left_out)
    parts = [
        f"{counts[flag]} {words}"
        for flag, words in (
            (Flag.COMMENT_ONLY, "comments only"),
            (Flag.WHITESPACE_ONLY, "whitespace only"),
        )
        if counts[flag]
    ]
    return f"{total} {'entity' if total == 1 else 'entities'} left out ({', '.join(parts)})"


def _nothing_left(file: FileDiff, kept: tuple[str, ...], changes: Mapping[str, Change]) -> bool:
    if file.status is not FileStatus.MODIFIED or file.fallback is not None:
        return False
    modes = {side.source.mode for side in (file.old, file.new) if side is not None}
    return len(modes) == 1 and all(changes[i].status is Status.UNCHANGED for i in kept)


def _indentation_changed(change: Change) -> bool:
    entity = change.new or change.old
    assert entity is not None
    if not spec_by_name(entity.language).indentation_is_syntax:
        return False
    return _reindented(change.shown_hunks, whole=Flag.WHITESPACE_ONLY in change.flags)


def _reindented(hunks: Iterable[Hunk], *, whole: bool) -> bool:
    """Whether a line's indentation changed: a line found among both the removed and the
    added lines, spaces aside, must keep its indentation. With `whole` (a whitespace-only
    change) the removed and added lines must also be the same lines, spaces aside: otherwise
    lines were split or joined, which may change what a block holds."""
    removed: Counter[tuple[str, str]] = Counter()
    added: Counter[tuple[str, str]] = Counter()
    for hunk in hunks:
        for line in hunk.lines:
            if line.op == " ":
                continue
            text = line.text.rstrip("\r\n")
            words = "".join(text.split())
            if not words:
                continue  # a blank line says nothing about blocks
            indent = text[: len(text) - len(text.lstrip())]
            (removed if line.op == "-" else added)[(words, indent)] += 1
    old = _by_words(removed)
    new = _by_words(added)
    if whole and Counter({w: sum(i.values()) for w, i in old.items()}) != Counter(
        {w: sum(i.values()) for w, i in new.items()}
    ):
        return True
    return any(old[words] != new[words] for words in old.keys() & new.keys())


def _by_words(lines: Counter[tuple[str, str]]) -> dict[str, Counter[str]]:
    grouped: dict[str, Counter[str]] = {}
    for (words, indent), count in lines.items():
        grouped.setdefault(words, Counter())[indent] += count
    return grouped
