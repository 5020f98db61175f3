"""Robust failure (issue 6, part 5): a broken grammar or query, a full disk for the output, a
reader that goes away. Each ends in one clear line and exit 2, or (a closed pipe) quietly.
git missing or too old: tests/git/test_git_failure.py."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import tree_sitter_language_pack

from semdiff import extract, parse
from semdiff.languages import spec_by_name
from tests.support import ROOT, Result, cli

OLD = "def f():\n    return 1\n"
NEW = "def f():\n    return 2\n"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.write_text(OLD)
    b.write_text(NEW)
    return str(a), str(b)


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Grammars and queries are cached per process: a broken one must not outlive its test."""
    parse.load_language.cache_clear()
    extract._compiled_query.cache_clear()
    extract._alias_query.cache_clear()
    yield
    parse.load_language.cache_clear()
    extract._compiled_query.cache_clear()
    extract._alias_query.cache_clear()


def _one_line_error(result: Result, *fragments: str) -> None:
    assert result.code == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("semdiff: error: "), lines[0]
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.mark.usefixtures("fresh_caches")
def test_a_grammar_that_fails_to_load(
    pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(name: str) -> object:
        raise OSError(f"cannot open the shared library for {name}")

    monkeypatch.setattr(tree_sitter_language_pack, "get_language", broken)
    _one_line_error(cli(*pair), "cannot load the tree-sitter grammar 'python'", "shared library")


@pytest.mark.usefixtures("fresh_caches")
def test_a_query_with_an_error(
    pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    query = tmp_path / "entities.scm"
    query.write_text("(function_definition name: (no_such_node) @name) @definition.function\n")
    spec = spec_by_name("python")
    monkeypatch.setattr(type(spec), "query_path", property(lambda _: query))
    _one_line_error(cli(*pair), str(query))


@pytest.mark.usefixtures("fresh_caches")
def test_a_query_file_that_cannot_be_read(
    pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.scm"
    spec = spec_by_name("python")
    monkeypatch.setattr(type(spec), "query_path", property(lambda _: missing))
    _one_line_error(cli(*pair), str(missing), "No such file")


@pytest.mark.parametrize("output", ["text", "json", "patch"])
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_disk_for_the_output(pair: tuple[str, str], output: str) -> None:
    """/dev/full fails every write with ENOSPC, as a full disk does."""
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "semdiff", *pair, "--format", output],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            check=False,
        )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert stderr == "semdiff: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize(
    "args",
    [["--format", "text"], ["--format", "json"], ["--format", "patch"], ["languages"]],
    ids=["text", "json", "patch", "languages"],
)
def test_stdout_closed(pair: tuple[str, str], args: list[str]) -> None:
    """`semdiff a.py b.py >&-`: Python starts without sys.stdout; this was an internal error
    (AttributeError) for a diff, and `languages` printed nothing and exited 0."""
    command = [*pair, *args] if args[0].startswith("-") else args
    done = subprocess.run(
        [sys.executable, "-m", "semdiff", *command],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        preexec_fn=lambda: os.close(1),  # the tests run no threads: fork is safe
        check=False,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert stderr == "semdiff: error: cannot write the output: standard output is closed\n"


def test_a_reader_that_goes_away(tmp_path: Path) -> None:
    """The pager quits after the first line: no error, no traceback, the status of SIGPIPE."""
    old = "".join(f"def f{i}():\n    return {i}\n\n" for i in range(3000))
    new = old.replace("return", "return -")
    (tmp_path / "a.py").write_text(old)
    (tmp_path / "b.py").write_text(new)
    reader, writer = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "semdiff", "a.py", "b.py", "--color", "never"],
        stdout=writer,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        assert pipe.readline().startswith(b"a.py")
    _, stderr = process.communicate(timeout=60)
    assert stderr == b""
    assert process.returncode == 141  # 128 + SIGPIPE, as diff and git exit
