"""Scheme: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
;;; geometry.scm -- shapes and their measures (Guile)

(define-module (geometry shapes)
  #:use-module (oop goops)
  #:export (area perimeter make-point))

;; Close enough.
(define pi 3.14159)
(define-values (unit-width unit-height) (values 1 1))

(define-record-type point
  (make-point x y)
  point?
  (x point-x)
  (y point-y))

(define square (lambda (x) (* x x)))

(define (distance a b)
  "The distance between points A and B."
  (define (dx) (- (point-x b) (point-x a)))
  (define (dy) (- (point-y b) (point-y a)))
  (sqrt (+ (square (dx)) (square (dy)))))

(define ((scaled-by k) x) (* k x))

(define-syntax swap!
  (syntax-rules ()
    ((_ a b) (let ((tmp a)) (set! a b) (set! b tmp)))))

(define-class <circle> ()
  (radius #:init-keyword #:radius #:getter radius))

(define-generic area)

(define-method (area (c <circle>))
  (* pi (square (radius c))))

(cond-expand
  (guile-3 (define (now) (current-time)))
  (else (define (now) 0)))

(test-group "geometry"
  (test-equal 5.0 (distance (make-point 0 0) (make-point 3 4))))
"""


def test_scheme_outline() -> None:
    assert (
        extract_outline("geometry/shapes.scm", SOURCE)
        == """\
namespace (geometry shapes)  3-5
variable pi  7-8
variable unit-width, unit-height  9-9
record point  11-15
function square  17-17
function distance  19-23
function scaled-by  25-25
macro swap!  27-29
class <circle>  31-32
  field <circle>.radius  32-32
multimethod area  34-34
method area (<circle>)  36-37
function now  40-40
function now  41-41
test "geometry"  43-44
"""
    )


def test_scheme_libraries_enclose_their_definitions() -> None:
    r7rs = """\
(define-library (geometry util)
  (export clamp)
  (import (scheme base))
  (begin
    (define limit 10)
    (define (clamp x lo hi) (max lo (min x hi)))))
"""
    assert extract_outline("util.sld", r7rs) == (
        "namespace (geometry util)  1-6\n"
        "  variable (geometry util).limit  5-5\n"
        "  function (geometry util).clamp  6-6\n"
    )
    r6rs = """\
(library (geometry util)
  (export clamp)
  (import (rnrs))
  (define-syntax clamp!
    (syntax-rules () ((_ x) (set! x (clamp x 0 1)))))
  (define (clamp x lo hi) (max lo (min x hi))))
"""
    assert extract_outline("util.sls", r6rs) == (
        "namespace (geometry util)  1-6\n"
        "  macro (geometry util).clamp!  4-5\n"
        "  function (geometry util).clamp  6-6\n"
    )
    chicken = "(module geometry (area)\n  (import scheme)\n  (define (area r) (* r r)))\n"
    assert extract_outline("geometry.scm", chicken) == (
        "namespace geometry  1-3\n  function geometry.area  3-3\n"
    )


def test_scheme_methods_are_told_apart_by_specializers() -> None:
    source = (
        "(define-method (area (c <circle>)) 1)\n"
        "(define-method (area (s <square>) (unit <symbol>)) 2)\n"
        "(define-method (combine a (b <circle>)) 3)\n"
        "(define-method (area (c <circle>) . rest) 4)\n"
        "(define-method (area shape) 5)\n"
        "(define-method ((setter radius) (c <circle>) value) 6)\n"
    )
    assert extract_outline("x.scm", source) == (
        "method area (<circle>)  1-1\n"
        "method area (<square> <symbol>)  2-2\n"
        "method combine (<top> <circle>)  3-3\n"
        "method area (<circle>)  4-4\n"
        "method area  5-5\n"
        "method (setter radius) (<circle>)  6-6\n"
    )


def test_scheme_internal_definitions_and_comments_are_not_entities() -> None:
    source = (
        "(define (outer)\n"
        "  (define inner 1)\n"
        "  (define (helper) inner)\n"
        "  (helper))\n"
        "#;(define gone 1)\n"
        "#| (define also-gone 2) |#\n"
        "(let ()\n"
        "  (define hidden 3))\n"
        "(define-syntax make-getter\n"
        "  (syntax-rules () ((_ n) (define (n) 1))))\n"
    )
    assert extract_outline("x.scm", source) == ("function outer  1-4\nmacro make-getter  9-10\n")


def test_scheme_comment_directly_above_belongs_to_the_form() -> None:
    source = (
        ";;; Section\n"
        "\n"
        ";; Adds one.\n"
        "(define (inc1 x) (+ x 1))\n"
        "(define (dec1 x) (- x 1)) ; trailing\n"
        "(define (twice x) (* 2 x))\n"
    )
    assert extract_outline("x.scm", source) == (
        "function inc1  3-4\nfunction dec1  5-5\nfunction twice  6-6\n"
    )


def _hashes(source: str, name: str) -> tuple[str, str]:
    fingerprint = entities("x.scm", source)[name].fingerprint
    return fingerprint.own_text_hash, fingerprint.own_code_hash


def test_scheme_docstrings_and_datum_comments_are_comments() -> None:
    old_text, old_code = _hashes('(define (f x)\n  "Old."\n  x)\n', "f")
    new_text, new_code = _hashes('(define (f x)\n  "New."\n  x)\n', "f")
    assert old_text != new_text and old_code == new_code
    old_text, old_code = _hashes("(define (f x)\n  #;(display x)\n  x)\n", "f")
    new_text, new_code = _hashes("(define (f x)\n  #;(write x)\n  x)\n", "f")
    assert old_text != new_text and old_code == new_code
    # A function whose only body form is a string returns it.
    assert _hashes('(define (f) "old")\n', "f")[1] != _hashes('(define (f) "new")\n', "f")[1]
