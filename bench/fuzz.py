"""Fuzz semdiff with mutations of real source files, for a fixed time.

    python bench/fuzz.py                      # 2 minutes, every language, a random seed
    python bench/fuzz.py --minutes 10 --seed 7 [DIR...]

Hypothesis draws the inputs: the fixtures of every language (fixtures/<lang>/*/, and the files
under any DIR given, by the language their name says), mutated by byte flips, truncation,
deleted, duplicated or swapped lines, shuffled top-level definitions, unbalanced brackets and
unterminated strings or comments, renamed identifiers, inserted text, re-indentation and line
endings; fixture pairs with noise on both sides; lines of a language's files in random order;
random text; the directory fixtures with files mutated or dropped; and breaks: one bracket,
quote, `:` or `end` removed from or added to one entity of a file that parses. Each input goes
through the CLI in this process and must keep the properties of tests/reliability/checks.py:
(a) no exception escapes, in any format, (b) the JSON fits docs/schema.json, (c) the hunks
rebuild the new text, (h) a break changes its entity alone, marked as having syntax errors
(`--checks` adds d, e, f, and g: entity staging).

Every failure is made smaller (lines and files dropped while it fails the same way) and written
as a case that tests/reliability/test_regressions.py replays: `--out`/<id>/ (default
tests/reliability/regressions/) holds old.<ext> and new.<ext> (or old/ and new/) and case.toml
(what failed, the command, how the input was made). At the end: inputs tried and failures, per
language. The exit code is 1 when something failed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import string
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from semdiff.extract import parse_file
from semdiff.languages import detect_language
from semdiff.sources import make_source

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.reliability, when run as `python bench/fuzz.py`

from tests.reliability.checks import Case, Failure, check_case  # noqa: E402

FIXTURES = ROOT / "fixtures"
REGRESSIONS = ROOT / "tests" / "reliability" / "regressions"
LANGUAGES = tuple(sorted(p.name for p in (ROOT / "grammars").iterdir() if p.is_dir()))
MAX_SEED_BYTES = 200_000
"""Files given on the command line above this size are left out (the fixtures are small)."""
BATCH = 8
"""Inputs per language in one turn: all languages get a turn before any gets a second."""
SHRINK_SECONDS = 90.0
"""How long one failure may be made smaller."""


# -- seeds --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    name: str
    """Where it comes from, relative to the repository (or as given)."""
    suffix: str
    data: bytes


@dataclass
class Seeds:
    """A language's real files: alone, as the fixtures' old/new pairs, and as trees."""

    language: str
    files: list[Seed] = field(default_factory=list)
    pairs: list[tuple[Seed, Seed]] = field(default_factory=list)
    trees: list[tuple[str, dict[str, bytes], dict[str, bytes]]] = field(default_factory=list)
    lines: list[bytes] = field(default_factory=list)
    """Every distinct line of its files, for inputs made of them in random order."""


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def load_seeds(roots: Sequence[Path] = ()) -> dict[str, Seeds]:
    """The seeds of every language with a grammar: its fixtures, and the files under `roots`
    whose name says that language."""
    seeds = {language: Seeds(language) for language in LANGUAGES}
    for language in LANGUAGES:
        for case in sorted(p for p in (FIXTURES / language).glob("*") if p.is_dir()):
            if (case / "old").is_dir():
                old, new = _tree(case / "old"), _tree(case / "new")
                seeds[language].trees.append((_relative(case), old, new))
                for side, files in (("old", old), ("new", new)):
                    for path, data in files.items():
                        name = f"{_relative(case)}/{side}/{path}"
                        seeds[language].files.append(Seed(name, Path(path).suffix, data))
                continue
            olds, news = sorted(case.glob("old.*")), sorted(case.glob("new.*"))
            if len(olds) != 1 or len(news) != 1:
                continue
            pair = (
                Seed(_relative(olds[0]), olds[0].name[3:], olds[0].read_bytes()),
                Seed(_relative(news[0]), news[0].name[3:], news[0].read_bytes()),
            )
            seeds[language].pairs.append(pair)
            seeds[language].files.extend(pair)
    for root in roots:
        for file in sorted(p for p in [root, *root.rglob("*")] if p.is_file()):
            if ".git" in file.parts or file.stat().st_size > MAX_SEED_BYTES:
                continue
            detected = detect_language(file.name)
            # The file is renamed old<suffix>: only a language its extension says survives.
            if detected in seeds and detect_language("old" + file.suffix) == detected:
                seed = Seed(file.as_posix(), file.suffix, file.read_bytes())
                seeds[detected].files.append(seed)
    for language_seeds in seeds.values():
        lines = {line for seed in language_seeds.files for line in _split(seed.data)}
        language_seeds.lines = sorted(lines)
    return seeds


# -- mutations ----------------------------------------------------------------------------


def _split(data: bytes) -> list[bytes]:
    """Lines with their newline, so that joining them gives `data` back."""
    parts = data.split(b"\n")
    lines = [part + b"\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


Mutation = Callable[[st.DrawFn, bytes, Seeds, str], tuple[bytes, str]]
"""(draw, data, the language's seeds, the file's suffix) → (mutated data, what was done)."""


def _byte_flip(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    if not data:
        return b"\xff", "a lone 0xff byte"
    result = bytearray(data)
    done = []
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(result) - 1))
        if draw(st.booleans()):
            result[at] ^= 1 << draw(st.integers(0, 7))
        else:
            result[at] = draw(st.integers(0, 255))
        done.append(f"{at}→{result[at]:#04x}")
    return bytes(result), "byte flip " + ", ".join(done)


def _truncate(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    at = draw(st.integers(0, len(data)))
    return data[:at], f"truncate at byte {at}"


def _delete_lines(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    lines = _split(data)
    if not lines:
        return data, "delete nothing"
    at = draw(st.integers(0, len(lines) - 1))
    count = draw(st.integers(1, min(12, len(lines) - at)))
    return b"".join(lines[:at] + lines[at + count :]), f"delete lines {at + 1}-{at + count}"


def _duplicate_lines(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    lines = _split(data)
    if not lines:
        return data, "duplicate nothing"
    at = draw(st.integers(0, len(lines) - 1))
    count = draw(st.integers(1, min(12, len(lines) - at)))
    to = draw(st.integers(0, len(lines)))
    copied = [line if line.endswith(b"\n") else line + b"\n" for line in lines[at : at + count]]
    done = lines[:to] + copied + lines[to:]
    return b"".join(done), f"copy lines {at + 1}-{at + count} to before line {to + 1}"


def _swap_lines(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    lines = [line if line.endswith(b"\n") else line + b"\n" for line in _split(data)]
    if len(lines) < 2:
        return data, "swap nothing"
    first = draw(st.integers(0, len(lines) - 1))
    second = draw(st.integers(0, len(lines) - 1))
    lines[first], lines[second] = lines[second], lines[first]
    return b"".join(lines), f"swap lines {first + 1} and {second + 1}"


def _blocks(data: bytes, suffix: str) -> tuple[list[tuple[int, int]], str]:
    """Line ranges [start, end) of the top-level definitions semdiff finds, else of the
    paragraphs between blank lines."""
    lines = _split(data)
    ranges: list[tuple[int, int]] = []
    try:
        parsed = parse_file(make_source("x" + suffix, data))
        spans = sorted(
            (e.span.start_line - 1, e.span.last_line) for e in parsed.entities if e.parent is None
        )
        for start, end in spans:
            if not ranges or start >= ranges[-1][1]:
                ranges.append((start, end))
    except Exception:  # a crash is for the checks to find, not the mutation
        ranges = []
    if len(ranges) >= 2:
        return ranges, "definitions"
    ranges = []
    opened: int | None = None
    for number, line in enumerate([*lines, b"\n"]):
        if line.strip() and opened is None:
            opened = number
        elif not line.strip() and opened is not None:
            ranges.append((opened, number))
            opened = None
    return ranges, "paragraphs"


def _shuffle_definitions(
    draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str
) -> tuple[bytes, str]:
    ranges, what = _blocks(data, suffix)
    if len(ranges) < 2:
        return data, "shuffle nothing"
    lines = [line if line.endswith(b"\n") else line + b"\n" for line in _split(data)]
    order = draw(st.permutations(range(len(ranges))))
    out: list[bytes] = []
    position = 0
    for slot, (start, end) in enumerate(ranges):
        out.extend(lines[position:start])
        chosen = ranges[order[slot]]
        out.extend(lines[chosen[0] : chosen[1]])
        position = end
    out.extend(lines[position:])
    return b"".join(out), f"shuffle {len(ranges)} top-level {what} into order {list(order)}"


OPENERS = (
    *(b"(", b"[", b"{", b"<", b'"', b"'", b"`", b"/*", b"(*", b"{-", b"#|", b'"""'),
    *(b"--[[", b"<!--", b"${", b"#{", b"\\", b'r#"', b"<<EOF\n", b"|", b"#_(", b"%{"),
)
CLOSERS = (b")", b"]", b"}", b">", b"*/", b"*)", b"-}", b"|#", b"end\n", b"]]")


