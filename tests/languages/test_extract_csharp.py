"""C#: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.model import Entity
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
using System;
using System.Collections.Generic;

namespace Geo.Shapes
{
    /// <summary>Raised when a shape changes size.</summary>
    public delegate void ResizedHandler(object sender, double factor);

    public interface IShape
    {
        double Area();
        string Name { get; }
    }

    /// <summary>A closed figure in the plane.</summary>
    [Serializable]
    public abstract class Shape : IShape
    {
        public const double Epsilon = 1e-9;
        private static int _count;
        private readonly List<string> _tags = new List<string>();

        public event ResizedHandler Resized;

        protected Shape(string name)
        {
            Name = name;
            _count++;
        }

        public string Name { get; }
        public int Count => _count;
        public string this[int index] => _tags[index];

        public abstract double Area();

        public void Scale(double factor) => OnResized(factor);
        public void Scale(int percent) => OnResized(percent / 100.0);

        protected void OnResized(double factor)
        {
            var handler = Resized;
            handler?.Invoke(this, factor);
        }

        public static bool operator ==(Shape a, Shape b) => ReferenceEquals(a, b);
        public static bool operator !=(Shape a, Shape b) => !(a == b);

        public enum Kind { Circle, Square }
    }

    public readonly struct Point
    {
        public Point(double x, double y) { X = x; Y = y; }
        public double X { get; }
        public double Y { get; }
    }

    public record Circle(Point Center, double Radius);
}
"""


def test_csharp_outline() -> None:
    assert (
        extract_outline("Shapes.cs", SOURCE)
        == """\
namespace Geo.Shapes  4-60
  type Geo.Shapes.ResizedHandler  6-7
  interface Geo.Shapes.IShape  9-13
    method Geo.Shapes.IShape.Area  11-11
    property Geo.Shapes.IShape.Name  12-12
  class Geo.Shapes.Shape  15-50
    const Geo.Shapes.Shape.Epsilon  19-19
    field Geo.Shapes.Shape._count  20-20
    field Geo.Shapes.Shape._tags  21-21
    field Geo.Shapes.Shape.Resized  23-23
    constructor Geo.Shapes.Shape.Shape(string)  25-29
    property Geo.Shapes.Shape.Name  31-31
    property Geo.Shapes.Shape.Count  32-32
    property Geo.Shapes.Shape.this(int)  33-33
    method Geo.Shapes.Shape.Area  35-35
    method Geo.Shapes.Shape.Scale(double)  37-37
    method Geo.Shapes.Shape.Scale(int)  38-38
    method Geo.Shapes.Shape.OnResized(double)  40-44
    method Geo.Shapes.Shape.operator ==(Shape, Shape)  46-46
    method Geo.Shapes.Shape.operator !=(Shape, Shape)  47-47
    enum Geo.Shapes.Shape.Kind  49-49
      const Geo.Shapes.Shape.Kind.Circle  49-49
      const Geo.Shapes.Shape.Kind.Square  49-49
  struct Geo.Shapes.Point  52-57
    constructor Geo.Shapes.Point.Point(double, double)  54-54
    property Geo.Shapes.Point.X  55-55
    property Geo.Shapes.Point.Y  56-56
  record Geo.Shapes.Circle  59-59
"""
    )


def _entities(path: str, source: str) -> tuple[Entity, ...]:
    """Every entity, in order (`entities` keeps one per qualified name)."""
    return parse_file(make_source(path, source.encode("utf-8"))).entities


def test_csharp_file_scoped_namespace_holds_what_follows() -> None:
    source = """\
namespace Geo.Shapes;

public sealed class Square
{
    public double Side { get; init; }
    public double Area() => Side * Side;
}

public enum Unit { Metre, Foot }
"""
    assert extract_outline("Square.cs", source) == (
        "namespace Geo.Shapes  1-1\n"
        "  class Geo.Shapes.Square  3-7\n"
        "    property Geo.Shapes.Square.Side  5-5\n"
        "    method Geo.Shapes.Square.Area  6-6\n"
        "  enum Geo.Shapes.Unit  9-9\n"
        "    const Geo.Shapes.Unit.Metre  9-9\n"
        "    const Geo.Shapes.Unit.Foot  9-9\n"
    )
    found = entities("Square.cs", source)
    assert found["Geo.Shapes.Square"].parent == found["Geo.Shapes"].key
    assert found["Geo.Shapes.Square.Area"].parent == found["Geo.Shapes.Square"].key


