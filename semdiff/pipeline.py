"""The pipeline, end to end: file pairs → parsed files → matching → changes → report.

read (sources.py) → detect language (languages.py) → parse (parse.py) → extract entities
(extract.py, fingerprint.py) → match (match/) → classify and cut hunks (changes.py,
textdiff.py) → a `DiffReport` for the renderers (render/).
"""

from __future__ import annotations

from semdiff.changes import FileInput, build_changes
from semdiff.extract import MAX_SIZE, as_text, parse_file
from semdiff.languages import families
from semdiff.match import Matching, match_entities
from semdiff.model import DiffReport
from semdiff.sources import Comparison, FilePair
from semdiff.textdiff import DEFAULT_CONTEXT


def _parse_pair(pair: FilePair, max_size: int | None) -> FileInput:
    old = parse_file(pair.old, max_size=max_size) if pair.old is not None else None
    new = parse_file(pair.new, max_size=max_size) if pair.new is not None else None
    if old is not None and new is not None and not (old.source.is_binary or new.source.is_binary):
        # One side structural and the other lines would report every entity removed (or
        # added): compare both sides line by line, and say why.
        if old.fallback is not None and new.fallback is None:
            new = as_text(new, f"{old.fallback.reason} (in the old version)")
        elif new.fallback is not None and old.fallback is None:
            old = as_text(old, f"{new.fallback.reason} (in the new version)")
    return FileInput(old, new, renamed=pair.similarity is not None, similarity=pair.similarity)


def diff(
    comparison: Comparison, *, context: int = DEFAULT_CONTEXT, max_size: int | None = MAX_SIZE
) -> tuple[DiffReport, Matching]:
    """Diff every pair together, so that entities moved between files pair up. A file side
    over `max_size` bytes (None: no limit) is compared line by line."""
    files = [_parse_pair(pair, max_size) for pair in comparison.pairs]
    matching = match_entities([f.old for f in files], [f.new for f in files], families=families())
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
