"""Dart: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
library shapes;

import 'dart:math' as math;

/// The most shapes a canvas holds.
const maxShapes = 64;
final registry = <String, Shape>{};
var drawCount = 0;

typedef ShapeFactory = Shape Function(double size);

/// Anything with an area.
abstract class Shape {
  String get name;
  double area();
}

mixin Describable on Shape {
  String describe() => '$name: ${area().toStringAsFixed(2)}';
}

enum Unit {
  metre(1.0),
  foot(0.3048);

  const Unit(this.factor);
  final double factor;

  double convert(double value) => value * factor;
}

class Circle extends Shape with Describable {
  static const unit = Circle(1);
  final double radius;
  int _scale = 1;

  const Circle(this.radius);
  Circle.fromDiameter(double d) : radius = d / 2;

  factory Circle.parse(String text) {
    final value = double.parse(text);
    return Circle(value);
  }

  @override
  String get name => 'circle';

  set scale(int value) {
    _scale = value;
  }

  @override
  double area() {
    double squared(double r) => r * r;
    return math.pi * squared(radius) * _scale;
  }

  Circle operator *(double factor) => Circle(radius * factor);
}

extension CircleOps on Circle {
  double get diameter => radius * 2;
}

Shape largest(List<Shape> shapes) =>
    shapes.reduce((a, b) => a.area() >= b.area() ? a : b);

String get version => '1.0';
"""


def _texts(path: str, source: str) -> dict[str, str]:
    """Each entity's text, by qualified name."""
    data = source.encode("utf-8")
    parsed = parse_file(make_source(path, data))
    return {
        e.qualified_name: data[e.span.start_byte : e.span.end_byte].decode()
        for e in parsed.entities
    }


def test_dart_outline() -> None:
    assert (
        extract_outline("shapes.dart", SOURCE)
        == """\
const maxShapes  5-6
variable registry  7-7
variable drawCount  8-8
type ShapeFactory  10-10
class Shape  12-16
  property Shape.name  14-14
  method Shape.area  15-15
trait Describable  18-20
  method Describable.describe  19-19
enum Unit  22-30
  const Unit.metre  23-23
  const Unit.foot  24-24
  constructor Unit.Unit  26-26
  field Unit.factor  27-27
  method Unit.convert  29-29
class Circle  32-59
  const Circle.unit  33-33
  field Circle.radius  34-34
  field Circle._scale  35-35
  constructor Circle.Circle  37-37
  constructor Circle.fromDiameter  38-38
  constructor Circle.parse  40-43
  property Circle.name  45-46
  property Circle.scale  48-50
  method Circle.area  52-56
  method Circle.operator *  58-58
impl CircleOps  61-63
  property CircleOps.diameter  62-62
function largest  65-66
property version  68-68
"""
    )


def test_dart_kinds() -> None:
    found = entities("shapes.dart", SOURCE)
    kinds = {
        name: found[name].kind
        for name in ("Shape", "Describable", "Unit", "CircleOps", "ShapeFactory", "maxShapes")
    }
    assert kinds == {
        "Shape": "class",
        "Describable": "trait",
        "Unit": "enum",
        "CircleOps": "impl",
        "ShapeFactory": "type",
        "maxShapes": "const",
    }
    assert found["Circle.fromDiameter"].kind == "constructor"
    assert found["Circle.name"].kind == "property"
    assert found["Circle.unit"].kind == "const"
    assert found["Circle.radius"].kind == "field"


def test_dart_signature_and_body_are_one_entity() -> None:
    texts = _texts("shapes.dart", SOURCE)
    assert texts["Circle.name"] == "@override\n  String get name => 'circle';"
    assert texts["Circle.parse"].startswith("factory Circle.parse(String text) {")
    assert texts["Circle.parse"].endswith("return Circle(value);\n  }")
    # An annotation on the signature's own line belongs to it as well.
    source = "class A {\n  @override String toString() => 'A';\n}\n"
    assert _texts("a.dart", source)["A.toString"] == "@override String toString() => 'A';"


def test_dart_getter_and_setter_side_by_side_are_one_property() -> None:
    source = """\
class Counter {
  int _value = 0;

  int get value => _value;
  set value(int v) {
    _value = v;
  }

  void reset() => _value = 0;
}
"""
    assert extract_outline("counter.dart", source) == (
        "class Counter  1-10\n"
        "  field Counter._value  2-2\n"
        "  property Counter.value  4-7\n"
        "  method Counter.reset  9-9\n"
    )


def test_dart_top_level_variables_span_their_keyword_and_type() -> None:
    source = """\
/// The limit.
const int limit = 10;
final Map<String, int>? cache = null;
late final List<int> values = [];
int count = 0;
"""
    texts = _texts("vars.dart", source)
    assert texts == {
        "limit": "/// The limit.\nconst int limit = 10",
        "cache": "final Map<String, int>? cache = null",
        "values": "final List<int> values = []",
        "count": "int count = 0",
    }
    assert [e.kind for e in entities("vars.dart", source).values()] == [
        "const",
        "variable",
        "variable",
        "variable",
    ]


def test_dart_doc_comments_attach_only_when_directly_above() -> None:
    source = """\
void first() {}

/// Detached: a blank line separates it.

void second() {}
// Note on third.
/// Doc of third.
@pragma('vm:prefer-inline')
void third() {}
"""
    assert extract_outline("docs.dart", source) == (
        "function first  1-1\nfunction second  5-5\nfunction third  6-9\n"
    )


def test_dart_locals_are_part_of_their_function() -> None:
    source = """\
int run(List<int> items) {
  const retries = 3;
  var count = 0;
  bool attempt() => count < retries;
  final doubled = items.map((int x) {
    return x * 2;
  });
  while (attempt()) {
    count += doubled.length;
  }
  return count;
}
"""
    assert extract_outline("run.dart", source) == "function run  1-12\n"


def test_dart_named_constructors_and_unnamed_extension() -> None:
    source = """\
class Point {
  final double x, y;
  const Point(this.x, this.y);
  const Point.origin() : this(0, 0);
  Point.polar(double r, double a) : x = r * a, y = r;
}

extension on String {
  bool get isBlank => trim().isEmpty;
}
"""
    assert extract_outline("point.dart", source) == (
        "class Point  1-6\n"
        "  field Point.x  2-2\n"
        "  constructor Point.Point  3-3\n"
        "  constructor Point.origin  4-4\n"
        "  constructor Point.polar  5-5\n"
        "impl String  8-10\n"
        "  property String.isBlank  9-9\n"
    )
