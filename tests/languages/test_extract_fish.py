"""Fish: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
# Completions for the frob tool.
set -l commands init build clean help
set -g __frob_cache_dir ~/.cache/frob
set --global --export FROB_COLOR auto
set -e FROB_OLD_SETTING
set -q FROB_HOME; or set -gx FROB_HOME ~/.frob

# Test if frob has yet to be given the subcommand.
function __frob_needs_command -d 'Test if frob has a subcommand' -V commands
    set -l cmd (commandline -opc)
    if set -q cmd[2]
        return 1
    end
    function __frob_inner
        echo never an entity
    end
    return 0
end

function __frob_targets --argument-names dir
    for target in $dir/*.frob
        set -l name (basename $target .frob)
        echo $name
    end
end

if not functions -q __frob_print
    function __frob_print; printf '%s\\n' $argv; end
end

complete -c frob -n __frob_needs_command -a "$commands"
complete -c frob -n '__fish_seen_subcommand_from build' -a '(__frob_targets .)'
"""


def test_fish_outline() -> None:
    assert (
        extract_outline("frob.fish", SOURCE)
        == """\
variable commands  1-2
variable __frob_cache_dir  3-3
variable FROB_COLOR  4-4
variable FROB_HOME  6-6
function __frob_needs_command  8-18
function __frob_targets  20-25
function __frob_print  28-28
"""
    )


def test_fish_what_a_function_or_loop_holds_is_not_an_entity() -> None:
    found = entities("frob.fish", SOURCE)
    assert "__frob_inner" not in found
    assert "cmd" not in found and "name" not in found and "target" not in found
    # `set -e` erases and `set -q` asks: neither defines.
    assert "FROB_OLD_SETTING" not in found


def test_fish_options_are_the_signature_and_the_statements_the_body() -> None:
    source = "function greet -d 'Say hi' -a who\n    echo hi $who\nend\n"
    old = entities("greet.fish", source)["greet"].fingerprint
    described = entities("greet.fish", source.replace("Say hi", "Greet"))["greet"].fingerprint
    assert described.header_hash != old.header_hash
    assert described.own_body_hash == old.own_body_hash
    edited = entities("greet.fish", source.replace("echo hi", "echo hello"))["greet"].fingerprint
    assert edited.header_hash == old.header_hash
    assert edited.own_body_hash != old.own_body_hash