def test_csharp_overloads_are_told_apart_by_parameter_types() -> None:
    source = """\
class Writer
{
    public void Write(int value) { }
    public void Write(string text, int width = 0) { }
    public void Write(string format, params object[] args) { }
    public void Write<T>(IEnumerable<T> items) { }
    public Writer(TextWriter output) { }
    public Writer() : this(Console.Out) { }
}
"""
    found = [(e.kind, e.name, e.overload) for e in _entities("Writer.cs", source)]
    assert found == [
        ("class", "Writer", ""),
        ("method", "Write", "int"),
        ("method", "Write", "string, int"),
        ("method", "Write", "string, object[]"),
        ("method", "Write", "IEnumerable<T>"),
        ("constructor", "Writer", "TextWriter"),
        ("constructor", "Writer", ""),
    ]
    renamed = source.replace("int value", "int number")
    assert [e.key for e in _entities("Writer.cs", renamed)] == [
        e.key for e in _entities("Writer.cs", source)
    ]


def test_csharp_xml_doc_and_attributes_belong_to_the_member() -> None:
    source = """\
class Api
{
    /// <summary>Not attached: a blank line follows.</summary>

    public void A() { }

    /// <summary>Doc of B.</summary>
    /// <param name="x">The input.</param>
    [Obsolete("Use C")]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void B(int x) { }
    public void C(int x) { } // trailing: not C's
}
"""
    assert extract_outline("Api.cs", source) == (
        "class Api  1-13\n"
        "  method Api.A  5-5\n"
        "  method Api.B(int)  7-11\n"
        "  method Api.C(int)  12-12\n"
    )


def test_csharp_locals_are_part_of_their_method() -> None:
    source = """\
class Job
{
    public int Run(int n)
    {
        const int Limit = 3;
        var total = 0;
        int Twice(int x) => 2 * x;
        Func<int, int> square = x => x * x;
        return Twice(n) + square(total) + Limit;
    }
}
"""
    assert extract_outline("Job.cs", source) == "class Job  1-11\n  method Job.Run(int)  3-10\n"


def test_csharp_operators_conversions_finalizers_and_explicit_members() -> None:
    source = """\
struct Money : IEnumerable<decimal>
{
    public static Money operator +(Money a, Money b) => new Money();
    public static implicit operator decimal(Money m) => 0m;
    ~Money() { }
    IEnumerator IEnumerable.GetEnumerator() => null;
    public IEnumerator<decimal> GetEnumerator() => null;
    int IComparable.Order { get; }
}
"""
    assert extract_outline("Money.cs", source) == (
        "struct Money  1-9\n"
        "  method Money.operator +(Money, Money)  3-3\n"
        "  method Money.operator decimal(Money)  4-4\n"
        "  method Money.~Money  5-5\n"
        "  method Money.IEnumerable.GetEnumerator  6-6\n"
        "  method Money.GetEnumerator  7-7\n"
        "  property Money.IComparable.Order  8-8\n"
    )


def test_csharp_members_in_conditional_blocks_and_regions() -> None:
    source = """\
class Log
{
    #region Writing
    public void Info(string m) { }
#if DEBUG
    public void Trace(string m) { }
#endif
    #endregion
    public event EventHandler Flushed { add { } remove { } }
}
"""
    assert extract_outline("Log.cs", source) == (
        "class Log  1-10\n"
        "  method Log.Info(string)  4-4\n"
        "  method Log.Trace(string)  6-6\n"
        "  property Log.Flushed  9-9\n"
    )


def test_csharp_records_and_nested_types() -> None:
    source = """\
public record Person(string Name, int Age)
{
    public record struct Address(string City);
    public string Display => $"{Name} ({Age})";
    private sealed class Cache { }
}
"""
    assert extract_outline("Person.cs", source) == (
        "record Person  1-6\n"
        "  record Person.Address  3-3\n"
        "  property Person.Display  4-4\n"
        "  class Person.Cache  5-5\n"
    )
