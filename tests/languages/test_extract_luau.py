"""Luau: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.languages import spec_by_name
from semdiff.sources import make_source
from tests.support import entities, extract_outline

# A Roblox ModuleScript in the style of vide's and sift's sources: services and requires,
# exported and generic type aliases, constants, a class table with its metatable, a
# constructor and methods, local and global functions, a function bound to a local, a table
# of handlers, and a function defined per platform in an `if`.
SOURCE = """\
local Players = game:GetService("Players")
local graph = require "./graph"

export type Point = { x: number, y: number }
type Node<T> = graph.Node<T>
type Callback<T> = (value: T) -> ()

local UPDATE_RATE, TOLERANCE = 120, 1e-4

-- A critically damped spring.
local Spring = {}
Spring.__index = Spring

function Spring.new(target: number, period: number?): Spring
    local self = setmetatable({}, Spring)
    self.target = target
    self.period = period or 1
    return self
end

function Spring:step(dt: number)
    local function decay(x: number): number
        return x * math.exp(-dt / self.period)
    end
    self.value = self.target + decay(self.value - self.target)
end

export type Spring = typeof(Spring.new(0))

local function clamp(x: number, lo: number, hi: number): number
    return math.max(lo, math.min(hi, x))
end

local lerp = function<T>(a: T, b: T, t: number): T
    return (a :: any) + ((b :: any) - (a :: any)) * t
end

local handlers = {
    added = function(player: Player) print(player.Name) end,
    removing = function(player: Player) end,
}

if game:GetService("RunService"):IsServer() then
    function Spring.replicate(spring: Spring) end
end

return Spring
"""


def test_luau_outline() -> None:
    # The comment above Spring is part of it; the functions and methods defined on it are its
    # children wherever they are written (Spring.replicate, in the `if`, is listed last but
    # nested in Spring). The type Spring shares the table's name, as Luau classes do.
    assert (
        extract_outline("spring.luau", SOURCE)
        == """\
variable Players  1-1
variable graph  2-2
type Point  4-4
type Node  5-5
type Callback  6-6
variable UPDATE_RATE, TOLERANCE  8-8
object Spring  10-11
  variable Spring.__index  12-12
  function Spring.new  14-19
  method Spring.step  21-26
type Spring  28-28
function clamp  30-32
function lerp  34-36
object handlers  38-41
  function handlers.added  39-39
  function handlers.removing  40-40
  function Spring.replicate  44-44
"""
    )


def test_luau_locals_and_nested_functions_are_not_entities() -> None:
    found = entities("spring.luau", SOURCE)
    for name in ("self", "decay", "Spring.step.decay", "x", "player"):
        assert name not in found, name


def test_luau_table_is_shown_as_table_and_its_functions_nest_in_it() -> None:
    assert spec_by_name("luau").label("object") == "table"
    parsed = parse_file(make_source("spring.luau", SOURCE.encode()))
    by_key = {entity.key: entity for entity in parsed.entities}
    table = next(e for e in parsed.entities if e.name == "Spring" and e.kind == "object")
    for name in ("new", "step", "replicate", "__index"):
        child = next(e for e in parsed.entities if e.qualified_name == f"Spring.{name}")
        assert child.parent is not None and by_key[child.parent] is table, name
