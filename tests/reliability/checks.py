"""The reliability properties, as checks on one case (two files, or two trees), shared by
tests/reliability/ and the fuzzing harness (bench/fuzz.py).

    a  no exception escapes: exit code 0 or 1 (run with --exit-code: 1 exactly when the inputs
       differ), no traceback, in every output format
    b  the JSON fits docs/schema.json and the contract's rules between fields
    c  the hunks of all entities, applied to each old file, give the new file byte for byte;
       each line of `moved_hunks` is the line of the file it names
    d  a text diffed against itself: nothing changed (exit 0 through the CLI; and through the
       pipeline, which the CLI's byte-identity shortcut skips, every entity unchanged)
    e  swapping old and new swaps added and removed and keeps every pair, reversed, with its
       renames and moves (not modified vs unchanged: see IN_PLACE)
    f  the same run twice in one process gives the same bytes
    g  staging: each entity's patch staged alone onto the old side changes just that entity
       (and the text still parses if both sides do), staging them one by one in any order
       reaches the new side, and `--for-reverse` unstages back to the old side (staging.py;
       not in ALL_CHECKS: a mutated file may mix entities so that no patch can split them;
       check_case runs it only when both sides parse, test_staging.py on every fixture)
    h  a break (bench/fuzz.py's `break` cases: one bracket, quote, `:` or `end` removed from or
       added to one entity of a file that parses): when the new side then has syntax errors,
       that entity is the only change, marked `has_errors` (recover.py)

A check that fails returns a `Failure`; the case then reproduces with `write_case` and
`semdiff old.<ext> new.<ext> --format json --include-unchanged` (or `old new` for trees).
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from semdiff.model import Source, Version, VersionKind
from semdiff.pipeline import diff
from semdiff.render.json import report_document
from semdiff.sources import Comparison, FilePair, make_source
from tests.reliability.contract import violations
from tests.reliability.staging import both_sides_parse, staging_errors
from tests.support import Result, apply_hunks, cli, hunks_by_file

JSON = ("--format", "json", "--include-unchanged")
ALL_CHECKS = "abcdefh"
STAGING_CHECK = "g"
TIME_LIMIT = 60
"""Seconds one semdiff run may take before the case counts as a hang."""


@dataclass(frozen=True)
class Case:
    """Two files (`old<suffix>`, `new<suffix>`) or two trees (`old/`, `new/`) to compare."""

    language: str
    old: dict[str, bytes]
    """Relative path → bytes; for two files, the one entry is the old file."""
    new: dict[str, bytes]
    tree: bool = False
    origin: str = ""
    """How the case was made (seed files and mutations), for the report."""
    broken: str | None = None
    """For a break: the qualified name of the one entity whose text was broken (check h)."""

    @staticmethod
    def files(language: str, suffix: str, old: bytes, new: bytes, origin: str = "") -> Case:
        return Case(language, {f"old{suffix}": old}, {f"new{suffix}": new}, False, origin)

    @property
    def args(self) -> tuple[str, str]:
        if self.tree:
            return "old", "new"
        return next(iter(self.old)), next(iter(self.new))

    def base(self, side: str) -> str:
        """Where the paths of `side` in the JSON document are relative to."""
        return side if self.tree else "."

    def write(self, directory: Path) -> None:
        """The case as files in `directory` (which it empties first)."""
        if directory.exists():
            shutil.rmtree(directory)
        directory.mkdir(parents=True)
        for side, files in (("old", self.old), ("new", self.new)):
            for path, data in files.items():
                target = directory / self.base(side) / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)

    def data(self, side: str, path: str | None) -> bytes:
        """The bytes of `path` (as the JSON document names it) on `side`; b"" for none."""
        if path is None:
            return b""
        return (self.old if side == "old" else self.new)[path]

    @property
    def differ(self) -> bool:
        if self.tree:
            return self.old != self.new
        return list(self.old.values()) != list(self.new.values())

    def swapped(self) -> Case:
        return Case(self.language, self.new, self.old, self.tree, self.origin, self.broken)


@dataclass(frozen=True)
class Failure:
    check: str
    """Which property failed: one of ALL_CHECKS."""
    message: str
    command: str = ""

    @property
    def signature(self) -> str:
        """What tells one bug from another, whatever the input: the check, and the shape of
        its message without names, ids and numbers (for a crash, the exception and the
        function that raised it)."""
        lines = self.message.strip().splitlines() or [""]
        first = lines[0]
        if self.check == "e":
            statuses = re.search(r"is (\w+), forward implies (\w+)", first)
            if statuses:
                return f"e:{statuses[2]} forward, {statuses[1]} backward"
            return "e:" + first.split(":")[0]
        if self.check == "a":
            frames = [m[1] for line in lines if (m := re.search(r", in (\S+)$", line))]
            if frames:
                return f"a:{lines[-1].split(':')[0]} in {frames[-1]}"
        shape = re.sub(r"\[[^\]]*\]|\([^)]*\)|'[^']*'|\"[^\"]*\"", "…", first)
        shape = re.sub(r"\b[ef]:[0-9a-f]+", "ID", shape)
        return self.check + ":" + re.sub(r"[0-9]+", "#", shape)[:160]


@dataclass
class Outcome:
    failures: list[Failure] = field(default_factory=list)
    document: dict[str, Any] | None = None


class Hang(BaseException):
    """A run took longer than TIME_LIMIT (a BaseException: semdiff's `except Exception`
    must not turn it into an exit code)."""


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise Hang

    if seconds <= 0 or not hasattr(signal, "SIGALRM"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(
    case: Case, directory: Path, *args: str, swap: bool = False, time_limit: int = TIME_LIMIT
) -> tuple[Result | None, Failure | None]:
    """semdiff on the case (written in `directory`), in this process: its result, or the
    failure of property (a)."""
    old, new = case.args
    if swap:
        old, new = new, old
    command = ["semdiff", old, new, *args, "--exit-code"]
    shown = " ".join(command)
    try:
        with _time_limit(time_limit):
            result = cli(old, new, *args, "--exit-code", "--debug", cwd=directory)
    except Hang:
        return None, Failure("a", f"no answer within {time_limit} s", shown)
    except Exception:  # an exception escaped the CLI's handler: the very thing to report
        return None, Failure("a", "exception escaped:\n" + traceback.format_exc(), shown)
    differ = case.differ
    if result.code not in (0, 1) or "Traceback" in result.stderr:
        return result, Failure("a", f"exit code {result.code}:\n{result.stderr}", shown)
    if result.code != int(differ):
        return result, Failure(
            "a",
            f"exit code {result.code} though the inputs {'differ' if differ else 'agree'}",
            shown,
        )
    return result, None


def check_document(
    case: Case, result: Result, *, swap: bool = False, checks: str = ALL_CHECKS
) -> Outcome:
    """(b) and (c) on one JSON output."""
    outcome = Outcome()
    old, new = case.args
    shown = " ".join(["semdiff", *((new, old) if swap else (old, new)), *JSON])
    try:
        document = json.loads(result.stdout)
    except ValueError as error:
        outcome.failures.append(Failure("b", f"not JSON: {error}", shown))
        return outcome
    outcome.document = document
    if "b" in checks:
        problems = violations(document, include_unchanged=True)
        if problems:
            outcome.failures.append(Failure("b", "\n".join(problems), shown))
            return outcome
    if "c" in checks:
        problems = rebuild_errors(case, document, swap=swap)
        problems += moved_hunk_errors(case, document, swap=swap)
        outcome.failures.extend(Failure("c", problem, shown) for problem in problems)
    return outcome


def rebuild_errors(case: Case, document: dict[str, Any], *, swap: bool = False) -> list[str]:
    """(c): each file's hunks, applied to its old text, give its new text."""
    errors = []
    try:
        hunks = hunks_by_file(document)
    except KeyError as error:
        return [f"a hunk names a file that is not in files: {error}"]
    old_side, new_side = ("new", "old") if swap else ("old", "new")
    for file in document["files"]:
        if file["status"] == "binary":
            continue
        before = case.data(old_side, file["old_path"]).decode("utf-8", errors="replace")
        after = case.data(new_side, file["new_path"]).decode("utf-8", errors="replace")
        try:
            rebuilt = apply_hunks(before, hunks[file["id"]])
        except AssertionError as error:
            errors.append(f"{file['new_path'] or file['old_path']}: hunks do not apply: {error}")
            continue
        if rebuilt != after:
            errors.append(
                f"{file['new_path'] or file['old_path']}: the hunks rebuild another text: "
                + _first_difference(rebuilt, after)
            )
    return errors


