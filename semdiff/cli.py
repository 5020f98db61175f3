"""The command line: parse arguments, run the pipeline, render, map errors to exit codes.

Exit codes follow diff(1): 0 no differences, 1 differences, 2 trouble. Every error a user can
cause prints one line, `semdiff: error: ...`, on stderr; `--debug` adds the traceback.
"""

from __future__ import annotations

import gc
import io
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from semdiff import __version__
from semdiff.errors import OutputError, SemdiffError, UsageError

if TYPE_CHECKING:
    from semdiff.extdiff import DriverCall
    from semdiff.match.phases import Matching
    from semdiff.model import Change, DiffReport
    from semdiff.sources import Comparison

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


def _app() -> typer.Typer:
    return typer.Typer(
        add_completion=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings=_SETTINGS,
    )


# The options every diffing command shares, declared once.
FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="text for people, json for tools, patch for git apply."),
]
SummaryOption = Annotated[bool, typer.Option("--summary", "-s", help="Stop after the summary.")]
UnchangedOption = Annotated[
    bool, typer.Option("--include-unchanged", help="Also list the entities that did not change.")
]
ExplainOption = Annotated[
    bool, typer.Option("--explain", help="Show why each pair was made (costs of the matcher).")
]
ColorOption = Annotated[
    ColorMode, typer.Option("--color", envvar="SEMDIFF_COLOR", help="Colour the text output.")
]
ContextOption = Annotated[
    int, typer.Option("--unified", "-U", min=0, help="Lines of context around changes.")
]
LanguageOption = Annotated[
    str | None, typer.Option("--language", help="Parse every file as this language.")
]
EntityOption = Annotated[
    list[str] | None,
    typer.Option(
        "--entity",
        help="With --format patch: only the change with this id. With --explain: only this "
        "entity (an id, a name or a qualified name), with every candidate weighed. Repeatable.",
    ),
]
ForReverseOption = Annotated[
    bool,
    typer.Option(
        "--for-reverse",
        help="With --format patch: a patch for 'git apply --reverse' (unstage, discard), "
        "its context read from the new side.",
    ),
]
MaxSizeOption = Annotated[
    str,
    typer.Option(
        "--max-size",
        envvar="SEMDIFF_MAX_SIZE",
        help="Largest file diffed structurally, in bytes (K, M suffixes; 0: no limit); "
        "a larger one gets a line diff, with the reason shown.",
    ),
]
RENAME_THRESHOLD = 0
"""Percent; the same as semdiff.match.cost.RENAME_THRESHOLD (not imported here: start-up)."""
RenameThresholdOption = Annotated[
    int,
    typer.Option(
        "--rename-threshold",
        min=0,
        max=100,
        envvar="SEMDIFF_RENAME_THRESHOLD",
        help="Least body similarity, in percent, for an entity renamed or moved elsewhere to "
        "be paired with its old self; below it, the two show as removed and added.",
    ),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")]
VersionOption = Annotated[
    bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
]


@dataclass(frozen=True, slots=True)
class Output:
    """How to show a diff: the shared options, checked."""

    format: Format
    summary: bool
    include_unchanged: bool
    explain: bool
    color: ColorMode
    context: int
    language: str | None
    entity: tuple[str, ...]
    for_reverse: bool = False
    max_size: str = "1M"
    rename_threshold: int = RENAME_THRESHOLD

    def __post_init__(self) -> None:
        _bytes(self.max_size)  # a bad value is a usage error before any work
        from semdiff.languages import spec_by_name  # noqa: PLC0415 (start-up time)

        if self.language is not None:
            try:
                spec_by_name(self.language)
            except KeyError:
                raise UsageError(
                    f"unknown language {self.language!r} (see 'semdiff languages')"
                ) from None
        explained = self.explain and self.format is Format.TEXT
        if self.entity and self.format is not Format.PATCH and not explained:
            raise UsageError("--entity needs --format patch, or --explain with the text format")
        if self.for_reverse and self.format is not Format.PATCH:
            raise UsageError("--for-reverse needs --format patch")


def _show(
    comparison: Comparison, output: Output, *, heading: str = "", position: str | None = None
) -> DiffReport:
    """Diff, then write the report as asked; `heading` goes above a text report."""
    from semdiff.match.assignment import MAX_EXACT_SIDE  # noqa: PLC0415
    from semdiff.pipeline import diff  # noqa: PLC0415

    report, matching = diff(
        comparison,
        context=output.context,
        max_size=_bytes(output.max_size),
        rename_threshold=output.rename_threshold / 100,
    )
    for path in comparison.special_left_out:
        print(f"semdiff: note: {path}: not a regular file or a link, left out", file=sys.stderr)
    if matching.greedy_components:
        print(
            f"semdiff: note: {matching.greedy_components} group(s) of more than "
            f"{MAX_EXACT_SIDE} similar entities were paired greedily, not optimally",
            file=sys.stderr,
        )
    if output.format is Format.JSON:
        from semdiff.render.json import render_json  # noqa: PLC0415

        _write(render_json(report, include_unchanged=output.include_unchanged))
    elif output.format is Format.PATCH:
        from semdiff.render.patch import render_patch  # noqa: PLC0415

        if output.entity:
            known = {change.id for change in report.changes}
            unknown = [e for e in output.entity if e not in known]
            if unknown:
                raise UsageError(f"no entity with id {unknown[0]!r} in this diff")
        _write(
            render_patch(report, entity_ids=output.entity or None, for_reverse=output.for_reverse)
        )
    else:
        chosen: list[Change] = []
        if output.explain and output.entity:
            from semdiff.render.explain import chosen_changes  # noqa: PLC0415

            try:
                chosen = chosen_changes(report, output.entity)
            except LookupError as error:
                raise UsageError(
                    f"no entity named or with id {error.args[0]!r} in this diff"
                ) from None
        with _writing():
            _render_terminal(report, matching, output, heading, position, chosen)
    return report


def _render_terminal(
    report: DiffReport,
    matching: Matching,
    output: Output,
    heading: str,
    position: str | None,
    chosen: list[Change],
) -> None:
    from semdiff.render.terminal import make_console, render_text  # noqa: PLC0415

    stream = _text_stdout()
    console = make_console(stream, color=_use_color(output.color), width=_width())
    if heading:
        console.print(heading, style="semdiff.header", end="")
    summary_only = output.summary or output.explain
    render_text(
        report,
        console,
        summary_only=summary_only,
        include_unchanged=output.include_unchanged,
        position=position,
    )
    if output.explain:
        from semdiff.render.explain import render_explain  # noqa: PLC0415

        render_explain(report, matching, console, chosen)
    stream.flush()
    stream.detach()  # closing the wrapper would close stdout


def _bytes(size: str) -> int | None:
    """'2M' as 2 MiB, '500K', '1048576'; 0 means no limit (None)."""
    units = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    text = size.strip().upper().removesuffix("B")
    unit = text[-1:] if text[-1:] in units else ""
    number = text[: len(text) - len(unit)]
    if not (number.isascii() and number.isdigit()):
        raise UsageError(f"--max-size: {size!r} is not a size (like 2M, 500K or 1048576)")
    return int(number) * units[unit] or None


def _status(report: DiffReport) -> int:
    return EXIT_DIFFERENT if report.has_differences else EXIT_SAME


diff_app = _app()


@diff_app.command(
    help="Compare two files or two directories entity by entity: which functions, classes and "
    "types were added, removed, modified, renamed or moved, then the diff of each.\n\n"
    "Other commands: 'semdiff git' (a git working tree, index, commit or range), "
    "'semdiff show REV' (one commit), 'semdiff languages'. Given git's external-diff "
    "arguments, semdiff acts as git's diff driver (see docs/git.md).",
)
def diff_command(
    old: Annotated[Path, typer.Argument(help="The old file or directory.", show_default=False)],
    new: Annotated[Path, typer.Argument(help="The new file or directory.", show_default=False)],
    output: FormatOption = Format.TEXT,
    summary: SummaryOption = False,
    include_unchanged: UnchangedOption = False,
    explain: ExplainOption = False,
    color: ColorOption = ColorMode.AUTO,
    context: ContextOption = 3,
    language: LanguageOption = None,
    entity: EntityOption = None,
    for_reverse: ForReverseOption = False,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    label: Annotated[
        list[str] | None,
        typer.Option(
            "--label",
            help="Show this name instead of the path: once for both sides, or twice (old, new).",
        ),
    ] = None,
    debug: DebugOption = False,
    version: VersionOption = False,
) -> int:
    del debug, version  # read before parsing (see main) / handled by its callback
    from semdiff.sources import compare_paths  # noqa: PLC0415

    shown = Output(
        output,
        summary,
        include_unchanged,
        explain,
        color,
        context,
        language,
        tuple(entity or ()),
        for_reverse,
        max_size,
        rename_threshold,
    )
    comparison = compare_paths(old, new, language=language, labels=label or ())
    return _status(_show(comparison, shown))


git_app = _app()


@git_app.command(
    help="Compare versions of a git repository, with the arguments of 'git diff': none for the "
    "index against the working tree; --staged for HEAD against the index; REV for a commit "
    "against the working tree; A B, A..B or A...B for two commits. Paths after '--' limit the "
    "diff. Every file goes through the matcher together, so moves between files show.",
)
def git_command(
    ctx: typer.Context,
    revisions: Annotated[
        list[str] | None,
        typer.Argument(help="Zero, one or two revisions (or a range).", show_default=False),
    ] = None,
    staged: Annotated[
        bool, typer.Option("--staged", "--cached", help="Compare with the index.")
    ] = False,
    untracked: Annotated[
        bool,
        typer.Option("--untracked", help="Include untracked files as added (working tree only)."),
    ] = False,
    output: FormatOption = Format.TEXT,
    summary: SummaryOption = False,
    include_unchanged: UnchangedOption = False,
    explain: ExplainOption = False,
    color: ColorOption = ColorMode.AUTO,
    context: ContextOption = 3,
    language: LanguageOption = None,
    entity: EntityOption = None,
    for_reverse: ForReverseOption = False,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    debug: DebugOption = False,
) -> int:
    del debug
    from semdiff.git import compare_revisions  # noqa: PLC0415

    shown = Output(
        output,
        summary,
        include_unchanged,
        explain,
        color,
        context,
        language,
        tuple(entity or ()),
        for_reverse,
        max_size,
        rename_threshold,
    )
    comparison = compare_revisions(
        revisions or (),
        cached=staged,
        paths=ctx.obj,
        include_untracked=untracked,
        language=language,
    )
    return _status(_show(comparison, shown))


show_app = _app()


@show_app.command(
    help="Show one commit entity by entity: its message, then its changes against its first "
    "parent (a root commit against nothing). Paths after '--' limit the diff.",
)
def show_command(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="The commit.")] = "HEAD",
    output: FormatOption = Format.TEXT,
    summary: SummaryOption = False,
    include_unchanged: UnchangedOption = False,
    explain: ExplainOption = False,
    color: ColorOption = ColorMode.AUTO,
    context: ContextOption = 3,
    language: LanguageOption = None,
    entity: EntityOption = None,
    for_reverse: ForReverseOption = False,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    debug: DebugOption = False,
) -> int:
    del debug
    from semdiff.git import commit_header, compare_revisions  # noqa: PLC0415

    shown = Output(
        output,
        summary,
        include_unchanged,
        explain,
        color,
        context,
        language,
        tuple(entity or ()),
        for_reverse,
        max_size,
        rename_threshold,
    )
    comparison = compare_revisions([revision], paths=ctx.obj or (), language=language, show=True)
    heading = commit_header(revision) + "\n" if output is Format.TEXT else ""
    return _status(_show(comparison, shown, heading=heading))


