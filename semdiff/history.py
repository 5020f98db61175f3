"""The commits `semdiff log` walks: `git rev-list` with git log's range and paths.

One `rev-list` call lists them, newest first, with what the JSON output needs of each (its
author, date and subject), so the only per-commit git work left is what `semdiff show` does.
rev-list is plumbing: `log.follow`, `log.showSignature` and the like cannot change which
commits come back, as they would for `git log`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from semdiff.errors import UsageError
from semdiff.git import Repository

_FIELDS = ("%H", "%P", "%an", "%ae", "%aI", "%s")
_SEPARATOR = "\x1f"
"""Between the fields of one commit: a unit separator, which no name, e-mail or one-line
subject git stores holds in practice (`%s` joins the subject's lines with spaces)."""


@dataclass(frozen=True, slots=True)
class LogCommit:
    """One commit of the walk: what `semdiff log --format json` states beside its report."""

    commit: str
    parents: tuple[str, ...]
    author_name: str
    author_email: str
    date: str
    """The author date, strict ISO 8601 with the author's offset (git's `%aI`)."""
    subject: str

    def json_fields(self) -> dict[str, object]:
        """The commit's part of a `semdiff log --format json` line (docs/json.md)."""
        return {
            "commit": self.commit,
            "parents": list(self.parents),
            "author": {"name": self.author_name, "email": self.author_email},
            "date": self.date,
            "subject": self.subject,
        }


def list_commits(
    repo: Repository,
    revisions: Sequence[str],
    paths: Sequence[str],
    *,
    max_count: int | None = None,
    first_parent: bool = False,
) -> list[LogCommit]:
    """The commits `git log REVISIONS -- PATHS` shows, newest first (git's default order);
    with `first_parent`, only the first parent of each merge is followed.

    Raises InputError, with git's message, for a range git cannot read."""
    for rev in revisions:
        if rev.startswith("-"):
            # Only through --end-of-options could git tell it from an option; say it plainly.
            raise UsageError(f"not a revision: {rev!r}")
    limit = [f"--max-count={max_count}"] if max_count is not None else []
    if first_parent:
        limit.append("--first-parent")
    pretty = "--format=%x00" + "%x1f".join(_FIELDS)
    out = repo.run(
        "rev-list",
        "--no-color",
        pretty,
        *limit,
        "--end-of-options",
        *(revisions or ["HEAD"]),
        "--",
        *paths,
    ).decode("utf-8", errors="replace")
    # Each commit is `commit <id>\n` (rev-list's own line), then NUL and the fields.
    return [_parse(chunk.split("\n", 1)[0]) for chunk in out.split("\0")[1:]]


def _parse(line: str) -> LogCommit:
    commit, parents, name, email, date, subject = line.split(_SEPARATOR, 5)
    return LogCommit(commit, tuple(parents.split()), name, email, date, subject)
