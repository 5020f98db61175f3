"""Nim: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
## Shapes and their areas.

import std/[math, strutils]

const
  MaxShapes* = 64
  Unit = 1.0

let defaultName = "shape"
var created, destroyed: int

type
  Kind* = enum
    kCircle, kSquare

  Shape* = ref object of RootObj
    name*: string
    x, y: float

  Circle* = ref object of Shape
    radius: float

  Pair = tuple[a, b: int]
  Meters = distinct float

proc newCircle*(r: float): Circle =
  ## Makes a circle.
  proc check(v: float) =
    assert v >= 0
  check(r)
  inc created
  Circle(name: defaultName, radius: r)

func area(c: Circle): float = PI * c.radius * c.radius
func area(m: Meters): float = float(m) * float(m)

method describe(s: Shape): string {.base.} =
  s.name

method describe(c: Circle): string =
  "circle " & $c.radius

iterator corners(s: Shape): (float, float) =
  yield (s.x, s.y)

converter toFloat(m: Meters): float = float(m)

template withShape(s: Shape, body: untyped) =
  let it {.inject.} = s
  body

macro shapeKinds(): untyped =
  result = newStmtList()

proc `$`*(k: Kind): string = ($k).toLowerAscii

when isMainModule:
  echo area(newCircle(2.0))
"""


def test_nim_outline() -> None:
    """Overloads are named by their parameter types; the nested proc in newCircle and the
    code under `when isMainModule` are not entities of their own."""
    assert (
        extract_outline("shapes.nim", SOURCE)
        == """\
const MaxShapes  6-6
const Unit  7-7
variable defaultName  9-9
variable created, destroyed  10-10
enum Kind  13-14
struct Shape  16-18
  field Shape.name  17-17
  field Shape.x, y  18-18
struct Circle  20-21
  field Circle.radius  21-21
record Pair  23-23
  field Pair.a, b  23-23
type Meters  24-24
function newCircle(float)  26-32
function area(Circle)  34-34
function area(Meters)  35-35
method describe(Shape)  37-38
method describe(Circle)  40-41
function corners(Shape)  43-44
function toFloat(Meters)  46-46
macro withShape(Shape, untyped)  48-50
macro shapeKinds  52-53
function `$`(Kind)  55-55
"""
    )


def test_nim_export_marker_is_not_part_of_the_name() -> None:
    assert extract_outline("a.nim", "proc f*(x: int): int = x\n") == "function f(int)  1-1\n"
