"""docs/schema.json: a valid draft 2020-12 schema, every field of docs/json.md in it, and every
fixture's JSON golden (and the languages listing) valid against it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.reliability.contract import (
    contract_errors,
    languages_validator,
    schema,
    schema_errors,
    validator,
)
from tests.support import FIXTURES, ROOT, cli

GOLDENS = sorted(FIXTURES.glob("*/*/expected.json"))


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def _properties(node: object) -> set[str]:
    """Every property name the schema defines, at any depth."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                found.update(value)
            found |= _properties(value)
    elif isinstance(node, list):
        for item in node:
            found |= _properties(item)
    return found


def test_schema_has_every_field_the_contract_documents() -> None:
    """Each `field` of docs/json.md's tables, and each name in backquotes in its rows that
    reads as a field (`span`'s `start_line`, the cost terms...), is a property of the schema."""
    doc = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    fields: set[str] = set()
    for row in re.findall(r"^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|", doc, re.MULTILINE):
        fields.update(name for name in row if name)
    for name in ("start_line", "start_col", "end_line", "end_col", "start_byte", "end_byte"):
        assert name in doc
        fields.add(name)
    for name in ("body_sequence", "body_content", "parent", "context", "total", "phase"):
        fields.add(name)
    for name in ("op", "text", "old_line", "new_line", "no_newline", "header", "reason"):
        fields.add(name)
    fields -= {"field"}
    assert len(fields) > 40
    assert sorted(fields - _properties(schema())) == []


def test_schema_objects_are_closed() -> None:
    """Every object with properties says `additionalProperties: false`: the schema pins
    what semdiff writes (consumers should still accept additions; docs/json.md)."""

    def objects(node: object, where: str) -> list[str]:
        open_ones = []
        if isinstance(node, dict):
            closed = node.get("additionalProperties") is False
            if "properties" in node and node.get("type") == "object" and not closed:
                open_ones.append(where)
            for key, value in node.items():
                open_ones += objects(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                open_ones += objects(item, f"{where}/{index}")
        return open_ones

    assert objects(schema(), "#") == []


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_fixture_golden_fits_the_schema(golden: Path) -> None:
    document = json.loads(golden.read_text(encoding="utf-8"))
    assert schema_errors(document) == []
    assert contract_errors(document, include_unchanged=False) == []


def test_every_fixture_has_a_json_golden() -> None:
    cases = [path for path in FIXTURES.glob("*/*") if path.is_dir()]
    assert len(GOLDENS) == len(cases) > 100


def test_languages_listing_fits_the_schema() -> None:
    document = json.loads(cli("languages", "--format", "json").stdout)
    errors = [error.message for error in languages_validator().iter_errors(document)]
    assert errors == []


def _document() -> dict[str, Any]:
    golden = FIXTURES / "rust" / "issue_974" / "expected.json"
    value = json.loads(golden.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda d: d.update(schema_version=2), "schema_version"),
        (lambda d: d.update(extra=1), "extra"),
        (lambda d: d["files"][0].update(status="unchanged"), "status"),
        (lambda d: d["entities"][0].update(status="renamed", flags=["body_changed"]), "flags"),
        (lambda d: d["entities"][0]["hunks"][0]["lines"][0].pop("old_line"), "old_line"),
        (lambda d: d["entities"][0].update(id="e:123"), "id"),
        (lambda d: d["entities"][0].pop("match"), "match"),
        (lambda d: d["entities"][0]["old"]["span"].update(start_line=0), "start_line"),
        (lambda d: d["old"].update(kind="commit"), "rev"),
    ],
    ids=[
        "version",
        "unknown field",
        "file status",
        "status without its flag",
        "removed line without number",
        "entity id",
        "pair without match",
        "line 0",
        "commit without rev",
    ],
)
def test_schema_rejects_what_the_contract_rules_out(change: Any, complaint: str) -> None:
    document = _document()
    assert list(validator().iter_errors(document)) == []
    change(document)
    errors = schema_errors(document, limit=50)
    assert errors, f"the schema accepts a document with a broken {complaint}"
