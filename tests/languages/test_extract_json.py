"""JSON: source → outline. Entities are keys, named by their key path."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.languages import detect_language
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
{
  "name": "@acme/widgets",
  "version": "1.2.0",
  "exports": {
    ".": "./dist/index.js",
    "./package.json": "./package.json"
  },
  "scripts": {
    "build": "tsc -p .",
    "test": "vitest run"
  },
  "contributors": [
    {"name": "Ada", "email": "ada@example.com"},
    {"name": "Grace"}
  ],
  "files": ["dist", "README.md"],
  "dependencies": {},
  "jest": {
    "coverageThreshold": {
      "global": {"lines": 90}
    }
  }
}
"""


def test_json_outline() -> None:
    assert (
        extract_outline("package.json", SOURCE)
        == """\
key name  2-2
key version  3-3
key exports  4-7
  key exports..  5-5
  key exports../package.json  6-6
key scripts  8-11
  key scripts.build  9-9
  key scripts.test  10-10
key contributors  12-15
  key contributors.name  13-13
  key contributors.email  13-13
  key contributors.name  14-14
key files  16-16
key dependencies  17-17
key jest  18-22
  key jest.coverageThreshold  19-21
    key jest.coverageThreshold.global  20-20
      key jest.coverageThreshold.global.lines  20-20
"""
    )


def test_json_keys_nest_by_key_path() -> None:
    found = entities("package.json", SOURCE)
    assert found["scripts.test"].parent == found["scripts"].key
    assert found["scripts.test"].name == "test"
    assert found["jest.coverageThreshold.global.lines"].depth == 3
    assert found["name"].parent is None


def test_json_keys_of_array_elements_are_told_apart_by_ordinals() -> None:
    parsed = parse_file(make_source("package.json", SOURCE.encode()))
    names = [
        (e.qualified_name, e.ordinal)
        for e in parsed.entities
        if e.qualified_name.startswith("contributors.")
    ]
    assert names == [
        ("contributors.name", 0),
        ("contributors.email", 0),
        ("contributors.name", 1),
    ]


def test_json_key_names_lose_their_quotes_unless_escaped_or_empty() -> None:
    source = '{"plain": 1, "with space": 2, "a\\"b": 3, "": 4, "caf\\u00e9": 5}\n'
    assert [e.name for e in entities("x.json", source).values()] == [
        "plain",
        "with space",
        '"a\\"b"',
        '""',
        '"caf\\u00e9"',
    ]


def test_json_strings_are_single_tokens() -> None:
    found = entities("package.json", '{"description": "Widgets for the web"}\n')
    assert '"Widgets for the web"' in found["description"].fingerprint.tokens


def test_json_comments_attach_only_when_directly_above() -> None:
    source = """\
{
  // Emit ES2022.
  "target": "ES2022",

  // About module resolution, then a blank line.

  "module": "NodeNext",
  /* Block comment. */
  "strict": true
}
"""
    assert extract_outline("tsconfig.json", source) == (
        "key target  2-3\nkey module  7-7\nkey strict  8-9\n"
    )


def test_json_trailing_commas_keep_the_keys() -> None:
    """Not JSON, but common in JSON with comments: a small parse error, marked on the keys
    whose values hold it, and every key is still read."""
    source = '{\n  "a": [1, 2,],\n  "b": {"c": true,},\n}\n'
    assert extract_outline("settings.jsonc", source) == (
        "key a  2-2  !errors\nkey b  3-3  !errors\n  key b.c  3-3\n"
    )


def test_json_file_names() -> None:
    for path in ("tsconfig.json", ".vscode/settings.jsonc", "composer.lock", ".babelrc"):
        assert detect_language(path) == "json", path
    assert detect_language("Cargo.lock") != "json"
