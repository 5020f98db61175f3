"""Same inputs, same bytes: in every process, whatever PYTHONHASHSEED says.

Python salts string hashes per process, so anything that iterates a set of strings (or sums
floats in that order) can change the output from one run to the next. Each seed below runs
every fixture in every format in one process, and the digests must agree.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.support import ROOT

_SCRIPT = """
import hashlib, io, sys
from pathlib import Path
from tests.golden.test_fixtures import CASES, _sides
from tests.support import cli
digest = hashlib.sha256()
for case in CASES:
    old, new = _sides(case)
    for output in ("json", "text", "patch"):
        result = cli(old, new, "--format", output, "--color", "always", "--include-unchanged",
                     cwd=case) if output != "patch" else cli(old, new, "-f", "patch", cwd=case)
        digest.update(case.name.encode() + result.stdout.encode())
print(len(CASES), digest.hexdigest())
"""


def test_output_is_identical_across_hash_seeds() -> None:
    outputs = set()
    # Seeds 2 and 7 exposed a float sum taken in set order (fixed in match/cost.py).
    for seed in ("0", "2", "7", "13", "4242"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1, outputs
    assert int(next(iter(outputs)).split()[0]) > 30
