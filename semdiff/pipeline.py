"""The pipeline, end to end: file pairs → parsed files → matching → changes → report.

read (sources.py) → detect language (languages.py) → parse (parse.py) → extract entities
(extract.py, fingerprint.py) → match (match/) → classify, align lines and cut hunks
(changes/, textdiff.py) → a `DiffReport` for the renderers (render/).
"""

from __future__ import annotations

import os
import signal
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import partial

from semdiff.changes import FileInput, build_changes
from semdiff.extract import MAX_SIZE, as_bytes, as_text, parse_file
from semdiff.languages import families, told_by_content, user_words
from semdiff.match import Matching, match_entities
from semdiff.match.cost import RENAME_THRESHOLD
from semdiff.model import NOT_SOURCE_MODES, DiffReport, ParsedFile, Source
from semdiff.progress import Meter
from semdiff.sources import Comparison, FilePair
from semdiff.textdiff import DEFAULT_CONTEXT

PARSED_PER_SOURCE_BYTE = 25
"""What a `ParseCache` entry is charged per byte of its source: a parsed file's tree, entities
and fingerprints. Measured as the growth of the resident set while parsing 2.3 MB of Python
(semdiff's and hypothesis's sources): 11 bytes per byte; charged at more than twice that, so
that denser files (short lines, many entities) stay within the budget too."""

CACHE_BYTES = 256 * 1024 * 1024
"""The memory a `ParseCache` may use by default: the files of a ~10 MB change."""


_Key = tuple[Source, int | None, tuple[tuple[str, tuple[str, ...]], ...]]
"""A side, the size limit, and the definition words the user's config adds to its language."""


class ParseCache:
    """Parsed files kept between the diffs of one process (`semdiff serve`, `semdiff log`),
    the least recently used dropped first once their estimated memory passes `budget`. Keyed
    by the `Source` (path, bytes, language, mode, ...) and the size limit: a hit is exactly
    what parsing would give, since parsing reads nothing else. Each side is kept on its own:
    a commit's old file is the new file of the commit before it, and an edited file's old
    side is the one the last refresh parsed."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._size = 0
        self._entries: OrderedDict[_Key, tuple[ParsedFile, int]] = OrderedDict()

    def get(self, key: _Key) -> ParsedFile | None:
        hit = self._entries.get(key)
        if hit is None:
            return None
        self._entries.move_to_end(key)
        return hit[0]

    def put(self, key: _Key, parsed: ParsedFile) -> None:
        size = len(key[0].data) * PARSED_PER_SOURCE_BYTE
        if size > self.budget or key in self._entries:
            return
        self._entries[key] = (parsed, size)
        self._size += size
        while self._size > self.budget:
            _, (_, dropped) = self._entries.popitem(last=False)
            self._size -= dropped


_cache: ParseCache | None = None


def use_parse_cache(cache: ParseCache | None) -> None:
    """Keep parsed files in `cache` from now on (None: parse every time, the default)."""
    global _cache  # noqa: PLW0603 (one cache per process, set by `semdiff serve` and `log`)
    _cache = cache


@contextmanager
def parses_kept() -> Iterator[None]:
    """Parsed files kept for the diffs run inside (a history: one commit's old file is often
    the new file of the commit before it), in the cache already in use if there is one."""
    if _cache is not None:
        yield
        return
    use_parse_cache(ParseCache(CACHE_BYTES))
    try:
        yield
    finally:
        use_parse_cache(None)


def _parse_side(source: Source | None, max_size: int | None) -> ParsedFile | None:
    if source is None:
        return None
    if _cache is None:
        return parse_file(source, max_size=max_size)
    key = _key(source, max_size)
    parsed = _cache.get(key)
    if parsed is None:
        parsed = parse_file(source, max_size=max_size)
        _cache.put(key, parsed)
    return parsed


def _key(source: Source, max_size: int | None) -> _Key:
    # The user's definition words decide what a file's entities are: an edit of them in the
    # config file (read again by `semdiff serve`) must not be answered from the cache.
    return (source, max_size, user_words(source.language) if source.language else ())


def _parse_pair(pair: FilePair, max_size: int | None) -> FileInput:
    pair = _one_language(pair)
    old, new = _parse_side(pair.old, max_size), _parse_side(pair.new, max_size)
    return _combine(pair, old, _shared(old, new))


def _shared(old: ParsedFile | None, new: ParsedFile | None) -> ParsedFile | None:
    """The new side with each fingerprint equal to its old self's replaced by that one: an
    unchanged entity's token lists are then held (and sent back from a worker) once."""
    if old is None or new is None or not old.entities or not new.entities:
        return new
    before = {entity.key: entity.fingerprint for entity in old.entities}
    entities = []
    changed = False
    for entity in new.entities:
        found = before.get(entity.key)
        if found is not None and found is not entity.fingerprint and found == entity.fingerprint:
            entities.append(replace(entity, fingerprint=found))
            changed = True
        else:
            entities.append(entity)
    return replace(new, entities=tuple(entities)) if changed else new


