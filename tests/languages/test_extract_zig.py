"""Zig: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
//! A fixed-capacity ring buffer.
const std = @import("std");
const Allocator = std.mem.Allocator;

/// Largest capacity accepted by init.
pub const max_capacity: usize = 1 << 16;
var instances: u32 = 0;
threadlocal var scratch: [64]u8 = undefined;

pub const Error = error{ Full, Empty };

/// How a full buffer treats a write.
pub const Policy = enum(u8) {
    reject,
    overwrite,

    pub fn describe(self: Policy) []const u8 {
        return @tagName(self);
    }
};

pub const Slot = union(enum) {
    empty,
    value: i64,
};

pub const Handle = opaque {};

pub const Ring = struct {
    buf: []i64,
    head: usize = 0,
    len: usize = 0,

    const Self = @This();

    pub const Iterator = struct {
        ring: *const Ring,
        at: usize,

        pub fn next(it: *Iterator) ?i64 {
            if (it.at == it.ring.len) return null;
            defer it.at += 1;
            return it.ring.buf[(it.ring.head + it.at) % it.ring.buf.len];
        }
    };

    pub fn init(gpa: Allocator, capacity: usize) !Ring {
        if (capacity > max_capacity) return error.Full;
        instances += 1;
        return .{ .buf = try gpa.alloc(i64, capacity) };
    }

    pub fn push(self: *Self, value: i64) Error!void {
        if (self.len == self.buf.len) return error.Full;
        self.buf[(self.head + self.len) % self.buf.len] = value;
        self.len += 1;
    }

    test "push fills" {
        var r = Ring{ .buf = &.{} };
        try std.testing.expectError(error.Full, r.push(1));
    }
};

pub fn Pair(comptime T: type) type {
    return struct {
        first: T,
        second: T,

        const Self = @This();

        pub fn swap(self: Self) Self {
            return .{ .first = self.second, .second = self.first };
        }
    };
}

extern "c" fn write(fd: c_int, buf: [*]const u8, n: usize) isize;

export fn ring_new() ?*Handle {
    return null;
}

fn checksum(values: []const i64) i64 {
    const Acc = struct {
        total: i64 = 0,
        fn add(acc: *@This(), v: i64) void {
            acc.total +%= v;
        }
    };
    var acc = Acc{};
    for (values) |v| acc.add(v);
    return acc.total;
}

comptime {
    std.debug.assert(max_capacity > 0);
}

test "ring init" {
    var ring = try Ring.init(std.testing.allocator, 4);
    defer std.testing.allocator.free(ring.buf);
    try ring.push(7);
}

test checksum {
    try std.testing.expectEqual(@as(i64, 3), checksum(&.{ 1, 2 }));
}

test {
    _ = Ring;
}
"""


def test_zig_outline() -> None:
    assert (
        extract_outline("ring.zig", SOURCE)
        == """\
const std  2-2
const Allocator  3-3
const max_capacity  5-6
variable instances  7-7
variable scratch  8-8
type Error  10-10
enum Policy  12-20
  method Policy.describe  17-19
union Slot  22-25
type Handle  27-27
struct Ring  29-63
  const Ring.Self  34-34
  struct Ring.Iterator  36-45
    method Ring.Iterator.next  40-44
  method Ring.init  47-51
  method Ring.push  53-57
  test Ring."push fills"  59-62
function Pair  65-76
  const Pair.Self  70-70
  method Pair.swap  72-74
function write  78-78
function ring_new  80-82
function checksum  84-94
test "ring init"  100-104
test checksum  106-108
"""
    )


def test_zig_a_struct_bound_to_a_const_holds_its_declarations() -> None:
    found = entities("ring.zig", SOURCE)
    assert found["Ring"].kind == "struct"
    assert found["Ring.push"].parent == found["Ring"].key
    assert found["Ring.Iterator"].parent == found["Ring"].key
    assert found["Ring.Iterator.next"].parent == found["Ring.Iterator"].key
    assert found["checksum"].parent is None


