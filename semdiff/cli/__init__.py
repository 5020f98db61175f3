"""The command line: parse arguments, run the pipeline, render, map errors to exit codes.

One module per command, each its own typer app (`diff`: `semdiff OLD NEW`, `git`, `show`,
`log`, `driver`: git's external diff, `languages`, `serve`: many command lines in one
process); `options` declares the options they share and `output` runs a comparison and writes
its report. `run` reads the first argument and imports only the command it names: git and
Emacs start semdiff often, so start-up time counts.

Exit codes are git diff's (and difftastic's): 0 after showing a diff, in every mode; with
`--exit-code`, 1 when there were differences (and 0 when there were none); 2 for trouble. As
git's external diff, trouble too exits 0 unless `--exit-code` is given: git stops the whole
diff at a driver's first non-zero exit. Every error a user can cause prints one line,
`semdiff: error: ...`, on stderr; `--debug` adds the traceback.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING, NoReturn

from semdiff.cli.options import RENAME_THRESHOLD, ColorMode, Format, Output
from semdiff.cli.output import EXIT_BROKEN_PIPE, EXIT_DIFFERENT, EXIT_OK, EXIT_TROUBLE
from semdiff.errors import OutputError, SemdiffError

if TYPE_CHECKING:
    import typer

    from semdiff.cli.diff import app as diff_app
    from semdiff.cli.driver import app as driver_app
    from semdiff.cli.git import app as git_app
    from semdiff.cli.languages import app as languages_app
    from semdiff.cli.log import app as log_app
    from semdiff.cli.serve import app as serve_app
    from semdiff.cli.show import app as show_app

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_DIFFERENT",
    "EXIT_OK",
    "EXIT_TROUBLE",
    "RENAME_THRESHOLD",
    "ColorMode",
    "Format",
    "Output",
    "diff_app",
    "driver_app",
    "git_app",
    "git_main",
    "languages_app",
    "log_app",
    "main",
    "run",
    "serve_app",
    "show_app",
]

SUBCOMMANDS = ("git", "show", "log", "languages", "serve")
"""The commands named by the first argument; anything else is `semdiff OLD NEW` (module
`diff`) or, given git's external-diff arguments, the driver (module `driver`)."""


def _app(module: str) -> typer.Typer:
    app: typer.Typer = import_module(f"semdiff.cli.{module}").app
    return app


def __getattr__(name: str) -> typer.Typer:
    """`semdiff.cli.diff_app` and the like: each command's app, imported when first asked for."""
    module = name.removesuffix("_app")
    if name.endswith("_app") and module in {"diff", "driver", *SUBCOMMANDS}:
        return _app(module)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


GC_THRESHOLDS = (100_000, 50, 100)
"""How often Python's cycle collector runs (allocations, then young collections per older
one). Its default, (700, 10, 10), suits long-running programs that make cyclic garbage; a big
diff holds millions of objects and makes almost none, and the collector kept walking them all:
on Django 5.0 -> 5.1 it took about 3 s of 14.7 (docs/performance.md). Cycles are still
collected, less often; peak memory did not change."""


def main(argv: Sequence[str] | None = None) -> NoReturn:
    gc.set_threshold(*GC_THRESHOLDS)
    sys.exit(run(list(sys.argv[1:] if argv is None else argv)))


def git_main() -> NoReturn:
    """`git semdiff ...`: git runs `git-semdiff` from PATH with the rest of its arguments."""
    gc.set_threshold(*GC_THRESHOLDS)
    args = sys.argv[1:]
    sys.exit(run(args if args[:1] in (["show"], ["log"]) else ["git", *args]))


def run(args: list[str]) -> int:
    """Run one command line and return its exit code."""
    from semdiff.extdiff import detect  # noqa: PLC0415

    debug = "--debug" in args or os.environ.get("SEMDIFF_DEBUG") == "1"
    call = detect(args, os.environ) if args[:1] != ["languages"] else None
    if call is not None:
        code = _invoke(_app("driver"), call.options, "semdiff", call, debug)
        # git aborts the whole diff when its driver exits non-zero, even on trouble (unless
        # told to trust it: diff.trustExitCode with --exit-code).
        return code if "--exit-code" in call.options else EXIT_OK
    if args and args[0] in SUBCOMMANDS:
        name, rest = args[0], args[1:]
        paths = None
        if name != "languages" and "--" in rest:
            at = rest.index("--")
            rest, paths = rest[:at], rest[at + 1 :]
        return _invoke(_app(name), rest, f"semdiff {name}", paths, debug)
    return _invoke(_app("diff"), args, "semdiff", None, debug)


def _invoke(app: typer.Typer, args: list[str], prog: str, obj: object, debug: bool) -> int:
    from typer.main import get_command  # noqa: PLC0415

    if sys.stdout is None:
        # Started with stdout closed (`>&-`): Python then has no sys.stdout at all, and every
        # write would fail deep inside a renderer, or print() would drop it without a word.
        return _fail("cannot write the output: standard output is closed", debug=False)
    command = get_command(app)
    try:
        result = command.main(args, prog_name=prog, standalone_mode=False, obj=obj)
    except OutputError as error:
        _silence_stdout()  # nothing more can go there, not even at exit
        return _fail(str(error), debug)
    except SemdiffError as error:
        return _fail(str(error), debug)
    except BrokenPipeError:
        # The reader went away (`| head`, a pager quit): stop quietly, with the status a
        # process killed by SIGPIPE has, as diff(1) and git do.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if type(error).__module__.startswith(("click", "typer")):
            return _click_error(error, prog)
        return _fail(f"internal error: {type(error).__name__}: {error}", True if debug else None)
    return result if isinstance(result, int) else EXIT_OK


def _click_error(error: Exception, prog: str) -> int:
    exit_code = getattr(error, "exit_code", EXIT_TROUBLE)
    if type(error).__name__ == "Exit":
        return int(exit_code)
    from semdiff.escape import visible  # noqa: PLC0415 (only errors need it; start-up time)

    format_message = getattr(error, "format_message", None)
    message = format_message() if callable(format_message) else str(error)
    print(f"{prog}: error: {visible(message)} (try '{prog} --help')", file=sys.stderr)
    return EXIT_TROUBLE


def _fail(message: str, debug: bool | None) -> int:
    from semdiff.escape import visible  # noqa: PLC0415 (only errors need it; start-up time)

    if debug:
        traceback.print_exc()
    # Messages carry paths, git's words and arguments: escaped like any text from outside.
    print(f"semdiff: error: {visible(message)}", file=sys.stderr)
    if debug is None:
        print("semdiff: this is a bug; run with --debug for the traceback", file=sys.stderr)
    return EXIT_TROUBLE


def _silence_stdout() -> None:
    """The reader went away (the pager quit): stop writing without a second error at exit."""
    try:
        fileno = sys.stdout.fileno()
    except (OSError, ValueError):  # `semdiff serve` captures stdout in memory
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
