"""Common Lisp: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
;;;; shapes.lisp

(defpackage #:shapes
  (:use #:cl)
  (:export #:area #:perimeter)
  (:documentation "Shapes and their measures."))

(in-package #:shapes)

;;; Parameters

(defconstant +tau+ (* 2 pi) "A full turn.")
(alexandria:define-constant +names+ '("circle" "square") :test #'equal)
(defvar *registry* (make-hash-table))
(defparameter *precision* 2
  "Digits kept by ROUND-TO.")

(deftype coordinate () "A coordinate." 'real)

;; A point of the plane.
(defstruct (point (:constructor make-point (x y)))
  "A point."
  (x 0 :type coordinate)
  y)

(defclass shape ()
  ((name :initarg :name :reader shape-name :documentation "What to call it.")
   (color :initform :black :accessor shape-color))
  (:documentation "Anything with an area."))

(defclass circle (shape)
  ((radius :initarg :radius :reader radius)))

(define-condition bad-shape (error)
  ((shape :initarg :shape :reader bad-shape-shape))
  (:report "Not a shape."))

(defgeneric area (shape)
  (:documentation "The area of SHAPE."))

(defmethod area ((c circle))
  (* pi (expt (radius c) 2)))

(defmethod area :around ((s shape))
  (round-to (call-next-method)))

(defmethod (setf shape-name) (value (s shape))
  (setf (slot-value s 'name) value))

(defun round-to (x &optional (digits *precision*))
  "Round X to DIGITS digits."
  (let ((scale (expt 10 digits)))
    (/ (round (* x scale)) scale)))

(defmacro with-precision ((digits) &body body)
  `(let ((*precision* ,digits)) ,@body))

#+sbcl
(defun gc-pressure () (sb-ext:bytes-consed-between-gcs))

(eval-when (:compile-toplevel :load-toplevel :execute)
  (defun shape-keyword (name) (intern (string-upcase name) :keyword)))

(deftest round-to-test
  (ok (= 1.23 (round-to 1.234))))
"""


def test_commonlisp_outline() -> None:
    assert (
        extract_outline("shapes.lisp", SOURCE)
        == """\
namespace shapes  3-6
const +tau+  12-12
const +names+  13-13
variable *registry*  14-14
variable *precision*  15-16
type coordinate  18-18
struct point  20-24
  field point.x  23-23
  field point.y  24-24
class shape  26-29
  field shape.name  27-27
  field shape.color  28-28
class circle  31-32
  field circle.radius  32-32
class bad-shape  34-36
  field bad-shape.shape  35-35
multimethod area  38-39
method area (circle)  41-42
method area :around (shape)  44-45
method (setf shape-name) (t shape)  47-48
function round-to  50-53
macro with-precision  55-56
function gc-pressure  58-59
function shape-keyword  62-62
test round-to-test  64-65
"""
    )


def test_commonlisp_methods_are_told_apart_by_qualifiers_and_specializers() -> None:
    source = (
        "(defmethod area ((s circle)) 1)\n"
        "(defmethod area :before ((s circle)) 2)\n"
        "(defmethod area progn ((s circle)) 3)\n"
        "(defmethod collide ((a ship) (b asteroid)) 4)\n"
        "(defmethod collide (a (b (eql :wall))) 5)\n"
        "(defmethod combine ((a shape) b (c circle) &key (d 1)) 6)\n"
        "(defmethod area (s &optional (n 1)) 7)\n"
        "(defmethod print-object ((s shape) stream) 8)\n"
    )
    assert extract_outline("x.lisp", source) == (
        "method area (circle)  1-1\n"
        "method area :before (circle)  2-2\n"
        "method area progn (circle)  3-3\n"
        "method collide (ship asteroid)  4-4\n"
        "method collide (t (eql :wall))  5-5\n"
        "method combine (shape t circle)  6-6\n"
        "method area  7-7\n"
        "method print-object (shape)  8-8\n"
    )


