"""`semdiff git [REV [REV]] [-- PATHS]`: a git repository, with git diff's arguments."""

from __future__ import annotations

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
    WithReportOption,
    make_app,
    output_options,
)
from semdiff.cli.output import exit_status, show_diff

app = make_app()


@app.command(
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
    hunk: HunkOption = None,
    lines: LinesOption = None,
    with_report: WithReportOption = False,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    display: DisplayOption = Display.INLINE,
    ignore_comments: IgnoreCommentsOption = False,
    ignore_whitespace: IgnoreWhitespaceOption = False,
    exit_code: ExitCodeOption = False,
    debug: DebugOption = False,
) -> int:
    del debug
    from semdiff.git import compare_revisions  # noqa: PLC0415

    shown = output_options(ctx)
    comparison = compare_revisions(
        revisions or (),
        cached=staged,
        paths=ctx.obj,
        include_untracked=untracked,
        language=language,
    )
    return exit_status(show_diff(comparison, shown), exit_code=exit_code)
