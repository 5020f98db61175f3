"""F#: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
namespace Fable.Shapes

open System

/// Shapes that can be drawn.
type Shape =
    | Circle of radius: float
    | Square of side: float

type Point = { X: float; Y: float }

type IDrawable =
    abstract Draw: unit -> string

exception InvalidShape of string

type Canvas(width: int, height: int) =
    let mutable drawn = 0
    new() = Canvas(800, 600)
    member this.Width = width
    member this.Draw(shape: Shape) =
        drawn <- drawn + 1
        sprintf "%A" shape
    static member Default = Canvas()
    interface IDisposable with
        member this.Dispose() = ()

type Meters = float

[<RequireQualifiedAccess>]
module Shape =
    let pi = Math.PI

    let mutable created = 0

    let area shape =
        let square x = x * x
        match shape with
        | Circle r -> pi * square r
        | Square s -> square s

    module Checks =
        let isValid shape = area shape >= 0.0
"""


def test_fsharp_outline() -> None:
    """Modules nest and qualify names; `area`'s local `square` is part of it; a member with
    arguments is a method, one without a property; `type Meters = float` is an abbreviation,
    not a union. An interface of abstract members only is a class: the grammar does not tell."""
    assert (
        extract_outline("shapes.fs", SOURCE)
        == """\
namespace Fable.Shapes  1-43
  union Fable.Shapes.Shape  6-8
  record Fable.Shapes.Point  10-10
    field Fable.Shapes.Point.X  10-10
    field Fable.Shapes.Point.Y  10-10
  class Fable.Shapes.IDrawable  12-13
    method Fable.Shapes.IDrawable.Draw  13-13
  struct Fable.Shapes.InvalidShape  15-15
  class Fable.Shapes.Canvas  17-26
    variable Fable.Shapes.Canvas.drawn  18-18
    constructor Fable.Shapes.Canvas.new  19-19
    property Fable.Shapes.Canvas.Width  20-20
    method Fable.Shapes.Canvas.Draw  21-23
    property Fable.Shapes.Canvas.Default  24-24
    method Fable.Shapes.Canvas.Dispose  26-26
  type Fable.Shapes.Meters  28-28
  namespace Fable.Shapes.Shape  30-43
    const Fable.Shapes.Shape.pi  32-32
    variable Fable.Shapes.Shape.created  34-34
    function Fable.Shapes.Shape.area  36-40
    namespace Fable.Shapes.Shape.Checks  42-43
      function Fable.Shapes.Shape.Checks.isValid  43-43
"""
    )


def test_fsharp_named_module() -> None:
    source = (
        "module Fable.PowerPack.Result\n\nlet map fn a =\n    match a with\n"
        "    | Ok a -> Ok (fn a)\n    | Error b -> Error b\n"
    )
    assert extract_outline("Result.fs", source) == (
        "namespace Fable.PowerPack.Result  1-6\n  function Fable.PowerPack.Result.map  3-6\n"
    )