def _combine(pair: FilePair, old: ParsedFile | None, new: ParsedFile | None) -> FileInput:
    """The two parsed sides of a pair, as the later steps compare them."""
    if old is not None and new is not None and old.source.is_binary != new.source.is_binary:
        # Text on one side, bytes on the other (a NUL byte, UTF-16): the text side's
        # entities have nothing to pair with, and would all read as removed (or added).
        # The pair is compared as bytes, as two binary sides are.
        old, new = (as_bytes(side) if not side.source.is_binary else side for side in (old, new))
    elif old is not None and new is not None and not old.source.is_binary:
        # One side structural and the other lines would report every entity removed (or
        # added): compare both sides line by line, and say why.
        if old.fallback is not None and new.fallback is None:
            new = as_text(new, f"{old.fallback.reason} (in the old version)")
        elif new.fallback is not None and old.fallback is None:
            old = as_text(old, f"{new.fallback.reason} (in the new version)")
        elif old.parse_errors or new.parse_errors:
            # Imported here: most diffs have no syntax error, and every process pays an import.
            from semdiff.recover import recover  # noqa: PLC0415

            old, new = recover(old, new)
    return FileInput(old, new, renamed=pair.similarity is not None, similarity=pair.similarity)


def _one_language(pair: FilePair) -> FilePair:
    """A side whose language is unknown reads as its other side's, the new one's first: a
    script that gained (or lost) its `#!` line is still that language's file. So does a side
    whose extension two languages share, when the content put the sides apart (a `.m` file's
    only `#import` removed): the new side's language holds for both."""
    old, new = pair.old, pair.new
    if (
        old is not None
        and new is not None
        and old.language is not None
        and new.language is not None
        and old.language != new.language
        and told_by_content(new.path, old.language, new.language)
    ):
        return FilePair(replace(old, language=new.language), new, pair.similarity)
    if old is None or new is None or (old.language is None) == (new.language is None):
        return pair
    language = new.language or old.language
    sides = [
        side
        if side.language is not None or side.is_binary or side.mode in NOT_SOURCE_MODES
        else replace(side, language=language)
        for side in (old, new)
    ]
    return FilePair(sides[0], sides[1], pair.similarity)


PARALLEL_BYTES = 4 * 1024 * 1024
"""Above this many bytes of changed files, they are parsed in worker processes, one per core:
extraction is Python-bound, and shipping a file and its entities between processes costs far
less than parsing it. Below it, starting the workers would cost more than they save."""


def _parse_all(pairs: Sequence[FilePair], max_size: int | None, meter: Meter) -> list[FileInput]:
    if _cache is None:
        return _parse_fresh(pairs, max_size, meter)
    # Pairs the cache holds both sides of are combined here; only the others may go to
    # workers, which would otherwise find the kept sides in their copy of the cache and ship
    # them back whole.
    kept = [_is_kept(pair, max_size) for pair in pairs]
    fresh = iter(
        _parse_fresh([p for p, k in zip(pairs, kept, strict=True) if not k], max_size, meter)
    )
    return [
        _parse_pair(pair, max_size) if k else next(fresh)
        for pair, k in zip(pairs, kept, strict=True)
    ]


def _is_kept(pair: FilePair, max_size: int | None) -> bool:
    assert _cache is not None
    pair = _one_language(pair)
    return all(
        side is None or _cache.get(_key(side, max_size)) is not None
        for side in (pair.old, pair.new)
    )


def _parse_fresh(pairs: Sequence[FilePair], max_size: int | None, meter: Meter) -> list[FileInput]:
    size = sum(
        len(side.data)
        for pair in pairs
        for side in (pair.old, pair.new)
        if side is not None and (max_size is None or len(side.data) <= max_size)
    )
    workers = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1, 8)
    # One pair cannot be shared out: a worker would only add the shipping of its result.
    workers = min(workers, len(pairs))
    if size >= PARALLEL_BYTES and workers >= 2:
        return _parse_in_workers(pairs, max_size, workers, meter)
    return _parse_here(pairs, max_size, meter)


def _parse_here(pairs: Sequence[FilePair], max_size: int | None, meter: Meter) -> list[FileInput]:
    parsed: list[FileInput] = []
    for pair in pairs:
        meter.update("parsing files", len(parsed), len(pairs))
        parsed.append(_parse_pair(pair, max_size))
    return parsed


