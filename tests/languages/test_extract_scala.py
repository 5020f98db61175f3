"""Scala: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.model import Entity
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
package com.example.shapes

import scala.math.Pi

/** Anything with an area. */
sealed trait Shape {
  def name: String
  def area: Double
  def scale(factor: Double): Shape
}

final case class Circle(radius: Double) extends Shape {
  val name = "circle"
  lazy val diameter: Double = radius * 2

  def area: Double = Pi * radius * radius

  def scale(factor: Double): Shape = Circle(radius * factor)

  def scale(factor: Int): Shape = scale(factor.toDouble)

  def this(diameter: Int) = this(diameter / 2.0)
}

case object Empty extends Shape {
  def name = "empty"
  def area = 0.0
  def scale(factor: Double): Shape = this
}

class Registry[A <: Shape](limit: Int = 64) {
  type Listener = A => Unit

  private var shapes = Vector.empty[A]
  private val listeners, removed = List.newBuilder[Listener]

  def register(shape: A)(implicit log: String => Unit): Unit = {
    val size = shapes.size
    def full(n: Int): Boolean = n >= limit
    if (!full(size)) shapes :+= shape
    log(s"registered ${shape.name}")
  }
}

object Registry {
  val Default = new Registry[Shape]()
  def largest(shapes: Seq[Shape]): Option[Shape] = shapes.maxByOption(_.area)
}

package object util {
  type Area = Double
  def round(area: Area): Long = math.round(area)
}
"""

SCALA3 = """\
package colors:

  /** The palette. */
  enum Color(val rgb: Int):
    case Red extends Color(0xff0000)
    case Green, Blue extends Color(0x00ff00)

    def hex: String = f"#$rgb%06x"

  opaque type Percent = Double

  extension (c: Color)
    def mix(other: Color): Color = if c.rgb > other.rgb then c else other
    def lighter: Color = c

  given Ordering[Color] = Ordering.by(_.rgb)

  given named: CanEqual[Color, Color] with
    def describe(c: Color): String = c.toString

  def parse(text: String): Option[Color] =
    Color.values.find(_.toString.equalsIgnoreCase(text))

  val default = Color.Red
"""


def _all(path: str, source: str) -> list[Entity]:
    """Every entity, overloads included (`entities` keeps one per qualified name)."""
    return list(parse_file(make_source(path, source.encode("utf-8"))).entities)


def test_scala_outline() -> None:
    assert (
        extract_outline("Shapes.scala", SOURCE)
        == """\
trait Shape  5-10
  method Shape.name  7-7
  method Shape.area  8-8
  method Shape.scale(Double)  9-9
record Circle  12-23
  field Circle.name  13-13
  field Circle.diameter  14-14
  method Circle.area  16-16
  method Circle.scale(Double)  18-18
  method Circle.scale(Int)  20-20
  constructor Circle.this(Int)  22-22
object Empty  25-29
  method Empty.name  26-26
  method Empty.area  27-27
  method Empty.scale(Double)  28-28
class Registry  31-43
  type Registry.Listener  32-32
  variable Registry.shapes  34-34
  field Registry.listeners  35-35
  method Registry.register(A)  37-42
object Registry  45-48
  field Registry.Default  46-46
  method Registry.largest(Seq[Shape])  47-47
object util  50-53
  type util.Area  51-51
  method util.round(Area)  52-52
"""
    )


def test_scala3_outline() -> None:
    assert (
        extract_outline("Colors.scala", SCALA3)
        == """\
namespace colors  1-24
  enum colors.Color  3-8
    const colors.Color.Red  5-5
    const colors.Color.Green  6-6
    const colors.Color.Blue  6-6
    method colors.Color.hex  8-8
  type colors.Percent  10-10
  impl colors.Color  12-14
    method colors.Color.mix(Color)  13-13
    method colors.Color.lighter  14-14
  object colors.Ordering[Color]  16-16
  object colors.named  18-19
    method colors.named.describe(Color)  19-19
  function colors.parse(String)  21-22
  field colors.default  24-24
"""
    )


