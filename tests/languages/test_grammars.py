"""Every language directory is valid against its grammar: a grammar upgrade that renames a
node, or a typo in a query, fails here and not in a user's diff."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from semdiff import extract
from semdiff.errors import GrammarError
from semdiff.extract import load_query
from semdiff.languages import LanguageSpec, all_specs, detect_language, load_spec, spec_by_name
from semdiff.match.cost import KINDS
from semdiff.parse import load_language, parse
from tests.support import FIXTURES, ROOT

SPECS = all_specs()

_COMMENT = re.compile(r";.*$", re.MULTILINE)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NODE = re.compile(r"\(\s*([A-Za-z_][A-Za-z0-9_]*)")
_FIELD = re.compile(r"!?\b([a-z_][a-z0-9_]*)\s*:")
_CAPTURE = re.compile(r"@([A-Za-z_][A-Za-z0-9_.]*)")


def _query_text(spec: LanguageSpec) -> str:
    return _COMMENT.sub("", spec.query_path.read_text(encoding="utf-8"))


def test_languages_found() -> None:
    names = [spec.name for spec in SPECS]
    assert {"python", "rust", "clojure", "javascript", "typescript", "tsx", "go", "java"} <= set(
        names
    )
    assert len(names) == len(set(names))


def test_extensions_are_unique_and_dotless() -> None:
    # An extension two languages share (`.m`) goes by content: every claimant but one has a
    # content_hint, and the one without takes a file that matches no hint.
    claimants: dict[str, list[str]] = {}
    for spec in SPECS:
        for extension in spec.extensions:
            assert not extension.startswith("."), (spec.name, extension)
            claimants.setdefault(extension, []).append(spec.name)
    by_name = {spec.name: spec for spec in SPECS}
    for extension, names in claimants.items():
        plain = [name for name in names if not by_name[name].content_hint]
        if len(names) > 1:
            assert len(plain) == 1, f".{extension}: {names}"
        taker = plain[0] if len(names) > 1 else names[0]
        assert detect_language(f"dir/file.{extension}") == taker
        assert detect_language(f"dir/FILE.{extension.upper()}") == taker


def test_a_shared_extension_goes_by_content() -> None:
    objc = b'#import "CDVPlugin.h"\n\n@implementation CDVPlugin\n- (void)run {}\n@end\n'
    matlab = b"% Import the data.\nfunction data = import(path)\n  data = load(path);\nend\n"
    assert detect_language("CDVPlugin.m", objc) == "objc"
    assert detect_language("import.m", matlab) == "matlab"
    assert detect_language("types.pp", b"unit Types;\n\ninterface\n") == "pascal"
    assert detect_language("init.pp", b"class ntp {\n  package { 'ntp': }\n}\n") == "puppet"


def test_file_names_are_detected_and_other_quoted_words_claim_nothing() -> None:
    # Detection reads only the specs whose text quotes the name or extension; words quoted
    # for other reasons (node types, labels) must not claim a file.
    for spec in SPECS:
        for name in spec.file_names:
            assert detect_language(f"dir/{name}") == spec.name
    assert detect_language("dir/file.comment") is None  # "comment" is quoted as a node type
    assert detect_language("dir/file.def") is None  # "def" is quoted as Python's label


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_query_compiles(spec: LanguageSpec) -> None:
    load_query(spec.name)
    # With every namespace a list's words name aliased (aliases.scm): the words still compile.
    aliased = tuple(
        ("x", word.rpartition("/")[0])
        for words in spec.query_words.values()
        for word in words
        if "/" in word
    )
    load_query(spec.name, aliased)


def test_alias_queries_compile_and_find_aliases() -> None:
    found = [spec.name for spec in SPECS if (spec.directory / "aliases.scm").is_file()]
    assert found == ["clojure"]
    parsed = parse("clojure", b"(ns a (:require [clojure.spec.alpha :as sp] [b.c :as-alias bc]))")
    assert extract._aliases(spec_by_name("clojure"), parsed.tree.root_node) == (
        ("bc", "b.c"),
        ("sp", "clojure.spec.alpha"),
    )


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_file_kinds_are_kinds_of_the_query(spec: LanguageSpec) -> None:
    query = spec.query_path.read_text(encoding="utf-8")
    for kind in spec.file_kinds:
        assert f"@definition.{kind}" in query, kind


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_named_node_types_exist(spec: LanguageSpec) -> None:
    language = load_language(spec.grammar)
    text = _STRING.sub('""', _query_text(spec))
    nodes = set(_NODE.findall(text)) - {"_"}
    listed = {
        *spec.wrapper_nodes,
        *spec.attached_nodes,
        *spec.comment_nodes,
        *spec.atom_nodes,
        *spec.local_scopes,
        *spec.nested_nodes,
        *(step for path in spec.top_level for step in path),
        *spec.variant_keys,
        *spec.variant_keys.values(),
    }
    # Listed nodes may be anonymous tokens (Zig's `pub`, beside the declaration it marks).
    missing = sorted(
        [n for n in nodes if language.id_for_node_kind(n, True) is None]
        + [
            n
            for n in listed
            if language.id_for_node_kind(n, True) is None
            and language.id_for_node_kind(n, False) is None
        ]
    )
    assert not missing, f"{spec.name}: no such node types {missing}"
    fields = set(_FIELD.findall(text))
    unknown = sorted(f for f in fields if language.field_id_for_name(f) is None)
    assert not unknown, f"{spec.name}: no such fields {unknown}"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_captures_follow_the_vocabulary(spec: LanguageSpec) -> None:
    captures = set(_CAPTURE.findall(_query_text(spec)))
    for capture in captures:
        if capture.startswith("definition."):
            assert capture.removeprefix("definition.") in KINDS, capture
        else:
            assert capture in {
                "name",
                "scope",
                "overload",
                "doc",
                "body",
                "arity",
                "label",
                "private",
            } or capture.startswith(("name.", "_")), f"{spec.name}: unknown capture @{capture}"
    assert any(c.startswith("definition.") for c in captures)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_language_has_fixtures_and_extraction_tests(spec: LanguageSpec) -> None:
    cases = [p for p in (FIXTURES / spec.name).glob("*") if p.is_dir()]
    assert len(cases) >= 3, f"{spec.name}: needs at least 3 fixtures/{spec.name}/<case>/"
    assert (ROOT / "tests" / "languages" / f"test_extract_{spec.name}.py").exists()


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_query_words_are_all_read(spec: LanguageSpec) -> None:
    # A list the query never names is a typo on one side: its words would match nothing.
    read = set(re.findall(r"\{\{(\w+)\}\}", _query_text(spec)))
    assert read == set(spec.query_words), spec.name


def test_query_words_must_be_lists_of_strings(tmp_path: Path) -> None:
    directory = tmp_path / "lang"
    directory.mkdir()
    (directory / "language.toml").write_text(
        'name = "lang"\ngrammar = "clojure"\n[query_words]\nheads = "defstate"\n',
        encoding="utf-8",
    )
    with pytest.raises(GrammarError, match="query_words"):
        load_spec(directory)
