"""INI: source → outline. Sections are named by their header, keys by their name, under
their section."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.languages import detect_language, spec_by_name
from semdiff.sources import make_source
from tests.support import entities, extract_outline

# Modelled on php.ini-production (PHP 8.2) and a Git configuration.
SOURCE = """\
;;;;;;;;;;;;;;;;;;;
; About php.ini   ;
;;;;;;;;;;;;;;;;;;;

[PHP]
; Maximum amount of memory a script may consume
; https://php.net/memory-limit
memory_limit = 128M
zend.exception_ignore_args=On

[remote "origin"]
\turl = https://example.org/tally.git
\tfetch = +refs/heads/*:refs/remotes/origin/*

[Date]
; Defines the default timezone used by the date functions

date.timezone = Europe/Berlin
;date.default_latitude = 31.7667

[Session]
session.name = PHPSESSID
"""


def test_ini_outline() -> None:
    assert (
        extract_outline("php.ini", SOURCE)
        == """\
section PHP  5-9
  key PHP.memory_limit  6-8
  key PHP.zend.exception_ignore_args  9-9
section remote "origin"  11-13
  key remote "origin".url  12-12
  key remote "origin".fetch  13-13
section Date  15-18
  key Date.date.timezone  18-18
section Session  21-22
  key Session.session.name  22-22
"""
    )


def test_ini_keys_before_any_section_are_top_level() -> None:
    source = "# EditorConfig\nroot = true\n\n[*.py]\nindent_size = 4\n"
    assert extract_outline(".editorconfig", source) == (
        "key root  1-2\nsection *.py  4-5\n  key *.py.indent_size  5-5\n"
    )


def test_ini_repeated_sections_are_told_apart_by_ordinals() -> None:
    source = "[core]\nbare = false\n\n[core]\nfilemode = true\n"
    parsed = parse_file(make_source(".gitconfig", source.encode()))
    found = [(e.qualified_name, e.ordinal) for e in parsed.entities if e.kind == "section"]
    assert found == [("core", 0), ("core", 1)]


def test_ini_blanks_around_a_value_are_layout() -> None:
    """`a=1` and `a = 1` are one value; the value itself is one token."""
    tight = entities("php.ini", SOURCE)["PHP.zend.exception_ignore_args"]
    spaced = entities("php.ini", SOURCE.replace("args=On", "args = On"))
    assert (
        tight.fingerprint.body_hash
        == spaced["PHP.zend.exception_ignore_args"].fingerprint.body_hash
    )
    assert (
        "+refs/heads/*:refs/remotes/origin/*"
        in entities(".gitconfig", SOURCE)['remote "origin".fetch'].fingerprint.tokens
    )


def test_ini_comments_are_not_code() -> None:
    found = entities("php.ini", SOURCE)
    assert not any("memory" in token for token in found["PHP.memory_limit"].fingerprint.tokens)


def test_ini_spec() -> None:
    assert spec_by_name("ini").category == "data"
    for path in ("php.ini", "tox.ini", "my.cnf", ".editorconfig", ".gitconfig", ".gitmodules"):
        assert detect_language(path) == "ini", path
    # Python's configparser files are made of continued values, which the grammar misreads.
    assert detect_language("setup.cfg") is None
