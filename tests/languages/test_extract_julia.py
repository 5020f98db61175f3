"""Julia: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = '''\
"""
Shapes in the plane.
"""
module Shapes

export Shape, Circle, area

using LinearAlgebra

const TAU = 2pi
global counter = 0

abstract type Shape end
abstract type Polygon{T} <: Shape end
primitive type Flags8 8 end

"A circle."
struct Circle <: Shape
    r::Float64
end

@kwdef mutable struct Box{T<:Real} <: Polygon{T}
    "Width."
    w::T = 1
    h::T
    Box{T}(w, h) where {T<:Real} = new{T}(w, h)
end

@enum Color::UInt8 red green blue

area(c::Circle) = pi * c.r^2
area(b::Box) = b.w * b.h

function area(s::Shape, scale::Real=1)
    return scale * area(s)
end

"""
    perimeter(shapes...)

The sum of the perimeters.
"""
function perimeter end

function Base.show(io::IO, c::Circle)
    print(io, "Circle(", c.r, ")")
end

Base.:+(a::Circle, b::Circle) = Circle(a.r + b.r)
scale(x::T, k::T) where {T<:Real} = x * k
norm2(v::Vector{Float64})::Float64 = sum(abs2, v)
(c::Circle)(x) = x <= c.r
sum_all(xs::Int...) = sum(xs)

macro twice(ex)
    quote
        $(esc(ex))
        $(esc(ex))
    end
end

@inline fast(x) = x

end # module
'''


def test_julia_outline() -> None:
    assert (
        extract_outline("Shapes.jl", SOURCE)
        == """\
namespace Shapes  1-64
  const Shapes.TAU  10-10
  variable Shapes.counter  11-11
  type Shapes.Shape  13-13
  type Shapes.Polygon  14-14
  type Shapes.Flags8  15-15
  struct Shapes.Circle  17-20
    field Shapes.Circle.r  19-19
  struct Shapes.Box  22-27
    field Shapes.Box.w  23-24
    field Shapes.Box.h  25-25
    constructor Shapes.Box.Box  26-26
  enum Shapes.Color  29-29
  function Shapes.area(Circle)  31-31
  function Shapes.area(Box)  32-32
  function Shapes.area(Shape, Real)  34-36
  function Shapes.perimeter  38-43
  function Shapes.Base.show(IO, Circle)  45-47
  function Shapes.Base.:+(Circle, Circle)  49-49
  function Shapes.scale(T, T)  50-50
  function Shapes.norm2  51-51
  function Shapes.Circle  52-52
  function Shapes.sum_all(Int...)  53-53
  macro Shapes.twice  55-60
  function Shapes.fast  62-62
"""
    )


def test_julia_methods_are_told_apart_by_parameter_types() -> None:
    parsed = parse_file(make_source("Shapes.jl", SOURCE.encode()))
    areas = [e for e in parsed.entities if e.name == "area"]
    assert sorted(e.overload for e in areas) == ["Box", "Circle", "Shape, Real"]
    assert len({e.key for e in areas}) == 3


def test_julia_parameter_names_are_not_part_of_the_key() -> None:
    before = entities("a.jl", "f(x::Int, y) = x\n")["f"]
    after = entities("a.jl", "f(n::Int, z) = n\n")["f"]
    assert before.key == after.key
    assert before.overload == "Int"


def test_julia_both_forms_and_where_clauses_read_the_same_signature() -> None:
    long = entities("a.jl", "function f(x::T) where {T<:Real}\n    x\nend\n")["f"]
    short = entities("a.jl", "f(x::T) where {T<:Real} = x\n")["f"]
    assert long.key == short.key
    assert long.span.last_line == 3


def test_julia_docstring_belongs_to_the_definition_and_is_a_comment() -> None:
    before = entities("a.jl", '"Old doc."\nf(x) = x\n')["f"]
    after = entities("a.jl", '"New doc."\nf(x) = x\n')["f"]
    assert before.span.start_line == 1
    assert before.fingerprint.own_text_hash != after.fingerprint.own_text_hash
    assert before.fingerprint.own_code_hash == after.fingerprint.own_code_hash


def test_julia_strings_that_are_values_are_code() -> None:
    before = entities("a.jl", 'const GREETING = "hello"\n')["GREETING"]
    after = entities("a.jl", 'const GREETING = "hi"\n')["GREETING"]
    assert before.fingerprint.own_code_hash != after.fingerprint.own_code_hash


def test_julia_macro_in_front_belongs_to_the_definition() -> None:
    found = entities("a.jl", "@inline function f(x)\n    x\nend\n")
    assert (found["f"].span.start_line, found["f"].span.start_col) == (1, 0)


def test_julia_assignments_in_function_bodies_are_not_variables() -> None:
    found = entities("a.jl", "function run()\n    total = 0\n    const_like = 1\nend\n")
    assert list(found) == ["run"]


def test_julia_a_function_defined_inside_another_is_part_of_it() -> None:
    source = """\
function outer(x)
    function helper(y)
        y + 1
    end
    twice(z) = 2z
    helper(twice(x))
end
"""
    assert extract_outline("nested.jl", source) == "function outer  1-7\n"