Side = tuple[str, list[str], str]
"""Which number of a hunk line to read, the file's lines it numbers, and the ops it holds for."""


def moved_hunk_errors(case: Case, document: dict[str, Any], *, swap: bool = False) -> list[str]:
    """(c) for `moved_hunks`: each line is the line of the entity's file that it names (old
    lines in its `old.path`, new lines in its `new.path`); for `beside_hunks`, of the file
    pair the hunk names."""
    errors = []
    old_side, new_side = ("new", "old") if swap else ("old", "new")
    files = {file["id"]: file for file in document["files"]}

    def sides_of(old_path: str | None, new_path: str | None) -> tuple[Side, Side]:
        old = case.data(old_side, old_path).decode("utf-8", errors="replace")
        new = case.data(new_side, new_path).decode("utf-8", errors="replace")
        return (("old_line", old.split("\n"), " -"), ("new_line", new.split("\n"), " +"))

    for entity in document["entities"]:
        if "moved_hunks" not in entity or not entity["old"] or not entity["new"]:
            continue
        own = sides_of(entity["old"]["path"], entity["new"]["path"])
        numbered = [(hunk, own) for hunk in entity["moved_hunks"]] + [
            (hunk, sides_of(files[hunk["file_id"]]["old_path"], files[hunk["file_id"]]["new_path"]))
            for hunk in entity.get("beside_hunks", [])
        ]
        for hunk, sides in numbered:
            for line in hunk["lines"]:
                for number, lines, ops in sides:
                    if line["op"] not in ops:
                        continue
                    at = line[number] - 1
                    actual = lines[at] if 0 <= at < len(lines) else None
                    if actual != line["text"]:
                        errors.append(
                            f"{entity['kind']} {_name(entity)}: moved_hunks line {line['op']!r} "
                            f"{number} {at + 1} is {line['text']!r}, the file has {actual!r}"
                        )
                        break
    return errors[:12]


