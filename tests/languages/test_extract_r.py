"""R: source → outline."""

from __future__ import annotations

from semdiff.languages import detect_language
from tests.support import entities, extract_outline

SOURCE = """\
library(R6)

DEFAULT_DIGITS <- 2
"legacy" -> MODE
options_env = new.env()
options_env$verbose <- FALSE

#' Add two numbers
#'
#' @param x,y Numbers.
#' @export
add <- function(x, y = 1, ...) {
  inner <- function(z) z * 2
  total <- inner(x) + y
  total
}

sub = function(x) x - 1
cache <<- function() NULL
square <- \\(x) x^2
`%+%` <- function(a, b) paste0(a, b)
options_env$reset <- function() assign("verbose", FALSE, envir = options_env)

Counter <- R6::R6Class("Counter",
  public = list(
    count = 0,
    add = function(n = 1) {
      self$count <- self$count + n
      invisible(self)
    }
  ),
  private = list(
    reset = function() self$count <- 0
  )
)

setClass("Person", representation(name = "character"))
setGeneric("greet", function(obj, ...) standardGeneric("greet"))
setMethod("greet", "Person", function(obj, ...) cat("Hi", obj@name))
setMethod("combine", signature("Person", "numeric"), function(x, y) x)

if (interactive()) {
  debug_helper <- function() browser()
}
"""


def test_r_outline() -> None:
    assert (
        extract_outline("utils.R", SOURCE)
        == """\
variable DEFAULT_DIGITS  3-3
variable MODE  4-4
variable options_env  5-5
  variable options_env$verbose  6-6
function add  8-16
function sub  18-18
function cache  19-19
function square  20-20
function `%+%`  21-21
  function options_env$reset  22-22
class Counter  24-35
  field Counter$count  26-26
  method Counter$add  27-30
  method Counter$reset  33-33
class Person  37-37
multimethod greet  38-38
method greet(Person)  39-39
method combine(Person, numeric)  40-40
"""
    )


def test_r_locals_and_conditional_definitions_are_not_entities() -> None:
    found = entities("utils.R", SOURCE)
    for name in ("inner", "total", "debug_helper"):
        assert name not in found, name


def test_r_roxygen_block_belongs_to_the_function() -> None:
    assert entities("utils.R", SOURCE)["add"].span.start_line == 8


def test_r_s4_methods_are_told_apart_by_signature() -> None:
    source = (
        'setMethod("show", "Person", function(object) cat("P"))\n'
        'setMethod("show", "Robot", function(object) cat("R"))\n'
    )
    found = entities("show.R", source)
    assert found["show"].overload in {"Person", "Robot"}
    assert extract_outline("show.R", source) == (
        "method show(Person)  1-1\nmethod show(Robot)  2-2\n"
    )


def test_r6_class_defined_in_a_test_block_is_part_of_it() -> None:
    source = 'test_that("counts", {\n  C <- R6Class("C", public = list(n = 0))\n})\n'
    assert extract_outline("test-c.R", source) == ""


def test_r_file_names() -> None:
    for name in ("a.R", "a.r", ".Rprofile"):
        assert detect_language(name) == "r", name
    assert detect_language("bin/report", b"#!/usr/bin/env Rscript\ncat(1)\n") == "r"
