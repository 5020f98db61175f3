"""git's external-diff calling convention: semdiff as `diff.external`, `GIT_EXTERNAL_DIFF` or
a `.gitattributes` driver.

git appends to the configured command either
    path old-file old-hex old-mode new-file new-hex new-mode            (7 arguments)
    ... other-path                                                      (8: mode-only, --no-index)
    ... other-path header                                               (9: the paths differ)
or, for an unmerged path, only `path`. The files may be temporary (gone once the driver
exits) or the working-tree file itself (hex all zeros); `/dev/null` with `.` for hex and mode
marks an added or deleted side. The 9-argument form is a rename or copy only when its header
says so: `git diff --no-index a b` sends 9 arguments for any two files.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from semdiff.model import SYMLINK_MODE, PathPosition, Source, Version, VersionKind
from semdiff.sources import Comparison, FilePair, make_source, read_bytes

_HEX = re.compile(r"(?:[0-9a-f]{40}|[0-9a-f]{64}|\.)\Z")
_MODE = re.compile(r"(?:[0-7]{6}|\.)\Z")
_RENAME = re.compile(r"^(?:rename|copy) from ", re.MULTILINE)
_SIMILARITY = re.compile(r"^similarity index (\d+)%", re.MULTILINE)
GIT_ENVIRONMENT = "GIT_DIFF_PATH_TOTAL"
"""Set by git for every external-diff call: tells the one-argument (unmerged) form from a
stray single argument."""


@dataclass(frozen=True, slots=True)
class DriverCall:
    """One call from git: the options the user configured, then git's arguments."""

    options: list[str]
    path: str
    files: tuple[str, str] = ("", "")
    hexes: tuple[str, str] = (".", ".")
    modes: tuple[str, str] = (".", ".")
    other_path: str | None = None
    header: str = ""

    @property
    def unmerged(self) -> bool:
        return not self.files[0]

    @property
    def renamed(self) -> bool:
        return self.other_path is not None and _RENAME.search(self.header) is not None

    @property
    def position(self) -> PathPosition | None:
        """Which of the files git diffs this call is, when git says."""
        counter = os.environ.get("GIT_DIFF_PATH_COUNTER", "")
        total = os.environ.get(GIT_ENVIRONMENT, "")
        if not (counter.isdigit() and total.isdigit()):
            return None
        return PathPosition(int(counter), int(total))


def _is_call(tail: Sequence[str]) -> bool:
    return all(_HEX.match(tail[i]) for i in (2, 5)) and all(_MODE.match(tail[i]) for i in (3, 6))


def detect(args: Sequence[str], environ: Mapping[str, str]) -> DriverCall | None:
    """The call git made, if `args` ends with one of its argument forms."""
    for count in (9, 8, 7):
        if len(args) < count:
            continue
        tail = args[len(args) - count :]
        if not _is_call(tail):
            continue
        return DriverCall(
            options=list(args[: len(args) - count]),
            path=tail[0],
            files=(tail[1], tail[4]),
            hexes=(tail[2], tail[5]),
            modes=(tail[3], tail[6]),
            other_path=tail[7] if count >= 8 else None,
            header=tail[8] if count == 9 else "",
        )
    if GIT_ENVIRONMENT in environ and _positionals(args) == [args[-1]]:
        return DriverCall(options=list(args[:-1]), path=args[-1])
    return None


VALUE_OPTIONS = frozenset(
    {
        "--format",
        "-f",
        "--color",
        "--unified",
        "-U",
        "--language",
        "--label",
        "--max-size",
        "--rename-threshold",
        "--entity",
        "--hunk",
        "--lines",
        "--display",
    }
)
"""Options followed by a value: what tells `semdiff --label x a b` (difftool, run with git's
environment) from the one-argument unmerged form."""
FLAG_OPTIONS = frozenset(
    {
        "--summary",
        "-s",
        "--include-unchanged",
        "--explain",
        "--exit-code",
        "--for-reverse",
        "--with-report",
        "--ignore-comments",
        "--ignore-whitespace",
        "-w",
        "--version",
        "--debug",
        "--help",
        "-h",
    }
)


def _positionals(args: Sequence[str]) -> list[str]:
    """The arguments that are not options: a path git passes may itself start with `-`."""
    found = []
    skip = False
    for arg in args:
        name = arg.split("=", 1)[0]
        if skip:
            skip = False
        elif name in VALUE_OPTIONS:
            skip = "=" not in arg
        elif arg in FLAG_OPTIONS or (arg[:2] in ("-U", "-f") and len(arg) > 2):
            continue
        else:
            found.append(arg)
    return found


def comparison(call: DriverCall, *, language: str | None = None) -> Comparison:
    new_path = call.other_path or call.path
    old_version = Version(f"a/{call.path}", VersionKind.FILE)
    new_version = Version(f"b/{new_path}", VersionKind.FILE)
    if call.unmerged:
        return Comparison((), old_version, new_version, unmerged=(call.path,))
    old = _side(call.path, call.files[0], call.hexes[0], call.modes[0], language)
    new = _side(new_path, call.files[1], call.hexes[1], call.modes[1], language)
    similarity = None
    if call.renamed:
        found = _SIMILARITY.search(call.header)
        similarity = int(found.group(1)) / 100 if found else 1.0
    pairs = () if old is None and new is None else (FilePair(old, new, similarity),)
    return Comparison(pairs, old_version, new_version)


def _side(path: str, file: str, hex_id: str, mode: str, language: str | None) -> Source | None:
    if file == os.devnull and hex_id == ".":
        return None
    location = Path(file)
    if mode == SYMLINK_MODE and location.is_symlink():
        data = os.fsencode(os.readlink(location))  # a working-tree link: its target is its text
    else:
        data = read_bytes(location)
    in_worktree = set(hex_id) == {"0"}
    return make_source(
        path,
        data,
        language=language,
        location=str(location.resolve()) if in_worktree else None,
        mode=None if mode == "." else mode,
        blob=None if in_worktree or hex_id == "." else hex_id,
    )
