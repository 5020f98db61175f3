"""D: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
/**
 * Growable buffers.
 */
module std.buffers;

import std.traits : isSomeChar;

enum size_t defaultCapacity = 64;

/// Kinds of growth.
enum Growth { doubling, linear }

alias Bytes = ubyte[];

/// A buffer of bytes.
class Buffer : Sink
{
    private ubyte[] data;
    size_t offset, limit;

    this(size_t capacity)
    {
        data = new ubyte[capacity];
    }

    ~this() {}

    void put(ubyte b) { reserve(1); data[offset++] = b; }
    void put(scope const(ubyte)[] bytes) { foreach (b; bytes) put(b); }

    @property size_t length() const { return offset; }

    version (Posix)
    {
        int fd;
        void flush() { }
    }

    unittest
    {
        auto b = new Buffer(2);
        b.put(1);
        assert(b.length == 1);
    }
}

struct Slice(T)
{
    T[] items;
    this(this) {}
    ref T front() { return items[0]; }
}

union Word { uint u; float f; }

interface Sink
{
    void put(ubyte b);
}

template isBuffer(T)
{
    enum isBuffer = is(T : Buffer);
}

mixin template Forward()
{
    void forward() {}
}

size_t grow(size_t n, Growth g = Growth.doubling) pure nothrow
{
    size_t twice(size_t x) { return x * 2; }
    struct Local { int x; }
    return g == Growth.doubling ? twice(n) : n + defaultCapacity;
}

T[] fill(T)(size_t n, T value)
if (isSomeChar!T)
{
    auto r = new T[n];
    r[] = value;
    return r;
}

@safe unittest
{
    assert(grow(2) == 4);
}

immutable string hexDigits = "0123456789ABCDEF";
__gshared int instances;
auto version_ = "1.0";
"""


def test_d_outline() -> None:
    assert (
        extract_outline("buffers.d", SOURCE)
        == """\
namespace std.buffers  1-4
const defaultCapacity  8-8
enum Growth  10-11
type Bytes  13-13
class Buffer  15-45
  field Buffer.data  18-18
  field Buffer.offset, limit  19-19
  constructor Buffer.this(size_t)  21-24
  method Buffer.~this  26-26
  method Buffer.put(ubyte)  28-28
  method Buffer.put(const(ubyte)[])  29-29
  method Buffer.length  31-31
  field Buffer.fd  35-35
  method Buffer.flush  36-36
  test Buffer.unittest  39-44
struct Slice  47-52
  field Slice.items  49-49
  constructor Slice.this  50-50
  method Slice.front  51-51
union Word  54-54
  field Word.u  54-54
  field Word.f  54-54
interface Sink  56-59
  method Sink.put(ubyte)  58-58
type isBuffer  61-64
  const isBuffer.isBuffer  63-63
type Forward  66-69
  function Forward.forward  68-68
function grow(size_t, Growth)  71-76
function fill(size_t, T)  78-84
test unittest  86-89
const hexDigits  91-91
variable instances  92-92
variable version_  93-93
"""
    )


def test_d_locals_are_part_of_their_function() -> None:
    """A nested function, a local struct and variables in a body are lines of it."""
    source = (
        "int f(int n)\n{\n    int g() { return 1; }\n    struct S { int x; }\n"
        "    auto y = g();\n    return y;\n}\n"
    )
    assert extract_outline("f.d", source) == "function f(int)  1-7\n"


def test_d_overloads_by_parameter_types() -> None:
    """Overloads are named by their parameter types, not their parameter names."""
    source = "void put(ubyte b) {}\nvoid put(char c) {}\nvoid put(ubyte other) {}\n"
    assert extract_outline("p.d", source) == (
        "function put(ubyte)  1-1\nfunction put(char)  2-2\nfunction put(ubyte)  3-3\n"
    )


def test_d_ddoc_comment_attaches() -> None:
    source = "/// Adds.\nint add(int a, int b) { return a + b; }\n"
    assert extract_outline("a.d", source) == "function add(int, int)  1-2\n"