def test_zig_a_generic_type_function_nests_the_members_it_returns() -> None:
    # Zig writes a generic type as a function returning one (`fn Pair(comptime T: type)
    # type { return struct { ... }; }`): the members it returns are the generic's methods.
    found = entities("ring.zig", SOURCE)
    assert found["Pair"].kind == "function"
    assert found["Pair.swap"].kind == "method"
    assert found["Pair.swap"].parent == found["Pair"].key


def test_zig_locals_are_part_of_their_function() -> None:
    source = """\
fn run() void {
    const limit = 3;
    var i: usize = 0;
    const Local = struct {
        const inner = 1;
        fn helper() void {}
    };
    while (i < limit) : (i += 1) Local.helper();
}
"""
    assert extract_outline("run.zig", source) == "function run  1-9\n"


def test_zig_tests_are_named_by_their_string_or_identifier() -> None:
    source = """\
fn add(a: i32, b: i32) i32 {
    return a + b;
}

test "add small numbers" {
    try expect(add(1, 2) == 3);
}

test add {
    try expect(add(0, 0) == 0);
}

test {
    _ = add;
}
"""
    assert extract_outline("add.zig", source) == (
        'function add  1-3\ntest "add small numbers"  5-7\ntest add  9-11\n'
    )


def test_zig_comptime_and_usingnamespace_are_not_entities() -> None:
    source = """\
const builtin = @import("builtin");

comptime {
    if (builtin.cpu.arch != .x86_64) @compileError("x86_64 only");
}

pub usingnamespace @import("impl.zig");

pub fn main() void {}
"""
    assert extract_outline("main.zig", source) == "const builtin  1-1\nfunction main  9-9\n"


def test_zig_comments_attach_only_when_directly_above() -> None:
    source = """\
// Detached: a blank line separates it.

const a = 1;
const b = 2; // trailing: not b's, not c's
/// Doc of c,
/// on two lines.
const c = 3;
// A plain comment above a function.
fn d() void {}
"""
    assert extract_outline("doc.zig", source) == (
        "const a  3-3\nconst b  4-4\nconst c  5-7\nfunction d  8-9\n"
    )


def test_zig_a_blank_line_ends_a_doc_comments_attachment() -> None:
    # As in every language here, a comment documents a declaration directly below it. Zig
    # would still read this `///` as the declaration's (it rejects one that documents
    # nothing), but its token no longer hides the blank line (`_last_row`), and one rule for
    # all languages is easier to predict than the grammar's token ends.
    source = "/// The answer.\n\nconst answer = 42;\n"
    assert extract_outline("answer.zig", source) == "const answer  3-3\n"


def test_zig_container_kinds() -> None:
    source = """\
const Packed = packed struct(u8) { a: u4, b: u4 };
const Regs = extern struct { ctrl: u32 };
const Raw = extern union { int: u32, float: f32 };
const Tagged = union(enum) { a: u8, b: void };
const Level = enum { low, high };
const Ctx = opaque {};
const ParseError = error{Invalid};
const Handle = *opaque {};
const ReadError = error{Closed} || ParseError;
const Alias = Packed;
const Pairs = []const struct { u8, u8 };
const Tag = enum_default;
"""
    found = entities("kinds.zig", source)
    assert [(e.kind, name) for name, e in found.items()] == [
        ("struct", "Packed"),
        ("struct", "Regs"),
        ("union", "Raw"),
        ("union", "Tagged"),
        ("enum", "Level"),
        ("type", "Ctx"),
        ("type", "ParseError"),
        ("type", "Handle"),
        ("type", "ReadError"),
        ("const", "Alias"),
        ("const", "Pairs"),
        ("const", "Tag"),
    ]


def test_zig_pub_and_the_doc_comment_above_it_belong_to_the_declaration() -> None:
    # In this grammar `pub` is a sibling token of the declaration; it is listed in
    # attached_nodes, so the declaration starts at `pub` and takes the comment above it.
    source = "/// Doc.\npub fn f() void {}\n"
    found = entities("pub.zig", source)
    assert extract_outline("pub.zig", source) == "function f  1-2\n"
    assert found["f"].span.start_col == 0
