"""`semdiff log --entity NAME`: writing the history semdiff/follow.py walks, as text (each
commit's header, then the entity's line, and with -p its diff) or one JSON line per commit."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from semdiff.cli.options import Display, Format, Output

if TYPE_CHECKING:
    from semdiff.follow import Step
    from semdiff.git import Repository
    from semdiff.model import DiffReport
    from semdiff.sources import Comparison


def entity_log(
    revisions: Sequence[str],
    name: str,
    paths: Sequence[str],
    shown: Output,
    *,
    max_count: int | None,
) -> int:
    """Write the commits that changed the entity named `name`; return how many there were."""
    from semdiff.cli.output import compute  # noqa: PLC0415
    from semdiff.escape import visible  # noqa: PLC0415
    from semdiff.follow import Lost, find, walk  # noqa: PLC0415
    from semdiff.git import Repository  # noqa: PLC0415
    from semdiff.history import list_commits  # noqa: PLC0415
    from semdiff.pipeline import parses_kept  # noqa: PLC0415

    def diff(comparison: Comparison) -> DiffReport:
        return compute(comparison, shown)[0]

    count = 0
    with Repository() as repo, parses_kept():
        # First parents only: a merge is shown against its first parent (as `semdiff show`
        # does), so a change made on a side branch reaches the walk once, in the merge.
        commits = list_commits(repo, revisions, (), first_parent=True)
        if not commits or max_count == 0:
            return 0
        start = find(repo, commits[0].commit, name, paths, shown.language)
        for step in walk(repo, commits, start, diff, shown.language):
            if isinstance(step, Lost):
                print(
                    f"semdiff: note: lost {visible(name)} at {step.commit.commit[:12]}: "
                    f"{visible(step.reason)}",
                    file=sys.stderr,
                )
                break
            if shown.format is Format.JSON:
                _json_step(step)
            else:
                _text_step(repo, step, shown, first=count == 0)
            count += 1
            if count == max_count:
                break  # before the walk diffs another commit
    return count


def _text_step(repo: Repository, step: Step, shown: Output, *, first: bool) -> None:
    from semdiff.cli.output import text_console, writing  # noqa: PLC0415
    from semdiff.escape import visible  # noqa: PLC0415
    from semdiff.git import header_of  # noqa: PLC0415
    from semdiff.render.terminal import render_change  # noqa: PLC0415

    file = next(f for f in step.report.files if f.id == step.change.file_id)
    with writing():
        stream, console = text_console(shown.color)
        if not first:
            console.print()
        # A commit's author and message are anyone's text.
        heading = visible(header_of(repo, step.commit.commit), keep_newlines=True)
        console.print(heading, style="semdiff.header", end="")
        render_change(
            console,
            step.change,
            file,
            diff=not shown.summary,
            side_by_side=shown.display is Display.SIDE_BY_SIDE,
        )
        stream.flush()
        stream.detach()  # closing the wrapper would close stdout


def _json_step(step: Step) -> None:
    import json  # noqa: PLC0415

    from semdiff.cli.output import write  # noqa: PLC0415
    from semdiff.render.json import report_document  # noqa: PLC0415

    document = report_document(step.report, include_unchanged=True)
    [entity] = [e for e in document["entities"] if e["id"] == step.change.id]
    commit = step.commit
    line = {**commit.json_fields(), "entity": entity}
    write(json.dumps(line, ensure_ascii=False) + "\n")
