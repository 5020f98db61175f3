"""Haskell: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
{-# LANGUAGE ScopedTypeVariables #-}
-- | Geometric shapes.
module Data.Shape
  ( Shape (..)
  , HasArea (..)
  , scale
  ) where

import qualified Data.Map.Strict as Map

data Shape
  = Circle Double
  | Rect {width :: Double, height :: Double}
  deriving (Show, Eq)

newtype Name = Name String

type Registry = Map.Map Name Shape

-- | Things that have an area.
class HasArea a where
  area :: a -> Double
  perimeter :: a -> Double
  perimeter _ = 0

instance HasArea Shape where
  area (Circle r) = pi * r * r
  area (Rect w h) = w * h

instance Show Name where
  show (Name n) = n

deriving instance Ord Shape

-- | Scales a shape.
scale :: Double -> Shape -> Shape
scale k shape = case shape of
  Circle r -> Circle (helper r)
  Rect w h -> Rect (helper w) (helper h)
  where
    helper x = k * x

{-# INLINE origin #-}
origin :: Double
origin = 0

(<+>) :: Shape -> Shape -> Double
a <+> b = area a + area b

foreign import ccall "math.h sin" c_sin :: Double -> Double
"""


def test_haskell_outline() -> None:
    assert (
        extract_outline("Shape.hs", SOURCE)
        == """\
namespace Data.Shape  1-7
enum Shape  11-14
struct Name  16-16
type Registry  18-18
trait HasArea  20-24
  method HasArea.area  22-22
  method HasArea.perimeter  23-24
impl HasArea Shape  26-28
  method HasArea Shape.area  27-28
impl Show Name  30-31
  method Show Name.show  31-31
impl Ord Shape  33-33
function scale  35-41
function origin  43-45
function <+>  47-48
function c_sin  50-50
"""
    )


def test_haskell_signature_and_equations_are_one_function() -> None:
    found = entities("Shape.hs", SOURCE)
    assert [e.name for e in found.values()].count("scale") == 1
    assert "helper" not in found and "scale.helper" not in found


def test_haskell_instances_of_one_class_are_told_apart() -> None:
    source = """\
module M where

instance Semigroup Box where
  Box a <> Box b = Box (a + b)

instance Semigroup (Pair a) where
  Pair a b <> Pair c d = Pair a d
"""
    assert extract_outline("M.hs", source) == (
        "namespace M  1-1\nimpl Semigroup Box  3-4\n  method Semigroup Box.<>  4-4\n"
        "impl Semigroup (Pair a)  6-7\n  method Semigroup (Pair a).<>  7-7\n"
    )


def test_haskell_signature_without_equations_nearby() -> None:
    source = """\
module M where

f :: Int -> Int

g :: Int
g = 1

f x = x
"""
    assert extract_outline("M.hs", source) == (
        "namespace M  1-1\nfunction f  3-3\nfunction g  5-6\nfunction f  8-8\n"
    )


def test_haskell_three_clauses_are_one_function() -> None:
    source = "module Fib where\n\nfib :: Int -> Int\nfib 0 = 0\nfib n = fib (n - 1)\n"
    assert extract_outline("Fib.hs", source) == "namespace Fib  1-1\nfunction fib  3-5\n"
    source = "module Fib where\n\nfib 0 = 0\nfib 1 = 1\nfib n = fib (n - 1)\n"
    assert extract_outline("Fib.hs", source) == "namespace Fib  1-1\nfunction fib  3-5\n"
