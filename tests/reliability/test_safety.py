"""Safety (issue 6, part 4) that the other suites do not already cover: no shell, no
evaluation, no temporary files. Covered elsewhere: configured external diffs and textconv
never run (tests/git/test_revisions.py), control characters from a compared file are escaped
in the terminal (tests/cli/test_cli.py)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

PYTHON = sorted((ROOT / "semdiff").rglob("*.py"))
ELISP = sorted((ROOT / "emacs").glob("*.el"))


def _calls(path: Path) -> list[tuple[str, ast.Call]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            found.append((ast.unparse(node.func), node))
    return found


@pytest.mark.parametrize("path", PYTHON, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_runs_no_shell_and_evaluates_nothing(path: Path) -> None:
    for name, call in _calls(path):
        assert name not in {"eval", "exec", "compile", "os.system", "os.popen", "__import__"}, (
            f"{path}:{call.lineno}: {name}"
        )
        for keyword in call.keywords:
            assert keyword.arg != "shell", f"{path}:{call.lineno}: {name}(shell=...)"
        if name.startswith("subprocess."):
            command = call.args[0] if call.args else None
            assert isinstance(command, ast.List), (
                f"{path}:{call.lineno}: {name} must get an argument list"
            )


SHELL_FORMS = re.compile(
    r"\((shell-command[-a-z]*|start-process-shell-command|call-process-shell-command"
    r"|make-process[^)]*:command\s+\(list\s+shell-file-name|eval|read-from-string)\b"
)


@pytest.mark.parametrize("path", ELISP, ids=lambda p: p.name)
def test_emacs_runs_no_shell_and_evaluates_nothing(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not SHELL_FORMS.search(text), SHELL_FORMS.search(text)


def test_no_temporary_file_is_left_or_made(tmp_path: Path) -> None:
    """semdiff needs none: files are read into memory, git blobs come through a pipe."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    (tmp_path / "a.py").write_text("def f():\n    return 1\n")
    (tmp_path / "b.py").write_text("def f():\n    return 2\n")
    env = {**os.environ, "TMPDIR": str(temporary), "PYTHONPATH": str(ROOT)}
    for args in (["a.py", "b.py"], ["a.py", "b.py", "--format", "patch"]):
        done = subprocess.run(
            [sys.executable, "-m", "semdiff", *args], cwd=tmp_path, env=env, check=False
        )
        assert done.returncode == 0
    assert list(temporary.iterdir()) == []
