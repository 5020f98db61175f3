"""Helpers shared by the tests: run the CLI in-process, extract an outline, apply hunks."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from semdiff.cli import run
from semdiff.extract import parse_file
from semdiff.model import Entity
from semdiff.render.outline import outline
from semdiff.sources import make_source, split_lines

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _chdir(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def cli(*args: str, cwd: Path | None = None) -> Result:
    """Run `semdiff ARGS` in this process and capture what it writes."""
    out, err = io.BytesIO(), io.StringIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            stack.enter_context(_chdir(cwd))
        stack.enter_context(contextlib.redirect_stderr(err))
        saved = sys.stdout
        sys.stdout = stdout
        try:
            code = run(list(args))
        finally:
            stdout.flush()
            sys.stdout = saved
    return Result(code, out.getvalue().decode("utf-8"), err.getvalue())


def entities(path: str, source: str) -> dict[str, Entity]:
    """The entities of `source` read as the file `path`, by qualified name."""
    parsed = parse_file(make_source(path, source.encode("utf-8")))
    return {entity.qualified_name: entity for entity in parsed.entities}


def extract_outline(path: str, source: str) -> str:
    """The outline of `source`, read as if it were the file `path`."""
    return outline(parse_file(make_source(path, source.encode("utf-8"))))


def apply_hunks(old: str, hunks: list[dict[str, Any]]) -> str:
    """Apply JSON hunks (all of one file) to `old`, checking every line they claim."""
    lines = list(split_lines(old))
    out: list[str] = []
    position = 0

    def anchor(hunk: dict[str, Any]) -> tuple[int, int]:
        old_at = hunk["old_start"] - 1 if hunk["old_lines"] else hunk["old_start"]
        new_at = hunk["new_start"] - 1 if hunk["new_lines"] else hunk["new_start"]
        return old_at, new_at

    for hunk in sorted(hunks, key=anchor):
        old_at, new_at = anchor(hunk)
        assert old_at >= position, f"overlapping hunks at old line {old_at + 1}"
        out.extend(lines[position:old_at])
        assert len(out) == new_at, f"hunk anchored at new line {new_at + 1} lands elsewhere"
        position = old_at
        for line in hunk["lines"]:
            ending = "" if line.get("no_newline") else "\n"
            if line["op"] in " -":
                assert position < len(lines), "hunk runs past the end of the old text"
                claimed = line["text"] + ending
                assert lines[position] == claimed, (
                    f"old line {position + 1} is {lines[position]!r}, hunk says {claimed!r}"
                )
                assert line["old_line"] == position + 1
                position += 1
            if line["op"] in " +":
                out.append(line["text"] + ending)
    out.extend(lines[position:])
    return "".join(out)


def hunks_by_file(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {file["id"]: [] for file in document["files"]}
    for entity in document["entities"]:
        for hunk in entity["hunks"]:
            found[hunk["file_id"]].append(hunk)
    return found


def load_json(text: str) -> dict[str, Any]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value
