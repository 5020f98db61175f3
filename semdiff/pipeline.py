"""The pipeline, end to end: file pairs → parsed files → matching → changes → report.

read (sources.py) → detect language (languages.py) → parse (parse.py) → extract entities
(extract.py, fingerprint.py) → match (match/) → classify and cut hunks (changes.py,
textdiff.py) → a `DiffReport` for the renderers (render/).
"""

from __future__ import annotations

from collections.abc import Sequence

from semdiff.changes import FileInput, build_changes
from semdiff.extract import parse_file
from semdiff.languages import families
from semdiff.match import Matching, match_entities
from semdiff.model import DiffReport
from semdiff.sources import FilePair
from semdiff.textdiff import DEFAULT_CONTEXT


def diff_pairs(
    pairs: Sequence[FilePair],
    *,
    old_label: str,
    new_label: str,
    identical_files: int = 0,
    context: int = DEFAULT_CONTEXT,
) -> tuple[DiffReport, Matching]:
    """Diff every pair together, so that entities moved between files pair up."""
    files = [
        FileInput(
            parse_file(pair.old) if pair.old is not None else None,
            parse_file(pair.new) if pair.new is not None else None,
            renamed=pair.similarity is not None,
            similarity=pair.similarity,
        )
        for pair in pairs
    ]
    matching = match_entities([f.old for f in files], [f.new for f in files], families=families())
    changes, file_diffs = build_changes(files, matching, context=context)
    report = DiffReport(
        old_label=old_label,
        new_label=new_label,
        files=tuple(file_diffs),
        changes=tuple(changes),
        identical_files=identical_files,
    )
    return report, matching