driver_app = _app()


@driver_app.command(
    help="semdiff as git's external diff driver: git appends its arguments to the configured "
    "command (see docs/git.md). Always exits 0, which git needs, unless --exit-code is given.",
)
def driver_command(
    ctx: typer.Context,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code",
            help="Exit 1 when the file changed (for git's diff.trustExitCode, git 2.46+).",
        ),
    ] = False,
    output: FormatOption = Format.TEXT,
    summary: SummaryOption = False,
    include_unchanged: UnchangedOption = False,
    explain: ExplainOption = False,
    color: ColorOption = ColorMode.AUTO,
    context: ContextOption = 3,
    language: LanguageOption = None,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    debug: DebugOption = False,
) -> int:
    del debug
    from semdiff.extdiff import comparison  # noqa: PLC0415

    call: DriverCall = ctx.obj
    shown = Output(
        output,
        summary,
        include_unchanged,
        explain,
        color,
        context,
        language,
        (),
        False,
        max_size,
        rename_threshold,
    )
    report = _show(comparison(call, language=language), shown, position=call.position)
    return _status(report) if exit_code else EXIT_SAME


languages_app = _app()


@languages_app.command(help="List the supported languages, their file extensions and entity kinds.")
def languages_command(
    output: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.TEXT,
    debug: DebugOption = False,
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
    with _writing():
        sys.stdout.buffer.write(text.encode("utf-8", errors="replace"))
        sys.stdout.buffer.flush()


@contextmanager
def _writing() -> Iterator[None]:
    """A failed write to stdout (ENOSPC on `> /dev/full`) is the user's to fix, not a bug. A
    reader that went away (BrokenPipeError) is no error at all and passes through."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the output: {error.strerror or error}") from error


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
    sys.exit(run(args if args[:1] == ["show"] else ["git", *args]))


SUBCOMMANDS = {"git": git_app, "show": show_app, "languages": languages_app}


def run(args: list[str]) -> int:
    """Run one command line and return its exit code."""
    from semdiff.extdiff import detect  # noqa: PLC0415

    debug = "--debug" in args or os.environ.get("SEMDIFF_DEBUG") == "1"
    call = detect(args, os.environ) if args[:1] != ["languages"] else None
    if call is not None:
        code = _invoke(driver_app, call.options, "semdiff", call, debug)
        # git aborts the whole diff when its driver exits non-zero (unless told to trust it).
        return code if "--exit-code" in call.options else EXIT_SAME
    if args and args[0] in SUBCOMMANDS:
        name, rest = args[0], args[1:]
        paths = None
        if name != "languages" and "--" in rest:
            at = rest.index("--")
            rest, paths = rest[:at], rest[at + 1 :]
        return _invoke(SUBCOMMANDS[name], rest, f"semdiff {name}", paths, debug)
    return _invoke(diff_app, args, "semdiff", None, debug)


def _invoke(app: typer.Typer, args: list[str], prog: str, obj: object, debug: bool) -> int:
    from typer.main import get_command  # noqa: PLC0415

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
