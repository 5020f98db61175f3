"""`semdiff log [RANGE] [-- PATHS]`: the commits of a range, newest first, each as
`semdiff show` shows it, in one process.

That is the point of the command: `git log -p --ext-diff` with semdiff as its driver starts a
Python process per file, and a `semdiff show` per commit pays the start-up each time; here the
grammars, their compiled queries and one `git cat-file --batch` serve the whole walk.

Like `git log`, it shows less by default than a diff command: each commit's header and its
entity summary; `-p`/`--patch` adds every entity's diff, and then one commit's output is
exactly `semdiff show`'s (without it, `semdiff show --summary`'s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from semdiff import progress
from semdiff.cli.options import (
    RENAME_THRESHOLD,
    ColorMode,
    ColorOption,
    ContextOption,
    DebugOption,
    Display,
    DisplayOption,
    ExitCodeOption,
    Format,
    FormatOption,
    IgnoreCommentsOption,
    IgnoreWhitespaceOption,
    LanguageOption,
    MaxSizeOption,
    Output,
    RenameThresholdOption,
    UnchangedOption,
    make_app,
    output_options,
)
from semdiff.cli.output import EXIT_DIFFERENT, EXIT_OK
from semdiff.errors import UsageError

if TYPE_CHECKING:
    from semdiff.git import Repository
    from semdiff.history import LogCommit

app = make_app()


@app.command(
    help="Show the commits of a range, newest first, each with its header and entity summary "
    "(-p: and its entities' diffs) as 'semdiff show' shows it, all in one process. RANGE is "
    "git log's (REV, A..B, A...B, ^A B; default HEAD); merges are shown against their first "
    "parent, a root commit against nothing. Paths after '--' keep the commits that touch them "
    "and limit each diff to them.",
)
def log_command(
    ctx: typer.Context,
    revisions: Annotated[
        list[str] | None,
        typer.Argument(help="Revisions and ranges, as git log takes them.", show_default=False),
    ] = None,
    patch: Annotated[
        bool, typer.Option("--patch", "-p", help="Also show each entity's diff.")
    ] = False,
    summary: Annotated[
        bool,
        typer.Option("--summary", "-s", help="Headers and entity summaries only (the default)."),
    ] = False,
    max_count: Annotated[
        int | None,
        typer.Option("--max-count", "-n", min=0, help="Show at most this many commits."),
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option(
            "--entity",
            help="Only the commits that changed this entity (a name or qualified name in the "
            "newest commit; paths after '--' say where to look for it), followed back through "
            "renames and moves between classes and files, first parents only.",
        ),
    ] = None,
    output: FormatOption = Format.TEXT,
    include_unchanged: UnchangedOption = False,
    color: ColorOption = ColorMode.AUTO,
    context: ContextOption = 3,
    language: LanguageOption = None,
    max_size: MaxSizeOption = "1M",
    rename_threshold: RenameThresholdOption = RENAME_THRESHOLD,
    display: DisplayOption = Display.INLINE,
    ignore_comments: IgnoreCommentsOption = False,
    ignore_whitespace: IgnoreWhitespaceOption = False,
    exit_code: ExitCodeOption = False,
    debug: DebugOption = False,
) -> int:
    del debug
    if patch and summary:
        raise UsageError("--patch and --summary do not go together: --summary is the default")
    if output is Format.PATCH:
        raise UsageError("--format patch is not for log: use 'semdiff show -f patch REV'")
    shown = output_options(ctx, summary=not patch, explain=False, entity=())
    from semdiff.git import Repository  # noqa: PLC0415
    from semdiff.history import list_commits  # noqa: PLC0415

    paths: list[str] = list(ctx.obj or ())
    if entity is not None:
        from semdiff.cli.follow import entity_log  # noqa: PLC0415

        found = entity_log(revisions or (), entity, paths, shown, max_count=max_count)
        return EXIT_DIFFERENT if exit_code and found else EXIT_OK
    different = False
    from semdiff.pipeline import parses_kept  # noqa: PLC0415

    with Repository() as repo, parses_kept():
        commits = list_commits(repo, revisions or (), paths, max_count=max_count)
        meter = progress.started(output is not Format.JSON)
        for number, commit in enumerate(commits):
            meter.step("commit", number + 1, len(commits))
            if output is Format.JSON:
                different |= _json_commit(repo, commit, paths, shown)
            else:
                different |= _text_commit(repo, commit, paths, shown, first=number == 0)
    return EXIT_DIFFERENT if exit_code and different else EXIT_OK


def _text_commit(
    repo: Repository, commit: LogCommit, paths: list[str], shown: Output, *, first: bool
) -> bool:
    """One commit as `semdiff show` prints it; a blank line before every commit but the first
    sets them apart, as in `git log -p`."""
    from semdiff.cli.output import show_diff, write  # noqa: PLC0415
    from semdiff.git import compare_commit, header_of  # noqa: PLC0415

    comparison = compare_commit(repo, commit.commit, paths, shown.language)
    if not first:
        write("\n")
    heading = header_of(repo, commit.commit) + "\n"
    return show_diff(comparison, shown, heading=heading).has_differences


def _json_commit(repo: Repository, commit: LogCommit, paths: list[str], shown: Output) -> bool:
    """One line of JSON: the commit, and under `report` the document `semdiff show -f json`
    writes for it."""
    import json  # noqa: PLC0415

    from semdiff.cli.output import json_document, write  # noqa: PLC0415
    from semdiff.git import compare_commit  # noqa: PLC0415

    comparison = compare_commit(repo, commit.commit, paths, shown.language)
    document, report = json_document(comparison, shown)
    line = {**commit.json_fields(), "report": document}
    write(json.dumps(line, ensure_ascii=False) + "\n")
    return report.has_differences
