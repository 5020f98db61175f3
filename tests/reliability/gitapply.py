"""A pure-Python `git apply` for the text patches semdiff writes, so that the staging property
(checks.py, `g`) runs hundreds of applications in a second instead of hundreds of processes.

It places hunks as git's apply.c does, which is what matters here: the preimage (context and
removed lines) must match byte for byte; a hunk whose old start is 0 or 1 must match at the
beginning of the file, one without trailing context at its end (so a hunk with no context at
all can only insert at the end); otherwise the search starts at the hunk's new start and tries
each line after and before it in turn, nearest first. No fuzz: git reduces context only when
told to (`-C`). Binary patches are not read (an entity patch never holds one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from semdiff.sources import split_lines

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    """The patch does not apply (git apply would refuse it), or is not one this reads."""


@dataclass(frozen=True)
class _Hunk:
    old_start: int
    new_start: int
    lines: tuple[tuple[str, str], ...]
    """(op, line with its newline, or without one at the end of a file)."""


@dataclass(frozen=True)
class _FilePatch:
    old_path: str | None
    new_path: str | None
    hunks: tuple[_Hunk, ...]


def _unquote(path: str) -> str:
    if path.startswith('"'):
        body = path[1:-1]
        return body.encode("latin-1", "backslashreplace").decode("unicode_escape")
    return path


def _path(header: str) -> str | None:
    name = _unquote(header.split("\t", maxsplit=1)[0])
    if name == "/dev/null":
        return None
    return name[2:]


def parse(patch: str) -> list[_FilePatch]:
    """The files of a patch, in order."""
    files: list[_FilePatch] = []
    lines = patch.split("\n")
    index = 0
    while index < len(lines):
        if not lines[index].startswith("diff --git "):
            index += 1
            continue
        index += 1
        old_path: str | None = None
        new_path: str | None = None
        created = deleted = False
        renamed: tuple[str | None, str | None] = (None, None)
        while index < len(lines) and not lines[index].startswith(("--- ", "diff --git ")):
            line = lines[index]
            if line.startswith("GIT binary patch"):
                raise PatchError("binary patch")
            created |= line.startswith("new file mode")
            deleted |= line.startswith("deleted file mode")
            if line.startswith("rename from "):
                renamed = (_unquote(line[12:]), renamed[1])
            if line.startswith("rename to "):
                renamed = (renamed[0], _unquote(line[10:]))
            index += 1
        hunks: list[_Hunk] = []
        if index < len(lines) and lines[index].startswith("--- "):
            old_path, new_path = _path(lines[index][4:]), _path(lines[index + 1][4:])
            index += 2
            while index < len(lines) and lines[index].startswith("@@"):
                found = _HUNK.match(lines[index])
                if found is None:
                    raise PatchError(f"bad hunk header {lines[index]!r}")
                old_count = int(found[2]) if found[2] is not None else 1
                new_count = int(found[4]) if found[4] is not None else 1
                index += 1
                body: list[tuple[str, str]] = []
                seen_old = seen_new = 0
                while seen_old < old_count or seen_new < new_count:
                    line = lines[index]
                    op, text = line[:1], line[1:]
                    if op not in (" ", "-", "+"):
                        raise PatchError(f"bad hunk line {line!r}")
                    seen_old += op != "+"
                    seen_new += op != "-"
                    index += 1
                    ending = "\n"
                    if index < len(lines) and lines[index].startswith("\\"):
                        ending = ""
                        index += 1
                    body.append((op, text + ending))
                hunks.append(_Hunk(int(found[1]), int(found[3]), tuple(body)))
        else:
            old_path, new_path = renamed
        if created:
            old_path = None
        if deleted:
            new_path = None
        files.append(_FilePatch(old_path, new_path, tuple(hunks)))
    return files


_FLIP = {"+": "-", "-": "+", " ": " "}


def _reversed(hunk: _Hunk) -> _Hunk:
    return _Hunk(
        hunk.new_start, hunk.old_start, tuple((_FLIP[op], text) for op, text in hunk.lines)
    )


def _apply_hunk(image: list[str], hunk: _Hunk) -> list[str]:
    pre = [text for op, text in hunk.lines if op != "+"]
    post = [text for op, text in hunk.lines if op != "-"]
    trailing = 0
    while trailing < len(hunk.lines) and hunk.lines[-1 - trailing][0] == " ":
        trailing += 1
    match_beginning = hunk.old_start <= 1
    match_end = trailing == 0
    if match_beginning:
        candidates = [0]
    elif match_end:
        candidates = [len(image) - len(pre)]
    else:
        start = min(max(hunk.new_start - 1, 0), len(image))
        candidates = [start]
        for distance in range(1, len(image) + 1):
            candidates += [start + distance, start - distance]
    for at in candidates:
        if match_beginning and at != 0:
            continue
        if match_end and at + len(pre) != len(image):
            continue
        if 0 <= at <= len(image) - len(pre) and image[at : at + len(pre)] == pre:
            return image[:at] + post + image[at + len(pre) :]
    raise PatchError(f"hunk @@ -{hunk.old_start} +{hunk.new_start} @@ does not apply")


def apply_patch(files: dict[str, str], patch: str, *, reverse: bool = False) -> dict[str, str]:
    """`files` (path → text) with `patch` applied (backwards with `reverse`): a new dict."""
    result = dict(files)
    for file in parse(patch):
        source, target = file.old_path, file.new_path
        if reverse:
            source, target = target, source
        if source is not None and source not in result:
            raise PatchError(f"{source}: no such file")
        if source is None and target in result:
            raise PatchError(f"{target}: already exists")
        image = list(split_lines(result.pop(source))) if source is not None else []
        for hunk in file.hunks:
            image = _apply_hunk(image, _reversed(hunk) if reverse else hunk)
        if target is not None:
            result[target] = "".join(image)
        elif image:
            raise PatchError(f"{source}: deleted, but not empty")
    return result
