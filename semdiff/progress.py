"""Progress on stderr for long runs: after a second, one line that says how far a diff or a
log has got (`semdiff: commit 3/20, parsing 120/400`), rewritten in place and erased before
any output is written, so that it never lands in what a reader keeps.

Only for a person at a terminal: never when stderr is not one, for JSON or patch output (a
tool reads those), under git (which sets GIT_EXEC_PATH for every program it runs: a driver,
`git semdiff`, a difftool) or from Emacs (INSIDE_EMACS). The line is plain text with two
control sequences (carriage return, erase line), as every terminal takes them; rich's
progress bars would cost their import on every run, most of which are too short to show one.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TextIO

DELAY = 1.0
"""Seconds before the line appears: most diffs are over by then and never show it."""
INTERVAL = 0.1
"""Least seconds between two updates: writing to the terminal per file parsed would cost more
than parsing the small ones."""
ERASE = "\r\x1b[K"


class Meter:
    """The progress line of this process: a stage (`parsing`, with a count) within an
    optional outer step (`commit 3/20`)."""

    def __init__(self, stream: TextIO | None, clock: Callable[[], float] = time.monotonic):
        self._stream = stream
        self._clock = clock
        self._start = clock()
        self._last = -INTERVAL
        self._outer = ""
        self._stage = ""
        self._shown = False

    def step(self, what: str, done: int, total: int) -> None:
        """The outer step (a commit of a log); the stage within it starts again."""
        self._outer = f"{what} {done}/{total}"
        self.update("", 0, 0)

    def update(self, stage: str, done: int, total: int) -> None:
        if self._stream is None:
            return
        now = self._clock()
        # A new stage shows at once: matching a big diff takes a second without an update.
        if now - self._start < DELAY or (now - self._last < INTERVAL and stage == self._stage):
            return
        self._last, self._stage = now, stage
        inner = f"{stage} {done}/{total}" if total else stage
        text = ", ".join(part for part in (self._outer, inner) if part)
        self._write(f"{ERASE}semdiff: {text}")
        self._shown = True

    def clear(self) -> None:
        """Erase the line, if shown, before anything else is written."""
        if self._shown:
            self._shown = False
            self._write(ERASE)

    def _write(self, text: str) -> None:
        assert self._stream is not None
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):
            self._stream = None  # a closed or broken stderr: no progress, nothing else lost


def wanted(environ: Mapping[str, str], stream: TextIO | None) -> bool:
    if stream is None or "GIT_EXEC_PATH" in environ or "INSIDE_EMACS" in environ:
        return False
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


_meter: Meter | None = None


def meter() -> Meter:
    """This process's meter, started by the first diff or log (`started`); off before."""
    return _meter if _meter is not None else Meter(None)


def started(for_a_person: bool) -> Meter:
    """The meter, turned on the first time for a terminal (`for_a_person`: text output), or
    off; a log's commits share the one its first call made."""
    global _meter  # noqa: PLW0603 (one progress line per process, like stderr itself)
    if _meter is None:
        stream = sys.stderr if for_a_person and wanted(os.environ, sys.stderr) else None
        _meter = Meter(stream)
    return _meter


def reset() -> None:
    """Forget the meter: `semdiff serve` runs many commands in one process, each with its own
    stderr."""
    global _meter  # noqa: PLW0603
    _meter = None
