"""The benchmark's generated inputs are what bench/run.py says they are (no timings here:
benchmarks are not tests)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.support import ROOT, cli

sys.path.insert(0, str(ROOT / "bench"))

import generate


def test_scale_pair_renames_moves_and_edits_the_stated_shares(tmp_path: Path) -> None:
    old, new = generate.scale_pair(tmp_path, 1000)
    summary = json.loads(cli("--format", "json", str(old), str(new)).stdout)["summary"]
    assert (summary["renamed"], summary["moved"], summary["added"], summary["removed"]) == (
        200,
        100,
        0,
        0,
    )
    # The edited tenth: the blank lines around moved functions move with them.
    assert summary["modified"] == 100


def test_small_pair_changes_three_functions(tmp_path: Path) -> None:
    old, new = generate.small_pair(tmp_path)
    summary = json.loads(cli("--format", "json", str(old), str(new)).stdout)["summary"]
    assert (summary["renamed"], summary["modified"], summary["added"]) == (1, 2, 0)


def test_worst_case_inputs_are_the_stated_sizes(tmp_path: Path) -> None:
    big, _ = generate.big_source(tmp_path)
    minified, _ = generate.minified(tmp_path)
    assert 4_500_000 < big.stat().st_size < 5_500_000
    assert 1_000_000 <= minified.stat().st_size < 1_001_000
    assert minified.read_text(encoding="utf-8").count("\n") == 0


def test_added_pair_adds_the_stated_functions(tmp_path: Path) -> None:
    old, new = generate.added_pair(tmp_path, 200)
    summary = json.loads(cli("--format", "json", str(old), str(new)).stdout)["summary"]
    assert (summary["added"], summary["removed"], summary["modified"]) == (200, 0, 0)