def _first_difference(rebuilt: str, wanted: str) -> str:
    got, want = rebuilt.splitlines(keepends=True), wanted.splitlines(keepends=True)
    for number, (a, b) in enumerate(zip(got, want, strict=False), start=1):
        if a != b:
            return f"line {number} is {a!r}, should be {b!r}"
    return f"{len(got)} lines instead of {len(want)}"


def _key(side: dict[str, Any]) -> tuple[object, ...]:
    span = side["span"]
    return (
        side["path"],
        side["kind"],
        side["qualified_name"],
        side.get("overload"),
        span["start_byte"],
        span["end_byte"],
    )


def _pairs(document: dict[str, Any]) -> dict[tuple[object, object], str]:
    """Every entity as (old key, new key) → status; a missing side is None."""
    found: dict[tuple[object, object], str] = {}
    for entity in document["entities"]:
        old = _key(entity["old"]) if entity["old"] else None
        new = _key(entity["new"]) if entity["new"] else None
        found[old, new] = entity["status"]
    return found


SWAPPED = {"added": "removed", "removed": "added"}
IN_PLACE = {"modified": "paired in place", "unchanged": "paired in place"}
"""(e) does not tell these apart. Which lines differ comes from a line alignment, and a
longest common subsequence is not unique: where two are equally long (a line that could align
inside either of two entities of a broken file), `semdiff new old` may pick the other, and an
entity unchanged one way shows a line removed and added the other way. The pairs, renames and
moves come from the matcher and must swap exactly (docs/reliability.md)."""


def _swappable(status: str) -> str:
    return IN_PLACE.get(status, status)