def test_commonlisp_package_names_in_any_spelling() -> None:
    source = (
        '(defpackage :a (:use :cl))\n(defpackage "B")\n(defpackage c)\n'
        "(uiop:define-package #:d (:use #:cl))\n"
    )
    assert extract_outline("x.lisp", source) == (
        'namespace a  1-1\nnamespace "B"  2-2\nnamespace c  3-3\nnamespace d  4-4\n'
    )


def test_commonlisp_local_and_generated_definitions_are_not_entities() -> None:
    source = (
        "(defun outer ()\n"
        "  (flet ((helper (x) x))\n"
        "    (defvar *inner* 1)\n"
        "    (defun inner () (helper 1))))\n"
        "(defmacro define-getter (name)\n"
        "  `(defun ,name () 1))\n"
        "(macrolet ((test (x) `(print ,x)))\n"
        "  (test 1))\n"
    )
    assert extract_outline("x.lisp", source) == ("function outer  1-4\nmacro define-getter  5-6\n")


def test_commonlisp_comment_directly_above_belongs_to_the_form() -> None:
    source = (
        ";;; Section\n"
        "\n"
        ";; Adds one.\n"
        "#| Really. |#\n"
        "(defun inc1 (x) (1+ x))\n"
        "(defun dec1 (x) (1- x)) ; trailing\n"
        "(defun twice (x) (* 2 x))\n"
        ";; Only on SBCL.\n"
        "#+sbcl (defun fast () 1)\n"
    )
    assert extract_outline("x.lisp", source) == (
        "function inc1  3-5\nfunction dec1  6-6\nfunction twice  7-7\nfunction fast  8-9\n"
    )


def _hashes(source: str, name: str) -> tuple[str, str]:
    fingerprint = entities("x.lisp", source)[name].fingerprint
    return fingerprint.own_text_hash, fingerprint.own_code_hash


def _docstring_is_a_comment(before: str, after: str, name: str) -> bool:
    old_text, old_code = _hashes(before, name)
    new_text, new_code = _hashes(after, name)
    return old_text != new_text and old_code == new_code


def test_commonlisp_docstrings_are_comments() -> None:
    cases = [
        ('(defun f (x)\n  "{}"\n  x)\n', "f"),
        ('(defmacro m (x)\n  "{}"\n  x)\n', "m"),
        ('(defmethod f ((x y))\n  "{}"\n  x)\n', "f (y)"),
        ('(defgeneric f (x)\n  (:documentation "{}"))\n', "f"),
        ('(defvar *v* 1 "{}")\n', "*v*"),
        ('(defparameter *p* 1 "{}")\n', "*p*"),
        ('(defconstant +c+ 1 "{}")\n', "+c+"),
        ('(deftype octet ()\n  "{}"\n  \'(unsigned-byte 8))\n', "octet"),
        ('(defstruct s "{}" a)\n', "s"),
        ('(defclass c () ()\n  (:documentation "{}"))\n', "c"),
        ('(defclass c () ((a :documentation "{}")))\n', "c.a"),
        ('(defpackage p (:documentation "{}"))\n', "p"),
    ]
    for template, name in cases:
        before, after = template.replace("{}", "Old."), template.replace("{}", "New.")
        assert _docstring_is_a_comment(before, after, name), template


def test_commonlisp_strings_that_are_values_are_code() -> None:
    # A function whose only body form is a string returns it.
    assert not _docstring_is_a_comment('(defun f () "old")\n', '(defun f () "new")\n', "f")
    assert not _docstring_is_a_comment('(defvar *v* "old")\n', '(defvar *v* "new")\n', "*v*")
    # A format control string is one token: `~a` → `~s` is a code change.
    assert not _docstring_is_a_comment(
        '(defun f (x) (format nil "~a" x))\n', '(defun f (x) (format nil "~s" x))\n', "f"
    )
