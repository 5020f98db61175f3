"""Racket: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
#lang racket/base
;; Shapes and their measures.

(require racket/class racket/contract racket/math)
(provide area (struct-out point) circle%)

;; Close enough for drawing.
(define tolerance 0.001)
(define-values (unit-width unit-height) (values 1 1))

(struct point (x y) #:transparent)
(struct point3 point (z))

(define (distance a b)
  (define (dx) (- (point-x b) (point-x a)))
  (define (dy) (- (point-y b) (point-y a)))
  (sqrt (+ (sqr (dx)) (sqr (dy)))))

(define/contract (clamp x lo hi)
  (-> real? real? real? real?)
  (max lo (min x hi)))

(define square (λ (x) (* x x)))
(define ((scaled-by k) x) (* k x))

(define-syntax-rule (swap! a b)
  (let ([tmp a]) (set! a b) (set! b tmp)))

(define shape<%> (interface () area))

(define circle%
  (class* object% (shape<%>)
    (init-field radius)
    (super-new)
    (define/public (area) (* pi (sqr radius)))
    (define/override (to-string) "circle")
    (define/private (diameter) (* 2 radius))))

(module+ test
  (require rackunit)
  (define (close? a b) (< (abs (- a b)) tolerance))
  (test-case "distance of a 3-4-5 triangle"
    (check-true (close? (distance (point 0 0) (point 3 4)) 5))))

(module+ main
  (displayln (send (new circle% [radius 1]) area)))
"""


def test_racket_outline() -> None:
    assert (
        extract_outline("shapes.rkt", SOURCE)
        == """\
variable tolerance  7-8
variable unit-width, unit-height  9-9
struct point  11-11
struct point3  12-12
function distance  14-17
function clamp  19-21
function square  23-23
function scaled-by  24-24
macro swap!  26-27
interface shape<%>  29-29
class circle%  31-37
  method circle%.area  35-35
  method circle%.to-string  36-36
  method circle%.diameter  37-37
namespace test  39-43
  function test.close?  41-41
  test test."distance of a 3-4-5 triangle"  42-43
namespace main  45-46
"""
    )


def test_racket_modules_nest() -> None:
    source = """\
(module geometry racket/base
  (provide area)
  (define (area r) (* r r))
  (module+ test
    (define (check) (area 1))))
"""
    assert extract_outline("x.rkt", source) == (
        "namespace geometry  1-5\n"
        "  function geometry.area  3-3\n"
        "  namespace geometry.test  4-5\n"
        "    function geometry.test.check  5-5\n"
    )


def test_racket_macros_in_their_forms() -> None:
    source = (
        "(define-syntax (unless* stx) #'(void))\n"
        "(define-syntax my-or (syntax-rules () [(_ a b) (if a a b)]))\n"
        "(define-simple-macro (inc! x) (set! x (add1 x)))\n"
        "(begin-for-syntax\n  (define (helper stx) stx))\n"
        "(define-for-syntax (phase1 stx) stx)\n"
    )
    assert extract_outline("x.rkt", source) == (
        "macro unless*  1-1\n"
        "macro my-or  2-2\n"
        "macro inc!  3-3\n"
        "function helper  5-5\n"
        "function phase1  6-6\n"
    )


def test_racket_local_definitions_and_comments_are_not_entities() -> None:
    source = (
        "(define (outer)\n"
        "  (define inner 1)\n"
        "  (define (helper) inner)\n"
        "  (helper))\n"
        "#;(define gone 1)\n"
        "#| (define also-gone 2) |#\n"
        "(let ()\n"
        "  (define hidden 3))\n"
        "(provide outer)\n"
        "(require racket/list)\n"
    )
    assert extract_outline("x.rkt", source) == "function outer  1-4\n"


def test_racket_comment_directly_above_belongs_to_the_form() -> None:
    source = (
        "#lang racket\n"
        ";;; Section\n"
        "\n"
        ";; Adds one.\n"
        "(define (inc1 x) (+ x 1))\n"
        "(define (dec1 x) (- x 1)) ; trailing\n"
        "[define (twice x) (* 2 x)]\n"
    )
    assert extract_outline("x.rkt", source) == (
        "function inc1  4-5\nfunction dec1  6-6\nfunction twice  7-7\n"
    )


def test_racket_datum_comments_are_comments() -> None:
    def hashes(source: str) -> tuple[str, str]:
        fingerprint = entities("x.rkt", source)["f"].fingerprint
        return fingerprint.own_text_hash, fingerprint.own_code_hash

    old_text, old_code = hashes("(define (f x)\n  #;(displayln x)\n  x)\n")
    new_text, new_code = hashes("(define (f x)\n  #;(writeln x)\n  x)\n")
    assert old_text != new_text and old_code == new_code