def swap_errors(forward: dict[str, Any], backward: dict[str, Any]) -> list[str]:
    """(e): the backward run's entities are the forward run's, sides and added/removed
    swapped, with the same renames and moves; the file pairs likewise."""
    errors = []
    expected = {
        (new, old): _swappable(SWAPPED.get(status, status))
        for (old, new), status in _pairs(forward).items()
    }
    actual = {pair: _swappable(status) for pair, status in _pairs(backward).items()}
    for pair in sorted(set(expected) | set(actual), key=repr):
        want, got = expected.get(pair), actual.get(pair)
        if want != got:
            old, new = pair
            errors.append(
                f"backward: {_show(old)} → {_show(new)} is {got or 'absent'}, "
                f"forward implies {want or 'absent'}"
            )
    files_forward = {
        (f["new_path"], f["old_path"]): SWAPPED.get(f["status"], f["status"])
        for f in forward["files"]
    }
    files_backward = {(f["old_path"], f["new_path"]): f["status"] for f in backward["files"]}
    if files_forward != files_backward:
        errors.append(f"files: backward {files_backward}, forward implies {files_forward}")
    return errors[:12]


def _show(key: object) -> str:
    if key is None:
        return "(none)"
    assert isinstance(key, tuple)
    path, kind, name, overload, start, end = key
    return f"{kind} {name}{f'({overload})' if overload else ''} [{path}:{start}-{end}]"


def self_diff_errors(case: Case) -> list[str]:
    """(d) through the pipeline: each old file against itself pairs every entity with
    itself, unchanged and without hunks."""
    errors = []
    for path, data in case.old.items():
        source = make_source(path, data)
        version = Version(path, VersionKind.FILE)
        report, _ = diff(Comparison((FilePair(source, source),), version, version))
        document = report_document(report, include_unchanged=True)
        for entity in document["entities"]:
            if entity["status"] != "unchanged" or entity["hunks"] or entity["flags"]:
                errors.append(
                    f"{path} against itself: {entity['kind']} {_name(entity)} is "
                    f"{entity['status']} {entity['flags']} with {len(entity['hunks'])} hunks"
                )
    return errors[:12]


def _name(entity: dict[str, Any]) -> str:
    side = entity["new"] or entity["old"]
    return str(side["qualified_name"])


def check_case(
    case: Case, directory: Path, checks: str = "abc", *, time_limit: int = TIME_LIMIT
) -> list[Failure]:
    """Run the chosen properties on `case`, written in `directory`: the failures, or []."""
    case.write(directory)
    failures: list[Failure] = []
    forward, failure = run(case, directory, *JSON, time_limit=time_limit)
    if failure is not None or forward is None:
        return [failure] if failure else []
    outcome = check_document(case, forward, checks=checks)
    failures.extend(outcome.failures)
    if outcome.document is None:
        return failures
    printed: dict[tuple[str, ...], str] = {JSON: forward.stdout}
    if "a" in checks:
        formats: tuple[tuple[str, ...], ...] = (
            ("--format", "text", "--color", "always"),
            ("--format", "patch"),
        )
        for output in formats:
            result, failure = run(case, directory, *output, time_limit=time_limit)
            if failure is not None:
                failures.append(failure)
            elif result is not None:
                printed[output] = result.stdout
    if "f" in checks:
        for shown, first in printed.items():
            again, failure = run(case, directory, *shown, time_limit=time_limit)
            if failure is not None or again is None:
                failures.extend([failure] if failure else [])
            elif again.stdout != first:
                failures.append(
                    Failure(
                        "f",
                        f"a second run in the same process printed other bytes ({shown[1]})",
                        " ".join(["semdiff", *case.args, *shown]),
                    )
                )
    if "e" in checks:
        backward, failure = run(case, directory, *JSON, swap=True, time_limit=time_limit)
        if failure is not None or backward is None:
            failures.extend([failure] if failure else [])
        else:
            reverse = check_document(case, backward, swap=True, checks=checks)
            failures.extend(reverse.failures)
            if reverse.document is not None:
                old, new = case.args
                try:
                    problems = swap_errors(outcome.document, reverse.document)
                except (KeyError, TypeError) as error:  # a document off the schema: (b) says
                    problems = [f"cannot compare: {error!r}"] if not failures else []
                failures.extend(
                    Failure("e", problem, f"semdiff {old} {new} vs semdiff {new} {old}")
                    for problem in problems
                )
    if "h" in checks and case.broken is not None:
        failures.extend(
            Failure("h", problem, " ".join(["semdiff", *case.args, *JSON]))
            for problem in break_errors(case.broken, outcome.document)
        )
    if "d" in checks:
        failures.extend(_self_failures(case, directory, time_limit))
    if STAGING_CHECK in checks:
        failures.extend(staging_failures(case, time_limit, parsing_only=True))
    return failures


