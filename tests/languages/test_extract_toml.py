"""TOML: source → outline. Tables are sections named by their header; pairs are keys."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.languages import detect_language, spec_by_name
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
# Cargo manifest of the example.
[package]
name = "tally"
version = "0.3.1"
metadata.docs.rs.all-features = true

[dependencies]
# Command line parsing.
clap = { version = "4.4", features = ["derive"] }
"serde_json" = "1"

[target.'cfg(unix)'.dependencies]
libc = "0.2"

[[bin]]
name = "tally"

[[bin]]
name = "tally-bench"
required-features = ["bench"]

[profile.release]
lto = true
"""


def test_toml_outline() -> None:
    assert (
        extract_outline("Cargo.toml", SOURCE)
        == """\
section package  1-5
  key package.name  3-3
  key package.version  4-4
  key package.metadata.docs.rs.all-features  5-5
section dependencies  7-10
  key dependencies.clap  8-9
    key dependencies.clap.version  9-9
    key dependencies.clap.features  9-9
  key dependencies."serde_json"  10-10
section target.'cfg(unix)'.dependencies  12-13
  key target.'cfg(unix)'.dependencies.libc  13-13
section bin  15-16
  key bin.name  16-16
section bin  18-20
  key bin.name  19-19
  key bin.required-features  20-20
section profile.release  22-23
  key profile.release.lto  23-23
"""
    )


def test_toml_keys_nest_under_their_table_and_inline_table() -> None:
    found = entities("Cargo.toml", SOURCE)
    assert found["package.name"].parent == found["package"].key
    assert found["dependencies.clap.features"].parent == found["dependencies.clap"].key
    # A dotted header is one name: `[profile.release]` is not nested under a `[profile]`.
    assert found["profile.release"].name == "profile.release"
    assert found["profile.release"].parent is None


def test_toml_array_tables_are_told_apart_by_ordinals() -> None:
    parsed = parse_file(make_source("Cargo.toml", SOURCE.encode()))
    bins = [(e.qualified_name, e.ordinal) for e in parsed.entities if e.qualified_name == "bin"]
    assert bins == [("bin", 0), ("bin", 1)]


def test_toml_top_level_pairs_before_any_table() -> None:
    source = 'title = "Example"\n"quoted key" = 1\na.b = 2\n\n[owner]\nname = "Tom"\n'
    assert extract_outline("config.toml", source) == (
        'key title  1-1\nkey "quoted key"  2-2\nkey a.b  3-3\nsection owner  5-6\n'
        "  key owner.name  6-6\n"
    )


def test_toml_comments_attach_only_when_directly_above() -> None:
    source = """\
[tool.black]
# Wider than the default.
line-length = 100

# Detached by a blank line.

target-version = ["py311"]
"""
    assert extract_outline("pyproject.toml", source) == (
        "section tool.black  1-7\n"
        "  key tool.black.line-length  2-3\n"
        "  key tool.black.target-version  7-7\n"
    )


def test_toml_strings_are_single_tokens() -> None:
    found = entities("pyproject.toml", '[project]\ndescription = "Count words, fast"\n')
    assert '"Count words, fast"' in found["project.description"].fingerprint.tokens


def test_toml_tables_are_labelled_as_toml_names_them() -> None:
    assert spec_by_name("toml").label("section") == "table"


def test_toml_file_names() -> None:
    for path in ("pyproject.toml", "Cargo.lock", "Pipfile", "poetry.lock", "uv.lock"):
        assert detect_language(path) == "toml", path
