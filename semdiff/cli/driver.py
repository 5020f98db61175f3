"""semdiff as git's external diff driver: one call per file, with git's 7, 8, 9 or 1 arguments
(recognised by `semdiff.extdiff.detect`), after the options of the configured command."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from semdiff.cli.options import (
    RENAME_THRESHOLD,
    ColorMode,
    ColorOption,
    ContextOption,
    DebugOption,
    Display,
    DisplayOption,
    ExitCodeOption,
    ExplainOption,
    Format,
    FormatOption,
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

if TYPE_CHECKING:
    from semdiff.extdiff import DriverCall

app = make_app()


@app.command(
    help="semdiff as git's external diff driver: git appends its arguments to the configured "
    "command (see docs/git.md). Always exits 0, which git needs, unless --exit-code is given.",
)
def driver_command(
    ctx: typer.Context,
    exit_code: ExitCodeOption = False,
    output: FormatOption = Format.TEXT,
    summary: SummaryOption = False,
    include_unchanged: UnchangedOption = False,
    explain: ExplainOption = False,
    color: ColorOption = ColorMode.AUTO,
    context: ContextOption = 3,
    language: LanguageOption = None,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    display: DisplayOption = Display.INLINE,
    ignore_comments: IgnoreCommentsOption = False,
    ignore_whitespace: IgnoreWhitespaceOption = False,
    debug: DebugOption = False,
) -> int:
    del debug
    from semdiff.extdiff import comparison  # noqa: PLC0415

    call: DriverCall = ctx.obj
    shown = output_options(ctx)
    report = show_diff(comparison(call, language=language), shown, position=call.position)
    return exit_status(report, exit_code=exit_code)
