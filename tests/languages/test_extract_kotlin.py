"""Kotlin: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.model import Entity
from semdiff.sources import make_source
from tests.support import FIXTURES, cli, entities, extract_outline, load_json

SOURCE = """\
package com.example.shapes

import kotlin.math.PI

const val MAX_SHAPES = 64

/** Every shape has an area. */
interface Shape {
    val name: String
    fun area(): Double
}

data class Point(val x: Double, val y: Double)

sealed class Outline {
    object Empty : Outline()
    class Path(val points: List<Point>) : Outline()
}

enum class Unit(val factor: Double) {
    METRE(1.0),
    FOOT(0.3048);

    fun convert(value: Double): Double = value * factor
}

class Circle(val radius: Double) : Shape {
    override val name = "circle"
    var scale: Double = 1.0

    constructor(diameter: Int) : this(diameter / 2.0)

    override fun area(): Double {
        val squared = radius * radius
        fun twice(x: Double) = 2 * x
        return PI * squared * scale
    }

    fun scaled(by: Double): Circle = Circle(radius * by)

    fun scaled(by: Int): Circle = scaled(by.toDouble())

    companion object {
        const val UNIT = 1.0
        fun unit(): Circle = Circle(UNIT)
    }
}

object Registry {
    private val shapes = mutableListOf<Shape>()
    fun register(shape: Shape) {
        shapes += shape
    }
}

typealias Shapes = List<Shape>

val defaultUnit = Unit.METRE

fun Circle.diameter(): Double = radius * 2

fun <T : Shape> List<T>.largest(): T? = maxByOrNull { it.area() }

val Shape.label: String
    get() = name.uppercase()

fun describe(shape: Shape, unit: Unit = defaultUnit): String =
    "${shape.name}: ${unit.convert(shape.area())}"
"""


def _all(path: str, source: str) -> list[Entity]:
    """Every entity, overloads included (`entities` keeps one per qualified name)."""
    return list(parse_file(make_source(path, source.encode("utf-8"))).entities)


def test_kotlin_outline() -> None:
    assert (
        extract_outline("Shapes.kt", SOURCE)
        == """\
const MAX_SHAPES  5-5
interface Shape  7-11
  property Shape.name  9-9
  method Shape.area  10-10
record Point  13-13
class Outline  15-18
  object Outline.Empty  16-16
  class Outline.Path  17-17
enum Unit  20-25
  const Unit.METRE  21-21
  const Unit.FOOT  22-22
  method Unit.convert(Double)  24-24
class Circle  27-47
  property Circle.name  28-28
  property Circle.scale  29-29
  constructor Circle.constructor(Int)  31-31
  method Circle.area  33-37
  method Circle.scaled(Double)  39-39
  method Circle.scaled(Int)  41-41
  object Circle.Companion  43-46
    const Circle.Companion.UNIT  44-44
    method Circle.Companion.unit  45-45
object Registry  49-54
  property Registry.shapes  50-50
  method Registry.register(Shape)  51-53
type Shapes  56-56
property defaultUnit  58-58
  function Circle.diameter  60-60
function List.largest  62-62
  property Shape.label  64-64
function describe(Shape, Unit)  67-68
"""
    )


def test_kotlin_kinds_follow_the_keyword() -> None:
    found = entities("Shapes.kt", SOURCE)
    kinds = {name: found[name].kind for name in ("Shape", "Point", "Outline", "Unit", "Registry")}
    assert kinds == {
        "Shape": "interface",
        "Point": "record",
        "Outline": "class",
        "Unit": "enum",
        "Registry": "object",
    }
    assert found["MAX_SHAPES"].kind == "const"
    assert found["Circle.Companion.UNIT"].kind == "const"
    assert found["Circle.scale"].kind == "property"
    assert found["defaultUnit"].kind == "property"


def test_kotlin_extensions_are_named_after_their_receiver() -> None:
    found = entities("Shapes.kt", SOURCE)
    assert found["Circle.diameter"].parent == found["Circle"].key
    assert found["Shape.label"].parent == found["Shape"].key
    assert found["Shape.label"].scope == "Shape"
    # `List<T>.largest`: the receiver's type without its arguments, not defined in this file.
    assert found["List.largest"].parent is None
    assert found["List.largest"].name == "largest"


def test_kotlin_extension_of_a_type_elsewhere() -> None:
    source = """\
package app

fun String.shout(): String = uppercase() + "!"

fun String?.orBlank(): String = this ?: ""

