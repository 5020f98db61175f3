"""The wheel carries the grammars: an installed semdiff must not depend on a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from semdiff.languages import all_specs
from tests.support import ROOT


def test_wheel_contains_every_language(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("semdiff-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for spec in all_specs():
        for file in ("language.toml", "entities.scm"):
            assert f"semdiff/grammars/{spec.name}/{file}" in names
    assert "semdiff/py.typed" in names
