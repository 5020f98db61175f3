"""bench/realcommits.py: where it looks for the benchmark, what it hands run.py, and one line
and exit 2 when there is none. No corpus: a stand-in run.py prints what it was given."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import realcommits

STAND_IN = """import json, os, sys
print(json.dumps({"argv": sys.argv[1:], "path": os.environ["PYTHONPATH"],
                  "semdiff_variables": sorted(k for k in os.environ if k.startswith("SEMDIFF_"))}))
sys.exit(1)
"""
"""Prints its arguments and environment, and exits 1 as run.py does when a case failed."""


def test_the_benchmark_is_looked_for_beside_the_checkout_unless_told(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SEMDIFF_EVAL_DEV", raising=False)
    assert realcommits.arguments([]).eval_dev == ROOT.parent / "shared" / "eval-dev"
    monkeypatch.setenv("SEMDIFF_EVAL_DEV", "/elsewhere")
    assert realcommits.arguments([]).eval_dev == Path("/elsewhere")
    assert realcommits.arguments(["--eval-dev", "/there"]).eval_dev == Path("/there")


def test_a_missing_benchmark_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SEMDIFF_EVAL_DEV", str(tmp_path / "nowhere"))
    assert realcommits.main(["--limit", "3"]) == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    [line] = printed.err.splitlines()
    assert str(tmp_path / "nowhere") in line and "SEMDIFF_EVAL_DEV" in line


def test_options_reach_run_py_with_this_checkouts_semdiff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "run.py").write_text(STAND_IN)
    monkeypatch.setenv("SEMDIFF_EVAL_DEV", "/not/this/one")
    status = realcommits.main(
        ["--eval-dev", str(tmp_path), "--failures", "out.jsonl", "--dataset", "d", "--limit", "3"]
    )
    assert status == 1  # run.py's own
    printed = json.loads(capfd.readouterr().out)
    semdiff, *options = printed["argv"]
    assert options == ["--failures", "out.jsonl", "--dataset", "d", "--limit", "3"]
    assert Path(semdiff).name == "semdiff"
    assert printed["path"].split(os.pathsep)[0] == str(ROOT)
    assert printed["semdiff_variables"] == []


def test_without_a_semdiff_script_a_wrapper_runs_the_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))
    program = Path(realcommits.semdiff_program(tmp_path))
    assert program.parent == tmp_path and os.access(program, os.X_OK)
    assert f"{tmp_path}/bin/python -m semdiff" in program.read_text()