def break_errors(broken: str, document: dict[str, Any]) -> list[str]:
    """Check h on the forward document: nothing to check when the break left the new side
    parsing (a quote in a comment) or sent a side to a line diff."""
    (file,) = document["files"]
    errors = file.get("parse_errors", {})
    if file["fallback"] is not None or "new" not in errors or "old" in errors:
        return []
    changed = {
        (entity["new"] or entity["old"])["qualified_name"]: entity
        for entity in document["entities"]
        if entity["status"] != "unchanged"
    }
    if set(changed) != {broken}:
        return [f"one entity broken, {sorted(changed)} changed: want only {broken!r}"]
    new = changed[broken]["new"]
    if new is None or not new["has_errors"]:
        return [f"the broken entity {broken!r} is not marked has_errors"]
    return []


def _patched_whole(source: Source) -> bool:
    return source.is_binary or source.decode_note is not None


def staging_failures(
    case: Case, time_limit: int = TIME_LIMIT, *, parsing_only: bool = False
) -> list[Failure]:
    """(g), through the pipeline: the two sides read as the index and the working tree of the
    same files (for two files, both under the old one's name, as git has them). With
    `parsing_only` (the fuzzer's inputs), only when both sides parse: in a broken file, which
    lines make an entity is a guess that a staged half can tip either way."""
    try:
        old = {path: data.decode("utf-8") for path, data in case.old.items()}
        new = {path: data.decode("utf-8") for path, data in case.new.items()}
    except UnicodeDecodeError:
        return []  # semdiff patches such a file whole only (docs/git.md)
    sides = (*case.old.items(), *case.new.items())
    if any(_patched_whole(make_source(path, data)) for path, data in sides):
        return []  # likewise
    if not case.tree:
        new = {path: new[next(iter(case.new))] for path in old}
    shown = "staging: " + " ".join(case.args)
    try:
        with _time_limit(time_limit):
            skip = parsing_only and not both_sides_parse(old, new)
            problems = [] if skip else staging_errors(old, new)
    except Hang:
        problems = [f"staging took more than {time_limit} s"]
    except Exception:
        problems = ["exception while staging:\n" + traceback.format_exc()]
    return [Failure(STAGING_CHECK, problem, shown) for problem in problems[:12]]


def _self_failures(case: Case, directory: Path, time_limit: int) -> list[Failure]:
    """(d): through the CLI (old against a copy of itself), then through the pipeline."""
    failures = []
    same = Case(
        case.language,
        case.old,
        {path.replace("old", "new", 1): data for path, data in case.old.items()}
        if not case.tree
        else case.old,
        case.tree,
    )
    same.write(directory)
    result, failure = run(same, directory, *JSON, time_limit=time_limit)
    if failure is not None:
        failures.append(failure)
    elif result is not None:
        document = json.loads(result.stdout)
        if document["files"] or document["entities"]:
            failures.append(
                Failure("d", f"a text against itself lists {len(document['files'])} files", "")
            )
    try:
        with _time_limit(time_limit):
            problems = self_diff_errors(case)
    except Hang:
        problems = [f"the pipeline took more than {time_limit} s"]
    except Exception:
        problems = ["exception in the pipeline:\n" + traceback.format_exc()]
    failures.extend(Failure("d", problem, "pipeline: old against itself") for problem in problems)
    case.write(directory)
    return failures