_FORKED_PAIRS: Sequence[FilePair] = ()
"""The pairs the workers parse, read by index in the forked workers: sending each pair's
bytes to a worker and back would cost more than parsing (Django 5.0 → 5.1: 120 MB)."""


def _parse_in_workers(
    pairs: Sequence[FilePair], max_size: int | None, workers: int, meter: Meter
) -> list[FileInput]:
    # Imported here: multiprocessing and concurrent.futures take ~10 ms to import, a twentieth
    # of a small diff's whole run, and only big diffs use them.
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415
    from multiprocessing import get_all_start_methods, get_context  # noqa: PLC0415

    global _FORKED_PAIRS  # noqa: PLW0603 (state that only forked workers read)
    if "fork" in get_all_start_methods():
        _FORKED_PAIRS = pairs
        try:
            with ProcessPoolExecutor(
                workers, mp_context=get_context("fork"), initializer=_die_with_parent
            ) as pool:
                # map keeps the order, so the report is the same as a sequential run's.
                parse = partial(_parse_forked, max_size=max_size)
                parsed: list[FileInput] = []
                for pair, sides in zip(
                    pairs, pool.map(parse, range(len(pairs)), chunksize=4), strict=True
                ):
                    meter.update("parsing files", len(parsed), len(pairs))
                    parsed.append(_attach(pair, sides, max_size))
            return parsed
        except (OSError, NotImplementedError, BrokenProcessPool):
            # No pool here (a read-only /dev/shm, a sandbox), or a worker died: parse in
            # this process, where an error is reported as it would be anyway.
            pass
        finally:
            _FORKED_PAIRS = ()
    return _parse_here(pairs, max_size, meter)


_SENT_BACK = Source("", b"", "", (), None)
"""Stands for a source in a worker's result: the parent holds the real one."""


Sides = tuple[ParsedFile | None, ParsedFile | None]


def _parse_forked(index: int, max_size: int | None) -> Sides:
    """A pair's sides as parsing gives them, without their sources; the parent combines them
    (`_combine`), so that it can keep them in its cache."""
    pair = _one_language(_FORKED_PAIRS[index])
    old, new = _parse_side(pair.old, max_size), _parse_side(pair.new, max_size)
    new = _shared(old, new)
    return (old and replace(old, source=_SENT_BACK), new and replace(new, source=_SENT_BACK))


def _attach(pair: FilePair, sides: Sides, max_size: int | None) -> FileInput:
    """A worker's sides with the sources they were parsed from, combined."""
    pair = _one_language(pair)
    old, new = (
        None if parsed is None or source is None else replace(parsed, source=source)
        for parsed, source in zip(sides, (pair.old, pair.new), strict=True)
    )
    if _cache is not None:
        for parsed, source in ((old, pair.old), (new, pair.new)):
            if parsed is not None and source is not None:
                _cache.put(_key(source, max_size), parsed)
    return _combine(pair, old, new)


def _die_with_parent() -> None:
    """A worker ends when semdiff does, even if semdiff is killed (Linux's
    PR_SET_PDEATHSIG); elsewhere the pool's own shutdown is all there is."""
    import ctypes  # noqa: PLC0415 (only workers need it; start-up time)

    try:
        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def diff(
    comparison: Comparison,
    *,
    context: int = DEFAULT_CONTEXT,
    max_size: int | None = MAX_SIZE,
    rename_threshold: float = RENAME_THRESHOLD,
    meter: Meter | None = None,
) -> tuple[DiffReport, Matching]:
    """Diff every pair together, so that entities moved between files pair up. A file side
    over `max_size` bytes (None: no limit) is compared line by line; a renamed or moved
    entity needs a body similarity of `rename_threshold` (0..1)."""
    meter = meter or Meter(None)
    files = _parse_all(comparison.pairs, max_size, meter)
    meter.update("matching entities", 0, 0)
    matching = match_entities(
        [f.old for f in files],
        [f.new for f in files],
        families=families(
            entity.language
            for parsed in files
            for side in (parsed.old, parsed.new)
            if side is not None
            for entity in side.entities
        ),
        rename_threshold=rename_threshold,
    )
    meter.update("aligning lines", 0, 0)
    changes, file_diffs = build_changes(files, matching, context=context)
    report = DiffReport(
        old=comparison.old,
        new=comparison.new,
        files=tuple(file_diffs),
        changes=tuple(changes),
        identical_files=comparison.identical_files,
        untracked_left_out=comparison.untracked_left_out,
        unmerged=comparison.unmerged,
        repository=comparison.repository,
    )
    return report, matching
