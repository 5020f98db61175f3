"""A grammar whose error recovery never ends (tree-sitter-fsharp on a `)` too many among a
type's members) gives a line diff with the reason, not a hang."""

from __future__ import annotations

import pytest

from semdiff import parse
from semdiff.extract import parse_file
from semdiff.sources import make_source

LOOPS = "module M\n\ntype R =\n    member B = 1\n    member A) = 1\n"


def test_a_parse_that_never_ends_gives_a_line_diff() -> None:
    parsed = parse_file(make_source("m.fs", LOOPS.encode()))
    assert parsed.fallback is not None
    assert "F# parser did not finish" in parsed.fallback.reason
    assert parsed.entities == ()


def test_the_budget_is_counted_not_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_source("a.py", b"def f():\n    return 1\n" * 200)
    assert parse_file(source).fallback is None
    monkeypatch.setattr(parse, "PARSE_BUDGET_BASE", 0)
    monkeypatch.setattr(parse, "PARSE_BUDGET_PER_BYTE", 0.0)
    # A budget of nothing: the first progress call already gives up, on any machine.
    fallback = parse_file(source).fallback
    assert fallback is not None
    assert "Python parser did not finish" in fallback.reason
