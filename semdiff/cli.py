"""The command line: parse arguments, run the pipeline, render, map errors to exit codes.

Exit codes follow diff(1): 0 no differences, 1 differences, 2 trouble. Every error a user can
cause prints one line, `semdiff: error: ...`, on stderr; `--debug` adds the traceback.
"""

from __future__ import annotations

import io
import os
import sys
import traceback
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from semdiff import __version__
from semdiff.errors import SemdiffError, UsageError

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_TROUBLE = 2
EXIT_BROKEN_PIPE = 141


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    PATCH = "patch"


class ColorMode(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _version(value: bool) -> None:
    if value:
        print(f"semdiff {__version__}")
        raise typer.Exit(0)


diff_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings=_SETTINGS,
)


@diff_app.command(
    help="Compare two files or two directories entity by entity: which functions, classes and "
    "types were added, removed, modified, renamed or moved, then the diff of each.\n\n"
    "Other commands: 'semdiff languages' lists the supported languages.",
)
def diff_command(
    old: Annotated[Path, typer.Argument(help="The old file or directory.", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The new file or directory.", show_default=False)],
    output: Annotated[
        Format,
        typer.Option(
            "--format", "-f", help="text for people, json for tools, patch for git apply."
        ),
    ] = Format.TEXT,
    summary: Annotated[
        bool, typer.Option("--summary", "-s", help="Stop after the summary.")
    ] = False,
    include_unchanged: Annotated[
        bool,
        typer.Option("--include-unchanged", help="Also list the entities that did not change."),
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each pair was made (costs of the matcher).")
    ] = False,
    color: Annotated[
        ColorMode, typer.Option("--color", envvar="SEMDIFF_COLOR", help="Colour the text output.")
    ] = ColorMode.AUTO,
    context: Annotated[
        int, typer.Option("--unified", "-U", min=0, help="Lines of context around changes.")
    ] = 3,
    language: Annotated[
        str | None, typer.Option("--language", help="Parse both sides as this language.")
    ] = None,
    entity: Annotated[
        list[str] | None,
        typer.Option(
            "--entity", help="With --format patch: only this entity's change (repeatable)."
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> int:
    del debug, version  # read before parsing (see main) / handled by its callback
    from semdiff.languages import spec_by_name  # noqa: PLC0415 (start-up time)
    from semdiff.match.assignment import MAX_EXACT_SIDE  # noqa: PLC0415
    from semdiff.pipeline import diff_pairs  # noqa: PLC0415
    from semdiff.sources import file_pairs  # noqa: PLC0415

    if language is not None:
        try:
            spec_by_name(language)
        except KeyError:
            raise UsageError(f"unknown language {language!r} (see 'semdiff languages')") from None
    if entity and output is not Format.PATCH:
        raise UsageError("--entity needs --format patch")
    pairs, identical = file_pairs(old, new, language=language)
    report, matching = diff_pairs(
        pairs,
        old_label=old.as_posix(),
        new_label=new.as_posix(),
        identical_files=identical,
        context=context,
    )
    if matching.greedy_components:
        print(
            f"semdiff: note: {matching.greedy_components} group(s) of more than "
            f"{MAX_EXACT_SIDE} similar entities were paired greedily, not optimally",
            file=sys.stderr,
        )
    if output is Format.JSON:
        from semdiff.render.json import render_json  # noqa: PLC0415

        _write(render_json(report, include_unchanged=include_unchanged))
    elif output is Format.PATCH:
        from semdiff.render.patch import render_patch  # noqa: PLC0415

        if entity:
            known = {change.id for change in report.changes}
            unknown = [e for e in entity if e not in known]
            if unknown:
                raise UsageError(f"no entity with id {unknown[0]!r} in this diff")
        _write(render_patch(report, entity_ids=entity or None))
    else:
        from semdiff.render.terminal import make_console, render_text  # noqa: PLC0415

        stream = _text_stdout()
        console = make_console(stream, color=_use_color(color), width=_width())
        render_text(
            report, console, summary_only=summary or explain, include_unchanged=include_unchanged
        )
        if explain:
            from semdiff.render.explain import render_explain  # noqa: PLC0415

            render_explain(report, matching, console)
        stream.flush()
        stream.detach()  # closing the wrapper would close stdout
    return EXIT_DIFFERENT if report.has_differences else EXIT_SAME


languages_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings=_SETTINGS,
)


@languages_app.command(help="List the supported languages, their file extensions and entity kinds.")
def languages_command(
    output: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.TEXT,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> int:
    del debug
    from semdiff.catalog import languages_json, languages_text  # noqa: PLC0415

    if output is Format.PATCH:
        raise UsageError("languages has no patch format")
    _write(languages_json() if output is Format.JSON else languages_text())
    return EXIT_SAME


def _use_color(mode: ColorMode) -> bool:
    if mode is ColorMode.ALWAYS:
        return True
    if mode is ColorMode.NEVER or os.environ.get("NO_COLOR"):
        return False
    # Under git's pager stdout is a pipe, but git says so and the pager shows colour.
    return sys.stdout.isatty() or os.environ.get("GIT_PAGER_IN_USE") == "true"


def _width() -> int:
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 100


def _text_stdout() -> io.TextIOWrapper:
    return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace", newline="\n")


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8", errors="replace"))
    sys.stdout.buffer.flush()


def main(argv: Sequence[str] | None = None) -> NoReturn:
    sys.exit(run(list(sys.argv[1:] if argv is None else argv)))


def run(args: list[str]) -> int:
    """Run one command line and return its exit code."""
    from typer.main import get_command  # noqa: PLC0415

    debug = "--debug" in args or os.environ.get("SEMDIFF_DEBUG") == "1"
    if args and args[0] == "languages":
        command, args, prog = get_command(languages_app), args[1:], "semdiff languages"
    else:
        command, prog = get_command(diff_app), "semdiff"
    try:
        result = command.main(args, prog_name=prog, standalone_mode=False)
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
    return result if isinstance(result, int) else EXIT_SAME


def _click_error(error: Exception, prog: str) -> int:
    exit_code = getattr(error, "exit_code", EXIT_TROUBLE)
    if type(error).__name__ == "Exit":
        return int(exit_code)
    format_message = getattr(error, "format_message", None)
    message = format_message() if callable(format_message) else str(error)
    print(f"{prog}: error: {message} (try '{prog} --help')", file=sys.stderr)
    return EXIT_TROUBLE


def _fail(message: str, debug: bool | None) -> int:
    if debug:
        traceback.print_exc()
    print(f"semdiff: error: {message}", file=sys.stderr)
    if debug is None:
        print("semdiff: this is a bug; run with --debug for the traceback", file=sys.stderr)
    return EXIT_TROUBLE


def _silence_stdout() -> None:
    """The reader went away (the pager quit): stop writing without a second error at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
