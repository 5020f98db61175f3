"""`semdiff serve`: one resident process answering command lines, for callers that run semdiff
often (the Emacs frontend: every refresh, every stage). Start-up (Python, typer, tree-sitter,
the grammars and their compiled queries) is paid once, and parsed files are kept, keyed by
their content, for the next request that shows the same file (`pipeline.ParseCache`).

The protocol (docs/serve.md): one JSON object per line on stdin,
`{"id": ..., "argv": [...], "cwd": "...", "env": {...}}`, answered by one JSON line on stdout,
`{"id": ..., "exit": N, "stdout": "...", "stderr": "..."}`, with exactly the bytes and exit
code `semdiff ARGV` run in `cwd` would give. Requests are answered in order, one at a time.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from typing import IO, Annotated, Any

import typer

from semdiff import pipeline, progress
from semdiff.cli.options import DebugOption, make_app
from semdiff.cli.output import EXIT_OK, EXIT_TROUBLE

app = make_app()


@app.command(help="Answer command lines read as JSON, one per line, from stdin (docs/serve.md).")
def serve_command(
    cache_mb: Annotated[
        int,
        typer.Option(
            "--cache-mb", min=0, help="Memory for parsed files kept between requests (estimate)."
        ),
    ] = pipeline.CACHE_BYTES // (1024 * 1024),
    debug: DebugOption = False,
) -> int:
    del debug
    requests, answers = _claim_stdio()
    pipeline.use_parse_cache(pipeline.ParseCache(cache_mb * 1024 * 1024))
    try:
        for line in requests:
            if line.strip():
                answers.write(_answer(line) + b"\n")
                answers.flush()
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the caller went away: nothing left to answer
    finally:
        pipeline.use_parse_cache(None)
    return EXIT_OK


def _claim_stdio() -> tuple[IO[bytes], IO[bytes]]:
    """The protocol's streams, taken off descriptors 0 and 1, which then point at /dev/null: a
    program semdiff starts (git) inherits them and must neither read a request nor write into
    an answer."""
    sys.stdout.flush()
    requests = os.fdopen(os.dup(0), "rb")
    answers = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    return requests, answers


def _answer(line: bytes) -> bytes:
    ident: Any = None
    try:
        request = json.loads(line)
        if not isinstance(request, dict):
            raise ValueError("a request is a JSON object")
        ident = request.get("id")
        argv, cwd, env = _fields(request)
    except ValueError as error:  # json.JSONDecodeError is one
        return _reply(ident, EXIT_TROUBLE, b"", f"semdiff: error: bad request: {error}\n".encode())
    with _captured() as (out, err), _environment(env):
        try:
            os.chdir(cwd)
        except OSError as error:
            message = f"semdiff: error: cannot enter {cwd}: {error.strerror or error}\n"
            return _reply(ident, EXIT_TROUBLE, b"", message.encode())
        code = _run(argv)
    return _reply(ident, code, out.getvalue(), err.getvalue())


def _fields(request: dict[str, Any]) -> tuple[list[str], str, dict[str, str | None]]:
    argv = request.get("argv")
    if not isinstance(argv, list) or not all(isinstance(arg, str) for arg in argv):
        raise ValueError("'argv' must be a list of strings")
    if argv[:1] == ["serve"]:
        raise ValueError("'serve' cannot be a request")
    cwd = request.get("cwd", os.getcwd())
    if not isinstance(cwd, str) or not cwd:
        raise ValueError("'cwd' must be a directory's path")
    env = request.get("env", {})
    if not isinstance(env, dict) or not all(
        isinstance(key, str) and (value is None or isinstance(value, str))
        for key, value in env.items()
    ):
        raise ValueError("'env' must map names to strings (or null: unset)")
    return argv, cwd, env


def _run(argv: list[str]) -> int:
    from semdiff.cli import run  # noqa: PLC0415 (the package imports this module lazily)

    progress.reset()
    try:
        return run(argv)
    except SystemExit as error:  # a command that exits instead of returning its code
        return error.code if isinstance(error.code, int) else EXIT_TROUBLE
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def _reply(ident: Any, code: int, out: bytes, err: bytes) -> bytes:
    answer: dict[str, Any] = {"id": ident, "exit": code}
    for name, data in (("stdout", out), ("stderr", err)):
        try:
            answer[name] = data.decode("utf-8")
        except UnicodeDecodeError:
            # JSON strings hold text only: bytes that are not UTF-8 travel as base64.
            import base64  # noqa: PLC0415 (rare)

            answer[f"{name}_base64"] = base64.b64encode(data).decode("ascii")
    return json.dumps(answer, ensure_ascii=False).encode("utf-8")


@contextlib.contextmanager
def _captured() -> Iterator[tuple[io.BytesIO, io.BytesIO]]:
    """sys.stdout and sys.stderr as buffers for one request (the commands write text and, for
    patches, bytes to `sys.stdout.buffer`)."""
    saved = sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    streams = sys.stdout, sys.stderr = _text(out), _text(err)
    try:
        yield out, err
    finally:
        sys.stdout, sys.stderr = saved
        for stream in streams:
            stream.flush()
            stream.detach()  # a wrapper closes its buffer when collected


def _text(buffer: io.BytesIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(
        buffer, encoding="utf-8", errors="replace", newline="\n", write_through=True
    )


@contextlib.contextmanager
def _environment(env: dict[str, str | None]) -> Iterator[None]:
    """The request's variables set (None: unset) for its run, and the server's back after."""
    home = os.getcwd()
    saved = {name: os.environ.get(name) for name in env}
    try:
        for name, value in env.items():
            _set(name, value)
        yield
    finally:
        for name, value in saved.items():
            _set(name, value)
        os.chdir(home)


def _set(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
