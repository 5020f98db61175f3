"""`semdiff serve`: a real server process, answering as the command line would, byte for byte."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from semdiff.cli.serve import _reply
from tests.golden.test_fixtures import CASES, _sides
from tests.support import cli


class Server:
    def __init__(self, *options: str, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "semdiff", "serve", *options],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, **(env or {})},
        )
        self.asked = 0

    def send(self, line: bytes) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + b"\n")
        self.process.stdin.flush()
        answer: dict[str, Any] = json.loads(self.process.stdout.readline())
        return answer

    def ask(self, *argv: str, cwd: Path, **extra: Any) -> dict[str, Any]:
        self.asked += 1
        request = {"id": self.asked, "argv": list(argv), "cwd": str(cwd), **extra}
        answer = self.send(json.dumps(request).encode())
        assert answer["id"] == self.asked
        return answer

    def close(self) -> tuple[int, bytes]:
        """End the server as a caller does, by closing its stdin: its exit code and stderr."""
        process = self.process
        assert process.stdin is not None and process.stdout is not None
        assert process.stderr is not None
        process.stdin.close()
        code = process.wait(timeout=30)
        stderr = process.stderr.read()
        process.stdout.close()
        process.stderr.close()
        return code, stderr


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server()
    yield running
    code, stderr = running.close()
    assert (code, stderr) == (0, b"")


def _same_as_cli(answer: dict[str, Any], *argv: str, cwd: Path) -> None:
    expected = cli(*argv, cwd=cwd)
    assert (answer["exit"], answer["stdout"], answer["stderr"]) == (
        expected.code,
        expected.stdout,
        expected.stderr,
    )


def test_every_fixture_answers_as_the_command_line(server: Server) -> None:
    """Every fixture in JSON and text gets its golden files' bytes, which the golden tests
    hold the command line to; JSON asked twice: the second answer comes from the parse cache."""
    for case in CASES:
        old, new = _sides(case)
        text = server.ask(old, new, "--color", "never", cwd=case)
        assert (text["exit"], text["stderr"]) == (0, "")
        assert text["stdout"] == (case / "expected.txt").read_text(encoding="utf-8")
        for _ in range(2):
            document = server.ask(old, new, "-f", "json", "--exit-code", cwd=case)
            assert (document["exit"], document["stderr"]) == (1, "")
            assert document["stdout"] == (case / "expected.json").read_text(encoding="utf-8")


def test_patches_and_errors_as_the_command_line(server: Server, tmp_path: Path) -> None:
    case = CASES[0]
    old, new = _sides(case)
    for argv in (
        (old, new, "-f", "patch"),
        (old, "no-such-file"),
        (old, new, "--no-such-option"),
        ("languages", "-f", "json"),
        ("--version",),
    ):
        _same_as_cli(server.ask(*argv, cwd=case), *argv, cwd=case)


def test_environment_is_per_request(server: Server, tmp_path: Path) -> None:
    (tmp_path / "a.h").write_text("int f(void);\n")
    (tmp_path / "b.h").write_text("int g(void);\n")
    argv = ("a.h", "b.h", "-f", "json")
    as_cpp = server.ask(*argv, cwd=tmp_path, env={"SEMDIFF_LANGUAGES": "*.h=cpp"})
    assert json.loads(as_cpp["stdout"])["files"][0]["language"] == "cpp"
    plain = server.ask(*argv, cwd=tmp_path)
    assert json.loads(plain["stdout"])["files"][0]["language"] == "c"


def test_git_requests_run_in_their_directory(server: Server, tmp_path: Path) -> None:
    env = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True, env={**os.environ, **env})
    (tmp_path / "m.py").write_text("def f():\n    return 1\n")
    subprocess.run([*git, "add", "."], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "a"], cwd=tmp_path, check=True)
    (tmp_path / "m.py").write_text("def f():\n    return 2\n")
    answer = server.ask("git", "--exit-code", "--color", "never", cwd=tmp_path)
    _same_as_cli(answer, "git", "--exit-code", "--color", "never", cwd=tmp_path)
    assert answer["exit"] == 1 and "f" in answer["stdout"]


def test_bad_requests_get_an_error_answer_and_the_server_goes_on(server: Server) -> None:
    for line, reason in (
        (b"not json", "bad request"),
        (b"[1, 2]", "a request is a JSON object"),
        (b'{"id": 7, "argv": "x"}', "'argv' must be a list of strings"),
        (b'{"id": 8, "argv": ["serve"]}', "'serve' cannot be a request"),
        (b'{"id": 9, "argv": [], "env": {"A": 1}}', "'env' must map"),
    ):
        answer = server.send(line)
        assert answer["exit"] == 2 and reason in answer["stderr"], answer
        assert answer["stderr"].startswith("semdiff: error: ") and answer["stdout"] == ""
    missing = server.ask("--version", cwd=Path("/nonexistent/dir"))
    assert missing["exit"] == 2 and "cannot enter /nonexistent/dir" in missing["stderr"]
    assert server.ask("--version", cwd=Path.cwd())["exit"] == 0


def test_output_that_is_not_utf8_travels_as_base64() -> None:
    """JSON strings cannot hold invalid UTF-8; semdiff writes UTF-8 today (patches of such
    files are binary patches), so the answer's encoding is checked directly."""
    answer = json.loads(_reply(3, 0, b"caf\xe9\n", b"note\n"))
    assert answer == {"id": 3, "exit": 0, "stdout_base64": "Y2Fm6Qo=", "stderr": "note\n"}
    assert base64.b64decode(answer["stdout_base64"]) == b"caf\xe9\n"


