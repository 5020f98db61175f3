"""Run semdiff on a case and read back the pairs it reports.

Two engines give the same JSON document (docs/json.md): `cli` runs `semdiff OLD NEW --format
json --include-unchanged` in a new process, as a user or a tool would; `api` calls the same
pipeline and JSON renderer in the worker process, without the start-up cost. Each case is
two directories (old/ and new/) holding the same relative paths, so that a move between
files is compared as semdiff compares a tree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .truth import Case, EntityRef

Engine = Literal["cli", "api"]
TIMEOUT = 300


@dataclass(frozen=True)
class Reported:
    """One entity of semdiff's output: a pair, or one side alone."""

    old: EntityRef | None
    new: EntityRef | None
    status: str
    flags: tuple[str, ...]
    similarity: float | None = None
    """The body similarity semdiff gives a pair (0..1), None for one side alone."""


@dataclass(frozen=True)
class Job:
    case_id: str
    directory: str
    engine: Engine


@dataclass(frozen=True)
class Outcome:
    case_id: str
    reported: tuple[Reported, ...]
    error: str | None
    seconds: float


def write_case(case: Case, directory: Path) -> None:
    for side, files in (("old", case.old_files), ("new", case.new_files)):
        for path, data in files:
            target = directory / side / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def execute(job: Job) -> Outcome:
    """Run in a worker process: semdiff on one case directory."""
    started = time.perf_counter()
    old, new = Path(job.directory) / "old", Path(job.directory) / "new"
    try:
        document = _cli(old, new) if job.engine == "cli" else _api(old, new)
        reported = parse_report(document)
    except (RuntimeError, ValueError, KeyError, TypeError) as error:
        return Outcome(job.case_id, (), f"{type(error).__name__}: {error}", 0.0)
    return Outcome(job.case_id, reported, None, time.perf_counter() - started)


def command(old: Path, new: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "semdiff",
        str(old),
        str(new),
        "--format",
        "json",
        "--include-unchanged",
        "--color",
        "never",
    ]


def _environment(nowhere: Path) -> dict[str, str]:
    """The caller's environment without what changes semdiff's reading of files (a user's
    language map and config file, git's external-diff variables), so that every machine
    reads the same. `nowhere` is a directory that does not exist (no config file there)."""
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SEMDIFF_", "GIT_")) and key != "XDG_CONFIG_HOME"
    }
    keep["XDG_CONFIG_HOME"] = str(nowhere)
    return keep


def _cli(old: Path, new: Path) -> dict[str, Any]:
    try:
        process = subprocess.run(
            command(old, new),
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
            env=_environment(old.parent / "no-config"),
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"semdiff took more than {TIMEOUT} s") from None
    if process.returncode not in (0, 1):
        message = process.stderr.decode("utf-8", errors="replace").strip()
        raise RuntimeError(f"semdiff exited {process.returncode}: {message}")
    document: dict[str, Any] = json.loads(process.stdout)
    return document


def _api(old: Path, new: Path) -> dict[str, Any]:
    from semdiff.pipeline import diff  # noqa: PLC0415 (only this engine needs the pipeline)
    from semdiff.render.json import report_document  # noqa: PLC0415
    from semdiff.sources import compare_paths  # noqa: PLC0415

    report, _ = diff(compare_paths(old, new))
    return report_document(report, include_unchanged=True)


def parse_report(document: dict[str, Any]) -> tuple[Reported, ...]:
    found = []
    for entity in document["entities"]:
        if entity["kind"] == "module":
            continue
        found.append(
            Reported(
                old=_side(entity["old"], entity["kind"]),
                new=_side(entity["new"], entity["kind"]),
                status=entity["status"],
                flags=tuple(entity["flags"]),
                similarity=_similarity(entity),
            )
        )
    return tuple(found)


def _similarity(entity: dict[str, Any]) -> float | None:
    """The entity's `similarity` (docs/json.md), or its `match`'s if a version puts it there."""
    value = entity.get("similarity")
    if value is None and isinstance(entity.get("match"), dict):
        value = entity["match"].get("similarity")
    return None if value is None else float(value)


def _side(side: dict[str, Any] | None, kind: str) -> EntityRef | None:
    if side is None:
        return None
    span = side["span"]
    return EntityRef(
        path=side["path"],
        start=span["start_byte"],
        end=span["end_byte"],
        kind=side.get("kind", kind),
        qualified_name=side["qualified_name"],
    )
