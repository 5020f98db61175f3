"""The progress line: shown after a second, throttled, erased before output, and only for a
person at a terminal."""

from __future__ import annotations

import io

import pytest

from semdiff import progress
from semdiff.cli.output import writing
from semdiff.progress import ERASE, Meter, wanted


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_nothing_in_the_first_second_then_throttled_updates() -> None:
    clock, stream = Clock(), io.StringIO()
    meter = Meter(stream, clock)
    meter.update("parsing files", 1, 10)
    assert stream.getvalue() == ""
    clock.now = 1.0
    meter.update("parsing files", 2, 10)
    clock.now = 1.05
    meter.update("parsing files", 3, 10)  # too soon after the last one
    meter.update("matching entities", 0, 0)  # a new stage shows at once
    assert stream.getvalue() == (
        f"{ERASE}semdiff: parsing files 2/10{ERASE}semdiff: matching entities"
    )


def test_a_log_step_prefixes_the_stage_and_clear_erases_once() -> None:
    clock, stream = Clock(), io.StringIO()
    meter = Meter(stream, clock)
    meter.clear()
    assert stream.getvalue() == ""  # nothing shown, nothing to erase
    clock.now = 2.0
    meter.step("commit", 3, 20)
    clock.now = 2.5
    meter.update("parsing files", 4, 8)
    meter.clear()
    meter.clear()
    assert stream.getvalue() == (
        f"{ERASE}semdiff: commit 3/20{ERASE}semdiff: commit 3/20, parsing files 4/8{ERASE}"
    )


def test_off_without_a_stream_and_after_a_failed_write() -> None:
    clock = Clock()
    clock.now = 5.0
    Meter(None, clock).update("parsing files", 1, 2)  # nothing to write to, no error
    stream = io.StringIO()
    meter = Meter(stream, clock)
    stream.close()
    clock.now = 10.0
    meter.update("parsing files", 1, 2)  # a closed stderr: the meter turns itself off
    meter.update("matching entities", 0, 0)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("environ", "stream", "shown"),
    [
        ({}, Terminal(), True),
        ({}, io.StringIO(), False),  # a pipe or a file
        ({}, None, False),  # stderr closed
        ({"GIT_EXEC_PATH": "/usr/lib/git-core"}, Terminal(), False),  # run by git
        ({"INSIDE_EMACS": "29.1,comint"}, Terminal(), False),
    ],
)
def test_only_for_a_person_at_a_terminal(
    environ: dict[str, str], stream: io.StringIO | None, shown: bool
) -> None:
    assert wanted(environ, stream) is shown


def test_writing_the_output_erases_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    clock, stream = Clock(), io.StringIO()
    meter = Meter(stream, clock)
    clock.now = 10.0
    meter.update("aligning lines", 0, 0)
    monkeypatch.setattr(progress, "_meter", meter)
    with writing():
        assert stream.getvalue().endswith(ERASE)
