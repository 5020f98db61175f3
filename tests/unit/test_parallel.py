"""Parsing in worker processes gives the report a sequential run gives, byte for byte."""

from __future__ import annotations

import pytest

from semdiff import pipeline
from semdiff.model import Version, VersionKind
from semdiff.render.json import render_json
from semdiff.sources import Comparison, FilePair, compare_paths, make_source
from tests.support import FIXTURES


@pytest.mark.parametrize("case", ["python/moved_between_files", "go/moved_between_files"])
def test_parallel_parsing_changes_nothing(case: str) -> None:
    root = FIXTURES / case
    comparison = compare_paths(root / "old", root / "new")
    sequential, _ = pipeline.diff(comparison)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "PARALLEL_BYTES", 0)
        parallel, _ = pipeline.diff(comparison)
    assert render_json(parallel, include_unchanged=True) == render_json(
        sequential, include_unchanged=True
    )


def test_a_side_compared_as_bytes_keeps_its_bytes_in_workers() -> None:
    # A NUL byte makes the new side binary, so the old one is compared as bytes too: its text
    # and lines are dropped (extract.as_bytes). Workers once handed back the source as read,
    # lines and all, and the line alignment then indexed past the end of the empty owners.
    version = Version("a.py", VersionKind.FILE)
    pairs = (
        FilePair(
            make_source("a.py", b"def f():\n    return 1\n"),
            make_source("a.py", b"def f():\n    return 1\0\n"),
        ),
        FilePair(make_source("b.py", b"x = 1\n"), make_source("b.py", b"x = 2\n")),
    )
    comparison = Comparison(pairs, version, version)
    sequential, _ = pipeline.diff(comparison)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "PARALLEL_BYTES", 0)
        parallel, _ = pipeline.diff(comparison)
    assert render_json(parallel) == render_json(sequential)