fun Map.Entry<String, Int>.render() = "$key=$value"

fun Outer.Inner.describe() = "inner"
"""
    assert extract_outline("Strings.kt", source) == (
        "function String.shout  3-3\n"
        "function String.orBlank  5-5\n"
        "function Entry.render  7-7\n"
        "function Outer.Inner.describe  9-9\n"
    )
    assert all(entity.parent is None for entity in entities("Strings.kt", source).values())


def test_kotlin_overloads_are_told_apart_by_parameter_types() -> None:
    found = _all("Shapes.kt", SOURCE)
    scaled = [entity for entity in found if entity.qualified_name == "Circle.scaled"]
    assert [entity.overload for entity in scaled] == ["Double", "Int"]
    assert len({entity.key for entity in scaled}) == 2


def test_kotlin_overload_ignores_parameter_names_defaults_and_vararg() -> None:
    source = """\
class Log {
    fun write(vararg lines: String, level: Int = 0, sink: (String) -> Unit = ::println) {
        lines.forEach { sink("[$level] $it") }
    }

    fun write(message: String?) = write(message ?: "")
}
"""
    found = [entity for entity in _all("Log.kt", source) if entity.name == "write"]
    assert [entity.overload for entity in found] == ["String, Int, (String) -> Unit", "String?"]


def test_kotlin_companion_object_names() -> None:
    source = """\
class Parser {
    companion object Factory {
        fun create(): Parser = Parser()
    }
}

class Token {
    companion object {
        val EOF = Token()
    }
}
"""
    assert extract_outline("Parser.kt", source) == (
        "class Parser  1-5\n"
        "  object Parser.Factory  2-4\n"
        "    method Parser.Factory.create  3-3\n"
        "class Token  7-11\n"
        "  object Token.Companion  8-10\n"
        "    property Token.Companion.EOF  9-9\n"
    )


def test_kotlin_doc_comments_attach_only_when_directly_above() -> None:
    source = """\
fun first() = 1

/** Detached: a blank line separates it. */

fun second() = 2
// Doc of third.
/** And its KDoc. */
@JvmStatic
fun third() = 3
"""
    assert extract_outline("Docs.kt", source) == (
        "function first  1-1\nfunction second  5-5\nfunction third  6-9\n"
    )


def test_kotlin_locals_are_part_of_their_function_object_expressions_are_not() -> None:
    source = """\
fun start(): Runnable {
    val retries = 3
    fun attempt(n: Int) = n < retries
    class Attempt(val n: Int) {
        val next = n + 1
        fun isLast() = n == retries
    }
    val onDone: () -> Unit = { println("done") }
    return object : Runnable {
        val label = "worker"
        override fun run() {
            attempt(Attempt(1).n)
            onDone()
        }
    }
}
"""
    assert extract_outline("Start.kt", source) == (
        "function start  1-16\n"
        "  object start.Runnable  9-15\n"
        "    property start.Runnable.label  10-10\n"
        "    method start.Runnable.run  11-14\n"
    )


def test_kotlin_object_expressions_are_named_after_their_first_supertype() -> None:
    source = """\
class Analyzer(private val listeners: MutableList<Listener>) {
    private val comparator = object : Comparator<Leak> {
        override fun compare(a: Leak, b: Leak) = a.size.compareTo(b.size)
    }

    fun watch(graph: Graph) {
        listeners += object : Analyzer.Listener {
            override fun onLeak(leak: Leak) {
                report(leak)
            }
        }
        graph.visit(object : Visitor<Node>(graph), Closeable {
            override fun visit(node: Node) {
                node.mark()
            }
        })
        graph.onDone(object : () -> Unit {
            override fun invoke() = println("done")
        })
        val counts = object {
            var nodes = 0
        }
        val type = object : TypeToken<List<Leak>>() {}.type
        val lock = object {}
        val session = object : Closeable by graph.session(), Visitor<Node>(graph) {
            override fun visit(node: Node) = Unit
        }
    }
}
"""
    # `object : A by b` would be read wrongly by the grammar when `by b` comes last (`b { ... }`
    # looks like a call with a trailing lambda): here it comes first.
    assert extract_outline("Analyzer.kt", source) == (
        "class Analyzer  1-29\n"
        "  property Analyzer.comparator  2-4\n"
        "    object Analyzer.comparator.Comparator  2-4\n"
        "      method Analyzer.comparator.Comparator.compare(Leak, Leak)  3-3\n"
        "  method Analyzer.watch(Graph)  6-28\n"
        "    object Analyzer.watch.Listener  7-11\n"
        "      method Analyzer.watch.Listener.onLeak(Leak)  8-10\n"
        "    object Analyzer.watch.Visitor  12-16\n"
        "      method Analyzer.watch.Visitor.visit(Node)  13-15\n"
        "    object Analyzer.watch.object  17-19\n"
        "      method Analyzer.watch.object.invoke  18-18\n"
        "    object Analyzer.watch.object  20-22\n"
        "      property Analyzer.watch.object.nodes  21-21\n"
        "    object Analyzer.watch.Closeable  25-27\n"
        "      method Analyzer.watch.Closeable.visit(Node)  26-26\n"
    )


def test_kotlin_object_expressions_of_one_supertype_keep_distinct_keys() -> None:
    source = """\
