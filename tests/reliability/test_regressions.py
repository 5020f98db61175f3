"""Replay every case in tests/reliability/regressions/: inputs that once broke a property
(found by bench/fuzz.py, or by hand), each a directory with old.<ext> and new.<ext> (or old/
and new/) and case.toml saying what failed. Every property must hold on each of them.

These are not fixtures/ cases: those are goldens a reviewer reads (expect.toml, expected.*);
these are whatever input broke semdiff once, often made of noise.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.reliability.checks import ALL_CHECKS, STAGING_CHECK, Case, check_case

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
CASES = sorted(path for path in REGRESSIONS.glob("*") if (path / "case.toml").is_file())


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def load_case(directory: Path) -> Case:
    about = tomllib.loads((directory / "case.toml").read_text(encoding="utf-8"))
    if about.get("tree"):
        old, new = _files(directory / "old"), _files(directory / "new")
        return Case(about["language"], old, new, True, about.get("origin", ""))
    (old_path,) = (p for p in directory.glob("old*") if p.is_file())
    (new_path,) = (p for p in directory.glob("new*") if p.is_file())
    return Case(
        about["language"],
        {old_path.name: old_path.read_bytes()},
        {new_path.name: new_path.read_bytes()},
        False,
        about.get("origin", ""),
        about.get("broken"),
    )


def test_regression_cases_are_well_formed() -> None:
    for directory in CASES:
        about = tomllib.loads((directory / "case.toml").read_text(encoding="utf-8"))
        assert {"language", "check", "command"} <= set(about), directory
        load_case(directory)


@pytest.mark.parametrize("directory", CASES, ids=lambda path: path.name)
def test_regression_case_keeps_every_property(directory: Path, tmp_path: Path) -> None:
    case = load_case(directory)
    about = tomllib.loads((directory / "case.toml").read_text(encoding="utf-8"))
    # Staging is checked on demand only (checks.py): on the cases it once failed.
    checks = ALL_CHECKS + (STAGING_CHECK if about["check"] == STAGING_CHECK else "")
    failures = check_case(case, tmp_path, checks)
    assert not failures, "\n".join(
        [f"{directory.name} ({about['command']}, in {directory}):"]
        + [f"[{failure.check}] {failure.message}" for failure in failures]
    )
