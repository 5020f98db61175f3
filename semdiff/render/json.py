"""The JSON document (contract v1, docs/json.md): the only code that shapes JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from semdiff import __version__
from semdiff.model import (
    Change,
    DiffReport,
    Entity,
    FileDiff,
    Flag,
    Hunk,
    HunkLine,
    Span,
    Status,
    Version,
)
from semdiff.render.choose import listed

SCHEMA_VERSION = 1


def render_json(
    report: DiffReport,
    *,
    include_unchanged: bool = False,
    ignored: Mapping[str, Flag] | None = None,
) -> str:
    import json  # noqa: PLC0415 (the text output reads this module's counts, not JSON)

    return (
        json.dumps(
            report_document(report, include_unchanged=include_unchanged, ignored=ignored),
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def summary_counts(report: DiffReport) -> dict[str, int]:
    counts = Counter(change.status for change in report.changes)
    return {
        "files": len(report.files),
        **{status.value: counts.get(status, 0) for status in Status},
    }


def report_document(
    report: DiffReport,
    *,
    include_unchanged: bool = False,
    ignored: Mapping[str, Flag] | None = None,
) -> dict[str, Any]:
    """`ignored`, given with --ignore-comments or -w: the changes they leave out, which stay
    in the document (the hunks must still rebuild the files), marked `"ignored": true`, and
    counted in the summary's `ignored`."""
    shown = {c.id for c in report.changes if listed(c, include_unchanged)}
    entities = [_change(change) for change in report.changes if change.id in shown]
    summary = {
        **summary_counts(report),
        "identical_files": report.identical_files,
        "untracked_left_out": report.untracked_left_out,
    }
    if ignored is not None:
        summary["ignored"] = len(ignored)
        for entity in entities:
            if entity["id"] in ignored:
                entity["ignored"] = True
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "semdiff", "version": __version__},
        "old": _version(report.old),
        "new": _version(report.new),
        "repository": report.repository,
        "summary": summary,
        "unmerged": list(report.unmerged),
        "files": [_file(file, shown) for file in report.files],
        "entities": entities,
    }


def _version(version: Version) -> dict[str, Any]:
    document = {"label": version.label, "kind": version.kind.value}
    if version.rev is not None:
        document["rev"] = version.rev
    return document


def _file(file: FileDiff, shown: set[str]) -> dict[str, Any]:
    fallback = file.fallback
    old = file.old.source if file.old else None
    new = file.new.source if file.new else None
    document: dict[str, Any] = {
        "id": file.id,
        "status": file.status.value,
        "old_path": file.old_path,
        "new_path": file.new_path,
        "old_blob": old.blob if old else None,
        "new_blob": new.blob if new else None,
        "old_mode": old.mode if old else None,
        "new_mode": new.mode if new else None,
        "language": None if fallback is not None else file.language,
        "fallback": None if fallback is None else {"reason": fallback.reason},
        "entities": [change_id for change_id in file.change_ids if change_id in shown],
    }
    if file.similarity is not None:
        document["similarity"] = file.similarity
    errors = {
        side: parsed.parse_errors
        for side, parsed in (("old", file.old), ("new", file.new))
        if parsed is not None and parsed.parse_errors
    }
    if errors:
        document["parse_errors"] = errors
        lines = {
            side: parsed.error_line
            for side, parsed in (("old", file.old), ("new", file.new))
            if parsed is not None and parsed.parse_errors and parsed.error_line
        }
        if lines:
            document["error_lines"] = lines
    notes = {
        side: parsed.source.decode_note
        for side, parsed in (("old", file.old), ("new", file.new))
        if parsed is not None and parsed.source.decode_note
    }
    if notes:
        document["decode_errors"] = notes
    endings = file.line_endings
    if endings is not None:
        document["line_endings"] = {"old": endings[0], "new": endings[1]}
    return document


def _change(change: Change) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": change.id,
        "file_id": change.file_id,
        "kind": change.kind,
        "status": change.status.value,
        "flags": [flag.value for flag in change.flags],
        "parent_id": change.parent_id,
        "similarity": change.match.similarity if change.match else None,
        "old": _side(change.old),
        "new": _side(change.new),
        "lines_added": sum(h.added for h in change.shown_hunks),
        "lines_removed": sum(h.removed for h in change.shown_hunks),
        "hunks": [_hunk(hunk) for hunk in change.hunks],
    }
    if change.moved_hunks is not None:
        document["moved_hunks"] = [_hunk(hunk) for hunk in change.moved_hunks]
    if change.beside_hunks:
        document["beside_hunks"] = [_hunk(hunk) for hunk in change.beside_hunks]
    if change.match is not None:
        match: dict[str, Any] = {"phase": change.match.phase.value}
        if change.match.cost is not None:
            cost = change.match.cost
            match["cost"] = {
                "total": round(cost.total, 4),
                **{term.name: round(getattr(cost, term.name), 4) for term in fields(cost)},
            }
        document["match"] = match
    return document


def _side(entity: Entity | None) -> dict[str, Any] | None:
    if entity is None:
        return None
    document: dict[str, Any] = {
        "name": entity.name,
        "qualified_name": entity.qualified_name,
        "kind": entity.kind,
        "path": entity.path,
        "span": _span(entity.span),
        "has_errors": entity.has_errors,
    }
    if entity.overload:
        document["overload"] = entity.overload
    return document


def _span(span: Span) -> dict[str, int]:
    return {
        "start_line": span.start_line,
        "start_col": span.start_col,
        "end_line": span.end_line,
        "end_col": span.end_col,
        "start_byte": span.start_byte,
        "end_byte": span.end_byte,
    }


def _hunk(hunk: Hunk) -> dict[str, Any]:
    return {
        "file_id": hunk.file_id,
        "old_start": hunk.old_start,
        "old_lines": hunk.old_lines,
        "new_start": hunk.new_start,
        "new_lines": hunk.new_lines,
        "header": hunk.header,
        "lines": [_line(line) for line in hunk.lines],
    }


def _line(line: HunkLine) -> dict[str, Any]:
    document: dict[str, Any] = {"op": line.op, "text": line.text}
    if line.old_line is not None:
        document["old_line"] = line.old_line
    if line.new_line is not None:
        document["new_line"] = line.new_line
    if line.no_newline:
        document["no_newline"] = True
    return document
