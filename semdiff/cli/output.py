"""Running a comparison and writing its report: formats, colour, width, stdout, exit status."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from semdiff import progress
from semdiff.cli.options import ColorMode, Display, Format, Output, parse_size
from semdiff.errors import OutputError, UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from semdiff.match.phases import Matching
    from semdiff.model import Change, DiffReport, Flag, PathPosition
    from semdiff.sources import Comparison

EXIT_OK = 0
"""A diff was shown (with --exit-code: there were no differences)."""
EXIT_DIFFERENT = 1
"""Only with --exit-code: there were differences, as `git diff --exit-code` says."""
EXIT_TROUBLE = 2
EXIT_BROKEN_PIPE = 141


def show_diff(
    comparison: Comparison,
    output: Output,
    *,
    heading: str = "",
    position: PathPosition | None = None,
) -> DiffReport:
    """Diff, then write the report as asked; `heading` goes above a text report."""
    report, matching, left_out = compute(comparison, output)
    if output.format is Format.JSON:
        write(_json_text(report, output, left_out))
    elif output.format is Format.PATCH:
        from semdiff.render.patch import render_patch  # noqa: PLC0415

        ids = _patch_ids(report, output.entity) if output.entity else None
        shown = None
        if ids is not None and output.hunk is not None:
            from semdiff.render.partial import Part, parse_lines, split_report  # noqa: PLC0415

            first, last = parse_lines(output.lines) if output.lines else (None, None)
            shown = split_report(
                report, ids[0], Part(output.hunk, first, last), for_reverse=output.for_reverse
            )
        patch = render_patch(
            report if shown is None else shown, entity_ids=ids, for_reverse=output.for_reverse
        )
        if ids is not None and shown is None:
            _note_held_out(report, ids, for_reverse=output.for_reverse)
        if output.with_report:
            import json  # noqa: PLC0415

            # The report as --format json gives it, whole: the frontend compares its entities.
            report_text = _json_text(report, output, left_out)
            write(f'{{"report": {report_text}, "patch": {json.dumps(patch)}}}\n')
        else:
            write(patch)
    else:
        chosen: list[Change] = []
        if output.explain and output.entity:
            from semdiff.render.choose import chosen_changes  # noqa: PLC0415

            try:
                chosen = chosen_changes(report, output.entity)
            except LookupError as error:
                raise UsageError(
                    f"no entity named or with id {error.args[0]!r} in this diff"
                ) from None
        with writing():
            _render_terminal(
                _shown(report, left_out), matching, output, heading, position, chosen, left_out
            )
    # --exit-code sees what is left once the ignored changes are out, in every format.
    return _shown(report, left_out)


def _json_text(report: DiffReport, output: Output, left_out: dict[str, Flag]) -> str:
    from semdiff.render.json import render_json  # noqa: PLC0415

    # A tool gets every change, the ignored ones marked: its hunks still rebuild the files.
    marked = left_out if output.ignoring is not None else None
    return render_json(report, include_unchanged=output.include_unchanged, ignored=marked)


def json_document(comparison: Comparison, output: Output) -> tuple[dict[str, Any], DiffReport]:
    """The JSON report of one comparison as a document (`semdiff log` nests one per commit),
    and what --exit-code sees of it."""
    from semdiff.render.json import report_document  # noqa: PLC0415

    report, _, left_out = compute(comparison, output)
    marked = left_out if output.ignoring is not None else None
    document = report_document(report, include_unchanged=output.include_unchanged, ignored=marked)
    return document, _shown(report, left_out)


def compute(comparison: Comparison, output: Output) -> tuple[DiffReport, Matching, dict[str, Flag]]:
    """Diff, say on stderr what was left out or paired greedily, and find the changes the
    ignore options leave out."""
    from semdiff.match.assignment import MAX_EXACT_SIDE  # noqa: PLC0415
    from semdiff.pipeline import diff  # noqa: PLC0415

    meter = progress.started(output.format is Format.TEXT)
    report, matching = diff(
        comparison,
        context=output.context,
        max_size=parse_size(output.max_size),
        rename_threshold=output.rename_threshold / 100,
        meter=meter,
    )
    meter.clear()
    for path in comparison.special_left_out:
        from semdiff.escape import visible  # noqa: PLC0415 (rarely needed; start-up time)

        print(
            f"semdiff: note: {visible(path)}: not a regular file or a link, left out",
            file=sys.stderr,
        )
    if matching.greedy_components:
        print(
            f"semdiff: note: {matching.greedy_components} group(s) of more than "
            f"{MAX_EXACT_SIDE} similar entities were paired greedily, not optimally",
            file=sys.stderr,
        )
    left_out: dict[str, Flag] = {}
    ignoring = output.ignoring
    if ignoring is not None:
        from semdiff.ignore import ignored_changes  # noqa: PLC0415 (only with the options)

        left_out = ignored_changes(report, ignoring)
    return report, matching, left_out


def _shown(report: DiffReport, left_out: dict[str, Flag]) -> DiffReport:
    if not left_out:
        return report
    from semdiff.ignore import without  # noqa: PLC0415

    return without(report, left_out)


def _patch_ids(report: DiffReport, wanted: tuple[str, ...]) -> list[str]:
    from semdiff.render.choose import AmbiguousEntity, patch_ids  # noqa: PLC0415
    from semdiff.render.terminal import title  # noqa: PLC0415

    try:
        return patch_ids(report, wanted)
    except AmbiguousEntity as error:
        request, hits = error.args
        where = ", ".join(f"{c.id} ({title(c)}, {_place(c)})" for c in hits)
        raise UsageError(f"--entity {request!r} names {len(hits)} entities: {where}") from None
    except LookupError as error:
        request = error.args[0]
        # Any entity can be patched by id; by name, only a changed one (see patch_ids).
        what = "entity with id" if request.startswith("e:") else "changed entity named"
        raise UsageError(f"no {what} {request!r} in this diff") from None


HELD_OUT_NAMED = 10
"""Entities a note names before it counts the rest."""


def _note_held_out(report: DiffReport, ids: list[str], *, for_reverse: bool) -> None:
    """What a patch of `ids` needs and leaves out, said on stderr: `--entity` stays exact."""
    from semdiff.escape import visible  # noqa: PLC0415
    from semdiff.model import Status  # noqa: PLC0415
    from semdiff.render.choose import containers_left_out, held_out  # noqa: PLC0415
    from semdiff.render.terminal import title  # noqa: PLC0415

    notes = (
        (
            containers_left_out(report, ids, for_reverse=for_reverse),
            "brings in entities whose container it leaves out",
            "land outside it",
        ),
        (
            held_out(report, ids, for_reverse=for_reverse),
            "leaves out what went with the entity it takes away",
            "stay without it",
        ),
    )
    chosen = set(ids)
    bare = [
        c
        for c in report.changes
        if c.id in chosen and not c.hunks and c.status is not Status.UNCHANGED
    ]

    def named(changes: list[Change]) -> str:
        names = ", ".join(f"{title(c)} ({c.id})" for c in changes[:HELD_OUT_NAMED])
        more = len(changes) - HELD_OUT_NAMED
        return visible(names + (f" and {more} more" if more > 0 else ""))

    if bare:
        print(
            f"semdiff: note: this patch has no lines of {named(bare)}: the change is on a "
            "line another entity holds (name that one)",
            file=sys.stderr,
        )
    for changes, what, then in notes:
        if changes:
            print(
                f"semdiff: note: this patch {what}: {named(changes)}; applied alone, their "
                f"lines {then} (name them with --entity too)",
                file=sys.stderr,
            )


def _place(change: Change) -> str:
    entity = change.new or change.old
    assert entity is not None
    return f"{entity.path}:{entity.span.start_line}"


def _render_terminal(
    report: DiffReport,
    matching: Matching,
    output: Output,
    heading: str,
    position: PathPosition | None,
    chosen: list[Change],
    left_out: dict[str, Flag],
) -> None:
    from semdiff.escape import visible  # noqa: PLC0415
    from semdiff.render.terminal import render_text  # noqa: PLC0415

    stream, console = text_console(output.color)
    if heading:
        # A commit's author and message are anyone's text.
        console.print(visible(heading, keep_newlines=True), style="semdiff.header", end="")
    summary_only = output.summary or output.explain
    render_text(
        report,
        console,
        summary_only=summary_only,
        include_unchanged=output.include_unchanged,
        position=position,
        left_out=_left_out_note(left_out),
        side_by_side=output.display is Display.SIDE_BY_SIDE,
    )
    if output.explain:
        from semdiff.render.explain import render_explain  # noqa: PLC0415

        render_explain(report, matching, console, chosen)
    stream.flush()
    stream.detach()  # closing the wrapper would close stdout


def text_console(color: ColorMode) -> tuple[io.TextIOWrapper, Console]:
    """A console on stdout, coloured as asked and as wide as the pager or terminal; detach
    the stream when done (closing it would close stdout)."""
    from semdiff.render.terminal import make_console  # noqa: PLC0415

    stream = _text_stdout()
    return stream, make_console(stream, color=_use_color(color), width=_width())


def _left_out_note(left_out: dict[str, Flag]) -> str:
    if not left_out:
        return ""
    from semdiff.ignore import left_out_note  # noqa: PLC0415

    return left_out_note(left_out)


def exit_status(report: DiffReport, *, exit_code: bool) -> int:
    """0 after showing a diff, as git diff and difftastic exit; with --exit-code, 1 when
    there were differences."""
    return EXIT_DIFFERENT if exit_code and report.has_differences else EXIT_OK


def _use_color(mode: ColorMode) -> bool:
    if mode is ColorMode.ALWAYS:
        return True
    if mode is ColorMode.NEVER or os.environ.get("NO_COLOR"):
        return False
    # Under git's pager stdout is a pipe, but git says so and the pager shows colour.
    return sys.stdout.isatty() or os.environ.get("GIT_PAGER_IN_USE") == "true"


def _width() -> int:
    """COLUMNS (git sets it for its pager), else the terminal's, else 100 (a pipe)."""
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        pass
    try:
        return max(40, os.get_terminal_size(sys.stdout.fileno()).columns)
    except (OSError, ValueError, io.UnsupportedOperation):
        return 100


def _text_stdout() -> io.TextIOWrapper:
    return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="replace", newline="\n")


def write(text: str) -> None:
    with writing():
        sys.stdout.buffer.write(text.encode("utf-8", errors="replace"))
        sys.stdout.buffer.flush()


@contextmanager
def writing() -> Iterator[None]:
    """A failed write to stdout (ENOSPC on `> /dev/full`) is the user's to fix, not a bug. A
    reader that went away (BrokenPipeError) is no error at all and passes through."""
    progress.meter().clear()
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the output: {error.strerror or error}") from error
