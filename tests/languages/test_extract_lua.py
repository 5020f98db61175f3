"""Lua: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
--- A list class.
-- @classmod List

local utils = require "pl.utils"
local insert, remove = table.insert, table.remove
local MAX <const> = 1000

local List = {}
List.__index = List
List.VERSION = "1.0"

--- Make a list.
function List.new(t)
  local function copy(src)
    local out = {}
    for i = 1, #src do out[i] = src[i] end
    return out
  end
  return setmetatable(copy(t or {}), List)
end

function List:append(x)
  insert(self, x)
  return self
end

List.pop = function(self)
  return remove(self)
end

local function check(x)
  return x ~= nil
end

do
  local cache = {}
  function List.cached(key)
    cache[key] = cache[key] or List.new()
    return cache[key]
  end
end

if _VERSION == "Lua 5.1" then
  function List.unpack(t) return unpack(t) end
else
  function List.unpack(t) return table.unpack(t) end
end

local M = {
  helper = function() end,
  count = 0,
}

function global_helper() end

return List
"""


def test_lua_outline() -> None:
    assert (
        extract_outline("List.lua", SOURCE)
        == """\
variable utils  4-4
variable insert, remove  5-5
const MAX  6-6
object List  8-8
  variable List.__index  9-9
  variable List.VERSION  10-10
  function List.new  12-20
  method List.append  22-25
  function List.pop  27-29
function check  31-33
  function List.cached  37-40
  function List.unpack  44-44
  function List.unpack  46-46
object M  49-52
  function M.helper  50-50
function global_helper  54-54
"""
    )


def test_lua_field_functions_nest_under_their_table() -> None:
    found = entities("List.lua", SOURCE)
    table = found["List"].key
    for name in ("List.new", "List.append", "List.pop", "List.__index"):
        assert found[name].parent == table, name
    assert found["List.append"].kind == "method"
    assert found["List.new"].kind == "function"
    # A table the file does not define still names the function.
    alone = entities("ext.lua", "function string.trim(s) return s end\n")
    assert alone["string.trim"].parent is None


def test_lua_locals_inside_functions_and_blocks_are_not_entities() -> None:
    found = entities("List.lua", SOURCE)
    assert not any(name in found for name in ("copy", "cache", "out"))


def test_lua_comment_directly_above_belongs_to_the_definition() -> None:
    source = "-- Detached.\n\nlocal a = 1\n-- Doc of f.\nfunction f() end\n"
    assert extract_outline("a.lua", source) == "variable a  3-3\nfunction f  4-5\n"


def test_lua_deep_paths_and_multiple_names() -> None:
    source = "function a.b.c:d() end\nlocal x, y, z = 1, 2, 3\nlocal w\n"
    assert extract_outline("a.lua", source) == (
        "method a.b.c.d  1-1\nvariable x, y, …  2-2\nvariable w  3-3\n"
    )


def test_lua_long_string_is_one_token() -> None:
    old = entities("a.lua", "local doc = [[one two]]\n")["doc"].fingerprint
    new = entities("a.lua", "local doc = [[one two three]]\n")["doc"].fingerprint
    assert len(old.tokens) == len(new.tokens)
    assert old.own_code_hash != new.own_code_hash