def test_programs_semdiff_starts_cannot_touch_the_protocol() -> None:
    """Descriptors 0 and 1, which git and any program it starts inherit, point at /dev/null
    once the server runs: a request or an answer is never theirs to read or write."""
    running = Server()
    try:
        running.ask("--version", cwd=Path.cwd())
        descriptors = Path(f"/proc/{running.process.pid}/fd")
        assert os.readlink(descriptors / "0") == os.readlink(descriptors / "1") == os.devnull
    finally:
        assert running.close() == (0, b"")


def _answers_as_the_config_changes(
    server: Server, tmp_path: Path, sides: tuple[str, str], tables: list[str]
) -> list[dict[str, Any]]:
    """The JSON answers to diffing `sides` (in tmp_path) after writing each config table."""
    config = tmp_path / "config" / "semdiff" / "config.toml"
    config.parent.mkdir(parents=True)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    answers = []
    for table in tables:
        config.write_text(table)
        answer = server.ask(*sides, "-f", "json", cwd=tmp_path, env=env)
        answers.append(json.loads(answer["stdout"]))
    return answers


def test_an_edited_config_file_is_read_again(server: Server, tmp_path: Path) -> None:
    (tmp_path / "a.h").write_text("int f(void);\n")
    (tmp_path / "b.h").write_text("int g(void);\n")
    tables = ['[languages]\n"*.h" = "cpp"\n', '[languages]\n"*.h" = "c"\n']
    answers = _answers_as_the_config_changes(server, tmp_path, ("a.h", "b.h"), tables)
    assert [answer["files"][0]["language"] for answer in answers] == ["cpp", "c"]


def test_edited_definition_words_are_not_answered_from_the_cache(
    server: Server, tmp_path: Path
) -> None:
    (tmp_path / "a.clj").write_text("(sp/def ::id int?)\n")
    (tmp_path / "b.clj").write_text("(sp/def ::id string?)\n")
    tables = ['[query_words.clojure]\ntype_macros = ["sp/def"]\n', ""]
    answers = _answers_as_the_config_changes(server, tmp_path, ("a.clj", "b.clj"), tables)
    kinds = [[entity["kind"] for entity in answer["entities"]] for answer in answers]
    assert kinds == [["type"], ["module"]]
