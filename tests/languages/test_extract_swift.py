"""Swift: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.model import Entity
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
import Foundation

/// Anything with an area.
protocol Shape {
    associatedtype Measure
    var name: String { get }
    func area() -> Double
    init(scale: Double)
}

let maxShapes = 64
var drawCount = 0

typealias Shapes = [any Shape]

enum Unit: String {
    case metre = "m"
    case foot, inch

    func convert(_ value: Double) -> Double {
        switch self {
        case .metre: return value
        case .foot: return value * 0.3048
        case .inch: return value * 0.0254
        }
    }
}

struct Point: Hashable {
    var x: Double
    var y: Double

    static let origin = Point(x: 0, y: 0)

    func distance(to other: Point) -> Double {
        let dx = x - other.x, dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }
}

@MainActor
final class Circle {
    let center: Point
    var radius: Double {
        didSet { drawCount += 1 }
    }

    init(center: Point, radius: Double) {
        self.center = center
        self.radius = radius
    }

    convenience init(diameter d: Double) {
        self.init(center: .origin, radius: d / 2)
    }

    deinit {
        drawCount -= 1
    }

    func scaled(by factor: Double) -> Circle {
        func clamp(_ v: Double) -> Double { max(v, 0) }
        return Circle(center: center, radius: clamp(radius * factor))
    }

    func scaled(by factor: Int) -> Circle { scaled(by: Double(factor)) }

    subscript(index: Int) -> Point { center }

    enum Style {
        case filled, outlined
    }
}

extension Circle: CustomStringConvertible {
    var description: String { "circle r=\\(radius)" }

    static func == (lhs: Circle, rhs: Circle) -> Bool { lhs.radius == rhs.radius }
}

func largest(_ shapes: [Circle], limit: Int = maxShapes) -> Circle? {
    shapes.prefix(limit).max { $0.radius < $1.radius }
}
"""


def _all(path: str, source: str) -> list[Entity]:
    """Every entity, overloads included (`entities` keeps one per qualified name)."""
    return list(parse_file(make_source(path, source.encode("utf-8"))).entities)


def test_swift_outline() -> None:
    assert (
        extract_outline("Shapes.swift", SOURCE)
        == """\
protocol Shape  3-9
  type Shape.Measure  5-5
  property Shape.name  6-6
  method Shape.area  7-7
  constructor Shape.init(scale, Double)  8-8
const maxShapes  11-11
variable drawCount  12-12
type Shapes  14-14
enum Unit  16-27
  const Unit.metre  17-17
  const Unit.foot  18-18
  method Unit.convert(_, Double)  20-26
struct Point  29-39
  property Point.x  30-30
  property Point.y  31-31
  property Point.origin  33-33
  method Point.distance(to, Point)  35-38
class Circle  41-73
  property Circle.center  43-43
  property Circle.radius  44-46
  constructor Circle.init(center, Point, radius, Double)  48-51
  constructor Circle.init(diameter, Double)  53-55
  method Circle.deinit  57-59
  method Circle.scaled(by, Double)  61-64
  method Circle.scaled(by, Int)  66-66
  method Circle.subscript(index, Int)  68-68
  enum Circle.Style  70-72
    const Circle.Style.filled  71-71
impl Circle  75-79
  property Circle.description  76-76
  method Circle.==(lhs, Circle, rhs, Circle)  78-78
function largest(_, [Circle], limit, Int)  81-83
"""
    )


def test_swift_kinds_follow_the_keyword() -> None:
    found = entities("Shapes.swift", SOURCE)
    kinds = {name: found[name].kind for name in ("Shape", "Unit", "Point", "Shapes")}
    assert kinds == {"Shape": "protocol", "Unit": "enum", "Point": "struct", "Shapes": "type"}
    circles = [e.kind for e in _all("Shapes.swift", SOURCE) if e.qualified_name == "Circle"]
    assert circles == ["class", "impl"]
    assert found["maxShapes"].kind == "const"
    assert found["drawCount"].kind == "variable"
    assert found["Circle.radius"].kind == "property"


def test_swift_extension_members_nest_under_the_extension() -> None:
    found = _all("Shapes.swift", SOURCE)
    extension = next(entity for entity in found if entity.kind == "impl")
    assert extension.qualified_name == "Circle"
    members = [entity.qualified_name for entity in found if entity.parent == extension.key]
    assert members == ["Circle.description", "Circle.=="]


def test_swift_overloads_are_told_apart_by_labels_and_types() -> None:
    found = _all("Shapes.swift", SOURCE)
    inits = [entity.overload for entity in found if entity.qualified_name == "Circle.init"]
    assert inits == ["center, Point, radius, Double", "diameter, Double"]
    scaled = [entity.overload for entity in found if entity.qualified_name == "Circle.scaled"]
    assert scaled == ["by, Double", "by, Int"]


def test_swift_overload_ignores_internal_names_and_defaults() -> None:
    source = """\
struct Log {
    func write(_ lines: String..., level lvl: Int = 0, to sink: inout [String]) {}
    func write(_ message: String?) {}
}
"""
    renamed = source.replace("lines", "items").replace("lvl", "severity")
    for text in (source, renamed):
        found = [entity for entity in _all("Log.swift", text) if entity.name == "write"]
        assert [entity.overload for entity in found] == [
            "_, String..., level, Int, to, inout, [String]",
            "_, String?",
        ]


def test_swift_doc_comments_attach_only_when_directly_above() -> None:
    source = """\
func first() {}

/// Detached: a blank line separates it.

func second() {}
/// Doc of third.
/** More of it. */
@discardableResult
func third() -> Int { 3 }
"""
    assert extract_outline("Docs.swift", source) == (
        "function first  1-1\nfunction second  5-5\nfunction third  6-9\n"
    )


def test_swift_locals_are_part_of_their_function() -> None:
    source = """\
func run() -> Int {
    let retries = 3
    var count = 0
    func attempt() -> Bool { count < retries }
    typealias Counter = Int
    while attempt() { count += 1 }
    return count
}
"""
    assert extract_outline("Run.swift", source) == "function run  1-8\n"


def test_swift_type_in_a_function_body_is_part_of_it() -> None:
    # local_scopes (language.toml): what a function body declares is the function's.
    source = """\
func run() -> Int {
    struct Attempt {
        var number: Int
        func next() -> Attempt { Attempt(number: number + 1) }
    }
    return Attempt(number: 0).next().number
}
"""
    assert extract_outline("Run.swift", source) == ("function run  1-7\n")


def test_swift_nested_types_and_extension_of_a_type_elsewhere() -> None:
    source = """\
extension Array where Element == Int {
    func sum() -> Int { reduce(0, +) }
}

struct Outer {
    struct Inner {
        static let shared = Inner()
    }
}

extension Outer.Inner {
    func describe() -> String { "inner" }
}
"""
    assert extract_outline("Ext.swift", source) == (
        "impl Array  1-3\n"
        "  method Array.sum  2-2\n"
        "struct Outer  5-9\n"
        "  struct Outer.Inner  6-8\n"
        "    property Outer.Inner.shared  7-7\n"
        "impl Outer.Inner  11-13\n"
        "  method Outer.Inner.describe  12-12\n"
    )