def test_scala_kinds_follow_the_keyword() -> None:
    found = _all("Shapes.scala", SOURCE)
    kinds = {(e.qualified_name, e.kind) for e in found if e.parent is None}
    assert kinds == {
        ("Shape", "trait"),
        ("Circle", "record"),
        ("Empty", "object"),
        ("Registry", "class"),
        ("Registry", "object"),
        ("util", "object"),
    }
    values = {e.qualified_name: e.kind for e in found if e.kind in ("field", "variable")}
    assert values == {
        "Circle.name": "field",
        "Circle.diameter": "field",
        "Registry.shapes": "variable",
        "Registry.listeners": "field",
        "Registry.Default": "field",
    }


def test_scala_overloads_and_auxiliary_constructors() -> None:
    found = _all("Shapes.scala", SOURCE)
    scale = [e.overload for e in found if e.qualified_name == "Circle.scale"]
    assert scale == ["Double", "Int"]
    constructor = next(e for e in found if e.kind == "constructor")
    assert (constructor.qualified_name, constructor.overload) == ("Circle.this", "Int")


def test_scala_overload_reads_the_first_parameter_list() -> None:
    source = """\
object Log {
  def write(lines: String*)(implicit level: Int): Unit = ()
  def write(line: String, /* where */ sink: String => Unit = println): Unit = sink(line)
  def flush(): Unit = ()
}
"""
    found = [(e.qualified_name, e.overload) for e in _all("Log.scala", source)]
    assert found == [
        ("Log", ""),
        ("Log.write", "String*"),
        ("Log.write", "String, String => Unit"),
        ("Log.flush", ""),
    ]


def test_scala_extension_methods_nest_under_the_extension() -> None:
    found = entities("Colors.scala", SCALA3)
    impl = next(e for e in _all("Colors.scala", SCALA3) if e.kind == "impl")
    assert impl.qualified_name == "colors.Color"
    assert found["colors.Color.mix"].parent == impl.key
    assert found["colors.Color.lighter"].parent == impl.key


def test_scala_doc_comments_attach_only_when_directly_above() -> None:
    source = """\
object Docs {
  def first = 1

  /** Detached: a blank line separates it. */

  def second = 2
  // Note on third.
  /** Scaladoc of third. */
  @inline
  def third = 3
}
"""
    assert extract_outline("Docs.scala", source) == (
        "object Docs  1-11\n"
        "  method Docs.first  2-2\n"
        "  method Docs.second  6-6\n"
        "  method Docs.third  7-10\n"
    )


def test_scala_locals_are_part_of_their_function() -> None:
    source = """\
object Main {
  def run(args: Array[String]): Int = {
    val retries = 3
    var count = 0
    def attempt(): Boolean = count < retries
    type Counter = Int
    while (attempt()) count += 1
    count
  }
}
"""
    assert extract_outline("Main.scala", source) == (
        "object Main  1-10\n  method Main.run(Array[String])  2-9\n"
    )


def test_scala_package_with_a_body_is_a_namespace() -> None:
    source = """\
package com.example

package model {
  case class User(id: Long)
}

package object config {
  val Timeout = 30
}
"""
    assert extract_outline("Model.scala", source) == (
        "namespace model  3-5\n"
        "  record model.User  4-4\n"
        "object config  7-9\n"
        "  field config.Timeout  8-8\n"
    )


def test_scala_class_in_a_function_body_is_part_of_it() -> None:
    # local_scopes (language.toml): what a function body declares is the function's.
    source = """\
object Main {
  def run(): Int = {
    class Step(n: Int) {
      def next = new Step(n + 1)
    }
    1
  }
}
"""
    assert extract_outline("Main.scala", source) == ("object Main  1-8\n  method Main.run  2-7\n")
