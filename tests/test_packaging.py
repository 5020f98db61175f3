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
    root = all_specs()[0].directory.parent
    for spec in all_specs():
        assert f"semdiff/grammars/{spec.name}/language.toml" in names
        assert f"semdiff/grammars/{spec.query_path.relative_to(root).as_posix()}" in names
    assert "semdiff/py.typed" in names
