"""The JSON contract as code: docs/schema.json, and the rules between fields that a schema
cannot state (counts, references between ids, hunk arithmetic), both from docs/json.md."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from tests.support import ROOT

SCHEMA_PATH = ROOT / "docs" / "schema.json"
STATUSES = ("added", "removed", "modified", "renamed", "moved", "unchanged")


@cache
def schema() -> dict[str, Any]:
    value = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


@cache
def validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


@cache
def languages_validator() -> Draft202012Validator:
    return Draft202012Validator(
        {
            "$schema": schema()["$schema"],
            "$defs": schema()["$defs"],
            "$ref": "#/$defs/languages_document",
        }
    )


def schema_errors(document: object, limit: int = 5) -> list[str]:
    """What in `document` breaks docs/schema.json (the first `limit` errors)."""
    errors = sorted(validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"{error.json_path}: {error.message[:300]}" for error in errors[:limit]]


def contract_errors(document: dict[str, Any], *, include_unchanged: bool) -> list[str]:
    """The rules of docs/json.md between fields (run on a document that fits the schema)."""
    errors: list[str] = []
    files = document["files"]
    entities = document["entities"]
    summary = document["summary"]
    file_ids = [file["id"] for file in files]
    entity_ids = [entity["id"] for entity in entities]
    if len(set(file_ids)) != len(file_ids):
        errors.append("files: duplicate ids")
    if len(set(entity_ids)) != len(entity_ids):
        errors.append("entities: duplicate ids")
    if summary["files"] != len(files):
        errors.append(f"summary.files is {summary['files']}, files has {len(files)}")
    paths = [file["new_path"] or file["old_path"] for file in files]
    if paths != sorted(paths):
        errors.append(f"files are not sorted by path: {paths}")
    counts = Counter(entity["status"] for entity in entities)
    for status in STATUSES:
        if include_unchanged and counts[status] != summary[status]:
            errors.append(f"summary.{status} is {summary[status]}, entities have {counts[status]}")
        if counts[status] > summary[status]:
            errors.append(f"summary.{status} is {summary[status]}, entities list {counts[status]}")
    by_file = {file["id"]: file for file in files}
    known = set(entity_ids)
    for file in files:
        for entity_id in file["entities"]:
            if entity_id not in known:
                errors.append(f"file {file['id']} lists {entity_id}, which is not in entities")
    for entity in entities:
        where = f"entity {entity['id']} ({entity['kind']} {_name(entity)})"
        home = by_file.get(entity["file_id"])
        if home is None:
            errors.append(f"{where}: file_id {entity['file_id']} is not in files")
        elif entity["id"] not in home["entities"]:
            errors.append(f"{where}: not listed under its file {entity['file_id']}")
        if (
            include_unchanged
            and entity["parent_id"] is not None
            and entity["parent_id"] not in known
        ):
            errors.append(f"{where}: parent_id {entity['parent_id']} is not in entities")
        shown = (
            entity["moved_hunks"] + entity.get("beside_hunks", [])
            if "moved_hunks" in entity
            else entity["hunks"]
        )
        added = sum(line["op"] == "+" for hunk in shown for line in hunk["lines"])
        removed = sum(line["op"] == "-" for hunk in shown for line in hunk["lines"])
        if (entity["lines_added"], entity["lines_removed"]) != (added, removed):
            errors.append(
                f"{where}: lines_added/lines_removed are {entity['lines_added']}/"
                f"{entity['lines_removed']}, its hunks have {added}/{removed}"
            )
        if entity["status"] == "unchanged" and entity["hunks"]:
            errors.append(f"{where}: unchanged but has hunks")
        if "beside_hunks" in entity and "moved_hunks" not in entity:
            errors.append(f"{where}: beside_hunks without moved_hunks")
        for hunk in [
            *entity["hunks"],
            *entity.get("moved_hunks", []),
            *entity.get("beside_hunks", []),
        ]:
            if hunk["file_id"] not in by_file:
                errors.append(f"{where}: hunk file_id {hunk['file_id']} is not in files")
            errors.extend(f"{where}: {problem}" for problem in _hunk_errors(hunk))
    return errors


def _name(entity: dict[str, Any]) -> str:
    side = entity["new"] or entity["old"]
    return str(side["qualified_name"]) if side else "?"


def _hunk_errors(hunk: dict[str, Any]) -> list[str]:
    """A hunk's numbers agree with its lines: counts, and consecutive line numbers from its
    start (unified diff's convention: an empty range sits after its start line)."""
    errors = []
    lines = hunk["lines"]
    old = [line["old_line"] for line in lines if line["op"] in " -"]
    new = [line["new_line"] for line in lines if line["op"] in " +"]
    header = (
        f"hunk @@ -{hunk['old_start']},{hunk['old_lines']} +{hunk['new_start']},{hunk['new_lines']}"
    )
    if len(old) != hunk["old_lines"] or len(new) != hunk["new_lines"]:
        errors.append(f"{header} has {len(old)} old and {len(new)} new lines")
    for numbers, start, count in (
        (old, hunk["old_start"], hunk["old_lines"]),
        (new, hunk["new_start"], hunk["new_lines"]),
    ):
        first = start if count else start + 1
        if numbers != list(range(first, first + len(numbers))):
            errors.append(f"{header}: line numbers {numbers[:8]} do not run from {first}")
    return errors


def violations(document: object, *, include_unchanged: bool) -> list[str]:
    """Schema errors, or when there are none, the contract's rules between fields."""
    errors = schema_errors(document)
    if errors or not isinstance(document, dict):
        return errors
    return contract_errors(document, include_unchanged=include_unchanged)


def log_line_errors(line: object, limit: int = 5, *, definition: str = "log_line") -> list[str]:
    """What in one line of `semdiff log --format json` breaks docs/schema.json's `log_line`
    (its `report` is checked against the schema's root, the document of one comparison), or
    with `definition="entity_log_line"` a line of `semdiff log --entity`."""
    errors = validator().descend(line, schema()["$defs"][definition])
    found = sorted(errors, key=lambda e: list(e.absolute_path))
    return [f"{list(e.absolute_path)}: {e.message}" for e in found[:limit]]
