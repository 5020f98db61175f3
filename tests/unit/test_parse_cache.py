"""The parse cache of `semdiff serve` and `semdiff log`: each side kept on its own, a hit is
what parsing gives, and the budget holds."""

from __future__ import annotations

import itertools

import pytest

from semdiff import pipeline
from semdiff.extract import parse_file
from semdiff.model import ParsedFile, Source, Version, VersionKind
from semdiff.render.json import render_json
from semdiff.sources import Comparison, FilePair, compare_paths, make_source
from tests.support import FIXTURES

VERSIONS = ["def f():\n    return 1\n", "def f():\n    return 2\n", "def g():\n    return 2\n"]


def _comparison(old: str, new: str) -> Comparison:
    pair = FilePair(make_source("a.py", old.encode()), make_source("a.py", new.encode()))
    version = Version("a.py", VersionKind.FILE)
    return Comparison((pair,), version, version)


@pytest.fixture
def parsed_sources(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts parse_file is called on, in order."""
    seen: list[str] = []

    def counting(source: Source, *, max_size: int | None) -> ParsedFile:
        seen.append(source.text)
        return parse_file(source, max_size=max_size)

    monkeypatch.setattr(pipeline, "parse_file", counting)
    return seen


def _history() -> list[str]:
    steps = itertools.pairwise(VERSIONS)
    return [render_json(pipeline.diff(_comparison(a, b))[0]) for a, b in steps]


def test_a_history_parses_each_version_once(parsed_sources: list[str]) -> None:
    fresh = _history()
    assert len(parsed_sources) == 4
    parsed_sources.clear()
    with pipeline.parses_kept():
        assert _history() == fresh
    # The middle version, new in the first diff and old in the second, is parsed once.
    assert parsed_sources == VERSIONS
    with pipeline.parses_kept():
        pass
    assert pipeline._cache is None


def test_the_oldest_entry_goes_once_the_budget_is_spent() -> None:
    cache = pipeline.ParseCache(budget=3 * 10 * pipeline.PARSED_PER_SOURCE_BYTE)
    sources = [make_source(f"{n}.txt", b"0123456789") for n in range(4)]
    for source in sources:
        cache.put((source, None, ()), parse_file(source, max_size=None))
    assert cache.get((sources[0], None, ())) is None
    assert all(cache.get((source, None, ())) is not None for source in sources[1:])
    too_big = make_source("big.txt", b"x" * 31)
    cache.put((too_big, None, ()), parse_file(too_big, max_size=None))
    assert cache.get((too_big, None, ())) is None


def test_workers_fill_the_cache(parsed_sources: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = FIXTURES / "python/moved_between_files"
    comparison = compare_paths(root / "old", root / "new")
    sequential = render_json(pipeline.diff(comparison)[0], include_unchanged=True)
    monkeypatch.setattr(pipeline, "PARALLEL_BYTES", 0)
    with pipeline.parses_kept():
        parallel = render_json(pipeline.diff(comparison)[0], include_unchanged=True)
        parsed_sources.clear()
        # Every side is kept now: nothing goes to workers, which would ship the kept sides back.
        monkeypatch.setattr(pipeline, "_parse_in_workers", _no_workers)
        again = render_json(pipeline.diff(comparison)[0], include_unchanged=True)
    assert parallel == again == sequential
    assert parsed_sources == []


def _no_workers(*_: object) -> list[object]:
    raise AssertionError("kept sides sent to workers")