def _unbalance(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    brackets = [i for i, byte in enumerate(data) if byte in b"()[]{}<>\"'`"]
    how = draw(st.sampled_from(["delete", "open", "close"] if brackets else ["open", "close"]))
    if how == "delete":
        at = draw(st.sampled_from(brackets))
        return data[:at] + data[at + 1 :], f"delete {data[at : at + 1]!r} at byte {at}"
    text = draw(st.sampled_from(OPENERS if how == "open" else CLOSERS))
    at = draw(st.integers(0, len(data)))
    return data[:at] + text + data[at:], f"insert {text!r} at byte {at}"


IDENTIFIER = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")


def _rename(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    names = sorted({m.group() for m in IDENTIFIER.finditer(data) if len(m.group()) > 1})
    if not names:
        return data, "rename nothing"
    old = draw(st.sampled_from(names))
    how = draw(st.sampled_from(["suffix", "other", "random", "case"]))
    if how == "suffix":
        new = old + b"2"
    elif how == "other":
        new = draw(st.sampled_from(names))  # two names become one: duplicates, collisions
    elif how == "case":
        new = old.swapcase()
    else:
        new = draw(st.text(string.ascii_letters + "_", min_size=1, max_size=12)).encode()
    pattern = re.compile(rb"(?<![A-Za-z0-9_])" + re.escape(old) + rb"(?![A-Za-z0-9_])")
    if draw(st.booleans()):
        return pattern.sub(new, data), f"rename {old!r} to {new!r} everywhere"
    matches = list(pattern.finditer(data))
    if not matches:  # `old` only ever follows a digit (`2abc`): never a whole identifier
        return data, "rename nothing"
    match = matches[draw(st.integers(0, len(matches) - 1))]
    result = data[: match.start()] + new + data[match.end() :]
    return result, f"rename {old!r} to {new!r} at byte {match.start()}"


def _insert(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    lines = _split(data)
    if len(seeds.lines) > 0 and draw(st.booleans()):
        line = draw(st.sampled_from(seeds.lines))
        at = draw(st.integers(0, len(lines)))
        if at == len(lines) and lines and not lines[-1].endswith(b"\n"):
            line = b"\n" + line
        done = b"".join(lines[:at]) + line + b"".join(lines[at:])
        return done, f"insert {line!r} before line {at + 1}"
    text = draw(st.text(max_size=30)).encode()
    at = draw(st.integers(0, len(data)))
    return data[:at] + text + data[at:], f"insert {text!r} at byte {at}"


def _reindent(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    lines = _split(data)
    if not lines:
        return data, "re-indent nothing"
    at = draw(st.integers(0, len(lines) - 1))
    count = draw(st.integers(1, min(20, len(lines) - at)))
    how = draw(st.sampled_from([b"    ", b"\t", b" ", b""]))
    changed = [
        (how + line if how else line.lstrip(b" \t")) if line.strip() else line
        for line in lines[at : at + count]
    ]
    done = b"".join(lines[:at] + changed + lines[at + count :])
    return done, f"indent lines {at + 1}-{at + count} by {how!r}"


def _line_endings(draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str) -> tuple[bytes, str]:
    how = draw(st.sampled_from(["crlf", "crlf one", "cr", "no final", "bom", "trailing space"]))
    lines = _split(data)
    if how == "crlf":
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), "CRLF line endings"
    if how == "no final":
        return data.rstrip(b"\n"), "no final newline"
    if how == "bom":
        return b"\xef\xbb\xbf" + data, "a byte order mark"
    if not lines:
        return data, "nothing to end"
    at = draw(st.integers(0, len(lines) - 1))
    line = lines[at]
    body = line.rstrip(b"\n")
    newline = line[len(body) :]
    ending = {"crlf one": b"\r\n", "cr": b"\r", "trailing space": b"  \n"}[how]
    lines[at] = body + (ending if newline or how == "trailing space" else b"")
    return b"".join(lines), f"{how} on line {at + 1}"


MUTATIONS: dict[str, Mutation] = {
    "delete_lines": _delete_lines,
    "duplicate_lines": _duplicate_lines,
    "rename_identifier": _rename,
    "shuffle_definitions": _shuffle_definitions,
    "unbalance": _unbalance,
    "truncate": _truncate,
    "byte_flip": _byte_flip,
    "swap_lines": _swap_lines,
    "insert": _insert,
    "reindent": _reindent,
    "line_endings": _line_endings,
}


def mutate(
    draw: st.DrawFn, data: bytes, seeds: Seeds, suffix: str, *, least: int = 1, most: int = 3
) -> tuple[bytes, list[str]]:
    """`data` after between `least` and `most` mutations, and what each did."""
    log = []
    for _ in range(draw(st.integers(least, most))):
        name = draw(st.sampled_from(sorted(MUTATIONS)))
        data, done = MUTATIONS[name](draw, data, seeds, suffix)
        log.append(done)
    return data, log


BREAKERS = (b"(", b")", b"[", b"]", b"{", b"}", b'"', b"'", b":", b"end")
"""What a half-done edit leaves out or in: a bracket, a quote, a `:` or an `end`."""


def _break(draw: st.DrawFn, seed: Seed) -> tuple[bytes, str, str] | None:
    """`seed` with one bracket, quote, `:` or `end` removed from or added to one entity that
    has no entity inside it and no line shared with another (check h): the new bytes, the
    entity's qualified name and what was done. None when the seed does not parse or has no
    such entity."""
    parsed = parse_file(make_source(f"seed{seed.suffix}", seed.data))
    if parsed.parse_errors or parsed.fallback is not None:
        return None
    alone = [
        entity
        for position, entity in enumerate(parsed.entities)
        if all(
            parsed.owners[line] == position
            for line in range(entity.span.start_line - 1, entity.span.last_line)
        )
    ]
    if not alone:
        return None
    entity = draw(st.sampled_from(alone))
    start, end = entity.span.start_byte, entity.span.end_byte
    found = [
        (at, token)
        for token in BREAKERS
        for at in range(start, end)
        if seed.data.startswith(token, at)
    ]
    delete = draw(st.booleans())
    if found and delete:
        at, token = draw(st.sampled_from(sorted(found)))
        done = f"delete {token!r} at byte {at}"
        return seed.data[:at] + seed.data[at + len(token) :], entity.qualified_name, done
    token = draw(st.sampled_from(BREAKERS))
    at = draw(st.integers(start, max(start, end - 1)))
    done = f"insert {token!r} at byte {at}"
    return seed.data[:at] + token + seed.data[at:], entity.qualified_name, done


# -- cases --------------------------------------------------------------------------------

KINDS = ("edit", "fixture", "both", "soup", "text", "tree", "break")


@st.composite
def cases(draw: st.DrawFn, seeds: Seeds, kinds: Sequence[str] = KINDS) -> Case:
    """One input pair for `seeds`'s language (see the module's docstring)."""
    usable = [
        kind
        for kind in kinds
        if (kind != "tree" or seeds.trees)
        and (kind != "fixture" or seeds.pairs)
        and (kind in {"text", "tree"} or seeds.files)
    ]
    kind = draw(st.sampled_from(usable))
    language = seeds.language
    if kind == "tree":
        name, old_tree, new_tree = draw(st.sampled_from(seeds.trees))
        new_tree = dict(new_tree)
        old_tree = dict(old_tree)
        log = [name]
        for _ in range(draw(st.integers(1, 3))):
            side = draw(st.sampled_from(["new", "new", "old"]))
            files = new_tree if side == "new" else old_tree
            if not files:
                continue
            path = draw(st.sampled_from(sorted(files)))
            if len(files) > 1 and draw(st.integers(0, 5)) == 0:
                del files[path]
                log.append(f"drop {side}/{path}")
                continue
            files[path], done = mutate(draw, files[path], seeds, Path(path).suffix, least=1, most=2)
            log.append(f"{side}/{path}: " + "; ".join(done))
        return Case(language, old_tree, new_tree, tree=True, origin=" | ".join(log))
    if kind == "text":
        suffix = draw(st.sampled_from(sorted({seed.suffix for seed in seeds.files})))
        old = draw(st.text(max_size=200)).encode()
        if draw(st.booleans()):
            new = draw(st.text(max_size=200)).encode()
            log = ["random text against random text"]
        else:
            new, log = mutate(draw, old, seeds, suffix)
            log = ["random text", *log]
        return Case.files(language, suffix, old, new, " | ".join(log))
    if kind == "soup":
        suffix = draw(st.sampled_from(sorted({seed.suffix for seed in seeds.files})))
        lines = draw(st.lists(st.sampled_from(seeds.lines), max_size=40))
        old = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
        new, log = mutate(draw, old, seeds, suffix)
        origin = f"{len(lines)} lines of {language} files in random order | " + "; ".join(log)
        return Case.files(language, suffix, old, new, origin)
    if kind == "fixture":
        first, second = draw(st.sampled_from(seeds.pairs))
        old, old_log = mutate(draw, first.data, seeds, first.suffix, least=0, most=2)
        new, new_log = mutate(draw, second.data, seeds, second.suffix, least=0, most=2)
        origin = f"{first.name} → {second.name} | old: {'; '.join(old_log) or 'as is'}"
        return Case.files(
            language, second.suffix, old, new, origin + f" | new: {'; '.join(new_log) or 'as is'}"
        )
    seed = draw(st.sampled_from(seeds.files))
    if kind == "break":
        broken = _break(draw, seed)
        if broken is not None:
            new, name, what = broken
            told = f"{seed.name} | new: {what} in {name}"
            case = Case.files(language, seed.suffix, seed.data, new, told)
            return Case(case.language, case.old, case.new, origin=told, broken=name)
    old, old_log = (
        mutate(draw, seed.data, seeds, seed.suffix, least=1, most=2)
        if kind == "both"
        else (seed.data, [])
    )
    new, new_log = mutate(draw, old, seeds, seed.suffix)
    origin = f"{seed.name}" + (f" | old: {'; '.join(old_log)}" if old_log else "")
    return Case.files(language, seed.suffix, old, new, origin + f" | new: {'; '.join(new_log)}")


# -- making a failure smaller ---------------------------------------------------------------


def _fails_alike(case: Case, directory: Path, checks: str, signature: str) -> bool:
    return any(f.signature == signature for f in check_case(case, directory, checks))


def shrink(case: Case, failure: Failure, directory: Path, seconds: float = SHRINK_SECONDS) -> Case:
    """A smaller case that fails with the same signature: whole files dropped (trees), then
    runs of lines, halving their length, in every file. A break (check h) is kept whole:
    dropping lines would soon drop the broken entity, and the check would then be about
    another."""
    if failure.check == "h":
        return case
    checks = "abc" + failure.check
    deadline = time.monotonic() + seconds
    if case.tree:
        for side in ("old", "new"):
            for path in sorted(getattr(case, side)):
                if time.monotonic() > deadline:
                    return case
                files = dict(getattr(case, side))
                del files[path]
                smaller = Case(
                    case.language,
                    files if side == "old" else case.old,
                    files if side == "new" else case.new,
                    True,
                    case.origin,
                    case.broken,
                )
                if _fails_alike(smaller, directory, checks, failure.signature):
                    case = smaller
    for side, path in [("old", p) for p in sorted(case.old)] + [
        ("new", p) for p in sorted(case.new)
    ]:
        lines = _split(getattr(case, side)[path])
        chunk = max(1, len(lines) // 2)
        while chunk >= 1:
            at = 0
            while at < len(lines):
                if time.monotonic() > deadline:
                    return case
                fewer = lines[:at] + lines[at + chunk :]
                files = {**getattr(case, side), path: b"".join(fewer)}
                smaller = Case(
                    case.language,
                    files if side == "old" else case.old,
                    files if side == "new" else case.new,
                    case.tree,
                    case.origin,
                    case.broken,
                )
                if _fails_alike(smaller, directory, checks, failure.signature):
                    case, lines = smaller, fewer
                else:
                    at += chunk
            chunk //= 2
    return case


# -- regression cases -------------------------------------------------------------------


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=True)


def case_id(case: Case) -> str:
    digest = hashlib.sha256()
    for side in (case.old, case.new):
        for path, data in sorted(side.items()):
            digest.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:10]


def write_regression(case: Case, failures: list[Failure], out: Path, found: str) -> Path:
    """`case` as out/<id>/: the files (as Case.write lays them out) and case.toml."""
    directory = out / case_id(case)
    case.write(directory)
    first = failures[0]
    old, new = case.args
    lines = [
        f"language = {_toml(case.language)}",
        f"tree = {'true' if case.tree else 'false'}",
        f"check = {_toml(first.check)}",
        f"signature = {_toml(first.signature)}",
        f"command = {_toml(f'semdiff {old} {new} --format json --include-unchanged')}",
        f"found = {_toml(found)}",
        f"origin = {_toml(case.origin)}",
        *([f"broken = {_toml(case.broken)}"] if case.broken is not None else []),
        f"failures = [{', '.join(_toml(f'[{f.check}] {f.message}'[:4000]) for f in failures)}]",
    ]
    (directory / "case.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


# -- the run ------------------------------------------------------------------------------


@dataclass
class Figures:
    tried: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    slowest: dict[str, tuple[float, str]] = field(default_factory=dict)
    by_signature: Counter[str] = field(default_factory=Counter)
    written: dict[str, Path] = field(default_factory=dict)
    """Signature → the regression case written for it."""
    messages: dict[str, Failure] = field(default_factory=dict)
    seconds_total: float = 0.0


def fuzz_language(
    seeds: Seeds,
    figures: Figures,
    *,
    examples: int,
    seed: int,
    deadline: float,
    directory: Path,
    checks: str,
    found: list[tuple[Case, list[Failure]]],
) -> None:
    """Up to `examples` inputs for one language (fewer when `deadline` passes)."""

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis_seed(seed)
    @given(cases(seeds))
    def one(case: Case) -> None:
        if time.monotonic() > deadline:
            return
        started = time.perf_counter()
        failures = check_case(case, directory, checks)
        spent = time.perf_counter() - started
        language = seeds.language
        figures.tried[language] += 1
        figures.seconds[language] += spent
        if spent > figures.slowest.get(language, (0.0, ""))[0]:
            figures.slowest[language] = (spent, case.origin)
        if failures:
            figures.failed[language] += 1
            found.append((case, failures))

    one()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join((__doc__ or "").split("\n\n")[1:]),
    )
    parser.add_argument("roots", nargs="*", type=Path, help="directories of real code to add")
    parser.add_argument("--minutes", type=float, default=2.0, help="time budget (default 2)")
    parser.add_argument("--seed", type=int, help="for a run that repeats (default: random)")
    parser.add_argument("--language", action="append", help="only this language (repeatable)")
    parser.add_argument("--checks", default="abch", help="properties to check (default abch)")
    parser.add_argument("--out", type=Path, default=REGRESSIONS, help="where failures go")
    parser.add_argument("--batch", type=int, default=BATCH, help="inputs per language per turn")
    parser.add_argument("--shrink-seconds", type=float, default=SHRINK_SECONDS)
    args = parser.parse_args(argv)

    run_seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    seeds = load_seeds(args.roots)
    languages = args.language or list(LANGUAGES)
    unknown = sorted(set(languages) - set(seeds))
    if unknown:
        parser.error(f"no grammar for {', '.join(unknown)}")
    figures = fuzz(
        seeds,
        languages,
        seconds=args.minutes * 60,
        run_seed=run_seed,
        checks=args.checks,
        out=args.out,
        batch=args.batch,
        shrink_seconds=args.shrink_seconds,
    )
    report(figures, languages, run_seed)
    return 1 if figures.failed else 0


def fuzz(
    seeds: dict[str, Seeds],
    languages: Sequence[str],
    *,
    seconds: float,
    run_seed: int,
    checks: str = "abch",
    out: Path = REGRESSIONS,
    batch: int = BATCH,
    shrink_seconds: float = SHRINK_SECONDS,
    turns: int | None = None,
) -> Figures:
    """Inputs for `languages`, in turns of `batch` each, until `seconds` have passed (or
    after `turns` turns: the same inputs on any machine); each new kind of failure made
    smaller and written under `out`."""
    started = time.monotonic()
    deadline = started + seconds
    figures = Figures()
    generator = random.Random(run_seed)
    seen: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="semdiff-fuzz-") as temporary:
        directory = Path(temporary) / "case"
        # Each input is written there before semdiff reads it: if a grammar crashes the whole
        # process (a segfault cannot be caught), the input that did it stays behind.
        print(f"inputs go to {directory}", file=sys.stderr, flush=True)
        turn = 0
        while time.monotonic() < deadline and (turns is None or turn < turns):
            for language in languages:
                if time.monotonic() >= deadline:
                    break
                found: list[tuple[Case, list[Failure]]] = []
                fuzz_language(
                    seeds[language],
                    figures,
                    examples=batch,
                    seed=generator.randrange(2**32),
                    deadline=deadline,
                    directory=directory,
                    checks=checks,
                    found=found,
                )
                for case, failures in found:
                    for failure in failures:
                        figures.by_signature[failure.signature] += 1
                        figures.messages.setdefault(failure.signature, failure)
                    new = [f for f in failures if f.signature not in seen]
                    if not new:
                        continue
                    seen.update(f.signature for f in failures)
                    print(f"FAIL [{new[0].check}] {language}: {new[0].message.splitlines()[0]}")
                    small = shrink(case, new[0], directory, shrink_seconds)
                    kept = check_case(small, directory, "abc" + new[0].check) or new
                    where = write_regression(
                        small, kept, out, f"bench/fuzz.py --seed {run_seed} (turn {turn})"
                    )
                    figures.written[new[0].signature] = where
                    print(f"     → {_relative(where)}", flush=True)
            turn += 1
    figures.seconds_total = time.monotonic() - started
    return figures


def report(figures: Figures, languages: Sequence[str], run_seed: int) -> None:
    total = sum(figures.tried.values())
    failed = sum(figures.failed.values())
    print(
        f"\nfuzz: {figures.seconds_total:.0f} s, seed {run_seed}, {total} inputs, {failed} failed "
        f"({len(figures.by_signature)} distinct failures)"
    )
    print(f"{'language':<16} {'inputs':>7} {'failed':>7} {'ms/input':>9} {'slowest':>8}")
    for language in languages:
        tried = figures.tried[language]
        mean = 1000 * figures.seconds[language] / tried if tried else 0.0
        slowest = figures.slowest.get(language, (0.0, ""))[0]
        print(
            f"{language:<16} {tried:>7} {figures.failed[language]:>7} {mean:>9.0f} {slowest:>7.2f}s"
        )
    for signature, count in figures.by_signature.most_common():
        failure = figures.messages[signature]
        where = figures.written.get(signature)
        print(f"\n×{count} [{failure.check}] {failure.message.strip().splitlines()[0][:200]}")
        if where is not None:
            print(f"   case: {_relative(where)}")


if __name__ == "__main__":
    sys.exit(main())
