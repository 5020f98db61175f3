"""Bash: source → outline."""

from __future__ import annotations

from semdiff.languages import detect_language
from tests.support import entities, extract_outline

SOURCE = """\
#!/usr/bin/env bash
# Install the tool under a prefix.

set -euo pipefail

readonly PREFIX=${PREFIX:-/usr/local}
declare -r VERSION=1.4.2
export PATH="$PREFIX/bin:$PATH"
declare -A MIRRORS=([eu]=https://eu.example.org [us]=https://us.example.org)
retries=3
LC_ALL=C sort /dev/null

# Print a message to stderr.
log() {
    printf '%s\\n' "$*" >&2
}

function fetch {
    local url=$1 tries=0
    helper() { :; }
    until curl -fsSL "$url"; do
        ((++tries < retries)) || return 1
    done
}

function cleanup() (
    rm -rf "$TMPDIR"
)

if [[ $OSTYPE == darwin* ]]; then
    sha() { shasum -a 256 "$@"; }
else
    sha() { sha256sum "$@"; }
fi

_install() {
    fetch "${MIRRORS[eu]}/tool-$VERSION.tar.gz" | tar -xz -C "$PREFIX"
} && complete -F _install install

trap cleanup EXIT
"""


def test_bash_outline() -> None:
    assert (
        extract_outline("install.sh", SOURCE)
        == """\
const PREFIX  6-6
const VERSION  7-7
variable PATH  8-8
variable MIRRORS  9-9
variable retries  10-10
function log  13-16
function fetch  18-24
function cleanup  26-28
function sha  31-31
function sha  33-33
function _install  36-38
"""
    )


def test_bash_locals_nested_functions_and_command_prefixes_are_not_entities() -> None:
    found = entities("install.sh", SOURCE)
    for name in ("url", "tries", "helper", "LC_ALL"):
        assert name not in found, name


def test_bash_comment_directly_above_belongs_to_the_function() -> None:
    source = "# Detached.\n\na=1\n# Doc of f.\n# More.\nf() { :; }\n"
    assert extract_outline("a.sh", source) == "variable a  3-3\nfunction f  4-6\n"


def test_bash_strings_are_one_token() -> None:
    old = entities("a.sh", 'GREETING="hello $USER"\n')["GREETING"].fingerprint
    new = entities("a.sh", 'GREETING="hello there $USER"\n')["GREETING"].fingerprint
    assert len(old.tokens) == len(new.tokens)
    assert old.own_code_hash != new.own_code_hash


def test_bash_file_names() -> None:
    for name in ("x.sh", "x.bash", ".bashrc", "home/.bash_profile", "PKGBUILD", "a.ebuild"):
        assert detect_language(name) == "bash", name


def test_bash_scripts_without_extension_are_known_by_their_interpreter() -> None:
    for line in (b"#!/bin/bash\n", b"#!/usr/bin/env bash\n", b"#!/bin/sh -e\n", b"#!/bin/dash\n"):
        assert detect_language("bin/deploy", line + b"echo hi\n") == "bash", line
