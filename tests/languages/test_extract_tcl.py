"""Tcl: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
# counter.tcl --
#
#\tProcedures to manage simple counters and histograms.

package require Tcl 8.5
package provide counter 2.0.4

namespace eval ::counter {
    # Count of the counters created so far.
    variable uid 0
    variable defaults {-group {} -hist {}}
    namespace export init count get names

    namespace eval hist {
        variable buckets 10
    }
}

# ::counter::init --
#
#\tSet up a counter.
proc ::counter::init {tag args} {
    variable uid
    incr uid
    proc helper {} { return 1 }
    return $tag
}

proc ::counter::count {tag {delta 1}} {
    upvar #0 ::counter::T-$tag counter
    set counter [expr {$counter + $delta}]
}

oo::class create Summary {
    variable total

    constructor {} {
        set total 0
    }
    method add {n} {
        incr total $n
    }
    destructor {
        puts "done"
    }
}

oo::define Summary method reset {} {
    set total 0
}

oo::define Summary {
    method average {count} {
        return [expr {$total / $count}]
    }
}

if {[info exists ::counter::debug]} {
    proc ::counter::trace {msg} { puts stderr $msg }
}
"""


def test_tcl_outline() -> None:
    assert (
        extract_outline("counter.tcl", SOURCE)
        == """\
namespace ::counter  8-17
  variable ::counter::uid  9-10
  variable ::counter::defaults  11-11
  namespace ::counter::hist  14-16
    variable ::counter::hist::buckets  15-15
function ::counter::init  19-27
function ::counter::count  29-32
class Summary  34-46
  constructor Summary::constructor  37-39
  method Summary::add  40-42
  method Summary::destructor  43-45
  method Summary::reset  48-50
  method Summary::average  53-55
function ::counter::trace  59-59
"""
    )


def test_tcl_methods_defined_outside_their_class_belong_to_it() -> None:
    found = entities("counter.tcl", SOURCE)
    summary = found["Summary"].key
    for name in ("Summary::add", "Summary::reset", "Summary::average", "Summary::destructor"):
        assert found[name].parent == summary, name


def test_tcl_what_a_proc_body_holds_is_not_an_entity() -> None:
    found = entities("counter.tcl", SOURCE)
    assert not any(name.endswith("helper") for name in found)
    # `variable uid` in a proc names the namespace's variable, it declares nothing.
    assert [name for name in found if name.endswith("::uid")] == ["::counter::uid"]


def test_tcl_comment_lines_directly_above_a_proc_document_it() -> None:
    # Each command, a comment included, ends with a newline token: the comment is still the
    # proc's, and a blank line between them still parts them.
    source = "# Adds one.\nproc incr1 {x} {\n    return [expr {$x + 1}]\n}\n"
    assert extract_outline("a.tcl", source) == "function incr1  1-4\n"
    apart = source.replace("\nproc", "\n\nproc")
    assert extract_outline("a.tcl", apart) == "function incr1  3-5\n"
    old = entities("a.tcl", source)["incr1"].fingerprint
    new = entities("a.tcl", source.replace("Adds one.", "Adds one to x."))["incr1"].fingerprint
    assert old.own_code_hash == new.own_code_hash


def test_tcl_blank_lines_in_a_proc_are_layout() -> None:
    source = "proc f {} {\n    set a 1\n    return $a\n}\n"
    spaced = source.replace("set a 1\n", "set a 1\n\n\n")
    assert entities("a.tcl", source)["f"].fingerprint.body_hash == (
        entities("a.tcl", spaced)["f"].fingerprint.body_hash
    )
    changed = source.replace("set a 1", "set a 2")
    assert entities("a.tcl", source)["f"].fingerprint.body_hash != (
        entities("a.tcl", changed)["f"].fingerprint.body_hash
    )
