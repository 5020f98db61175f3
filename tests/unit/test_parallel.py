"""Parsing in worker processes gives the report a sequential run gives, byte for byte."""

from __future__ import annotations

import pytest

from semdiff import pipeline
from semdiff.render.json import render_json
from semdiff.sources import compare_paths
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
