"""`semdiff OLD NEW`: two files or two directories (also as git's difftool)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from semdiff.cli.options import (
    RENAME_THRESHOLD,
    ColorMode,
    ColorOption,
    ContextOption,
    DebugOption,
    Display,
    DisplayOption,
    EntityOption,
    ExitCodeOption,
    ExplainOption,
    Format,
    FormatOption,
    ForReverseOption,
    HunkOption,
    IgnoreCommentsOption,
    IgnoreWhitespaceOption,
    LanguageOption,
    LinesOption,
    MaxSizeOption,
    RenameThresholdOption,
    SummaryOption,
    UnchangedOption,
    VersionOption,
    WithReportOption,
    make_app,
    output_options,
)
from semdiff.cli.output import exit_status, show_diff

app = make_app()


@app.command(
    help="Compare two files or two directories entity by entity: which functions, classes and "
    "types were added, removed, modified, renamed or moved, then the diff of each.\n\n"
    "Other commands: 'semdiff git' (a git working tree, index, commit or range), "
    "'semdiff show REV' (one commit), 'semdiff log [RANGE]', 'semdiff languages', "
    "'semdiff serve' (one process answering many command lines, docs/serve.md). Given "
    "git's external-diff arguments, semdiff acts as git's diff driver (see docs/git.md).\n\n"
    "Exit status, in every mode: 0 after showing a diff, as git diff; 1 only with "
    "--exit-code, when there were differences; 2 for trouble.",
)
def diff_command(
    ctx: typer.Context,
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
    hunk: HunkOption = None,
    lines: LinesOption = None,
    with_report: WithReportOption = False,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    label: Annotated[
        list[str] | None,
        typer.Option(
            "--label",
            help="Show this name instead of the path: once for both sides, or twice (old, new).",
        ),
    ] = None,
    display: DisplayOption = Display.INLINE,
    ignore_comments: IgnoreCommentsOption = False,
    ignore_whitespace: IgnoreWhitespaceOption = False,
    exit_code: ExitCodeOption = False,
    debug: DebugOption = False,
    version: VersionOption = False,
) -> int:
    del debug, version  # read before parsing (see semdiff.cli.run) / handled by its callback
    from semdiff.sources import compare_paths  # noqa: PLC0415

    shown = output_options(ctx)
    comparison = compare_paths(old, new, language=language, labels=label or ())
    return exit_status(show_diff(comparison, shown), exit_code=exit_code)
