"""`semdiff show [REV] [-- PATHS]`: one commit, its message, then its entities."""

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
    IgnoreCommentsOption,
    IgnoreWhitespaceOption,
    LanguageOption,
    MaxSizeOption,
    RenameThresholdOption,
    SummaryOption,
    UnchangedOption,
    make_app,
    output_options,
)
from semdiff.cli.output import exit_status, show_diff

app = make_app()


@app.command(
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
    display: DisplayOption = Display.INLINE,
    ignore_comments: IgnoreCommentsOption = False,
    ignore_whitespace: IgnoreWhitespaceOption = False,
    exit_code: ExitCodeOption = False,
    debug: DebugOption = False,
) -> int:
    del debug
    from semdiff.git import commit_header, compare_revisions  # noqa: PLC0415

    shown = output_options(ctx)
    comparison = compare_revisions([revision], paths=ctx.obj or (), language=language, show=True)
    heading = commit_header(revision) + "\n" if output is Format.TEXT else ""
    return exit_status(show_diff(comparison, shown, heading=heading), exit_code=exit_code)
