"""Same inputs, same bytes: in every process, whatever PYTHONHASHSEED says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import FIXTURES

CASES = [FIXTURES / "python" / "moved_between_files", FIXTURES / "rust" / "fn_moved_and_renamed"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
@pytest.mark.parametrize("output", ["json", "text", "patch"])
def test_output_is_identical_across_hash_seeds(case: Path, output: str) -> None:
    outputs = set()
    for seed in ("0", "1", "12345"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "semdiff",
                "old",
                "new",
                "--format",
                output,
                "--color",
                "always",
            ],
            cwd=case,
            env=environment,
            capture_output=True,
            check=False,
        )
        assert result.returncode == 1, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1
