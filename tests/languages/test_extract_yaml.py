"""YAML: source → outline. Entities are keys, named by their key path."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.languages import detect_language
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
# Deployment and service for the API.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels: {app: api, tier: "backend"}
spec:
  template:
    spec:
      containers:
        - name: api
          image: example/api:2.1
          # Only what the probe needs.
          ports:
            - containerPort: 8080
          args: ["--port", "8080"]
        - name: sidecar
          image: example/proxy:1.0
---
apiVersion: v1
kind: Service
metadata:
  name: api
"""


def test_yaml_outline() -> None:
    assert (
        extract_outline("api.yaml", SOURCE)
        == """\
key apiVersion  1-2
key kind  3-3
key metadata  4-6
  key metadata.name  5-5
  key metadata.labels  6-6
    key metadata.labels.app  6-6
    key metadata.labels.tier  6-6
key spec  7-18
  key spec.template  8-18
    key spec.template.spec  9-18
      key spec.template.spec.containers  10-18
        key spec.template.spec.containers.name  11-11
        key spec.template.spec.containers.image  12-12
        key spec.template.spec.containers.ports  13-15
          key spec.template.spec.containers.ports.containerPort  15-15
        key spec.template.spec.containers.args  16-16
        key spec.template.spec.containers.name  17-17
        key spec.template.spec.containers.image  18-18
key apiVersion  20-20
key kind  21-21
key metadata  22-23
  key metadata.name  23-23
"""
    )


def _ordinals(source: str, prefix: str) -> list[tuple[str, int]]:
    parsed = parse_file(make_source("x.yaml", source.encode()))
    return [
        (e.qualified_name, e.ordinal)
        for e in parsed.entities
        if e.qualified_name.startswith(prefix)
    ]


def test_yaml_keys_of_sequence_items_are_told_apart_by_ordinals() -> None:
    assert _ordinals(SOURCE, "spec.template.spec.containers.") == [
        ("spec.template.spec.containers.name", 0),
        ("spec.template.spec.containers.image", 0),
        ("spec.template.spec.containers.ports", 0),
        ("spec.template.spec.containers.ports.containerPort", 0),
        ("spec.template.spec.containers.args", 0),
        ("spec.template.spec.containers.name", 1),
        ("spec.template.spec.containers.image", 1),
    ]


def test_yaml_every_document_starts_at_the_top_level() -> None:
    assert _ordinals(SOURCE, "kind") == [("kind", 0), ("kind", 1)]
    found = entities("api.yaml", SOURCE)
    assert found["metadata.name"].parent == found["metadata"].key
    assert found["apiVersion"].parent is None


def test_yaml_a_comment_attaches_to_the_key_directly_below_it_in_the_same_mapping() -> None:
    source = """\
build:
  # Compile first.
  compile: make
  # Then test.
  test: make check

  # Detached by a blank line.

  lint: make lint
"""
    # The first comment sits between `build:` and its mapping in the grammar, right above the
    # mapping that starts at `compile`: it is `compile`'s, as in every mapping.
    assert extract_outline("ci.yml", source) == (
        "key build  1-9\n  key build.compile  2-3\n  key build.test  4-5\n  key build.lint  9-9\n"
    )


def test_yaml_a_comment_at_a_key_s_indentation_is_that_key_s_not_the_previous_one_s() -> None:
    # The grammar ends `worker`'s mapping with the comment; by its indentation it documents
    # `db`, and a comment indented under `worker` stays there.
    source = """\
services:
  worker:
    image: app
    # Under worker.

  # The database.
  db:
    image: postgres
# About volumes.
volumes: {}
"""
    assert extract_outline("compose.yaml", source) == (
        "key services  1-8\n"
        "  key services.worker  2-4\n"
        "    key services.worker.image  3-3\n"
        "  key services.db  6-8\n"
        "    key services.db.image  8-8\n"
        "key volumes  9-10\n"
    )


def test_yaml_anchors_aliases_and_merge_keys() -> None:
    source = """\
defaults: &defaults
  adapter: postgres
  &host_key host: localhost
development:
  <<: *defaults
  database: dev
*host_key : overridden
"""
    assert extract_outline("database.yml", source) == (
        "key defaults  1-3\n"
        "  key defaults.adapter  2-2\n"
        "  key defaults.host  3-3\n"
        "key development  4-6\n"
        "  key development.<<  5-5\n"
        "  key development.database  6-6\n"
        "key *host_key  7-7\n"
    )


def test_yaml_quoted_keys_keep_their_quotes_and_complex_keys_their_text() -> None:
    source = """\
"on": push
'3.12': latest
? [a, b]
: pair
plain key: 1
"""
    assert [e.name for e in entities("x.yml", source).values()] == [
        '"on"',
        "'3.12'",
        "[a, b]",
        "plain key",
    ]


def test_yaml_quoted_and_block_scalars_are_single_tokens() -> None:
    source = 'title: "Hello, world"\nscript: |\n  make\n  make check\n'
    found = entities("x.yml", source)
    assert '"Hello, world"' in found["title"].fingerprint.tokens
    assert "|\n  make\n  make check\n" in found["script"].fingerprint.tokens


def test_yaml_empty_and_comment_only_files_have_no_keys() -> None:
    assert extract_outline("empty.yml", "") == ""
    assert extract_outline("empty.yml", "# nothing\n---\n") == ""
    assert extract_outline("list.yml", "- a\n- b\n") == ""


def test_yaml_file_names() -> None:
    for path in ("ci.yml", "chart/values.yaml", ".clang-format", ".clang-tidy"):
        assert detect_language(path) == "yaml", path