fun wire(ok: Button, cancel: Button) {
    ok.onClick(object : ClickListener {
        override fun clicked() {
            submit()
        }
    })
    cancel.onClick(object : ClickListener {
        override fun clicked() {
            close()
        }
    })
}
"""
    found = _all("Wire.kt", source)
    listeners = [e for e in found if e.qualified_name == "wire.ClickListener"]
    clicked = [e for e in found if e.qualified_name == "wire.ClickListener.clicked"]
    assert [e.ordinal for e in listeners] == [0, 1]
    assert [e.ordinal for e in clicked] == [0, 1]
    assert [e.parent for e in clicked] == [e.key for e in listeners]
    assert len({e.key for e in found}) == len(found)


def test_kotlin_enum_entry_bodies_hold_their_members() -> None:
    source = """\
enum class Codec(val header: String) : StreamWrapper {
    GZIP("gzip") {
        override val extension = "gz"

        override fun wrap(output: OutputStream, level: Int): OutputStream {
            return GZIPOutputStream(output).apply { def.setLevel(level) }
        }
    },
    DEFLATE("deflate") {
        override fun wrap(output: OutputStream, level: Int): OutputStream {
            return DeflaterOutputStream(output, Deflater(level))
        }
    },
    IDENTITY("identity");

    open val extension: String = ""
}
"""
    assert extract_outline("Codec.kt", source) == (
        "enum Codec  1-17\n"
        "  const Codec.GZIP  2-8\n"
        "    property Codec.GZIP.extension  3-3\n"
        "    method Codec.GZIP.wrap(OutputStream, Int)  5-7\n"
        "  const Codec.DEFLATE  9-13\n"
        "    method Codec.DEFLATE.wrap(OutputStream, Int)  10-12\n"
        "  const Codec.IDENTITY  14-14\n"
        "  property Codec.extension  16-16\n"
    )


def test_kotlin_nested_and_enum_members() -> None:
    source = """\
enum class Level(val weight: Int) {
    LOW(1),
    HIGH(10);

    val heavy: Boolean
        get() = weight > 5

    companion object {
        fun parse(text: String): Level = valueOf(text.uppercase())
    }
}
"""
    assert extract_outline("Level.kt", source) == (
        "enum Level  1-11\n"
        "  const Level.LOW  2-2\n"
        "  const Level.HIGH  3-3\n"
        "  property Level.heavy  5-5\n"
        "  object Level.Companion  8-10\n"
        "    method Level.Companion.parse(String)  9-9\n"
    )


def test_kotlin_extension_of_a_companion_nests_under_it() -> None:
    source = """\
class Circle {
    companion object
}

fun Circle.Companion.unit(): Circle = Circle()
"""
    assert extract_outline("Circle.kt", source) == (
        "class Circle  1-3\n"
        "  object Circle.Companion  2-2\n"
        "    function Circle.Companion.unit  5-5\n"
    )


def test_kotlin_repeated_object_expressions_pair_in_order() -> None:
    """expect.toml names cannot tell the two `attach.Listener`s apart: the edited one is the
    second on both sides, and the first is unchanged."""
    case = FIXTURES / "kotlin" / "object_expression_method_edited"
    document = load_json(
        cli("old.kt", "new.kt", "--format", "json", "--include-unchanged", cwd=case).stdout
    )
    on_error = {
        (entity["old"]["span"]["start_line"], entity["new"]["span"]["start_line"]): entity["status"]
        for entity in document["entities"]
        if entity["new"]
        and entity["new"]["qualified_name"] == "PlayerController.attach.Listener.onError"
    }
    assert on_error == {(16, 16): "unchanged", (25, 25): "modified"}
